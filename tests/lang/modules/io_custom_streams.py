# Python subclasses of the io base classes and of StringIO/BytesIO
import io
class Raw(io.RawIOBase):
    def __init__(self, data): self.data = data; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos+n]; self.pos += n
        return n
r = Raw(b"hello world\nsecond\n")
print(r.read(4), r.read(), r.read())
r = Raw(b"hello world\nsecond\n"); print(r.readall())
r = Raw(b"ab\ncd\n"); print(r.readline(), list(r))
br = io.BufferedReader(Raw(b"buffered data\nline2\n"))
print(br.read(3), br.readline(), br.read())
t = io.TextIOWrapper(io.BufferedReader(Raw(b"t1\nt2\n")), encoding="ascii")
print(list(t))
class MyIO(io.IOBase):
    pass
m = MyIO()
print(m.readable(), m.writable(), m.seekable(), m.closed)
try: m.fileno()
except io.UnsupportedOperation as e: print("UO", e)
try: m.seek(0)
except io.UnsupportedOperation as e: print("UO", e)
try: m.read
except AttributeError as e: print("AE", e)
with m: print("in with")
print(m.closed)
try: iter(m)
except ValueError as e: print(e)
class Lines(io.IOBase):
    def __init__(self): self.l = ["a\n", "b\n"]
    def readline(self, size=-1): return self.l.pop(0) if self.l else ""
print(list(Lines()), Lines().readlines())
class T(io.TextIOBase):
    def __init__(self): self.buf = []
    def write(self, s): self.buf.append(s); return len(s)
    def writable(self): return True
t = T(); print("via print", file=t); print(t.buf)
class S(io.StringIO):
    def write(self, s): return super().write(s.upper())
s = S(); s.write("abc"); print(s.getvalue()); print("x", file=s); print(repr(s.getvalue()))
class B(io.BytesIO):
    pass
b = B(b"123"); print(b.read(), isinstance(b, io.BytesIO))
class W(io.RawIOBase):
    def __init__(self): self.got = b""
    def writable(self): return True
    def write(self, b): self.got += bytes(b); return len(b)
w = W(); bw = io.BufferedWriter(w); bw.write(b"abc"); print(w.got); bw.flush(); print(w.got)
tw = io.TextIOWrapper(io.BufferedWriter(W()), encoding="utf-8"); tw.write("héllo"); tw.flush(); print(tw.buffer.raw.got)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.BufferedIOBase))
print(io.IOBase.__name__, io.RawIOBase.__mro__[1].__name__, io.StringIO.__mro__[1].__name__)
print([c.__name__ for c in io.BytesIO.__mro__])
print([c.__name__ for c in io.TextIOWrapper.__mro__])
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(isinstance(io.BytesIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase))
print([c.__name__ for c in Raw.__mro__])
