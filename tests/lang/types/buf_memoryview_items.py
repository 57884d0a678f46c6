# memoryview items: indexing, slicing with steps, item and slice assignment
# with each format's value rules, comparison, hashing.
import array


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


m = memoryview(b"abcdefgh")
for k in [0, 7, -1, -8, True]:
    t("m[%r]" % (k,), lambda k=k: m[k])
for k in [8, -9, 2 ** 70, 1.5, "a", None, (0,), (), (0, 1), ..., (slice(0, 1), slice(0, 1))]:
    t("m[%r]" % (k,), lambda k=k: m[k])
for sl in [slice(None), slice(1, 5), slice(None, None, 2), slice(None, None, -1),
           slice(-3, None, -2), slice(10, 20), slice(5, 1), slice(1, 1), slice(None, None, 3)]:
    v = m[sl]
    print(sl, v.tolist(), v.shape, v.strides, v.nbytes, v.c_contiguous, v.tobytes(), v.hex())
t("step 0", lambda: m[::0])
v = m[::-1][::2]
print(v.tobytes(), v.strides, v[1], v.obj is m.obj)

ai = array.array("i", [10, 20, 30, 40, 50])
mi = memoryview(ai)
print(mi[1], mi[-1], mi[::2].tolist(), mi[::-2].strides, mi[1:3].nbytes)
mi[0] = -5
mi[1:3] = array.array("i", [7, 8])
mi[::2] = array.array("i", [1, 2, 3])
print(ai)
t("mi[0:2] = bytes", lambda: mi.__setitem__(slice(0, 2), b"12345678"))
t("mi[0:2] = h array", lambda: mi.__setitem__(slice(0, 2), array.array("h", [1, 2])))
t("mi[0:2] = I array", lambda: mi.__setitem__(slice(0, 2), array.array("I", [1, 2])))
t("mi[0:2] = cast i", lambda: mi.__setitem__(slice(0, 2), memoryview(b"\x01\x00\x00\x00\x02\x00\x00\x00").cast("i")))
print(ai)

# overlapping slice assignment
ba = bytearray(b"0123456789")
mb = memoryview(ba)
mb[2:8] = mb[0:6]
print(ba)
mb[::-1] = ba
print(ba)
mb[0:4] = mb[6:10][::-1]
print(ba)


def setit(view, k, val, label=None):
    label = label or repr(val)
    try:
        view[k] = val
        print("  set", repr(k), label, "->", view.tolist())
    except Exception as e:
        print("  set", repr(k), label, "!!", type(e).__name__, e)


values = [0, 1, -1, 127, 128, 255, 256, -129, 2 ** 31, -2 ** 31, 2 ** 63, 2 ** 64 - 1, 2 ** 64,
          1.5, True, "x", b"x", b"xy", None, [], 3.0e39]
for fmt in ["B", "b", "c", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "P"]:
    view = memoryview(bytearray(16)).cast(fmt)
    print("format", fmt)
    for val in values:
        setit(view, 0, val)

w = memoryview(bytearray(4))
setit(w, slice(0, 2), b"ab")
setit(w, slice(0, 2), b"abc")
setit(w, slice(0, 2), 5)
setit(w, slice(0, 4, 2), bytearray(b"xy"))
setit(w, slice(0, 2), memoryview(b"abcd")[::2], "strided view")
setit(w, (0,), 1)
setit(w, ..., 1)
setit(w, "a", 1)
setit(w, 9, 1)
setit(memoryview(b"ab"), 0, 1)
setit(w.toreadonly(), 0, 1)
try:
    del w[0]
except TypeError as e:
    print("del", e)

# comparison
print(memoryview(b"ab") == b"ab", b"ab" == memoryview(b"ab"), memoryview(b"ab") != b"ab")
print(memoryview(b"ab") == bytearray(b"ab"), bytearray(b"ab") == memoryview(b"ab"))
print(memoryview(b"ab") == b"abc", memoryview(b"ab") == "ab", memoryview(b"ab") == 5)
print(memoryview(b"ab").__eq__(5), memoryview(b"ab").__lt__(memoryview(b"ab")))
print(m[::2] == b"aceg", memoryview(b"aceg") == m[::2])
print(memoryview(array.array("i", [1, 2])) == array.array("l", [1, 2]))
print(memoryview(array.array("i", [1, 2])) == array.array("i", [1, 3]))
print(memoryview(array.array("i", [1, 2])) == [1, 2])
print(memoryview(array.array("d", [float("nan")])) == memoryview(array.array("d", [float("nan")])))
print(memoryview(array.array("d", [1.0])) == memoryview(array.array("f", [1.0])))
print(memoryview(array.array("b", [-1])) == memoryview(array.array("B", [255])))
print(memoryview(b"\x01\x02").cast("?") == memoryview(b"\x02\x01").cast("?"))
print(memoryview(b"ab").cast("c") == memoryview(b"ab"))
t("lt", lambda: memoryview(b"a") < memoryview(b"b"))

# hashing
print(hash(memoryview(b"abc")) == hash(b"abc"), hash(m[::2]) == hash(b"aceg"))
print(hash(memoryview(b"abcd").cast("c")) == hash(b"abcd"))
t("hash writable", lambda: hash(memoryview(bytearray(b"a"))))
t("hash format i", lambda: hash(memoryview(b"abcd").cast("i")))
t("hash ro bytearray", lambda: hash(memoryview(bytearray(b"a")).toreadonly()))
d = {memoryview(b"k"): 1}
print(d[b"k"])

# iteration
print(list(memoryview(b"ab")), list(memoryview(b"ab").cast("c")), list(m[::-3]))
print([x for x in memoryview(array.array("h", [1, -1]))])
t("iter 2-D", lambda: iter(memoryview(b"abcd").cast("B", shape=[2, 2])))
it = iter(memoryview(b"abc"))
print(type(it).__name__, next(it), list(it), list(it))
mr = memoryview(b"abc")
it = iter(mr)
print(next(it))
mr.release()
t("next after release", lambda: next(it))
t("iter u array", lambda: list(iter(memoryview(array.array("u", "a")))))
t("iter 0-dim", lambda: iter(memoryview(b"a").cast("B", shape=[])))
