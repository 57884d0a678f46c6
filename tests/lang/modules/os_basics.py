# posix-level os functions: errors, stat, fds, environ, misc
import os, errno, stat
name = "tmp_os_basics.txt"
for fn, args in [(os.stat, ("no_such_file_xyz",)), (os.remove, ("no_such_file_xyz",)),
                 (os.rmdir, ("no_such_dir_xyz",)), (os.rename, ("no_such_a", "no_such_b")),
                 (os.listdir, ("no_such_dir_xyz",)), (os.chdir, ("no_such_dir_xyz",))]:
    try:
        fn(*args)
    except OSError as e:
        print(fn.__name__, type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename, e.filename2)
        print(e)
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello fd\n"), os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
st = os.stat(name)
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(st.st_mode) & 0o700))
print(st[6] == st.st_size, len(st) >= 10, isinstance(st.st_mtime, float), type(st).__name__)
fd = os.open(name, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.fstat(fd).st_size, os.isatty(fd))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno == errno.EBADF)
r, w = os.pipe()
os.write(w, b"through a pipe")
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
d = os.dup(1)
print(d > 2)
os.close(d)
os.remove(name)
print(os.path.exists(name), os.strerror(errno.ENOENT), os.strerror(errno.EACCES))
os.makedirs("tmp_os_basics_dir/a/b", exist_ok=True)
os.makedirs("tmp_os_basics_dir/a/b", exist_ok=True)
try:
    os.makedirs("tmp_os_basics_dir/a/b")
except FileExistsError as e:
    print(type(e).__name__, e)
walked = [(p, sorted(ds), sorted(fs)) for p, ds, fs in os.walk("tmp_os_basics_dir")]
print(walked)
os.removedirs("tmp_os_basics_dir/a/b")
print(os.path.exists("tmp_os_basics_dir"))
os.environ["GILPY_OS_BASICS"] = "1"
print("GILPY_OS_BASICS" in os.environ, os.getenv("GILPY_OS_BASICS"), os.environ.pop("GILPY_OS_BASICS"))
print(os.getenv("GILPY_OS_BASICS", "gone"), "GILPY_OS_BASICS" in os.environ)
try:
    os.environ["GILPY_X"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.environ["GILPY_MISSING_VAR"]
except KeyError as e:
    print(type(e).__name__, e)
class P:
    def __fspath__(self):
        return "some/path"
print(os.fspath(P()), os.fspath("s"), os.fspath(b"b"), os.path.join(P(), "x"))
try:
    os.fspath(3)
except TypeError as e:
    print(type(e).__name__, e)
print(os.fsencode("abc"), os.fsdecode(b"abc"), len(os.urandom(8)), os.urandom(0))
print(os.cpu_count() >= 1, os.getpid() > 0, os.getppid() > 0, type(os.getuid()).__name__)
print(os.name, os.sep, repr(os.linesep), os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.devnull)
print(errno.ENOENT, errno.errorcode[errno.ENOENT], errno.errorcode[errno.EAGAIN], errno.EWOULDBLOCK == errno.EAGAIN)
print(issubclass(os.error, Exception), os.error is OSError)
print(len(os.uname()), os.uname().sysname)
print(isinstance(os.times().user, float))
e = OSError(errno.ENOENT, "No such file or directory", "f.txt")
print(type(e).__name__, e)
pid = os.fork()
if pid == 0:
    os._exit(7)
_, status = os.waitpid(pid, 0)
print(os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status))
