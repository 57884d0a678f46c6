# The GIL is really released while a thread blocks: each step below would
# deadlock if a blocked thread kept the GIL.
import threading
import time
import sys

# 1. thread A blocks in lock.acquire(); the main thread must run to release it
lock = threading.Lock()
lock.acquire()
stages = []
def a():
    stages.append('A waiting')
    lock.acquire()
    stages.append('A got the lock')
    lock.release()
t = threading.Thread(target=a)
t.start()
while 'A waiting' not in stages:
    pass          # spin: the GIL must switch to A and back by itself
time.sleep(0.01)
stages.append('main releases')
lock.release()
t.join()
print(stages)

# 2. a chain of 20 threads, each woken by the previous one through an Event
events = [threading.Event() for _ in range(21)]
order = []
def link(i):
    events[i].wait()
    order.append(i)
    events[i + 1].set()
ts = [threading.Thread(target=link, args=(i,)) for i in range(20)]
for t in ts:
    t.start()
events[0].set()
events[20].wait()
for t in ts:
    t.join()
print(order == list(range(20)))

# 3. sleeping threads overlap (huge margin: 20 x 0.1 s in less than 1.5 s)
start = time.monotonic()
ts = [threading.Thread(target=time.sleep, args=(0.1,)) for _ in range(20)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('sleeps overlapped:', time.monotonic() - start < 1.5)

# 4. a CPU-bound thread does not starve the main thread (timed switching)
stop = threading.Event()
spins = [0]
def spin():
    while not stop.is_set():
        spins[0] += 1
t = threading.Thread(target=spin)
t.start()
while spins[0] < 1000:
    pass
stop.set()
t.join()
print('spinner ran:', spins[0] >= 1000)

# sys.setswitchinterval
old = sys.getswitchinterval()
print(old)
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    sys.setswitchinterval('x')
except TypeError as e:
    print('TypeError', e)
sys.setswitchinterval(1e-6)
print(sys.getswitchinterval())
total = [0]
lk = threading.Lock()
def work():
    for _ in range(2000):
        with lk:
            total[0] += 1
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total[0])
sys.setswitchinterval(old)
print(sys.getswitchinterval() == old)
