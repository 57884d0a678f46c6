# __prepare__ and class creation order
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return Recorder()
    def __new__(mcls, name, bases, ns):
        print("order", [k for k in ns.order if not k.startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=Meta):
    b = 1
    a = 2
    def z(self): pass
    c = 3
print(C.a, C.b, C.c)
Dyn = Meta("Dyn", (), Recorder())
print(Dyn.__name__)
