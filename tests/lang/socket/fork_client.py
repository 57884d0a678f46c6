# A TCP server on 127.0.0.1 port 0; the client is a forked process.
import os, socket

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
pid = os.fork()
if pid == 0:
    srv.close()
    with socket.create_connection(("127.0.0.1", port)) as c:
        for i in range(3):
            c.sendall(b"msg %d\n" % i)
            reply = c.recv(100)
            c.sendall(b"got " + reply)
        c.shutdown(socket.SHUT_WR)
        c.recv(100)
    os._exit(7)
conn, addr = srv.accept()
print(addr[0], conn.getsockname() == srv.getsockname()[:1] + (port,))
f = conn.makefile("rb")
for i in range(3):
    line = f.readline()
    print("server read", line)
    conn.sendall(line.upper())
    print("server read", f.readline())
print("eof", f.readline())
f.close()
conn.close()
_, status = os.waitpid(pid, 0)
print("child exit", os.WEXITSTATUS(status))
srv.close()
