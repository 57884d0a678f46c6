# gil_tour.py -- what the GIL means for CPU-bound and I/O-bound threads.
#
#     python3 examples/gil_tour.py
#     build/gilpy examples/gil_tour.py
#
# Only the thread holding the global interpreter lock runs Python code, so:
#   - CPU-bound threads take turns: four threads counting down take as long
#     as counting down four times in a row (a little longer: the hand-offs);
#   - I/O-bound threads overlap: a thread releases the GIL while it sleeps,
#     reads or waits, so four threads sleeping 0.25 s take 0.25 s, not 1 s.
# The tour measures both, serial against four threads, and on gilpy re-runs
# a small mixed workload under -X gil-stats to show who held the GIL, for how
# long, and how often it was taken away (the table gilpy prints at exit).
#
# Internal use: `gil_tour.py --stats-child` is the mixed workload.
import os
import sys
import threading
import time

IS_GILPY = sys.implementation.name == "gilpy"

TASKS = 4
COUNT = 2000000     # iterations of the countdown per task (~0.1 s each on CPython)
NAP = 0.25          # seconds of sleep per I/O task


def countdown(n):
    while n > 0:
        n -= 1


def nap(seconds):
    time.sleep(seconds)


def serial_once(func, arg):
    t0 = time.perf_counter()
    for _ in range(TASKS):
        func(arg)
    return time.perf_counter() - t0


def threaded_once(func, arg):
    workers = [threading.Thread(target=func, args=(arg,)) for _ in range(TASKS)]
    t0 = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    return time.perf_counter() - t0


# Best of REPEAT runs: on a shared machine another process can steal the
# CPU during one run; the fastest run is the closest to the real cost.
REPEAT = 3


def serial(func, arg, repeat=REPEAT):
    return min(serial_once(func, arg) for _ in range(repeat))


def threaded(func, arg, repeat=REPEAT):
    return min(threaded_once(func, arg) for _ in range(repeat))


def run_self(xoptions, args):
    """Run this script again under the same interpreter with extra -X
    options; return stdout and stderr together (stripped). Uses subprocess
    where it exists, plain fork/exec otherwise."""
    argv = [sys.executable]
    for x in xoptions:
        argv += ["-X", x]
    argv += [os.path.abspath(__file__)] + list(args)
    try:
        import subprocess
    except ImportError:
        subprocess = None
    if subprocess is not None:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        return p.stdout.decode(errors="replace").strip()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(r)
            os.dup2(w, 1)
            os.dup2(w, 2)
            os.execv(sys.executable, argv)
        finally:
            os._exit(127)
    os.close(w)
    chunks = []
    while True:
        b = os.read(r, 65536)
        if not b:
            break
        chunks.append(b)
    os.close(r)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode(errors="replace").strip()


def stats_child():
    # Two CPU-bound threads and two threads that mostly sleep, all named so
    # that the table says who is who.
    def sleeper():
        for _ in range(10):
            time.sleep(0.01)
    workers = [threading.Thread(target=countdown, args=(COUNT,), name="cpu-%d" % i) for i in (1, 2)]
    workers += [threading.Thread(target=sleeper, name="io-%d" % i) for i in (1, 2)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    print("(mixed workload done: 2 CPU-bound threads, 2 sleeping threads)")


def tour():
    print("GIL tour on %s %s, %s CPU(s), switch interval %.1f ms\n" % (
        sys.implementation.name, sys.version.split()[0], os.cpu_count(),
        sys.getswitchinterval() * 1e3))

    print("1. CPU-bound: %d x countdown(%d), best of %d" % (TASKS, COUNT, REPEAT))
    countdown(COUNT)    # warm-up: first calls may pay one-time costs
    s = serial(countdown, COUNT)
    t = threaded(countdown, COUNT)
    print("   one after the other: %6.3f s" % s)
    print("   in %d threads:        %6.3f s   (threads/serial = %.2f)" % (TASKS, t, t / s))
    if t / s < 0.9 and hasattr(os, "getloadavg") and os.getloadavg()[0] > (os.cpu_count() or 1):
        print("   (below 1.0: the machine is busy -- load average %.1f. The OS favours\n"
              "   threads that often wait, as GIL waiters do, over other processes'\n"
              "   CPU hogs; the single thread got a smaller share of the CPU.)"
              % os.getloadavg()[0])
    print("""
   No speed-up, however many cores the machine has: a thread must hold the
   GIL to run bytecode, so the countdowns take turns, switching every
   switch interval. On an idle machine the ratio is about 1.0 (slightly
   above: each switch costs a hand-off). For CPU-bound work in parallel use
   processes (multiprocessing) or code that releases the GIL (C extensions).
""")

    print("2. I/O-bound: %d x time.sleep(%.2f)" % (TASKS, NAP))
    s = serial(nap, NAP, 1)
    t = threaded(nap, NAP, 1)
    print("   one after the other: %6.3f s" % s)
    print("   in %d threads:        %6.3f s   (threads/serial = %.2f)" % (TASKS, t, t / s))
    print("""
   A %d-fold speed-up: time.sleep releases the GIL while the thread waits, so
   the waits overlap. Reads, writes, socket calls, select, Lock.acquire and
   Queue.get do the same -- why threads suit servers and crawlers, which
   spend their time waiting.
""" % TASKS)

    if IS_GILPY:
        print("3. Who held the GIL: the same kind of work under -X gil-stats")
        print("   (gilpy prints this table on stderr at exit)\n")
        out = run_self(["gil-stats"], ["--stats-child"])
        for line in out.splitlines():
            print("   " + line)
        print("""
   The CPU-bound threads hold the GIL nearly all the time and lose it by
   force (forced drops) every switch interval; the sleeping threads hold it
   for microseconds and give it up themselves (voluntary drops) each time
   they sleep. Try also -X gil-trace=trace.json and open the file in
   https://ui.perfetto.dev to see the same thing on a timeline.""")
    else:
        print("3. Run this tour with gilpy to see the per-thread GIL statistics")
        print("   (-X gil-stats) of a mixed CPU/I/O workload.")


if __name__ == "__main__":
    if sys.argv[1:] == ["--stats-child"]:
        stats_child()
    else:
        tour()
