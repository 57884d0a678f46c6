# Argument and state errors of sockets, and module helpers.
import socket, _socket

def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "errno", None))

s = socket.socket()
for a in ['x', ('a',), ('127.0.0.1', 70000), (1, 2), ('127.0.0.1', 'x'), ('127.0.0.1', -1)]:
    show(lambda: s.bind(a))
u = socket.socket(socket.AF_UNIX)
for a in [5, ('x',)]:
    show(lambda: u.bind(a))
print(repr(u.getsockname()), type(u.getsockname()).__name__)
u.close()

# a closed socket: EBADF everywhere, fileno() -1, close() again is fine
s.close()
for f in [lambda: s.send(b'x'), lambda: s.recv(1), lambda: s.getsockname(),
          lambda: s.fileno(), lambda: s.settimeout(1), lambda: s.listen(),
          lambda: s.close(), lambda: s.detach(), lambda: s.getpeername(),
          lambda: s.sendall(b'abc'), lambda: s.shutdown(socket.SHUT_RDWR)]:
    show(f)

t = socket.socket()
for v in [-1, 'x', float('nan'), None, 0, 2.5, 3]:
    show(lambda: (t.settimeout(v), t.gettimeout(), t.getblocking(), t.timeout))
t.setblocking(True)
print(t.gettimeout(), t.getblocking())
t.setblocking(False)
print(t.gettimeout(), t.getblocking())
show(lambda: t.recv(-1))
show(lambda: t.recv('x'))
show(lambda: t.send('x'))
show(lambda: t.recv_into(b'abc'))
show(lambda: t.recv_into(bytearray(2), 5))
show(lambda: t.recv_into(bytearray(2), -1))
show(lambda: t.recvfrom(-1))
show(lambda: t.sendto(b'x'))
show(lambda: t.getpeername())
show(lambda: t.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
show(lambda: t.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8))
show(lambda: t.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
show(lambda: t.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1))
show(lambda: t.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0)
show(lambda: t.recv(10))   # not connected
t.close()
show(lambda: socket.socket(99))
show(lambda: socket.socket(fileno=-5))

# module helpers
show(lambda: socket.inet_aton('x'))
show(lambda: socket.inet_ntoa(b'x'))
show(lambda: socket.htons(-1))
show(lambda: socket.htons(70000))
print(socket.inet_aton('1.2.3.4'), socket.inet_ntoa(b'\x01\x02\x03\x04'),
      socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(2**32 - 1),
      socket.inet_aton('127.1'))
print(socket.inet_pton(socket.AF_INET6, '::1'), socket.inet_ntop(socket.AF_INET6, b'\0' * 15 + b'\1'))
show(lambda: socket.inet_pton(socket.AF_INET, 'nope'))
print(socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo('127.0.0.1', '80', socket.AF_INET, socket.SOCK_DGRAM))
print(socket.gethostbyname('127.0.0.1'), socket.gethostbyname('localhost'))
print(isinstance(socket.gethostname(), str))
print(socket.timeout is TimeoutError, socket.error is OSError, _socket.socket is not socket.socket)
print(socket.herror.__mro__[1:], socket.gaierror.__mro__[1:], socket.gaierror.__module__)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(1.5)
d = socket.socket()
print(d.gettimeout(), d.getblocking())
d.close()
socket.setdefaulttimeout(None)
print(socket.getdefaulttimeout())
print(issubclass(socket.socket, _socket.socket), socket.SocketType is socket.socket)

# detach leaves the descriptor open
a, b = socket.socketpair()
fd = a.detach()
print(a.fileno(), fd >= 0)
c = socket.socket(fileno=fd)
print(c.family, c.type, repr(c.family))
c.sendall(b"still open")
print(b.recv(100))
b.shutdown(socket.SHUT_WR)
print(c.recv(10))
c.close(); b.close()
