for cls in [BaseException, Exception, ValueError, KeyError, OSError, SyntaxError, StopIteration, SystemExit, ImportError, NameError, AttributeError, UnicodeDecodeError, ExceptionGroup]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
for args in [(), ("a",), ("a", 1), (1,), (None,), ("",)]:
    for cls in [Exception, KeyError, ValueError, IndexError, SystemExit, StopIteration]:
        e = cls(*args)
        print(cls.__name__, repr(e), str(e), e.args)
e = KeyError("k"); print(str(e), repr(e))
e = KeyError(("a",1)); print(str(e), repr(e))
print(str(SystemExit(3).code), SystemExit().code, SystemExit(1,2).code)
print(StopIteration().value, StopIteration(5).value, StopIteration(5,6).value)
e = OSError(2, "No such file"); print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), repr(e), e.args)
e = OSError(2, "No such file", "f.txt"); print(type(e).__name__, str(e), repr(e), e.args, e.filename)
e = OSError(2, "No such file", "f.txt", None, "g.txt"); print(type(e).__name__, str(e), repr(e), e.args, e.filename2)
e = OSError("x"); print(type(e).__name__, str(e), e.errno, e.args)
e = OSError(); print(str(e), repr(e), e.errno)
e = OSError(1, 2, 3, 4, 5, 6); print(str(e), e.args)
import errno
for n in [errno.EEXIST, errno.ENOENT, errno.EISDIR, errno.ENOTDIR, errno.EACCES, errno.EPERM, errno.EAGAIN, errno.ECHILD, errno.EPIPE, errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.EINTR, errno.ESRCH, errno.ETIMEDOUT, errno.EWOULDBLOCK, errno.EALREADY, errno.EINPROGRESS, errno.ESHUTDOWN, 9999]:
    print(n, type(OSError(n, "m")).__name__)
print(FileNotFoundError(2, "x").errno, type(FileNotFoundError(17,"x")).__name__)
print(IOError is OSError, EnvironmentError is OSError)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(str(e), repr(e), e.encoding, e.object, e.start, e.end, e.reason, e.args)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")
print(str(e))
e = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(str(e), repr(e))
e = UnicodeTranslateError("abc", 0, 1, "x"); print(str(e), repr(e), e.args)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, e.args)
try:
    "\u20ac".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.args)
e = SyntaxError("msg", ("f.py", 3, 4, "x = (", 3, 5)); print(str(e), repr(e), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args)
e = SyntaxError("msg"); print(str(e), e.filename, e.lineno)
e = SyntaxError(); print(repr(str(e)), e.msg)
e = ImportError("m", name="n", path="p"); print(str(e), repr(e), e.name, e.path, e.msg)
try:
    ImportError("m", foo=1)
except TypeError as e: print(e)
e = NameError("x", name="y"); print(e.name, e)
e = AttributeError("x", name="y", obj=3); print(e.name, e.obj, e)
try:
    import nonexistent_mod_xyz
except ModuleNotFoundError as e:
    print(repr(e), e.name, e.msg)
