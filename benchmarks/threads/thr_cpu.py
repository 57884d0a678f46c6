# thr_cpu.py -- CPU-bound work serially and split over 2 and 4 threads.
#
# The same total work (WORK iterations of a countdown) is done by one
# thread, then split evenly over 2 and over 4 threads. Under a GIL only one
# thread runs bytecode at a time, so threads cannot be faster than serial;
# what this measures is the cost of sharing: switches every interval,
# hand-offs, cache misses. Reported: seconds for each, and the ratios
# threads/serial (target for gilpy <= 1.10).
import threading
from _common import best_time, report

# 8M iterations: about 0.2-0.4 s serially, so the 5 ms switch interval
# gives ~50 forced switches per run -- enough to show their cost.
WORK = 8000000


def countdown(n):
    while n > 0:
        n -= 1


def split(nthreads):
    def run():
        workers = [threading.Thread(target=countdown, args=(WORK // nthreads,))
                   for _ in range(nthreads)]
        for t in workers:
            t.start()
        for t in workers:
            t.join()
    return run


countdown(WORK // 10)   # warm-up: one-time costs out of the measurement
# Interleaved best of 5: load from other processes then hits the three
# measurements alike instead of whichever happened to run during a burst.
serial = t2 = t4 = float("inf")
for _ in range(5):
    serial = min(serial, best_time(lambda: countdown(WORK), 1))
    t2 = min(t2, best_time(split(2), 1))
    t4 = min(t4, best_time(split(4), 1))
report("serial_s", serial)
report("threads2_s", t2)
report("threads4_s", t4)
report("ratio2", t2 / serial)
report("ratio4", t4 / serial)
