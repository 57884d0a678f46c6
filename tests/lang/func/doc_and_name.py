# __doc__ and __name__ of various callables
def f():
    """First line.

    More text.
    """
print(repr(f.__doc__))
def g():
    x = 1
    "not doc"
print(g.__doc__)
print(len.__name__, len.__qualname__)
print(list.append.__name__, list.append.__qualname__)
print(str.upper.__name__, type.__name__)
class A:
    "class doc"
    def meth(self):
        "method doc"
print(A.__doc__, A.meth.__doc__, A().meth.__doc__)
print(A.__name__, A.__qualname__, A.__module__)
