# import a module from the script directory
import _helper
print(_helper.x, _helper.y, _helper.double(4), _helper.__name__, _helper.__doc__)
import _helper
print("second import does not reload")
print(type(_helper).__name__, isinstance(_helper.Thing(), _helper.Thing))
print(sorted(n for n in dir(_helper) if not n.startswith("__")))
_helper.x = 99
import _helper as again
print(again.x, again is _helper)
