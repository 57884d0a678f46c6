# _thread.RLock / threading.RLock: ownership, recursion, Condition helpers.
import _thread
import threading
import re


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


def clean(s):
    return re.sub(r'owner=[1-9]\d*', 'owner=ME', re.sub(r'0x[0-9a-f]+', 'ADDR', s))


print(threading._CRLock is _thread.RLock, type(threading.RLock()) is _thread.RLock)
r = threading.RLock()
print(clean(repr(r)))
show(r.release)
show(r._release_save)
print(r._is_owned(), r._recursion_count())
print(r.acquire(), r.acquire(), r.acquire(False), r.acquire(timeout=0.01))
print(clean(repr(r)), r._is_owned(), r._recursion_count())
r.release(); r.release(); r.release()
print(clean(repr(r)), r._is_owned())
r.release()
print(clean(repr(r)))
show(r.release)

# _release_save / _acquire_restore, used by Condition
r.acquire(); r.acquire()
state = r._release_save()
print(state[0], state[1] == threading.get_ident(), r._is_owned(), clean(repr(r)))
r._acquire_restore(state)
print(r._recursion_count(), r._is_owned())
r.release(); r.release()

# argument errors as for Lock
show(r.acquire, 0, 1)
show(r.acquire, timeout=-3)
show(r.acquire, 1, 2, 3)
show(r._acquire_restore, (1,))

# another thread cannot release it nor take it
r.acquire()
out = []
def other():
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))
    out.append(r._is_owned())
    out.append(r.acquire(False))
    out.append(r.acquire(timeout=0.01))
t = threading.Thread(target=other)
t.start(); t.join()
print(out)
r.release()

# once released, the other thread gets it; then we block until it's free
got = threading.Event()
go = threading.Event()
def holder():
    with r:
        got.set()
        go.wait()
t = threading.Thread(target=holder)
t.start()
got.wait()
print('held elsewhere:', r.acquire(False), r._is_owned())
go.set()
print('blocking acquire:', r.acquire())
r.release()
t.join()

# context manager and subclassing
with r:
    with r:
        print('nested', r._recursion_count())
print(r._recursion_count())

class MyRLock(_thread.RLock):
    pass

m = MyRLock()
with m:
    print(type(m).__name__, m._is_owned())

# the Python implementation behaves the same
p = threading._PyRLock()
show(p.release)
print(p.acquire(), p.acquire(), p._is_owned())
print(p._release_save()[0], p._is_owned())
for a in [[1, 2], (1,), 5, 'ab', (1, 'x')]:
    show(r._acquire_restore, a)
    if r._is_owned():
        r._release_save()
