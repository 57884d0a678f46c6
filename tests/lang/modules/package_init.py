# importing a package runs __init__ once; submodules become attributes
import _pkg
print(_pkg.__name__, _pkg.__package__, _pkg.__doc__, hasattr(_pkg, "__path__"))
print(hasattr(_pkg, "sub"), hasattr(_pkg, "other"))
import _pkg.other
print(hasattr(_pkg, "other"), _pkg.other.__package__)
import sys
print([m for m in sorted(sys.modules) if m.startswith("_pkg")])
