# thr_convoy.py -- the convoy effect (David Beazley, "Understanding the
# Python GIL", 2010).
#
# An I/O loop does ping-pong round trips with an echo process (a forked
# child at the other end of a socketpair, or of two pipes without a socket
# module): one byte out, one byte back. Alone, each round trip costs a few
# microseconds of syscalls. Beside ONE CPU-bound thread, every time the I/O
# thread comes back from a blocking call the CPU-bound thread holds the GIL,
# and the I/O thread must wait for the drop request to be honoured -- up to
# a whole switch interval (5 ms) per round trip. Reported: round trips per
# second alone and beside the CPU-bound thread, and the slowdown factor,
# each the median of ROUNDS rounds: the slowdown is bimodal on a 2-CPU
# machine (about 5x or about 50x, on CPython as on gilpy, depending on how
# the OS places the threads), so one round says little.
import os
import threading
import time
from _common import have_socket, median, report

DURATION = 0.3      # seconds per measurement
ROUNDS = 5          # alone / beside-CPU pairs; the medians are reported


def make_channel():
    """Return (send, recv, close, child_loop): this process's end and the
    function the forked echo child runs."""
    if have_socket():
        import socket
        a, b = socket.socketpair()

        def child_loop():
            a.close()
            while True:
                x = b.recv(1)
                if not x:
                    break
                b.send(x)
        return a.send, lambda: a.recv(1), lambda: (a.close(), b.close()), child_loop, "socketpair"
    r1, w1 = os.pipe()      # parent -> child
    r2, w2 = os.pipe()      # child -> parent

    def child_loop():
        os.close(w1)
        os.close(r2)
        while True:
            x = os.read(r1, 1)
            if not x:
                break
            os.write(w2, x)

    def close():
        for fd in (r1, w1, r2, w2):
            try:
                os.close(fd)
            except OSError:
                pass
    return (lambda b: os.write(w1, b)), (lambda: os.read(r2, 1)), close, child_loop, "pipes"


def round_trips(send, recv, duration):
    n = 0
    t_end = time.perf_counter() + duration
    while time.perf_counter() < t_end:
        send(b"x")
        recv()
        n += 1
    return n / duration


def spin(stop):
    while not stop:
        pass


def main():
    send, recv, close, child_loop, kind = make_channel()
    pid = os.fork()     # before any thread exists: the child stays single-threaded
    if pid == 0:
        try:
            child_loop()
        finally:
            os._exit(0)
    print("channel %s" % kind)
    round_trips(send, recv, 0.05)   # warm-up
    alone, with_cpu, slowdown = [], [], []
    for _ in range(ROUNDS):
        a = round_trips(send, recv, DURATION)
        stop = []
        cpu = threading.Thread(target=spin, args=(stop,))
        cpu.start()
        w = round_trips(send, recv, DURATION)
        stop.append(1)
        cpu.join()
        alone.append(a)
        with_cpu.append(w)
        slowdown.append(a / w if w else float("inf"))
    close()
    os.waitpid(pid, 0)
    report("alone_rt_per_s", median(alone))
    report("with_cpu_rt_per_s", median(with_cpu))
    report("slowdown", median(slowdown))
    print("slowdowns " + ",".join("%.1f" % x for x in slowdown))


main()
