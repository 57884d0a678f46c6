# threading.local: per-thread attributes, subclasses with __init__ arguments.
import threading


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


data = threading.local()
data.x = 1
print(data.x, data.__dict__)
seen = []
def other():
    seen.append(hasattr(data, 'x'))
    data.x = 2
    data.y = 'other'
    seen.append((data.x, data.y, sorted(data.__dict__)))
t = threading.Thread(target=other)
t.start(); t.join()
print(seen, data.x, hasattr(data, 'y'))
del data.x
print(hasattr(data, 'x'))
show(delattr, data, 'x')
show(setattr, data, '__dict__', {})
show(threading.local, 1)
show(threading.local, a=1)

class MyLocal(threading.local):
    initialized = 0
    def __init__(self, base, step=1):
        self.value = base
        self.step = step
        MyLocal.initialized += 1

    def bump(self):
        self.value += self.step
        return self.value

    @property
    def double(self):
        return self.value * 2

m = MyLocal(10, step=5)
print(m.bump(), m.double, MyLocal.initialized)
results = []
def use():
    results.append((m.value, m.bump(), m.bump(), m.double))
ts = [threading.Thread(target=use) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results, m.value, MyLocal.initialized)

# values are released when the thread ends
import weakref
class Obj:
    pass
holder = threading.local()
refs = []
def keep():
    o = Obj()
    holder.obj = o
    refs.append(weakref.ref(o))
t = threading.Thread(target=keep)
t.start(); t.join()
import gc
gc.collect()
print('released:', refs[0]() is None)

# many locals, many threads, no mixing
locs = [threading.local() for _ in range(5)]
bad = []
def fill(n):
    for i, l in enumerate(locs):
        l.v = (n, i)
    for i, l in enumerate(locs):
        if l.v != (n, i):
            bad.append((n, i))
ts = [threading.Thread(target=fill, args=(n,)) for n in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('mixed:', bad)
