# Timeouts and non-blocking mode: TimeoutError("timed out"), BlockingIOError,
# accept/connect with timeouts, select-driven non-blocking accept.
import errno, select, socket

a, b = socket.socketpair()
a.settimeout(0.05)
for op in [lambda: a.recv(10), lambda: a.recv_into(bytearray(4)), lambda: a.recvfrom(4)]:
    try:
        op()
    except socket.timeout as e:
        print(type(e).__name__, e, e.args, e.errno)
b.send(b"data")
print(a.recv(10), a.gettimeout())
# sendall with a timeout on a full buffer
a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
try:
    a.sendall(b"x" * 10000000)
except TimeoutError as e:
    print("sendall", type(e).__name__, e)
a.close(); b.close()

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(5)
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print("accept", e)
srv.setblocking(False)
try:
    srv.accept()
except BlockingIOError as e:
    print("accept", type(e).__name__, e.errno == errno.EAGAIN)

# non-blocking connect, then select for the result
c = socket.socket()
c.setblocking(False)
err = c.connect_ex(srv.getsockname())
print("connect_ex", err in (0, errno.EINPROGRESS))
r, w, x = select.select([srv], [], [], 5)
print("listener readable", r == [srv])
conn, addr = srv.accept()
print(type(conn).__name__, conn.gettimeout(), conn.getblocking())
_, w, _ = select.select([], [c], [], 5)
print("connected", w == [c], c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
c.setblocking(True)
c.sendall(b"hello")
print(conn.recv(5))
try:
    c.recv(1, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print("MSG_DONTWAIT", type(e).__name__)
conn.close()
print("after peer close", c.recv(10))
c.close()

# a listening socket with a timeout hands out blocking sockets
srv.settimeout(5)
c = socket.create_connection(srv.getsockname(), timeout=2)
conn, _ = srv.accept()
print(c.gettimeout(), conn.gettimeout())
c.close(); conn.close(); srv.close()
