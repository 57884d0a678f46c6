# threading.Semaphore, BoundedSemaphore, Event.
import threading
import re
import warnings
warnings.simplefilter('ignore', DeprecationWarning)


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


def addr(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', s)


show(threading.Semaphore, -1)
s = threading.Semaphore(2)
print(addr(repr(s)))
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), s.acquire(True, 0))
show(s.acquire, False, 1)
s.release()
print(addr(repr(s)))
s.release(3)
print(addr(repr(s)))
show(s.release, 0)
with s:
    print('in with', s._value)
print(s._value)

b = threading.BoundedSemaphore(2)
print(addr(repr(b)))
show(b.release)
b.acquire()
b.release()
show(b.release)
b.acquire(); b.acquire()
show(b.release, 3)
b.release(2)
print(addr(repr(b)))
show(threading.BoundedSemaphore, -5)

# a semaphore limits concurrency
sem = threading.Semaphore(3)
lock = threading.Lock()
inside = [0]
peak = [0]
start = threading.Barrier(10)
def limited():
    start.wait()
    for _ in range(20):
        with sem:
            with lock:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            with lock:
                inside[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('peak <= 3:', peak[0] <= 3, inside[0])

# release wakes a blocked acquirer
s0 = threading.Semaphore(0)
res = []
t = threading.Thread(target=lambda: res.append(s0.acquire()))
t.start()
s0.release()
t.join()
print(res)

# Event
e = threading.Event()
print(addr(repr(e)), e.is_set(), e.isSet(), e.wait(0), e.wait(0.01))
e.set()
print(addr(repr(e)), e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())
waiters = []
def ev_wait(i):
    waiters.append((i, e.wait()))
ts = [threading.Thread(target=ev_wait, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
e.set()
for t in ts:
    t.join()
print(sorted(waiters))
