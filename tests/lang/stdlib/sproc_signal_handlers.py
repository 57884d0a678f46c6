# signal: Python handlers run in the main thread between instructions
import signal, os, time, threading

got = []
def h(signum, frame):
    got.append((signum, type(frame).__name__, frame.f_code.co_name))

print(signal.signal(signal.SIGUSR1, h))
print(signal.getsignal(signal.SIGUSR1) is h)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
signal.raise_signal(signal.SIGUSR1)
print(got[-1])

def f():
    os.kill(os.getpid(), signal.SIGUSR1)
    return 1
f()
print(got[-1])

# a handler's exception propagates from where the signal was handled
class Boom(Exception):
    pass
def bad(s, frame):
    raise Boom("boom %d" % s)
signal.signal(signal.SIGUSR2, bad)
try:
    signal.raise_signal(signal.SIGUSR2)
    print("not raised")
except Boom as e:
    print("caught", e)

# SIGINT: KeyboardInterrupt by default, replaceable
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(1000):
        pass
    print("no KeyboardInterrupt")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
old = signal.signal(signal.SIGINT, lambda s, f: got.append("int"))
print(old is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
print(got[-1])
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt again")

# sent from another thread, handled by the main one
def sender():
    os.kill(os.getpid(), signal.SIGUSR1)
n = len(got)
t = threading.Thread(target=sender)
t.start()
t.join()
for i in range(100):
    if len(got) > n:
        break
    time.sleep(0.01)
print([g[0] for g in got[n:]])

# blocked signals stay pending until unblocked
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1]))
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.sigpending())
n = len(got)
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]))
print([g[0] for g in got[n:]], signal.sigpending())
print(signal.pthread_sigmask(signal.SIG_SETMASK, []))

# ignored, then default again
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored", signal.getsignal(signal.SIGUSR1))
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))

# a handler that replaces itself
def once(s, frame):
    got.append("once")
    signal.signal(s, signal.SIG_IGN)
signal.signal(signal.SIGUSR2, once)
signal.raise_signal(signal.SIGUSR2)
signal.raise_signal(signal.SIGUSR2)
print(got.count("once"), signal.getsignal(signal.SIGUSR2))

# the wakeup fd receives the signal number
r, w = os.pipe()
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR2, lambda s, f: None)
signal.raise_signal(signal.SIGUSR2)
print(os.read(r, 10))
print(signal.set_wakeup_fd(-1) == w)
t2 = os.pipe()
try:
    signal.set_wakeup_fd(t2[1])
except ValueError as e:
    print("ValueError", str(e).replace(str(t2[1]), "N"))
for fd in (r, w) + t2:
    os.close(fd)
