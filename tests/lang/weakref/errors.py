# argument errors and misuse
import _weakref
import weakref


class C:
    pass


o = C()


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('ref()', lambda: weakref.ref())
attempt('ref(o, None, 1)', lambda: weakref.ref(o, None, 1))
attempt('ref(o, callback=)', lambda: weakref.ref(o, callback=None))
attempt('ref(list)', lambda: weakref.ref([]))
attempt('ref(o)(1)', lambda: weakref.ref(o)(1))
attempt('ref(o)(x=1)', lambda: weakref.ref(o)(x=1))
attempt('ref.__init__ 3 args', lambda: weakref.ref(o).__init__(o, None, 3))
attempt('ref.__init__ 0 args', lambda: weakref.ref(o).__init__())
attempt('ref.__init__ ok', lambda: weakref.ref(o).__init__(o))
attempt('ref.__callback__ set', lambda: setattr(weakref.ref(o), '__callback__', len))
attempt('ref attr', lambda: setattr(weakref.ref(o), 'x', 1))
attempt('proxy()', lambda: weakref.proxy())
attempt('proxy 3 args', lambda: weakref.proxy(o, None, 1))
attempt('proxy(1)', lambda: weakref.proxy(1))
attempt('hash(proxy)', lambda: hash(weakref.proxy(o)))
attempt('ref < ref', lambda: weakref.ref(o) < weakref.ref(o))
attempt('non-callable callback', lambda: weakref.ref(o, 5))
attempt('ref(o)() ', lambda: weakref.ref(o)())

# a non-callable callback is only noticed when it would be called
p = C()
r = weakref.ref(p, 5)
print(r.__callback__)
import sys
saved, sys.stderr = sys.stderr, None     # the report would go nowhere
del p
sys.stderr = saved
print('after del', r(), r.__callback__)

# _remove_dead_weakref
d = {}
x = C()
d['live'] = weakref.ref(x)
y = C()
d['dead'] = weakref.ref(y)
del y
d['other'] = 1
_weakref._remove_dead_weakref(d, 'live')
_weakref._remove_dead_weakref(d, 'dead')
_weakref._remove_dead_weakref(d, 'missing')
print(sorted(d))
attempt('remove non-weakref', lambda: _weakref._remove_dead_weakref(d, 'other'))
attempt('remove non-dict', lambda: _weakref._remove_dead_weakref([], 'x'))
print(sorted(n for n in dir(_weakref) if not n.startswith('__')))
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(sorted(weakref.__all__))
