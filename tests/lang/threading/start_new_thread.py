# _thread.start_new_thread, get_ident, _count, exit, stack_size, interrupt_main.
import _thread
import threading


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


done = threading.Event()
results = []
def worker(a, b, *, c=0):
    results.append((a, b, c, _thread.get_ident() != main_ident,
                    type(_thread.get_native_id()).__name__))
    done.set()

main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1, 2), {'c': 3})
done.wait()
print(results, type(ident).__name__, ident != main_ident)

# argument errors
show(_thread.start_new_thread, worker)
show(_thread.start_new_thread, 1, ())
show(_thread.start_new_thread, worker, [1, 2])
show(_thread.start_new_thread, worker, (1,), [])
show(_thread.start_new_thread, worker, (1,), None)
show(_thread.start_new_thread, worker, (), {}, 1)
show(_thread.start_new_thread, function=worker, args=())

# SystemExit (from _thread.exit or sys.exit) ends the thread silently
lock = _thread.allocate_lock()
lock.acquire()
def quits(how):
    try:
        how()
    finally:
        lock.release()
import sys
for how in (_thread.exit, _thread.exit_thread, lambda: sys.exit(3)):
    _thread.start_new_thread(quits, (how,))
    lock.acquire()
print('exits ok')
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)

# _count: threads started by _thread still running
started = threading.Event()
release = threading.Event()
def waiter():
    started.set()
    release.wait()
base = _thread._count()
t = threading.Thread(target=waiter)
t.start()
started.wait()
print('count while running:', _thread._count() - base)
release.set()
t.join()
print('count after join:', _thread._count() - base)

# stack_size
print(_thread.stack_size())
show(_thread.stack_size, -1)
show(_thread.stack_size, 100)
show(_thread.stack_size, 'x')
show(_thread.stack_size, 1, 2)
print(_thread.stack_size(1 << 20), _thread.stack_size())
ran = []
t = threading.Thread(target=lambda: ran.append(sum(range(1000))))
t.start(); t.join()
print(ran, _thread.stack_size(0), threading.stack_size())

# interrupt_main
show(_thread.interrupt_main, 0)
show(_thread.interrupt_main, 100000)
try:
    _thread.interrupt_main()
    for i in range(1000):
        pass
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt in main')

# A real SIGINT (Ctrl-C) reaches the main thread while it is blocked in
# lock.acquire() or join(): the handler raises KeyboardInterrupt there.
import os

def sigint_soon(ev):
    ev.wait()
    os.kill(os.getpid(), 2)   # SIGINT
for what in ('acquire', 'join'):
    ready = threading.Event()
    t = threading.Thread(target=sigint_soon, args=(ready,))
    t.start()
    blocker = threading.Lock()
    blocker.acquire()
    try:
        ready.set()
        if what == 'acquire':
            blocker.acquire()        # blocks until the signal arrives
        else:
            forever = threading.Thread(target=blocker.acquire, daemon=True)
            forever.start()
            forever.join()
        print('not interrupted')
    except KeyboardInterrupt:
        print('KeyboardInterrupt while blocked in', what)
    t.join()
