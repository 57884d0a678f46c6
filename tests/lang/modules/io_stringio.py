# io.StringIO
import io
s = io.StringIO()
print(s.write("hello "), s.write("world\nline2\n"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
r = io.StringIO("a\nb\nc")
print(r.readlines(), list(io.StringIO("x\ny\n")))
r.seek(0)
r.truncate(3)
print(repr(r.getvalue()))
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
try:
    c.read()
except ValueError as e:
    print(type(e).__name__, e)
w = io.StringIO("initial")
w.write("XY")
print(w.getvalue())
