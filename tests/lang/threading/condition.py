# threading.Condition: wait/notify/notify_all/wait_for, timeouts, errors.
import threading
import re
import warnings
warnings.simplefilter('ignore', DeprecationWarning)


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


c = threading.Condition()
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(c)))
show(c.wait)
show(c.wait, 0)
show(c.notify)
show(c.notify_all)
show(c.wait_for, lambda: True)
with c:
    print('timeout wait:', c.wait(0.01), c.wait(0), c.wait(-1))
    print('wait_for true:', c.wait_for(lambda: 'yes'), c.wait_for(lambda: 0, 0.01))
    c.notify()          # nobody waiting: fine
    c.notify_all()
    print(c._is_owned())
print(c._is_owned())

# with a plain Lock
c2 = threading.Condition(threading.Lock())
show(c2.notify)
with c2:
    print(c2.wait(0.01), c2._is_owned())

# notify(n) wakes exactly n waiters, in order (two conditions, one lock)
import time
shared = threading.Lock()
cond = threading.Condition(shared)
done = threading.Condition(shared)
woken = []
def waiter(i):
    with cond:
        cond.wait()
        woken.append(i)
        done.notify()

threads = []
for i in range(5):
    t = threading.Thread(target=waiter, args=(i,))
    t.start()
    threads.append(t)
    while True:                     # until it waits: they queue up in order
        with cond:
            if len(cond._waiters) == i + 1:
                break
        time.sleep(0.001)

with cond:
    cond.notify(2)
    done.wait_for(lambda: len(woken) == 2)
    print('after notify(2):', sorted(woken), len(cond._waiters))
    cond.notify()
    done.wait_for(lambda: len(woken) == 3)
    print('after notify():', sorted(woken))
    cond.notifyAll()
    done.wait_for(lambda: len(woken) == 5)
    print('after notify_all:', sorted(woken), len(cond._waiters))
for t in threads:
    t.join()

# producer / consumer with wait_for
items = []
c3 = threading.Condition(threading.Lock())
got = []
def consumer():
    for _ in range(100):
        with c3:
            c3.wait_for(lambda: items)
            got.append(items.pop(0))
t = threading.Thread(target=consumer)
t.start()
for i in range(100):
    with c3:
        items.append(i)
        c3.notify()
t.join()
print(got == list(range(100)))

# wait returns True when notified in time, re-acquires an RLock at its depth
rc = threading.Condition(threading.RLock())
flag = []
def notifier():
    with rc:
        flag.append(1)
        rc.notify()
with rc:
    with rc:
        t = threading.Thread(target=notifier)
        t.start()
        print('notified:', rc.wait(30), rc._lock._recursion_count())
t.join()
