import socket, threading, re

def scrub(s):
    s = re.sub(r"fd=\d+", "fd=N", str(s))
    return re.sub(r"\b\d{4,5}\b", "PORT", s)

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, isinstance(port, int) and port > 0)
print(scrub(repr(srv)))

log = []
def server():
    conn, addr = srv.accept()
    log.append(("server: accepted from", addr[0], type(conn).__name__))
    with conn:
        f = conn.makefile("rwb")
        for line in f:
            if line == b"quit\n":
                break
            f.write(line.upper())
            f.flush()
        f.close()
    log.append("server: done")

t = threading.Thread(target=server)
t.start()
c = socket.create_connection(("127.0.0.1", port))
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
print(scrub(c.getpeername()), scrub(repr(c)))
r = c.makefile("r", encoding="utf-8")
w = c.makefile("w", encoding="utf-8")
for word in ["alpha", "beta", "gamma"]:
    w.write(word + "\n")
    w.flush()
    print("client got:", r.readline().rstrip("\n"))
w.write("quit\n")
w.flush()
print("eof:", repr(r.readline()))
r.close(); w.close()
c.close()
t.join()
print(log)
srv.close()
print(srv)

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2.bind(("127.0.0.1", 0))
n = u2.sendto(b"ping", u1.getsockname())
data, addr = u1.recvfrom(100)
print(n, data, addr == u2.getsockname())
u1.sendto(b"pong", 0, addr)
print(u2.recvfrom(2)[0])
u1.settimeout(0.05)
try:
    u1.recvfrom(10)
except TimeoutError as e:
    print("udp", type(e).__name__, e)
u1.close(); u2.close()

# connect_ex on a closed port
s = socket.socket()
s.bind(("127.0.0.1", 0))
p = s.getsockname()[1]
s.close()
c = socket.socket()
print("connect_ex:", c.connect_ex(("127.0.0.1", p)))
try:
    c.connect(("127.0.0.1", p))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
c.close()
