# time.strftime/asctime on fixed tuples; clocks are monotonic; sleep errors
import time
tt = (2009, 2, 13, 23, 31, 30, 4, 44, 0)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%j %U %w %y %%", "%I %p %M", "", "plain", "%d/%m/%Y"]:
    print(repr(time.strftime(fmt, tt)))
print(time.strftime("%Y %m %d", (2000, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%H:%M", time.gmtime(3600 * 5 + 60 * 7)))
print(time.strftime("%Z %z", time.gmtime(0)) in ("UTC +0000", "GMT +0000"))
print(time.asctime(tt), time.asctime((2000, 0, 0, 0, 0, 0, 0, 0, 0)), time.asctime(time.gmtime(10**9)))
print(time.asctime((1999, 12, 31, 23, 59, 59, 6, 365, -1)))
for bad in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0),
            (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 0, -2, 1, 0),
            (2000, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2), 5, (2000, 1.5, 1, 0, 0, 0, 0, 1, 0)]:
    for f in (time.strftime, time.asctime):
        try:
            print(f("%Y", bad) if f is time.strftime else f(bad))
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    time.strftime(5)
except TypeError as e:
    print(e)
prev = time.monotonic()
ok = True
for _ in range(1000):
    now = time.monotonic()
    ok = ok and now >= prev
    prev = now
print(ok, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.time_ns()).__name__)
print(abs(time.time_ns() / 1e9 - time.time()) < 1, time.process_time() >= 0, time.thread_time() >= 0, time.process_time_ns() >= 0)
a = time.perf_counter(); time.sleep(0); time.sleep(0.001); time.sleep(True); print(time.perf_counter() - a >= 1.0)
for bad in [-1, -0.5, "x", None, float("nan")]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, time.get_clock_info("time").adjustable)
print(len(time.ctime()) == 24, time.ctime(0) == time.asctime(time.localtime(0)))
