# subclassing weakref.ref; KeyedRef and WeakMethod
import weakref


class C:
    def meth(self):
        return 'meth of', type(self).__name__


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag

    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)

    def __call__(self):
        got = super().__call__()
        return ('wrapped', got is not None)


o = C()
m = MyRef(o, None, 'x')
print(type(m).__name__, isinstance(m, weakref.ref), m.tag, m())
print(m is weakref.ref(o), MyRef(o) is m)          # subclasses are never shared
print(weakref.getweakrefcount(o))
m.extra = 5
print(m.extra, m.__dict__)
del o
print(m(), m.tag)


class Plain(weakref.ref):
    pass


o = C()
p = Plain(o)
print(p() is o, p == weakref.ref(o), hash(p) == hash(o))
try:
    Plain(o, callback=None)
except TypeError as e:
    print('TypeError', e)
try:
    Plain(o, None, 3)
except TypeError as e:
    print('TypeError', e)


# slots subclass with a key (KeyedRef)
k = weakref.KeyedRef(o, None, 'key1')
print(k.key, k() is o, k.__callback__)
seen = []
k2 = weakref.KeyedRef(o, lambda w: seen.append(w.key), 'key2')
del o, p
print(seen, k(), k2())

# WeakMethod
c = C()
wm = weakref.WeakMethod(c.meth)
print(wm()(), wm() == c.meth, weakref.WeakMethod(c.meth) == wm)
print(hash(wm) == hash(weakref.WeakMethod(c.meth)))
events = []
wm2 = weakref.WeakMethod(c.meth, lambda w: events.append(w is wm2))
del c
print(wm(), wm2(), events)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)


def f():
    pass


try:
    weakref.WeakMethod(f)
except TypeError as e:
    print('TypeError', e)

# a dead WeakMethod is equal only to itself
c1 = C()
a1 = weakref.WeakMethod(c1.meth)
a2 = weakref.WeakMethod(c1.meth)
del c1
print(a1 == a1, a1 == a2, a1 != a2)
