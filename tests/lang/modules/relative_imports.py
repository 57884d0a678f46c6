# relative imports inside a package
from _pkg.other import combined
print(combined())
from _pkg.inner import deep
print(deep.__name__, deep.__package__)
try:
    exec("from . import something")
except ImportError as e:
    print(type(e).__name__, e)
