import functools
from functools import reduce, partial, partialmethod, wraps, update_wrapper, lru_cache, cache, cmp_to_key, total_ordering, cached_property

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a + b, [], 10))
print(reduce(lambda a, b: a * b, range(1, 6), 1))
for args in [(lambda a, b: a, []), (1, [1, 2]), (lambda a, b: a,)]:
    try:
        print(reduce(*args))
    except Exception as e:
        print(type(e).__name__, e)

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, 7), p.func is f, p.args, p.keywords)
p2 = partial(p, 9)
print(p2(), p2.func is f, p2.args, p2.keywords)
print(repr(partial(len, "ab")).startswith("functools.partial(<built-in function len>"))
try:
    partial()
except TypeError as e:
    print(e)
try:
    partial(1)
except TypeError as e:
    print(e)
p.attr = 3
print(p.attr)

class C:
    def m(self, a, b):
        return (self.__class__.__name__, a, b)
    pm = partialmethod(m, 10)
    pk = partialmethod(m, b=20)
c = C()
print(c.pm(1), c.pk(2), C.pm(c, 5))

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner

@deco
def target(x):
    "doc of target"
    return x * 2
target.__dict__
print(target.__name__, target.__doc__, target.__qualname__, target.__module__, target.__wrapped__.__name__, target(4))

def g(): pass
g.extra = 42
def h(): pass
update_wrapper(h, g)
print(h.__name__, h.extra, h.__wrapped__ is g)
def h2(): pass
update_wrapper(h2, g, assigned=('__name__',), updated=())
print(h2.__name__, hasattr(h2, 'extra'))
class NoName: pass
obj = NoName()
def h3(): pass
update_wrapper(h3, obj)
print(h3.__name__, h3.__wrapped__ is obj)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
print(sq.__wrapped__(5), sq.__name__)
print(sq.cache_parameters())

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())

@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info())
@lru_cache
def u(x): return x
print(u(1), u.cache_info(), u.cache_parameters())
@cache
def v(x, y=1): return x + y
print(v(1), v(1, y=1), v(1, 1), v.cache_info())
@lru_cache(maxsize=0)
def z(x): return x
print(z(1), z(1), z.cache_info())
try:
    lru_cache(maxsize="a")
except TypeError as e:
    print(e)
try:
    v([1])
except TypeError as e:
    print(e)
print(type(sq.cache_info()).__name__, sq.cache_info()._fields)

class M:
    @lru_cache
    def meth(self, x):
        return x + 1
print(M().meth(1), M.meth.cache_info().misses)

key = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
k1, k2 = key(1), key(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 <= k2, k1 >= k2, k1 != k2)
try:
    hash(k1)
except TypeError as e:
    print(e)
print(k1.obj)

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(1))
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __ge__(self, o):
        if not isinstance(o, W): return NotImplemented
        return self.v >= o.v
print(W(1) < W(2), W(1) > W(2), W(1) <= W(1), W(2) >= W(1))
try:
    W(1) < 3
except TypeError as e:
    print(e)
try:
    @total_ordering
    class X: pass
except ValueError as e:
    print(e)

class P:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return self.n * 10
pp = P()
print(pp.val, pp.val, pp.n, 'val' in pp.__dict__)
del pp.val
print(pp.val)
print(type(P.val).__name__, P.val.attrname)
class S:
    __slots__ = ('a',)
    @cached_property
    def val(self): return 1
try:
    S().val
except TypeError as e:
    print(e)
try:
    class Q:
        @cached_property
        def a(self): return 1
        b = a
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
cp = cached_property(lambda self: 1)
class R: pass
try:
    cp.__get__(R(), R)
except TypeError as e:
    print(e)
