# weakref.ref: identity reuse, lists, callbacks, hash, comparisons, repr
import re
import sys
import weakref


def addr_free(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', s)


class C:
    pass


o = C()
r = weakref.ref(o)
print(r() is o, weakref.ref(o) is r, weakref.ref(o, None) is r)
print(type(r).__name__, type(r).__module__, weakref.ref is weakref.ReferenceType)
print(r.__callback__)
print(weakref.getweakrefcount(o), weakref.getweakrefcount(1), weakref.getweakrefs(1))

# callbacks never share the basic ref
def cb(wr):
    print('cb called, dead:', wr() is None)

r2 = weakref.ref(o, cb)
print(r2 is r, r2.__callback__ is cb, weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
print(refs[0] is r, refs[1] is r2)
del o                     # freed at once: callbacks run now
print('after del', r(), r2(), r2.__callback__)

# order: basic ref, basic proxy, then the others newest first
x = C()
order = []
rs = [weakref.ref(x, lambda w, i=i: order.append(i)) for i in range(4)]
p = weakref.proxy(x, lambda w: order.append('proxy'))
b = weakref.ref(x)
bp = weakref.proxy(x)
kinds = []
for w in weakref.getweakrefs(x):
    if w is b:
        kinds.append('basic')
    elif w is bp:
        kinds.append('basicproxy')
    elif w is p:
        kinds.append('proxy')
    else:
        kinds.append([i for i, q in enumerate(rs) if q is w][0])
print(kinds)
del x
print(order)
print([w() for w in rs], b())

# a ref dying before its referent never calls back
y = C()
called = []
t = weakref.ref(y, lambda w: called.append(1))
del t
del y
print('called:', called)

# hash: the referent's, remembered once computed
class H:
    def __hash__(self):
        return 12345
h = H()
rh = weakref.ref(h)
print(hash(rh) == 12345)
del h
print(hash(rh) == 12345)
z = C()
rz = weakref.ref(z)
del z
try:
    hash(rz)
except TypeError as e:
    print('TypeError', e)

# equality: referents while both alive, identity after
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, E) and self.v == other.v
    __hash__ = object.__hash__
e1, e2, e3 = E(1), E(1), E(2)
w1, w2, w3 = weakref.ref(e1), weakref.ref(e2), weakref.ref(e3)
print(w1 == w2, w1 != w2, w1 == w3, w1 != w3, w1 == e1, w1.__eq__(e1))
del e1
print(w1 == w2, w1 != w2, w1 == w1, w1 != w1)
try:
    w2 < w3
except TypeError as e:
    print('TypeError', e)

# repr
def func():
    pass
k = C()
print(addr_free(repr(weakref.ref(k))))
print(addr_free(repr(weakref.ref(func))))
print(addr_free(repr(weakref.ref(C))))
print(addr_free(repr(rz)))

# calling
print(rz(), w2() is e2)

# __class_getitem__
print(weakref.ref[int], weakref.ReferenceType[C].__origin__ is weakref.ref)

# callbacks may make new refs and see other dead refs
a = C()
log = []
ra = weakref.ref(a)
def cb2(w):
    log.append((w() is None, ra() is None))
    log.append(weakref.getweakrefcount(w))
rb = weakref.ref(a, cb2)
del a
print(log)

# a ref kept alive only by its own callback closure still fires
def make():
    obj = C()
    def callback(w, keep=[]):
        print('closure callback', w() is None)
    weakref.ref(obj, callback)   # dropped at once: no callback
    keep = weakref.ref(obj, callback)
    return obj, keep
obj, keep = make()
del obj
print('done')
