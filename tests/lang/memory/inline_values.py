# Instance attributes kept inline with class-shared names: every path where
# the instance must behave exactly like one with an ordinary __dict__.
import gc, copy, sys

class P:
    def __init__(self, a):
        self.x = a
        self.y = a + 1

p = P(1)
print(vars(p), p.__dict__ is p.__dict__)
q = P(2)
q.z = 3                      # a name the class had not seen
print(vars(q))
del q.x                      # delete the first
print(vars(q))
q.x = 9                      # re-add: goes to the end of the order
print(vars(q), list(q.__dict__))
r = P(5)
del r.y
r.y = 6                      # re-add the last one: order unchanged
print(list(vars(r)))
try:
    del r.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    r.nope
except AttributeError as e:
    print("AttributeError", e)

# insertion in an order different from the first instance's
class Q:
    pass
a = Q(); a.one = 1; a.two = 2; a.three = 3
b = Q(); b.three = 3; b.one = 1; b.two = 2
print(list(vars(a)), list(vars(b)))
c = Q(); c.two = 2
print(list(vars(c)))

# many attributes: more than the class can share
class Many:
    pass
m = Many()
for i in range(40):
    setattr(m, "a%d" % i, i)
print(len(vars(m)), m.a0, m.a39, list(vars(m))[-3:])
m2 = Many()
for i in range(40, 0, -1):
    setattr(m2, "a%d" % i, i)
print(len(vars(m2)), list(vars(m2))[:3], m2.a40)

# names built at run time (not interned), and non-str keys via __dict__
s = P(0)
setattr(s, "".join(["dyn", "amic"]), 7)
print(s.dynamic, getattr(s, "dyn" + "amic"))
s.__dict__[1] = "one"
print(sorted(map(str, vars(s))))

# __dict__ replaced / deleted
t = P(3)
t.__dict__ = {"k": 1}
print(vars(t), hasattr(t, "x"))
t.x = 4
print(vars(t))
u = P(3)
del u.__dict__
print(vars(u))
u.w = 1
print(vars(u))

# __dict__ seen, then attributes changed through either side
v = P(1)
d = v.__dict__
d["x"] = 100
v.y = 200
print(v.x, d["y"], d is v.__dict__)

# class attributes, properties, data descriptors, shadowing of methods
class D:
    k = "class"
    def m(self):
        return "method"
    @property
    def prop(self):
        return "prop"
w = D()
print(w.k, w.m(), w.prop)
w.k = "inst"
w.m = lambda: "shadow"
print(w.k, w.m(), D.k)
try:
    w.prop = 1
except AttributeError as e:
    print("AttributeError", e)
w2 = D()
print(w2.m(), w2.k)

# a method cached at a call site, then shadowed on the next instance
def call_m(o):
    return o.m()
objs = [D() for _ in range(3)]
print([call_m(o) for o in objs])
objs[1].m = lambda: "late shadow"
print([call_m(o) for o in objs])
D.m = lambda self: "patched"
print([call_m(o) for o in objs])

# the class gains a data descriptor / __getattribute__ / __setattr__ later
class E:
    def __init__(self):
        self.val = 1
def get_val(o):
    return o.val
def set_val(o, x):
    o.val = x
e = E()
print([get_val(e) for _ in range(3)])
E.val = property(lambda self: "from property", lambda self, x: print("setter", x))
print(get_val(e), vars(e))
set_val(e, 5)
del E.val
print(get_val(e))
E.__getattribute__ = lambda self, n: "intercepted " + n
print(get_val(e))
del E.__getattribute__
E.__setattr__ = lambda self, n, x: print("setattr", n, x)
set_val(e, 7)
print(get_val(e))

# __getattr__ only for missing attributes
class G:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return "missing " + name
g = G()
print(g.real, g.other)

# __class__ assignment between classes with different names
class A1:
    def __init__(self):
        self.p = 1
        self.q = 2
class A2:
    def __init__(self):
        self.q = 3
        self.p = 4
o = A1()
o.__class__ = A2
print(type(o).__name__, vars(o), o.p, o.q)
o.r = 5
print(vars(o))

# subclasses
class Base:
    def __init__(self):
        self.b = 1
class Sub(Base):
    def __init__(self):
        super().__init__()
        self.s = 2
class Slotted(Base):
    __slots__ = ("extra",)
    def __init__(self):
        super().__init__()
        self.extra = 3
        self.more = 4
print(vars(Sub()), vars(Slotted()), Slotted().extra)

# copy and pickle protocol
c1 = P(10)
c2 = copy.copy(c1)
c3 = copy.deepcopy(c1)
c2.x = -1
print(vars(c1), vars(c2), vars(c3), c1.__reduce_ex__(2)[2])

# the collector sees inline values
class Node:
    def __init__(self, other=None):
        self.other = other
        self.payload = [1, 2, 3]
n1 = Node(); n2 = Node(n1); n1.other = n2
print(n1.payload in gc.get_referents(n1), n2 in gc.get_referents(n1))
del n1, n2
print(gc.collect() >= 4)
import weakref
class W:
    pass
wo = W(); wo.self_ref = wo
wr = weakref.ref(wo)
del wo
gc.collect()
print(wr())

# __del__ resurrecting through an attribute
keep = []
class R:
    def __init__(self):
        self.me = self
        self.data = "kept"
    def __del__(self):
        keep.append(self)
R()
gc.collect()
print(keep[0].data, keep[0].me is keep[0])

# module attributes (cached at the call site), replaced and deleted
import math
def mod_sqrt():
    return math.sqrt(16)
print([mod_sqrt() for _ in range(3)])
real = math.sqrt
math.sqrt = lambda v: "patched"
print(mod_sqrt())
del math.sqrt
try:
    mod_sqrt()
except AttributeError as e:
    print("AttributeError", e)
math.sqrt = real
print(mod_sqrt())

# obj.__class__ read at a cached site, then overridden by the class
class K:
    pass
def cls_of(o):
    return o.__class__
k = K()
print([cls_of(k).__name__ for _ in range(3)], cls_of(3).__name__)
class Masked:
    __class__ = property(lambda self: int)
mk = Masked()
print(cls_of(mk).__name__, type(mk).__name__, isinstance(mk, int), cls_of(k).__name__)

# a dataclass-like class whose __init__ is attached after creation
class Late:
    pass
def late_init(self, a, b, c):
    self.a = a
    self.b = b
    self.c = c
Late.__init__ = late_init
ls = [Late(i, i + 1, i + 2) for i in range(5)]
print([vars(x) for x in ls[:2]], sum(x.c for x in ls))
