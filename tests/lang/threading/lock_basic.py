# _thread.lock / threading.Lock: API, arguments, errors, repr.
import _thread
import threading
import re


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


def addr(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', s)


print(threading.Lock is _thread.allocate_lock, _thread.allocate is _thread.allocate_lock)
print(_thread.LockType, type(threading.Lock()) is _thread.LockType)
print(_thread.error is RuntimeError, threading.ThreadError is RuntimeError)
print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX, _thread.TIMEOUT_MAX > 1e9)
show(_thread.LockType)

l = threading.Lock()
print(addr(repr(l)), l.locked())
print(l.acquire(), l.locked(), addr(repr(l)))
print(l.acquire(False), l.acquire(blocking=False), l.acquire(0))
print(l.acquire(timeout=0), l.acquire(True, 0.01), l.acquire(timeout=0.02))
l.release()
print(l.locked())
show(l.release)
print(l.acquire_lock(), l.locked_lock())
l.release_lock()
show(l.release_lock)

# argument checking
show(l.acquire, 0, 1)
show(l.acquire, False, 0.5)
show(l.acquire, blocking=False, timeout=0)
show(l.acquire, timeout=-2)
show(l.acquire, timeout=-0.5)
show(l.acquire, timeout=float('nan'))
show(l.acquire, timeout=1e100)
show(l.acquire, timeout='x')
show(l.acquire, 'x')
show(l.acquire, 2.5)
show(l.acquire, None)
show(l.acquire, 1, 2, 3)
show(l.acquire, bogus=1)
show(l.acquire, 1, blocking=1)
show(l.acquire, timeout=-1)
l.release()
show(l.acquire, False, -1)
l.release()
show(l.acquire, timeout=_thread.TIMEOUT_MAX)
l.release()
show(l.acquire, True, 3)
l.release()

# context manager
with l as v:
    print('inside', v, l.locked())
print('after', l.locked())
try:
    with l:
        raise KeyError('k')
except KeyError as e:
    print('KeyError', e, l.locked())
print(l.__exit__(None, None, None) if l.acquire() else None, l.locked())

# _at_fork_reinit resets to unlocked
l.acquire()
l._at_fork_reinit()
print(l.locked(), l.acquire(False))
l.release()

# weak references work
import weakref
r = weakref.ref(l)
print(r() is l)
del l
print(r())

# another thread sees the lock held, and can release it (locks have no owner)
l = threading.Lock()
l.acquire()
res = []
def other():
    res.append(l.acquire(False))
    l.release()
    res.append(l.locked())
t = threading.Thread(target=other)
t.start()
t.join()
print(res, l.locked())
