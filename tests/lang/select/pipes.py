# select on pipes and sockets: readiness before/after writes, EOF, timeout 0.
import os, select, socket

r, w = os.pipe()
print(select.select([r], [], [], 0))                 # nothing to read
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"abc")
print(select.select([r], [], [], 0) == ([r], [], []))
print(os.read(r, 2))
print(select.select([r], [], [], 0) == ([r], [], []))  # one byte left
print(os.read(r, 10))
print(select.select([r], [], [], 0.01))               # drained again

# file objects with fileno()
fr = os.fdopen(r, "rb", buffering=0)
fw = os.fdopen(w, "wb", buffering=0)
print(select.select([fr], [], [], 0))
fw.write(b"x")
rl, wl, xl = select.select([fr], [fw], [fr], 0)
print(rl == [fr], wl == [fw], xl)
print(fr.read(1))
fw.close()
print(select.select([fr], [], [], None) == ([fr], [], []))   # EOF is readable
print(fr.read(), "(EOF)")
fr.close()

# sockets
a, b = socket.socketpair()
print(select.select([a, b], [], [], 0)[0])
a.send(b"hi")
ready = select.select([a, b], [], [], 0)[0]
print([s is b for s in ready])
print(b.recv(10))

# poll on sockets
p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno(), select.POLLIN | select.POLLOUT)
print(sorted((fd == b.fileno(), ev) for fd, ev in p.poll(0)))
b.send(b"yo")
print(sorted((fd == b.fileno(), ev) for fd, ev in p.poll(0)))
print(a.recv(10))
p.unregister(b)
b.close()
res = p.poll(1000)
print([(fd == a.fileno(), ev & select.POLLIN != 0) for fd, ev in res])
print(a.recv(10))
a.close()
