# os.fork() from a threaded program: in the child only the forking thread
# exists. threading re-creates its registry locks (here held by another
# thread at the fork), marks the other threads stopped and makes the
# forking thread the main one, so the child can use threading; a user lock
# held by a vanished thread stays held (as in CPython).
import os
import sys
import threading

held = threading.Lock()
ready = threading.Event()
release = threading.Event()


def holder():
    with threading._active_limbo_lock, threading._shutdown_locks_lock:
        held.acquire()
        ready.set()
        release.wait()
    held.release()


t = threading.Thread(target=holder, name="holder")
t.start()
ready.wait()
print("holder started", t.is_alive())
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print("child: enumerate", sorted(x.name for x in threading.enumerate()))
    print("child: active_count", threading.active_count())
    print("child: holder alive", t.is_alive(), "stopped" in repr(t))
    t.join()
    print("child: joined holder")
    print("child: main is current", threading.main_thread() is threading.current_thread())
    print("child: user lock still held", held.locked())
    out = []
    ws = [threading.Thread(target=out.append, args=(i,)) for i in range(3)]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    print("child: workers ran", sorted(out))
    ev = threading.Event()
    threading.Timer(0.01, ev.set).start()
    print("child: timer fired", ev.wait(10))
    sys.stdout.flush()
    os._exit(0)
_, st = os.waitpid(pid, 0)
print("parent: child exit", os.waitstatus_to_exitcode(st))
release.set()
t.join()
print("parent: enumerate", sorted(x.name for x in threading.enumerate()))


# a non-daemon thread is blocked when the main thread forks: the child must
# still exit normally (threading._shutdown must not wait for it)
stop = threading.Event()
started = threading.Event()


def blocked():
    started.set()
    stop.wait()


t = threading.Thread(target=blocked, name="blocked")
t.start()
started.wait()
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, ("child sees %d thread(s), main=%s\n" % (threading.active_count(), threading.current_thread().name)).encode())
    os.close(w)
    sys.exit(5)     # normal interpreter exit in the child
os.close(w)
data = b""
while True:
    chunk = os.read(r, 100)
    if not chunk: break
    data += chunk
os.close(r)
_, st = os.waitpid(pid, 0)
print(data.decode(), end="")
print("child exit code", os.waitstatus_to_exitcode(st))
stop.set(); t.join()

# fork from a non-main thread: in the child that thread is the main thread
res = []


def forker():
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        cur = threading.current_thread()
        msg = "%s %s %s\n" % (cur.name, threading.main_thread() is cur, [x.name for x in threading.enumerate()])
        os.write(w, msg.encode())
        os._exit(0)
    os.close(w)
    res.append(os.read(r, 1000).decode())
    os.close(r)
    os.waitpid(pid, 0)


ft = threading.Thread(target=forker, name="forker")
ft.start(); ft.join()
print("child of forker:", res[0], end="")
print("parent main:", threading.main_thread().name, threading.current_thread() is threading.main_thread())
