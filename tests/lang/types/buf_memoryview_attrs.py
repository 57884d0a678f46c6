# memoryview attributes and methods over every kind of exporter:
# bytes, bytearray and array.array of several typecodes.
import array


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


sources = [
    ("bytes", lambda: b"abcdefgh"),
    ("bytearray", lambda: bytearray(b"\x00\x01\x7f\x80\xff")),
    ("empty bytes", lambda: b""),
]
for code, init in [("b", [-128, 0, 127]), ("B", [0, 200, 255]), ("h", [-2, 3]),
                   ("H", [65535, 1]), ("i", [1, -2, 3]), ("I", [4000000000]),
                   ("l", [-(2 ** 62)]), ("L", [2 ** 63]), ("q", [-1, 2]),
                   ("Q", [2 ** 64 - 1]), ("f", [1.5, -0.25]), ("d", [3.25]),
                   ("u", "hi"), ("i", [])]:
    sources.append(("array %r %r" % (code, init), lambda c=code, i=init: array.array(c, i)))

for name, make in sources:
    obj = make()
    m = memoryview(obj)
    print("==", name)
    print(" format", m.format, "itemsize", m.itemsize, "ndim", m.ndim)
    print(" shape", m.shape, "strides", m.strides, "suboffsets", m.suboffsets)
    print(" readonly", m.readonly, "nbytes", m.nbytes, "len", len(m))
    print(" obj is source", m.obj is obj)
    print(" contiguous", m.contiguous, m.c_contiguous, m.f_contiguous)
    print(" tobytes", m.tobytes())
    print(" tobytes A", m.tobytes("A"), "F", m.tobytes(order="F"))
    print(" hex", m.hex(), m.hex(":"), m.hex("-", 2))
    t(" tolist", m.tolist)
    t(" list", lambda: list(m))
    t(" m[0]", lambda: m[0])
    t(" m[-1]", lambda: m[-1])
    ro = m.toreadonly()
    print(" toreadonly", ro.readonly, ro.format, ro.obj is obj, ro == m)
    t(" hash", lambda: hash(ro) == hash(bytes(ro)))
    print(" eq self", m == m, "eq copy", m == memoryview(make()))
    m.release()
    ro.release()

# memoryview of memoryview keeps the original exporter
b = bytearray(b"xyz")
m1 = memoryview(b)
m2 = memoryview(m1)
print(m2.obj is b, m2 == m1, m2.tolist())
m3 = m1[1:]
print(m3.obj is b, m3.tolist())

# arguments
t("kw object", lambda: memoryview(object=b"ab").tolist())
t("no args", lambda: memoryview())
t("two args", lambda: memoryview(b"a", 1))
t("int", lambda: memoryview(3))
t("str", lambda: memoryview("abc"))
t("list", lambda: memoryview([1, 2]))
t("tobytes bad order", lambda: memoryview(b"ab").tobytes("X"))
t("tobytes None", lambda: memoryview(b"ab").tobytes(None))
t("hex bad bytes_per_sep", lambda: memoryview(b"ab").hex(":", "x"))
t("hex bad sep", lambda: memoryview(b"ab").hex(5))
t("hex bytearray sep", lambda: memoryview(b"ab").hex(bytearray(b":")))
t("subclass", lambda: type("M", (memoryview,), {}))
print(sorted(x for x in dir(memoryview) if not x.startswith("__")))

# non-byte formats that memoryview cannot unpack
u = memoryview(array.array("u", "ab"))
t("u tolist", u.tolist)
t("u item", lambda: u[0])
t("u cast B", lambda: u.cast("B").tolist())
t("u eq", lambda: u == memoryview(array.array("u", "ab")))
t("u hash", lambda: hash(u.toreadonly()))
