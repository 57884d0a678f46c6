# generator attributes and states
import inspect
def gen():
    yield 1
    yield 2
g = gen()
print(g.__name__, g.__qualname__)
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
list(g)
print(inspect.getgeneratorstate(g))
def running():
    print(inspect.getgeneratorstate(r))
    yield
r = running()
next(r)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print(iter(g) is g)
