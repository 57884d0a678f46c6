# threading.Barrier and threading.Timer.
import threading
import re


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


def addr(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', s)


print(addr(repr(threading.Barrier(0))))
print(issubclass(threading.BrokenBarrierError, RuntimeError))
b = threading.Barrier(3)
print(addr(repr(b)), b.parties, b.n_waiting, b.broken)

# three rounds of three parties: indices 0..2 each round, action once per round
actions = []
b = threading.Barrier(3, action=lambda: actions.append('trip'))
indices = []
lock = threading.Lock()
def party():
    for _ in range(3):
        i = b.wait()
        with lock:
            indices.append(i)
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), actions, b.n_waiting, b.broken)

# a timeout breaks the barrier for everybody
b = threading.Barrier(2)
show(b.wait, 0.01)
print(b.broken, addr(repr(b)))
show(b.wait)
b.reset()
print(b.broken, b.n_waiting)

# default timeout from the constructor
b = threading.Barrier(2, timeout=0.01)
show(b.wait)
print(b.broken)

# abort wakes the waiters with BrokenBarrierError
b = threading.Barrier(3)
errors = []
def waits():
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)
ts = [threading.Thread(target=waits) for _ in range(2)]
for t in ts:
    t.start()
import time
while b.n_waiting < 2:
    time.sleep(0.001)
print('waiting:', b.n_waiting)
b.abort()
for t in ts:
    t.join()
print(errors, b.broken)

# reset while threads wait: they get BrokenBarrierError, the barrier is usable again
b = threading.Barrier(2)
errors = []
t = threading.Thread(target=lambda: errors.append(show(b.wait)))
t.start()
while b.n_waiting < 1:
    time.sleep(0.001)
b.reset()
t.join()
print(b.broken, b.n_waiting)
res = []
t = threading.Thread(target=lambda: res.append(b.wait()))
t.start()
res.append(b.wait())
t.join()
print(sorted(res))

# an action raising breaks the barrier; the tripping thread gets the error
def bad_action():
    raise ValueError('action failed')
b = threading.Barrier(2, action=bad_action)
out = []
def w():
    try:
        b.wait()
    except Exception as e:
        out.append(type(e).__name__)
ts = [threading.Thread(target=w) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), b.broken)

# Timer
fired = []
done = threading.Event()
def fire(*a, **k):
    fired.append((a, k))
    done.set()
t = threading.Timer(0.01, fire, args=(1, 2), kwargs={'x': 3})
print(re.sub(r'Thread-\d+', 'Thread-N', repr(t)), t.interval, t.args, t.kwargs)
t.start()
done.wait()
t.join()
print(fired, t.finished.is_set())
t = threading.Timer(60, fire)
t.start()
t.cancel()
t.join()
print(len(fired), t.finished.is_set())
t = threading.Timer(0, fire)
print(t.args, t.kwargs, isinstance(t, threading.Thread))
