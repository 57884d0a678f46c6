# __import__ and importlib
import importlib
m = importlib.import_module("_helper")
print(m.x, m.__name__)
sub = importlib.import_module("_pkg.sub")
print(sub.SUB_CONST)
rel = importlib.import_module(".inner", "_pkg")
print(rel.__name__)
top = __import__("_pkg.inner")
print(top.__name__, top.inner.__name__)
leaf = __import__("_pkg.inner", fromlist=["inner_flag"])
print(leaf.__name__)
m.x = "changed"
importlib.reload(m)
print(m.x)
