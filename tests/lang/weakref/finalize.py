# weakref.finalize: explicit call, death of the referent, detach/peek, exit
import atexit
import re
import sys
import weakref


def addr_free(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', s)


class O:
    pass


def fin(*args, **kwargs):
    print('fin', args, sorted(kwargs.items()))
    return 'result'


atexit.register(print, 'atexit registered before any finalize')

o = O()
f = weakref.finalize(o, fin, 1, x=2)
print(f.alive, f.atexit, f.peek()[0] is o, f.peek()[1] is fin, f.peek()[2:])
print(addr_free(repr(f)))
del o
print(f.alive, f.peek(), f.detach(), f(), f.atexit)
print(addr_free(repr(f)))

# calling it runs func once and returns its result
o = O()
f = weakref.finalize(o, fin, 'called')
print(f())
print(f(), f.alive)
del o
print('no second run')

# detach: the object lives on, nothing runs
o = O()
f = weakref.finalize(o, fin, 'detached')
t = f.detach()
print(t[0] is o, t[1] is fin, t[2:], f.alive, f.detach())
del o, t
print('detached ok')

# the finalizer does not keep its object alive, the registry keeps the
# finalizer alive
o = O()
weakref.finalize(o, fin, 'anonymous')
del o

# exceptions at exit go to sys.excepthook
def bad():
    raise ValueError('bad finalizer')


def hook(tp, value, tb):
    print('excepthook:', tp.__name__, value)


sys.excepthook = hook

# alive at exit: run newest first, except those with atexit off
keep = [O() for i in range(4)]
fs = [weakref.finalize(k, fin, 'exit', i) for i, k in enumerate(keep)]
fs[1].atexit = False
print([f.atexit for f in fs])
weakref.finalize(keep[0], bad)
g = weakref.finalize(keep[2], fin, 'killed at exit')
atexit.register(print, 'atexit registered after finalize')


def kill_g():
    print('killing g', g.detach() is not None)


weakref.finalize(keep[3], kill_g)
print('end of script')
