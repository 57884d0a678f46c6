import functools
from functools import reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key, cached_property, singledispatch
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, [], 1))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
p = partial(int, base=2)
print(p("1010"), p.func, p.args, p.keywords)
print(repr(partial(max, 1, 2, key=abs))[:30])
def add(a, b, c=0): return a + b + c
q = partial(add, 1)
print(q(2), q(2, c=5), partial(q, 3)())
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(50), fib.cache_info())
@lru_cache(maxsize=2)
def sq(x): return x*x
for i in [1,2,1,3,1,2]: sq(i)
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@functools.cache
def f2(x): return x+1
print(f2(1), f2(1), f2.cache_info())
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def hello(x):
    "doc here"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__ is not None, hello.__qualname__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(2))
print(sorted([3,1,2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    @cached_property
    def x(self):
        print("computing")
        return 42
c = C(); print(c.x, c.x)
@singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(str)
def _(x): return "str"
print(show(1), show("a"), show(1.5), show(True))
print(functools.partialmethod)
class P:
    def m(self, a, b): return a, b
    pm = functools.partialmethod(m, 1)
print(P().pm(2))
@lru_cache
def g(a, b=2): return a * b
print(g(3), g(3, b=4), g.cache_info().hits)
print(functools.reduce(max, [3, 9, 2]))
try:
    reduce(lambda a,b:a, 5)
except TypeError as e:
    print(e)
print(fib.__wrapped__.__name__)
