# ThreadPoolExecutor: submit, map, shutdown, names, initializer, broken pool,
# wait/as_completed with real threads. Synchronised with events only.
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor
import threading
import sys, io

with ThreadPoolExecutor(max_workers=4) as ex:
    print(sorted(ex.map(lambda x: x * x, range(8))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6], timeout=30)))
    print(list(ex.map(str, [], chunksize=5)))
    fs = [ex.submit(pow, 2, i) for i in range(6)]
    print(sorted(f.result() for f in cf.as_completed(fs, timeout=30)))
    done, not_done = cf.wait(fs)
    print(len(done), len(not_done))
    print(ex.submit(lambda *a, **k: (a, sorted(k.items())), 1, 2, fn=3, self=4).result())

# map: results in order, exception re-raised when reached
def maybe(x):
    if x == 3:
        raise ValueError('bad %d' % x)
    return x * 10
with ThreadPoolExecutor(2) as ex:
    out = []
    try:
        for v in ex.map(maybe, range(6)):
            out.append(v)
    except ValueError as e:
        print('map raised', e, out)

# map timeout: a call blocked on an event
gate = threading.Event()
ex = ThreadPoolExecutor(1)
blocked = ex.submit(gate.wait)
it = ex.map(lambda x: x, [5, 6], timeout=0)
try:
    print(next(it))
except cf.TimeoutError as e:
    print('map timeout', type(e).__name__, repr(str(e)))
gate.set()
ex.shutdown()
print('shutdown ok')

# thread names and max_workers
names = set()
barrier = threading.Barrier(3)
def record():
    barrier.wait()
    names.add(threading.current_thread().name)
with ThreadPoolExecutor(max_workers=3, thread_name_prefix='pool') as ex:
    for _ in range(3):
        ex.submit(record)
print(sorted(names))
ex = ThreadPoolExecutor()
import os
print(ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
print(ex._thread_name_prefix.startswith('ThreadPoolExecutor-'))
n = ex.submit(lambda: threading.current_thread().name).result()
print(n.startswith('ThreadPoolExecutor-'), n.endswith('_0'))
ex.shutdown(wait=True)
for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print('ValueError', e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print('TypeError', e)

# initializer
seen = []
lock = threading.Lock()
def init(tag):
    with lock:
        seen.append(tag)
with ThreadPoolExecutor(2, initializer=init, initargs=('hi',)) as ex:
    print(ex.submit(len, 'abc').result())
print(set(seen))

# failing initializer breaks the pool
def bad_init():
    raise OSError('init failed')
old = sys.stderr
sys.stderr = io.StringIO()
ex = ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(len, 'x')
exc = f.exception(timeout=30)
print(type(exc).__name__, exc)
print(isinstance(exc, cf.BrokenExecutor), isinstance(exc, RuntimeError))
try:
    ex.submit(len, 'y')
except cf.BrokenExecutor as e:
    print('submit:', type(e).__name__, e)
ex.shutdown()
err = sys.stderr.getvalue()
sys.stderr = old
print(err.splitlines()[0], 'OSError: init failed' in err)

# shutdown(cancel_futures=True) cancels what has not started
gate = threading.Event()
started = threading.Event()
ex = ThreadPoolExecutor(1)
def blocker():
    started.set()
    gate.wait()
    return 'blocked'
first = ex.submit(blocker)
started.wait()
rest = [ex.submit(len, 'abc') for _ in range(3)]
print(first.running(), [f.cancel() for f in rest[:1]], rest[0].cancelled())
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
ex.shutdown(wait=True)
print(first.result(), [f.cancelled() or f.result() for f in rest])
try:
    ex.submit(len, 'z')
except RuntimeError as e:
    print('RuntimeError', e)
ex.shutdown()   # second shutdown is harmless

# wait FIRST_COMPLETED / FIRST_EXCEPTION with threads
gate = threading.Event()
with ThreadPoolExecutor(3) as ex:
    slow = ex.submit(gate.wait)
    quick = ex.submit(lambda: 'q')
    d, nd = cf.wait([slow, quick], return_when=cf.FIRST_COMPLETED)
    print(quick in d, slow in nd)
    def fail():
        raise KeyError('x')
    bad = ex.submit(fail)
    d, nd = cf.wait([slow, bad], return_when=cf.FIRST_EXCEPTION)
    print(bad in d, slow in nd, repr(bad.exception()))
    d, nd = cf.wait([slow], timeout=0)
    print(len(d), len(nd))
    try:
        for f in cf.as_completed([slow, quick], timeout=0):
            print('completed', f.result())
    except cf.TimeoutError as e:
        print('as_completed:', e)
    gate.set()
    print(sorted(str(f.result()) for f in cf.as_completed([slow, quick, bad.exception() and quick])))

# a callback runs in the worker thread when the future completes there
ev = threading.Event()
where = []
with ThreadPoolExecutor(1, thread_name_prefix='cb') as ex:
    f = ex.submit(ev.wait)
    f.add_done_callback(lambda fut: where.append((threading.current_thread().name, fut.result())))
    ev.set()
print(where)

# ProcessPoolExecutor: importable; gilpy has no multiprocessing
from concurrent.futures import ProcessPoolExecutor
print(ProcessPoolExecutor.__name__, issubclass(ProcessPoolExecutor, cf.Executor))
print(cf.Executor().shutdown(), end=' ')
try:
    cf.Executor().submit(len, 'a')
except NotImplementedError:
    print('Executor.submit NotImplementedError')

# pools left running at exit are finished before the interpreter exits
ex = ThreadPoolExecutor(1)
gate2 = threading.Event()
ex.submit(lambda: (gate2.wait(), print('late task ran')))
print('main done')
gate2.set()
