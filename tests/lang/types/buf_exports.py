# Buffer exports pin bytearray/array storage: resizing while a memoryview
# (or a view derived from it) is alive raises BufferError; release() and
# the context manager give the export back.
import array


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


ba = bytearray(b"xyz")
m1 = memoryview(ba)
m2 = memoryview(m1)
t("append", lambda: ba.append(1))
t("extend", lambda: ba.extend(b"q"))
t("iadd", lambda: ba.__iadd__(b"q"))
t("imul", lambda: ba.__imul__(2))
t("imul 1", lambda: ba.__imul__(1))
t("pop", lambda: ba.pop())
t("remove", lambda: ba.remove(ord("x")))
t("del", lambda: ba.__delitem__(0))
t("clear", lambda: ba.clear())
t("insert", lambda: ba.insert(0, 1))
t("slice grow", lambda: ba.__setitem__(slice(0, 1), b"ab"))
t("slice shrink", lambda: ba.__setitem__(slice(0, 2), b"a"))
t("slice same", lambda: ba.__setitem__(slice(0, 1), b"Q"))
t("item", lambda: ba.__setitem__(1, 65))
print(ba, m1.tobytes(), m2.tobytes())
m1.release()
t("after m1 release", lambda: ba.append(1))
m2.release()
t("after m2 release", lambda: ba.append(2))
print(ba)

# derived views keep the export even when the parent is released
m3 = memoryview(ba)
m4 = m3[1:]
m5 = m3.cast("c")
m6 = m3.toreadonly()
m3.release()
t("m4 alive", lambda: ba.extend(b"q"))
del m4
t("m5 alive", lambda: ba.extend(b"q"))
del m5
t("m6 alive", lambda: ba.extend(b"q"))
del m6
t("all gone", lambda: ba.extend(b"q"))
print(ba)

# self-concatenation holds a buffer of itself
t("ba += ba", lambda: ba.__iadd__(ba))
t("ba.extend(ba)", lambda: ba.extend(ba))
with memoryview(ba) as v:
    t("ba += view", lambda: ba.__iadd__(v))
print(ba)

# release semantics
r = memoryview(b"ab")
print(repr(r).startswith("<memory at 0x"))
r.release()
print(repr(r).startswith("<released memory at 0x"))
r.release()
for name in ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides",
             "suboffsets", "c_contiguous", "f_contiguous", "contiguous"]:
    t(name, lambda name=name: getattr(r, name))
for name, f in [("tobytes", r.tobytes), ("tolist", r.tolist), ("hex", r.hex),
                ("toreadonly", r.toreadonly), ("cast", lambda: r.cast("B")),
                ("len", lambda: len(r)), ("item", lambda: r[0]), ("slice", lambda: r[:]),
                ("hash", lambda: hash(r)),
                ("bytes", lambda: bytes(r)), ("memoryview", lambda: memoryview(r)),
                ("enter", r.__enter__), ("exit", lambda: r.__exit__(None, None, None)),
                ("eq self", lambda: r == r), ("eq other", lambda: r == memoryview(b"ab")),
                ("join", lambda: b"".join([r]))]:
    t(name, f)

# a hash computed before release is kept
h = memoryview(b"abc")
hv = hash(h)
h.release()
print(hash(h) == hv)

# with-statement
ba2 = bytearray(b"abc")
with memoryview(ba2) as w:
    print(w.tolist(), w.obj is ba2)
    t("resize inside with", lambda: ba2.pop())
t("resize after with", lambda: ba2.pop())
t("w after with", lambda: w.tolist())
with memoryview(ba2) as w2:
    w2[0] = 65
print(ba2)
try:
    with memoryview(ba2) as w3:
        raise KeyError("boom")
except KeyError as e:
    print("exc passes through", e, ba2.pop())

# a view that is itself exported cannot be released
x = memoryview(bytearray(b"abc"))
y = memoryview(x)
t("release x with y alive", x.release)
t("x released", lambda: x.tolist())

# arrays
a = array.array("i", [1, 2, 3])
ma = memoryview(a)
t("a.append", lambda: a.append(4))
t("a.extend", lambda: a.extend([4]))
t("a.extend empty", lambda: a.extend([]))
t("a.frombytes", lambda: a.frombytes(b"\x00" * 4))
t("a.frombytes empty", lambda: a.frombytes(b""))
t("a.fromlist", lambda: a.fromlist([1]))
t("a.pop", lambda: a.pop())
t("a.remove", lambda: a.remove(1))
t("a.insert", lambda: a.insert(0, 1))
t("a del", lambda: a.__delitem__(0))
t("a del step", lambda: a.__delitem__(slice(None, None, 2)))
t("a slice grow", lambda: a.__setitem__(slice(0, 1), array.array("i", [7, 8])))
t("a slice shrink", lambda: a.__setitem__(slice(0, 2), array.array("i", [7])))
t("a slice same", lambda: a.__setitem__(slice(0, 1), array.array("i", [7])))
t("a item", lambda: a.__setitem__(1, 9))
t("a iadd", lambda: a.__iadd__(array.array("i", [1])))
t("a iadd empty", lambda: a.__iadd__(array.array("i")))
t("a imul 2", lambda: a.__imul__(2))
t("a imul 1", lambda: a.__imul__(1))
print(a, ma.tolist())
ma.release()
a.append(4)
print(a)
b = array.array("b", [1, 2])
t("b.frombytes(b)", lambda: b.frombytes(b))
t("b.frombytes(view of b)", lambda: b.frombytes(memoryview(b)))
print(b)

# subclasses export through their base
class BA(bytearray):
    pass


class AR(array.array):
    pass


s = BA(b"sub")
ms = memoryview(s)
print(ms.tolist(), ms.obj is s, bytes(ms))
t("subclass resize", lambda: s.append(1))
ms.release()
s.append(33)
print(s)
sa = AR("h", [1, 2])
msa = memoryview(sa)
print(msa.format, msa.tolist())
t("array subclass resize", lambda: sa.append(3))
