# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full.
import queue
import threading


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


print(sorted(queue.__all__), issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)])
show(q.get_nowait)
show(q.get, False)
show(q.get, timeout=0.01)
show(q.get, True, 0)
show(q.get, timeout=-1)
show(q.get, False, -1)     # non-blocking: the timeout is ignored
q.put_nowait('x')
show(q.get, timeout=-1)    # checked even when an item is there
print(q.get_nowait())

b = queue.Queue(maxsize=2)
b.put(1); b.put(2)
print(b.full(), b.qsize())
show(b.put_nowait, 3)
show(b.put, 3, False)
show(b.put, 3, timeout=0.01)
show(b.put, 3, timeout=-1)
show(queue.Queue().put, 1, timeout=-1)   # unbounded: never checked
print(b.get(), b.get(), b.empty())

# task_done / join
tq = queue.Queue()
show(tq.task_done)
results = []
def worker():
    while True:
        item = tq.get()
        if item is None:
            tq.task_done()
            break
        results.append(item * 2)
        tq.task_done()
ws = [threading.Thread(target=worker) for _ in range(4)]
for w in ws:
    w.start()
for i in range(100):
    tq.put(i)
tq.join()
print(sorted(results) == [i * 2 for i in range(100)], tq.unfinished_tasks)
for w in ws:
    tq.put(None)
for w in ws:
    w.join()
tq.join()
show(tq.task_done)

# a bounded queue blocks producers until consumers make room
bq = queue.Queue(3)
consumed = []
def consume():
    for _ in range(50):
        consumed.append(bq.get())
t = threading.Thread(target=consume)
t.start()
for i in range(50):
    bq.put(i)
t.join()
print(consumed == list(range(50)), bq.qsize())

# LIFO and priority order
lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (0, 'z'), (5, 'e')]:
    pq.put(item)
print([pq.get() for _ in range(5)], pq.empty())
show(pq.get_nowait)
lq2 = queue.LifoQueue(1)
lq2.put(1)
show(lq2.put_nowait, 2)

# SimpleQueue
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1); sq.put_nowait(2); sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(timeout=1))
show(sq.get_nowait)
show(sq.get, timeout=0.01)
show(sq.get, timeout=-1)
show(sq.get, False, -1)
got = []
t = threading.Thread(target=lambda: got.append(sq.get()))
t.start()
sq.put('hello')
t.join()
print(got)

# subscripting (PEP 585)
print(queue.Queue[int], queue.SimpleQueue[str])
