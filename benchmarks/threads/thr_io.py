# thr_io.py -- I/O-bound threads: 20 threads, each sleeping 5 x 50 ms.
#
# time.sleep releases the GIL, so the sleeps overlap: the ideal elapsed
# time is 5 x 50 ms = 0.25 s (serially it would be 5 s). Reported: elapsed
# seconds (target <= 0.30 s) -- the excess is thread creation, wake-up
# latency and GIL re-acquisition after each sleep.
import threading
import time
from _common import best_time, report

THREADS = 20
NAPS = 5
NAP = 0.05


def sleeper():
    for _ in range(NAPS):
        time.sleep(NAP)


def run():
    workers = [threading.Thread(target=sleeper) for _ in range(THREADS)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()


report("elapsed_s", best_time(run))
