# a minimal memoryview over bytes and bytearray
m = memoryview(b"hello")
print(len(m), m[0], m[-1], m[1:3].tobytes(), bytes(m), m.tobytes(), m.tolist())
print(m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj, m.hex(), m.hex(":"))
print(m == b"hello", b"hello" == m, m == bytearray(b"hello"), m != b"x", m[::2].tobytes(),
      m[::-1].tobytes(), list(m[1:4]), m[::2].tolist(), m[1:][1:].tobytes(), m.c_contiguous, m[::2].contiguous)
print(hash(m) == hash(b"hello"), b",".join([b"x", bytearray(b"y"), memoryview(b"z")]), b"ab" + memoryview(b"cd"),
      bytearray(b"ab") + memoryview(b"c"), bytes(memoryview(b"q")), bytearray(memoryview(b"r")))
ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = 65
v[1:3] = b"BC"
print(ba, v.readonly)
try:
    ba.append(1)
except BufferError as e:
    print("BufferError", e)
v.release()
ba.append(33)
print(ba)
for f in [lambda: v[0], lambda: len(v), lambda: v.tobytes()]:
    try:
        f()
    except ValueError as e:
        print(e)
with memoryview(ba) as w:
    print(w.tobytes(), w[2])
ba.extend(b"x")
print(ba)
for f in [lambda: memoryview(1), lambda: memoryview("abc"), lambda: m[10], lambda: m.__setitem__(0, 1),
          lambda: memoryview(bytearray(b"a")).__setitem__(0, 256),
          lambda: memoryview(bytearray(b"ab")).__setitem__(slice(0, 2), b"x"),
          lambda: hash(memoryview(bytearray())), lambda: m["a"],
          lambda: memoryview(bytearray(b"a")).__setitem__(0, b"a"), lambda: m + b"x",
          lambda: b"abc".find(memoryview(b"c")), lambda: b"abc".startswith(memoryview(b"a")),
          lambda: memoryview(b"a") in b"abc", lambda: b"%b" % memoryview(b"mv"),
          lambda: b"abc".replace(memoryview(b"b"), b"X"), lambda: b"a b".split(memoryview(b" "))]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(type(m).__name__, isinstance(m, memoryview), m.toreadonly().readonly, memoryview(m).tobytes(),
      memoryview(bytearray(b"xy"))[0:1].readonly)
