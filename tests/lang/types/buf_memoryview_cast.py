# memoryview.cast: 1-D casts between formats, shape= for N-D views, the
# resulting geometry, and every error CPython reports.
import array


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


m = memoryview(b"abcdefgh")
for fmt in ["B", "b", "c", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d",
            "@i", "@B"]:
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, c.shape, c.strides, c.nbytes, c.tolist())

# ND casts
x = m.cast("B", shape=[2, 4])
print(x.ndim, x.shape, x.strides, x.tolist(), len(x))
print(x.tobytes(), x.tobytes("F"), x.c_contiguous, x.f_contiguous, x.contiguous)
print(x[1, 2], x[-1, -1], x[(0, 0)])
t("x[0]", lambda: x[0])
t("x[0:1]", lambda: x[0:1].tolist())
t("x[::-1]", lambda: x[::-1].tolist())
t("x[::-1] contig", lambda: x[::-1].c_contiguous)
t("x[0:1, 0:1]", lambda: x[0:1, 0:1])
t("x[1, 5]", lambda: x[1, 5])
t("x[5, 1]", lambda: x[5, 1])
t("x[1, 'a']", lambda: x[1, "a"])
t("x[1, 1, 1]", lambda: x[1, 1, 1])
t("x[...]", lambda: x[...])
t("list(x)", lambda: list(x))
t("x back to 1D", lambda: x.cast("B").tolist())
t("x to c", lambda: x.cast("c").tolist())
t("x to i", lambda: x.cast("i").tolist())
y = m.cast("i", shape=(2, 1))
print(y.shape, y.strides, y.tolist())
z = m.cast("B", shape=[2, 2, 2])
print(z.shape, z.strides, z.tolist())
t("x == x copy", lambda: x == m.cast("B", shape=[2, 4]))
t("x == other shape", lambda: x == m.cast("B", shape=[4, 2]))
t("x == bytes", lambda: x == b"abcdefgh")

# 0-dim
s = m[:1].cast("B", shape=[])
print(s.ndim, s.shape, s.strides, s.tolist(), s[()], len(s), s.tobytes())
t("s[...] is s", lambda: s[...] is s)
t("s[0]", lambda: s[0])
t("s[0:1]", lambda: s[0:1])
t("iter s", lambda: list(s))
t("s == s", lambda: s == s)
sw = memoryview(bytearray(b"\x05")).cast("B", shape=[])


def set0(k, v):
    sw[k] = v
    return sw.tolist()


t("sw[()] = 7", lambda: set0((), 7))
t("sw[...] = 8", lambda: set0(..., 8))
t("sw[0] = 9", lambda: set0(0, 9))

# 2-D assignment
w = memoryview(bytearray(4)).cast("B", shape=(2, 2))


def setw(k, v):
    w[k] = v
    return w.tolist()


t("w[1, 0] = 7", lambda: setw((1, 0), 7))
t("w[1] = 7", lambda: setw(1, 7))
t("w[0:1] = ...", lambda: setw(slice(0, 1), b"ab"))
t("w[0:1, 0:1] = ...", lambda: setw((slice(0, 1), slice(0, 1)), b"a"))
t("w[0,0] = 256", lambda: setw((0, 0), 256))

# errors
t("shape mismatch", lambda: m.cast("i", shape=[3]))
t("non-native", lambda: m.cast("<i"))
t("unknown", lambda: m.cast("x"))
t("two chars", lambda: m.cast("ii"))
t("empty fmt", lambda: m.cast(""))
t("bytes fmt", lambda: m.cast(b"B"))
t("no fmt", lambda: m.cast())
t("too many", lambda: m.cast("B", [8], 1))
t("non-byte to non-byte", lambda: m.cast("i").cast("h"))
t("non-contiguous", lambda: m[::2].cast("B"))
t("length", lambda: m[:3].cast("h"))
t("zero in shape", lambda: m.cast("B", shape=[0]))
t("negative", lambda: m.cast("B", shape=[2, -4]))
t("str in shape", lambda: m.cast("B", shape=(2, "a")))
t("float in shape", lambda: m.cast("B", shape=(2, 4.0)))
t("shape int", lambda: m.cast("B", shape=5))
t("ND to ND", lambda: m.cast("B", shape=[2, 2, 2]).cast("B", shape=[2, 4]))
t("too many dims", lambda: m.cast("B", shape=[1] * 65))
t("0-dim size", lambda: m.cast("c", shape=[]))
t("empty view cast", lambda: m[0:0].cast("i").tolist())
t("empty view cast shape", lambda: m[0:0].cast("B", shape=[1]))
t("kw", lambda: m.cast(format="i", shape=[2]).tolist())
t("released", lambda: (lambda v: (v.release(), v.cast("B")))(memoryview(b"ab")))
a = array.array("i", [1, 2])
t("array to B", lambda: memoryview(a).cast("B").tolist())
t("array B to h", lambda: memoryview(a).cast("B").cast("h").tolist())
t("array to h", lambda: memoryview(a).cast("h"))
t("cast keeps obj", lambda: memoryview(a).cast("B").obj is a)
