# module reprs, sys.__excepthook__ identity, AttributeError fields for modules
import sys, types, builtins, math
print(sys, builtins, types.ModuleType("m"), repr(math).startswith("<module 'math'"))
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
try:
    math.sinn
except AttributeError as e:
    print(e, "|", e.name, e.obj is math)
m = types.ModuleType("dyn", "doc")
print(m.__doc__, m.__name__)
try:
    m.nothing
except AttributeError as e:
    print(e, e.name)
