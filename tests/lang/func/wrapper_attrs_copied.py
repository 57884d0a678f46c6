# classmethod/staticmethod copy __module__, __name__, __qualname__, __doc__ and __annotations__ into their __dict__ (3.10+).
def f(x: int) -> str:
    "doc"
for kind in (classmethod, staticmethod):
    c = kind(f)
    print(kind.__name__, c.__annotations__, c.__doc__, c.__name__, c.__qualname__, c.__module__, c.__wrapped__ is f, sorted(c.__dict__))
    c.extra = 1
    print(c.extra, sorted(vars(c)))
class K:
    @classmethod
    def m(cls, a: int): "m doc"
    @staticmethod
    def s(b: str): pass
print(K.__dict__['m'].__annotations__, K.__dict__['s'].__annotations__, K.__dict__['m'].__doc__)
try:
    classmethod(1).__name__
except AttributeError as e:
    print("AttributeError", e)
print(classmethod(1).__dict__)
