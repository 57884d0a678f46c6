# callbacks: when they run, what they see, errors in them
import gc
import sys
import weakref

sys.stderr = sys.stdout      # unraisable reports go to stderr: show them


class C:
    pass


class CB:
    """A callable with a stable repr, for the 'Exception ignored' header."""

    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __repr__(self):
        return '<CB %s>' % self.name

    def __call__(self, wr):
        print('callback', self.name, 'dead ref:', wr() is None)
        if self.fail:
            raise ValueError('boom in ' + self.name)


o = C()
r1 = weakref.ref(o, CB('first', fail=True))
r2 = weakref.ref(o, CB('second'))
print('before del')
del o
print('after del')

# a failing callback does not disturb a pending exception
o = C()
r3 = weakref.ref(o, CB('during exception'))
try:
    try:
        raise KeyError('pending')
    finally:
        del o
except KeyError as e:
    print('still', repr(e))

# callbacks run when the container holding the last reference dies
holder = [C()]
r4 = weakref.ref(holder[0], CB('list cleared'))
holder.clear()
d = {'k': C()}
r5 = weakref.ref(d['k'], CB('dict item replaced'))
d['k'] = 1
print('replaced')

# rebinding a name
x = C()
r6 = weakref.ref(x, CB('rebound'))
x = None
print('rebound done')

# leaving a function frees its locals
def scope():
    local = C()
    weakref.ref(local, CB('never: ref dropped first'))
    global r7
    r7 = weakref.ref(local, CB('local'))
    print('leaving scope')
scope()
print('after scope')

# the callback of a ref that dies with the referent's container
class Holder:
    pass
h = Holder()
h.child = C()
r8 = weakref.ref(h.child, CB('child of holder'))
del h
print('holder gone')

# a callback may resurrect nothing: the referent is gone for good
o = C()
saved = []
r9 = weakref.ref(o, lambda wr: saved.append(wr()))
del o
print(saved)

# a callback raising a user exception class is just reported too
class Stop(Exception):
    pass
o = C()
class Stopper:
    def __repr__(self):
        return '<Stopper>'
    def __call__(self, wr):
        raise Stop('stopped')
r10 = weakref.ref(o, Stopper())
del o
print('after Stop')

# __del__ runs first and still sees its weak references alive
class WithDel:
    def __del__(self):
        print('__del__: ref alive:', rd() is self)
wd = WithDel()
rd = weakref.ref(wd, CB('after __del__'))
del wd
print('rd dead:', rd() is None)

# resurrection by __del__ keeps the refs alive
survivors = []
class Phoenix:
    def __del__(self):
        survivors.append(self)
ph = Phoenix()
rp = weakref.ref(ph, CB('phoenix (runs only when it really dies)'))
del ph
print('resurrected, ref alive:', rp() is survivors[0])
survivors.clear()
print('phoenix gone:', rp() is None)

# cycles: the collector clears the refs and runs the callbacks
a = C()
b = C()
a.other, b.other = b, a
ra = weakref.ref(a, CB('cycle a'))
rb = weakref.ref(b)
del a, b
print('before collect', ra() is not None)
gc.collect()
print('after collect', ra(), rb())

# a ref in the garbage itself does not call back
c = C()
c.selfref = weakref.ref(c, CB('garbage ref (must not run)'))
c.me = c
del c
gc.collect()
print('end')
