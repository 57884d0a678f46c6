# metaclass= keyword
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)
class Base(metaclass=Meta, tag="base"):
    x = 1
    def m(self): pass
class Derived(Base):
    y = 2
print(type(Base).__name__, type(Derived).__name__, Base.tag, Derived.tag)
class WithInit(Base):
    def __init__(self, v):
        self.v = v
print(WithInit(5).v)
print(type(type), type(int), isinstance(Base, type))
