# function attributes
def outer():
    def inner(a, b=2, *, c=3):
        "inner doc"
        return a
    return inner
f = outer()
print(f.__name__, f.__qualname__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__, f.__module__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
class C:
    def method(self):
        pass
    class Nested:
        def deep(self):
            pass
print(C.method.__qualname__, C.Nested.deep.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
f.custom = "attr"
print(f.custom, f.__dict__)
def nodefaults(x): pass
print(nodefaults.__defaults__, nodefaults.__kwdefaults__, nodefaults.__doc__)
f.__defaults__ = (100,)
print(f(1), outer.__name__)
f.__name__ = "renamed"
print(f.__name__)
