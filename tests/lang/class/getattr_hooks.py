# __getattr__ is called only for missing attributes
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name.upper()
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.x_test)
try:
    l.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(l, "other", "dflt"), hasattr(l, "x_y"), hasattr(l, "nope"))
class Logged:
    def __init__(self):
        self.v = 5
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)
lg = Logged()
print(lg.v)
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
print(Both().boom)
