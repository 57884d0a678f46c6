import array, weakref
A = array.array
def t(f):
    try: r = f(); print("ok", r)
    except Exception as e: print(type(e).__name__, e)
a = A('i', [1, 2])
r = weakref.ref(a)
print(r() is a)
del a
print(r())
class S(A):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
s = S('d', [1.5])
s.x = 3
print(s, s.x, type(s + s), type(s * 2), s == A('d', [1.5]))
a = A('i', range(5))
it = iter(a)
print(next(it)); a.append(9); print(list(it))
print(list(iter(it)))
t(lambda: A[int])
t(lambda: A('i', [1]) + A('i', [2]) == A('i', [1, 2]))
t(lambda: A('b', b'\x80\x7f'))
t(lambda: A('Q', [2**64-1]))
t(lambda: A('q', [-2**63]))
t(lambda: A('L', [2**64-1]))
t(lambda: A('I', [2**32-1]))
t(lambda: A('d', [2**2000]))
t(lambda: A('f', [2**2000]))
class Idx:
    def __index__(self): return 7
t(lambda: A('i', [Idx()]))
t(lambda: A('d', [Idx()]))
t(lambda: A('i', range(10))[Idx()])
t(lambda: sum(A('f', [0.5, 0.25])))
t(lambda: max(A('H', [3, 9, 1])))
t(lambda: A('i', [1]) != A('i', [1]))
t(lambda: A('b', [1]) <= A('b', [1]))
t(lambda: A('u') == A('u', ''))
t(lambda: A('i', [5]).pop(-1))
a = A('i', [1, 2, 3])
a[1:2] = a
print(a)
print(a)
a.extend(a)
print(a)
a += a
print(len(a))
a *= 0
print(a)
t(lambda: A('i') * 5)
t(lambda: A('i', [1]) * 0)
t(lambda: A('i', [1]) * True)
t(lambda: A('i', [1]).frombytes(A('i', [1])) )
t(lambda: A('i', [1]).frombytes(A('b', [1, 2, 3, 4])) )
b = A('h', [1, 2]); t(lambda: b.frombytes(b))
import io
buf = io.BytesIO()
A('d', [1.5, -2.0]).tofile(buf)
c = A('d'); buf.seek(0); c.fromfile(buf, 2); print(c)
buf.seek(0)
try:
    c.fromfile(buf, 5)
except EOFError as e:
    print("EOFError", e, c)
t(lambda: A('i').fromfile(buf, 0))
for tc in array.typecodes:
    x = A(tc, 'ab' if tc == 'u' else [1, 2])
    y = A(tc, x.tobytes())
    print(tc, x == y, x.itemsize, len(x.tobytes()), x.tolist(), repr(y))
print(A('B', b'xyz').buffer_info()[1])
print(sorted(n for n in dir(A) if not n.startswith('_')))
print(A.__name__, A.__module__, array.ArrayType is A)
class W:
    def __init__(self): self.parts = []
    def write(self, b): self.parts.append(bytes(b)); return len(b)
w = W(); A('i', [7, 8]).tofile(w); print(w.parts)
w = W(); A('i').tofile(w); print(w.parts)
a = A('i', [1, 2, 3, 4, 5, 6])
del a[1:5:2]; print(a)
del a[::-2]; print(a)
a = A('i', range(8)); a[1:7:3] = A('i', [70, 40]); print(a)
a = A('f', [1.0]); a[0] = 2; print(a, a[0])
a = A('u', 'xyz'); a[1] = 'Q'; a.append('€'); a.insert(0, '😀'); print(a, a.pop(), a.count('x'), a.index('Q'))
a.reverse(); print(a, list(a))
a.fromunicode('ab'); print(a.tounicode())
t(lambda: a.__setitem__(0, 'xy'))
t(lambda: A('u', ['ab']))
a = A('B', [1, 2]); t(lambda: a.frombytes(a)); print(a)
a.extend(a); print(a)
import binascii
print(binascii.hexlify(A('h', [1, 2])), binascii.crc32(A('i', [1])))
import gc
class S3(A): pass
for i in range(3):
    s = S3('i', [1, 2, 3]); s.it = iter(s); next(s.it); del s
print(gc.collect() >= 0)
it = iter(A('b', [1]))
print(list(it), list(it))
