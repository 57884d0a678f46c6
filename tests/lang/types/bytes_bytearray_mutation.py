# bytearray slice assignment, deletion, in-place ops and comparisons
ba = bytearray(b"0123456789")
ba[2:5] = b""; print(ba)
ba[::3] = b"abc"; print(ba)
del ba[::2]; print(ba)
ba[1:1] = [65, 66]; print(ba)
ba[-1:] = bytearray(b"XYZ"); print(ba)
ba += bytes(ba); print(ba)
ba *= 2; print(len(ba))
ba[:] = b"hello"; print(ba)
ba[0:2] = memoryview(b"HE"); print(ba)
try: ba[::2] = b"x"
except ValueError as e: print(e)
try: ba[0] = "a"
except TypeError as e: print(e)
try: ba[10] = 1
except IndexError as e: print(e)
try: ba[0:1] = 5
except TypeError as e: print(e)
try: ba[0:1] = "ab"
except TypeError as e: print(e)
try: del ba[10]
except IndexError as e: print(e)
ba[0:2] = range(70, 72); print(ba)
print(ba.pop(-1), ba, ba.count(b"l"), ba.rindex(b"l"), ba.isalpha())
x = bytearray(b"abc"); y = x; x += b"d"; print(x is y, y)
x = bytearray(b"ab"); x.extend(x); print(x)
x = bytearray(b"abc"); x.reverse(); print(x); x.clear(); print(x, len(x))
print(bytearray(b"a b c").split(), bytearray(b"ab").upper() == b"AB", bytearray(b"x") in [b"x"], {bytes(bytearray(b"k")): 1})
try: {bytearray(b"k"): 1}
except TypeError as e: print(e)
print(bytearray(b"abc") == memoryview(b"abc"), bytearray(b"abc") > memoryview(b"abb"), bytearray.fromhex("4142").decode(), bytearray(b"\xff").decode("latin-1"))
b = bytearray(b"test"); m = b.__iter__(); print(next(m), list(m))
print(b"abc" < b"abd", b"abc" <= b"ab", b"" < b"a", bytearray(b"b") >= b"a", b"a" != bytearray(b"a"))
try: b"a" < "a"
except TypeError as e: print(e)
try: bytearray(b"a") < 1
except TypeError as e: print(e)
print(b"\x00\x01".hex(), bytes.fromhex("  "), b"A".center(4, b"-"), b"%-4s|" % b"x", b"%4s|" % bytearray(b"y"), b"%%%s" % b"z")
