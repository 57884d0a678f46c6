# thr_echo.py -- a threaded loopback TCP echo server and N client threads.
#
# The server thread accepts connections and starts one handler thread per
# connection (the classic thread-per-client server); each handler echoes
# what it receives. CLIENTS client threads each make REQUESTS round trips of
# a SIZE-byte message. Every round trip is four blocking socket calls, each
# of which releases and re-takes the GIL, so this measures blocking-call and
# GIL hand-off overhead rather than bytecode speed. Reported: requests/s.
# Without a socket module it prints "skipped" and n/a values.
import threading
import time
from _common import have_socket, report

CLIENTS = 4
REQUESTS = 2000     # per client: ~1-2 s in total on CPython
SIZE = 64


def recv_exact(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("peer closed")
        data += chunk
    return data


def main():
    import socket
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("127.0.0.1", 0))
    srv.listen(CLIENTS + 4)
    port = srv.getsockname()[1]

    def handler(conn):
        with conn:
            while True:
                data = conn.recv(65536)
                if not data:
                    break
                conn.sendall(data)

    def acceptor():
        handlers = []
        for _ in range(CLIENTS):
            conn, _addr = srv.accept()
            t = threading.Thread(target=handler, args=(conn,))
            t.start()
            handlers.append(t)
        for t in handlers:
            t.join()

    def nodelay(sock):
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except (AttributeError, OSError):
            pass

    errors = []

    def client(sock):
        try:
            msg = b"x" * SIZE
            for _ in range(REQUESTS):
                sock.sendall(msg)
                if recv_exact(sock, SIZE) != msg:
                    raise ValueError("bad echo")
        except Exception as e:      # report, do not hang the benchmark
            errors.append(e)
        finally:
            sock.close()

    acc = threading.Thread(target=acceptor)
    acc.start()
    socks = []
    for _ in range(CLIENTS):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        nodelay(s)
        s.connect(("127.0.0.1", port))
        socks.append(s)
    clients = [threading.Thread(target=client, args=(s,)) for s in socks]
    t0 = time.perf_counter()
    for t in clients:
        t.start()
    for t in clients:
        t.join()
    elapsed = time.perf_counter() - t0
    acc.join()
    srv.close()
    if errors:
        print("error %r" % (errors[0],))
        report("requests_per_s", None)
    else:
        report("requests_per_s", CLIENTS * REQUESTS / elapsed)


if have_socket():
    main()
else:
    print("skipped (no socket module)")
    report("requests_per_s", None)
