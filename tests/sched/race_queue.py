# Producers and consumers over queue.Queue with sleeps and timed waits: under
# -X sched the interleaving (and so this output) depends only on the seed.
import queue, threading, time
q = queue.Queue(maxsize=3)
log = []
def producer(name, n):
    for i in range(n):
        q.put((name, i))
        log.append("put %s%d" % (name, i))
        time.sleep(0.001 * (i % 3))
def consumer():
    while True:
        try:
            item = q.get(timeout=0.05)
        except queue.Empty:
            return
        log.append("got %s%d" % item)
        q.task_done()
ts = [threading.Thread(target=producer, args=(c, 5)) for c in "ab"] + \
     [threading.Thread(target=consumer) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(" ".join(log))
