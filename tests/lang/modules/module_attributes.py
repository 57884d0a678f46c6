# module-level attributes
import os, _helper
print(__name__, os.path.basename(__file__), __doc__, __spec__ is None or __spec__.name)
print(os.path.basename(_helper.__file__), _helper.__spec__.name, _helper.__package__ == "")
print(type(_helper.__dict__).__name__, _helper.__dict__["x"], "__builtins__" in globals())
print(_helper.__loader__ is not None, callable(getattr(_helper, "double")))
_helper.new_attr = "set from outside"
print(_helper.new_attr, vars(_helper)["new_attr"])
del _helper.new_attr
print(hasattr(_helper, "new_attr"))
