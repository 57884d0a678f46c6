# _common.py -- helpers shared by the thread benchmarks (benchmarks/threads/).
#
# Every benchmark here prints its measurements as "key value" lines on
# stdout (value: a float, or "n/a"); benchmarks/threads_bench.py parses them
# and puts gilpy and CPython side by side. Each benchmark times itself
# (time.perf_counter around the measured part) so that interpreter start-up
# is not counted, and repeats its measurement and keeps the best run: the
# machines are shared, and another process stealing the CPU only ever makes
# a run slower.
import sys
import time


def report(key, value):
    if value is None:
        print("%s n/a" % key)
    else:
        print("%s %.6g" % (key, value))
    sys.stdout.flush()


def best_time(func, repeat=3):
    """Smallest wall-clock time of `repeat` calls of func()."""
    best = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        dt = time.perf_counter() - t0
        if best is None or dt < best:
            best = dt
    return best


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    if n == 0:
        return None
    if n % 2:
        return xs[n // 2]
    return (xs[n // 2 - 1] + xs[n // 2]) / 2


def have_socket():
    try:
        import socket
        return hasattr(socket, "socketpair") and hasattr(socket, "socket")
    except ImportError:
        return False
