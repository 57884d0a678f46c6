# StringIO / BytesIO edge cases
import io
s = io.StringIO("abc")
s.seek(5)
s.write("Z")
print(repr(s.getvalue()), s.tell())
s = io.StringIO("héllo\nwörld\n")
print(s.read(2), s.tell(), s.readline(), s.readline(3), s.read(), repr(s.read()))
s = io.StringIO(newline=None)
s.write("a\r\nb\rc\n")
print(repr(s.getvalue()))
s = io.StringIO("a\r\nb\rc\n", newline="")
print(s.readlines())
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()))
for bad in [lambda: io.StringIO(5), lambda: io.StringIO("", newline="x"), lambda: io.StringIO().write(b"x"),
            lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().truncate(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
s = io.StringIO("q")
s.close()
for op in [s.read, s.getvalue, s.tell, lambda: s.write("x")]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
print(s.closed)
b = io.BytesIO(b"0123456789")
print(b.read(3), b.tell(), b.seek(-2, 2), b.read(), b.seek(2), b.read1(2))
b.seek(12)
b.write(b"!")
print(b.getvalue())
print(b.seek(-100, 1), b.truncate(4), b.getvalue(), b.tell())
b = io.BytesIO(b"l1\nl2\nl3")
print(list(b), b.read())
b.seek(0)
print(b.readlines(), b.readline())
try:
    b.seek(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.write("str")
except TypeError as e:
    print(type(e).__name__, e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(type(e).__name__, e)
with io.BytesIO() as bb:
    bb.write(b"ctx")
    print(bb.getvalue(), bb.readable(), bb.writable(), bb.seekable(), bb.isatty())
print(bb.closed)
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print("via print", file=u)
print(repr(u.getvalue()))
