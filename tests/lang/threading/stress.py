# Stress: many threads, many lock hand-offs, threads creating threads,
# threads ending while others wait on them.
import threading

# 200 threads, each appending its index under a lock
lock = threading.Lock()
out = []
def add(i):
    with lock:
        out.append(i)
ts = [threading.Thread(target=add, args=(i,)) for i in range(200)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(out), sorted(out) == list(range(200)), threading.active_count())

# 10,000 strict hand-offs between two threads (ping-pong on two locks)
ping = threading.Lock()
pong = threading.Lock()
pong.acquire()
counter = [0]
N = 10000
def player(mine, theirs):
    for _ in range(N // 2):
        mine.acquire()
        counter[0] += 1
        theirs.release()
a = threading.Thread(target=player, args=(ping, pong))
b = threading.Thread(target=player, args=(pong, ping))
a.start(); b.start(); a.join(); b.join()
print('hand-offs:', counter[0])

# a counter protected by a Lock, incremented by 8 threads
total = [0]
def inc():
    for _ in range(5000):
        with lock:
            total[0] += 1
ts = [threading.Thread(target=inc) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('total:', total[0])

# an RLock taken recursively by 4 threads
rl = threading.RLock()
rtotal = [0]
def rinc():
    for _ in range(2000):
        with rl:
            with rl:
                rtotal[0] += 1
ts = [threading.Thread(target=rinc) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('rlock total:', rtotal[0])

# threads creating threads (a tree of depth 4, fan-out 3), each joining its children
made = []
def node(depth):
    with lock:
        made.append(depth)
    if depth < 4:
        kids = [threading.Thread(target=node, args=(depth + 1,)) for _ in range(3)]
        for k in kids:
            k.start()
        for k in kids:
            k.join()
root = threading.Thread(target=node, args=(0,))
root.start()
root.join()
print('tree nodes:', len(made), [made.count(d) for d in range(5)])

# threads ending while many others wait on them (join from several threads)
gate = threading.Event()
targets = [threading.Thread(target=gate.wait) for _ in range(10)]
for t in targets:
    t.start()
joined = []
def joiner(i):
    for t in targets:
        t.join()
    with lock:
        joined.append(i)
joiners = [threading.Thread(target=joiner, args=(i,)) for i in range(10)]
for j in joiners:
    j.start()
gate.set()
for j in joiners:
    j.join()
print('joiners:', sorted(joined), any(t.is_alive() for t in targets))

# rapid start/join cycles keep the registry consistent
for _ in range(300):
    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()
import _thread
print(threading.active_count(), len(threading.enumerate()), _thread._count())
