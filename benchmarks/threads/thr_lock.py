# thr_lock.py -- the cost of a Lock, uncontended and handed between threads.
#
# Uncontended: acquire()+release() of a Lock nobody else wants, and the same
# through `with lock:` -- pure call overhead, no waiting (ns per pair).
# Hand-off: two threads ping-pong through two locks: the main thread
# releases `a` and blocks on `b`; the partner, blocked on `a`, wakes up,
# releases `b` and blocks on `a` again. Each hand-off wakes a blocked thread,
# which must also take the GIL; reported in microseconds per hand-off.
import threading
import time
from _common import report

PAIRS = 500000      # uncontended acquire/release pairs
ROUNDS = 5000       # hand-off round trips (two hand-offs each)


def uncontended():
    lock = threading.Lock()
    acquire, release = lock.acquire, lock.release
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(PAIRS):
            acquire()
            release()
        dt = time.perf_counter() - t0
        best = dt if best is None or dt < best else best
    report("acquire_release_ns", best / PAIRS * 1e9)
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(PAIRS):
            with lock:
                pass
        dt = time.perf_counter() - t0
        best = dt if best is None or dt < best else best
    report("with_lock_ns", best / PAIRS * 1e9)


def handoff():
    best = None
    for _ in range(3):
        a = threading.Lock()
        b = threading.Lock()
        a.acquire()
        b.acquire()

        def partner():
            for _ in range(ROUNDS):
                a.acquire()
                b.release()

        t = threading.Thread(target=partner)
        t.start()
        t0 = time.perf_counter()
        for _ in range(ROUNDS):
            a.release()
            b.acquire()
        dt = time.perf_counter() - t0
        t.join()
        best = dt if best is None or dt < best else best
    report("handoff_us", best / (2 * ROUNDS) * 1e6)


uncontended()
handoff()
