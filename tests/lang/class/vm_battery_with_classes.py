# with statements, exceptions flow, class machinery, imports
class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self): print("enter", self.name); return self
    def __exit__(self, t, v, tb): print("exit", self.name, t.__name__ if t else None); return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
with CM("s", True):
    raise KeyError("x")
print("after suppressed")
try:
    with CM("n"):
        1 / 0
except ZeroDivisionError:
    print("propagated")
def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return "ret"
        finally:
            print("fin", i)
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    while True:
        try:
            break
        finally:
            print("h fin")
    return "h"
print(h())
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
except TypeError as e:
    print(repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("a") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
e = "keep"
try:
    raise KeyError(1)
except KeyError as e:
    pass
try: print(e)
except NameError as ne: print("NameError", ne)
import sys
try:
    raise RuntimeError("r")
except RuntimeError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(m, name, bases, ns)
    def __call__(cls, *a):
        print("meta call", cls.__name__)
        return super().__call__(*a)
class P(metaclass=Meta, tag="t"):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Q(P, tag="q"): pass
print(P.tag, Q.tag, type(Q).__name__)
Q()
class Base:
    def __init__(self): self.x = 1
    def who(self): return "base"
class Mid(Base):
    def who(self): return "mid+" + super().who()
class Leaf(Mid):
    def who(self): return "leaf+" + super().who()
print(Leaf().who(), Leaf.__mro__)
class D:
    def __init__(self): self.store = {}
    def __getitem__(self, k): return self.store.get(k, 0)
    def __setitem__(self, k, v): self.store[k] = v
    def __delitem__(self, k): del self.store[k]
    def __len__(self): return len(self.store)
    def __iter__(self): return iter(self.store)
    def __contains__(self, k): return k in self.store
d = D(); d["a"] = 1; d["a"] += 5; print(d["a"], len(d), "a" in d, list(d)); del d["a"]; print(len(d))
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    __radd__ = __add__
    def __iadd__(self, o): self.x += 100; return self
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return f"V({self.x})"
    __hash__ = None
v = V(1); print(v + 1, 1 + v, sum([V(1), V(2)], V(0)), sorted([V(3), V(1)]), V(1) == V(1), V(1) != V(2))
v += 1; print(v)
try: hash(V(1))
except TypeError as e: print(e)
try: V(1) < 3
except AttributeError as e: print("AttributeError", e)
try: V(1) @ V(2)
except TypeError as e: print(e)
print(getattr(v, "nope", "dflt"), hasattr(v, "x"), vars(v))
class S:
    __slots__ = ("a",)
s = S(); s.a = 1
try: s.b = 2
except AttributeError as e: print(e)
class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val):
        if val < 0: raise ValueError("neg")
        self._v = val
p = Prop(); p.v = 5; print(p.v)
try: p.v = -1
except ValueError as e: print(e)
class St:
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls): return cls.__name__
print(St.s(2), St().s(3), St.c(), St().c())
