# PEP 442: finalizers of objects in cycles run once, in a well-defined order;
# the cycle is freed afterwards; resurrection is honoured.
import gc

log = []

class Fin:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

def ring(names):
    objs = [Fin(n) for n in names]
    for a, b in zip(objs, objs[1:] + objs[:1]):
        a.next = b
    return objs

gc.collect()
r = ring(["a", "b", "c"])
del r
print("before collect:", log)
print("collected:", gc.collect())
print("after:", sorted(log))
log.clear()

# __del__ runs once even if the object is resurrected and dies again
keep = []
class Phoenix:
    def __del__(self):
        log.append("phoenix del")
        keep.append(self)
p = Phoenix()
p.self = p
del p
gc.collect()
print(log, len(keep))
log.clear()
q = keep.pop()
print(gc.is_finalized(q))
del q
print("second death:", gc.collect(), log)

# an object without a cycle is freed by refcounting at once
f = Fin("plain")
del f
print(log)
log.clear()

# a finalizer that raises: reported, the collection goes on
class Bad:
    def __del__(self):
        raise RuntimeError("boom in __del__")
import sys, io
old = sys.stderr
sys.stderr = io.StringIO()
b = Bad(); b.me = b
del b
n = gc.collect()
err = sys.stderr.getvalue()
sys.stderr = old
print(n, "Exception ignored in" in err, "RuntimeError: boom in __del__" in err)

# a generator suspended inside try/finally, caught in a cycle
def gen():
    try:
        yield 1
    finally:
        log.append("gen finally")
g = gen()
next(g)
holder = [g]
holder.append(holder)
del g, holder
gc.collect()
print(log)

# a class whose instances reference their class and the class references back
class Meta:
    pass
Meta.inst = Meta()
Meta.inst.cls = Meta
del Meta
print(gc.collect() > 0)

# collect() with nothing to do
print(gc.collect(), gc.collect(0), gc.collect(1), gc.collect(generation=2))
