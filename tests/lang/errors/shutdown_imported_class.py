# __main__ defines no function or class: its dict dies as soon as the
# module leaves sys.modules, finalising x first; the imported module's
# objects follow when its (cyclic) dict is collected, globals intact.
from _shutdown_mod import A
x = A("x")
y = [A("y0"), A("y1")]
print("end of script")
