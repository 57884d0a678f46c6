# constructor builtins without arguments and with odd ones
print(repr(int()), repr(float()), repr(complex()), repr(str()), repr(bool()), repr(bytes()), repr(list()),
      repr(tuple()), repr(dict()), repr(set()), repr(frozenset()), repr(bytearray()), repr(object())[:17])
print(str(1), str(b"x"), str([]), str(str), str(1.5), list("ab"), tuple({1: 2}), set("aa"))
print(float("  -12.5e1 "), int(" -0x1f ", 16), complex(" (1+2j) "), bool("False"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__)
