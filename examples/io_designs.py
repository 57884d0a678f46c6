"""Three designs for the same work: one thread, a thread per task, and an
asyncio event loop -- first for I/O-bound tasks, then for CPU-bound ones.

    build/gilpy examples/io_designs.py        (python3 runs it too)

What to look for:
  * I/O-bound (each task waits 50 ms five times): threads and asyncio both
    finish in about the time of one task, because a waiting thread releases
    the GIL and a waiting coroutine yields to the loop. The speedup over the
    serial run is close to the number of tasks.
  * CPU-bound (each task counts to N): neither helps. Threads take turns on
    the GIL (one runs at a time, switched every sys.getswitchinterval()
    seconds), and asyncio runs everything on one thread anyway. The speedup
    stays near 1 -- a little below, from switching.
Separate processes are what makes CPU-bound work faster on several cores;
they arrive with gilpy's multiprocessing. Timings vary from run to run.
"""
import asyncio
import sys
import threading
import time

TASKS = 10
WAITS = 5
WAIT_S = 0.05
COUNT = 1_000_000


def io_task():
    for _ in range(WAITS):
        time.sleep(WAIT_S)


async def io_task_async():
    for _ in range(WAITS):
        await asyncio.sleep(WAIT_S)


def cpu_task():
    n = 0
    for i in range(COUNT):
        n += i & 7
    return n


async def cpu_task_async():
    return cpu_task()


def serial(task):
    for _ in range(TASKS):
        task()


def threaded(task):
    threads = [threading.Thread(target=task) for _ in range(TASKS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def with_asyncio(task_async):
    async def main():
        await asyncio.gather(*(task_async() for _ in range(TASKS)))
    asyncio.run(main())


def timed(fn, *args):
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def compare(title, task, task_async):
    print(title)
    base = timed(serial, task)
    print("  %-22s %6.3f s" % ("one thread, in turn", base))
    for name, fn, arg in (("a thread per task", threaded, task), ("asyncio, one loop", with_asyncio, task_async)):
        t = timed(fn, arg)
        print("  %-22s %6.3f s   speedup %.1fx" % (name, t, base / t))
    print()


if __name__ == "__main__":
    impl = "gilpy" if sys.implementation.name == "gilpy" else sys.implementation.name
    print("%s, %d tasks, switch interval %.0f ms\n" % (impl, TASKS, sys.getswitchinterval() * 1000))
    compare("I/O-bound: each task waits %d x %d ms" % (WAITS, WAIT_S * 1000), io_task, io_task_async)
    compare("CPU-bound: each task counts to %d" % COUNT, cpu_task, cpu_task_async)
