# OSError picks a subclass from errno
import errno
e = OSError(errno.ENOENT, "No such file or directory", "missing.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
for code in [errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.EPIPE, errno.ECHILD, errno.EINTR, 9999]:
    print(code == getattr(errno, errno.errorcode.get(code, "X"), None), type(OSError(code, "msg")).__name__)
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename, e)
    print(isinstance(e, OSError), e.args)
e2 = OSError(1, "two args")
print(e2.filename, str(e2), OSError("only").errno, IOError is OSError, EnvironmentError is OSError)
print(str(OSError(2, "x", "a", None, "b")))
