# os.chown/lchown/fchown, mkfifo, mknod, makedev/major/minor.
import os, stat
d = os.makedev(8, 17)
print(d, os.major(d), os.minor(d), os.makedev(0, 0))
here = os.path.dirname(os.path.abspath(__file__))
fifo = os.path.join(here, "_osx_fifo")
if os.path.exists(fifo):
    os.unlink(fifo)
os.mkfifo(fifo, 0o640)
st = os.stat(fifo)
print(stat.S_ISFIFO(st.st_mode), oct(st.st_mode & 0o777))
os.chown(fifo, -1, -1)
os.lchown(fifo, st.st_uid, st.st_gid)
os.chown(fifo, st.st_uid, -1, follow_symlinks=False)
try:
    os.mkfifo(fifo)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename)
os.unlink(fifo)
try:
    os.chown(fifo, 0, 0)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
for bad in ("x", 1.5):
    try:
        os.chown(".", bad, -1)
    except TypeError as e:
        print("TypeError", e)
try:
    os.makedev(1)
except TypeError as e:
    print("TypeError", e)
node = os.path.join(here, "_osx_node")
os.mknod(node, stat.S_IFREG | 0o600)
print(stat.S_ISREG(os.stat(node).st_mode))
os.unlink(node)
fd = os.open(here, os.O_RDONLY)
os.fchown(fd, -1, -1)
os.close(fd)
