# __setattr__ and __delattr__ hooks
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
f = Frozen(3)
print(f.x)
for action in (lambda: setattr(f, "x", 1), lambda: delattr(f, "x")):
    try:
        action()
    except AttributeError as e:
        print(e)
class Tracking:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        super().__setattr__(name, value)
t = Tracking()
t.a = 1
t.b = 2
t.a = 3
print(t.log, t.a)
