# SIGINT (Ctrl-C) from a child process interrupts a blocking recv/select:
# the wait is interrupted (EINTR), the handler raises KeyboardInterrupt.
import socket, os, time, select
a, b = socket.socketpair()
pid = os.fork()
if pid == 0:
    time.sleep(0.2)
    os.kill(os.getppid(), 2)
    os._exit(0)
try:
    a.recv(10)
except KeyboardInterrupt:
    print("recv: KeyboardInterrupt")
os.waitpid(pid, 0)
pid = os.fork()
if pid == 0:
    time.sleep(0.2)
    os.kill(os.getppid(), 2)
    os._exit(0)
try:
    select.select([a], [], [])
except KeyboardInterrupt:
    print("select: KeyboardInterrupt")
os.waitpid(pid, 0)
a.settimeout(5)
pid = os.fork()
if pid == 0:
    time.sleep(0.2)
    os.kill(os.getppid(), 2)
    os._exit(0)
try:
    a.recv(10)
except KeyboardInterrupt:
    print("recv timeout: KeyboardInterrupt")
os.waitpid(pid, 0)
