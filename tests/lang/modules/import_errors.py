# failing imports
try:
    import _no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _pkg.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from _helper import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
import sys
try:
    import _bad_import
except ValueError as e:
    print("during import:", e)
print("_bad_import" in sys.modules)
try:
    import _bad_import
except ValueError as e:
    print("second attempt runs it again:", e)
print(issubclass(ModuleNotFoundError, ImportError))
