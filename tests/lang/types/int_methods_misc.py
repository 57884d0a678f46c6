# int methods and attributes: round with negative ndigits, bytes round trips,
# bit operations on big values, __sizeof__, format edge cases, bool results.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in (0, 5, 15, 25, 35, -25, -35, 149, 150, 250, 12345, 2**70 + 5, -(10**30) - 5 * 10**9):
    print(v, round(v, -1), round(v, -2), round(v, -10), round(v, 0), round(v, 3), round(v))
t(lambda: round(5, 1.0))
t(lambda: (5).__round__(1, 2))
t(lambda: type(round(True, -1)).__name__)

for v in (0, 1, -1, 127, -128, 128, 255, -129, 2**64, -(2**64), 2**200 - 1):
    for signed in (False, True):
        n = (v.bit_length() + 8) // 8
        try:
            b = v.to_bytes(n, "little", signed=signed)
            print(v, signed, b.hex(), int.from_bytes(b, "little", signed=signed) == v,
                  int.from_bytes(v.to_bytes(n, "big", signed=signed), "big", signed=signed) == v)
        except OverflowError as e:
            print(v, signed, type(e).__name__, e)
t(lambda: (1).to_bytes())
t(lambda: (256).to_bytes())
t(lambda: (1).to_bytes(1, 5))
t(lambda: (1).to_bytes(-1, "big"))
t(lambda: (1).to_bytes(1, "middle"))
t(lambda: (1).to_bytes(1, "big", True))
t(lambda: (0).to_bytes(0, "big"))
t(lambda: (-1).to_bytes(0, "big", signed=True))
t(lambda: int.from_bytes([1, 2, 3], "little"))
t(lambda: int.from_bytes((255, 255), "big", signed=True))
t(lambda: int.from_bytes(b""))
t(lambda: int.from_bytes(5))
t(lambda: int.from_bytes("ab"))
t(lambda: int.from_bytes())
t(lambda: bool.from_bytes(b"\x01", "big"))
t(lambda: bool.from_bytes(b"\x00", "big"))

for v in (0, 1, -1, 255, -256, 2**64 - 1, -(2**64), 3**100):
    print(v.bit_length(), v.bit_count(), v.__sizeof__() >= 24)
print((0).__sizeof__(), (1).__sizeof__(), (2**30).__sizeof__(), (2**60).__sizeof__(), True.__sizeof__())
t(lambda: (5).bit_length(1))
t(lambda: (5).is_integer())
print((7).real, (7).imag, (7).numerator, (7).denominator, (-7).conjugate(), True.real, type(True.real).__name__)

big = 2**100 + 2**65 + 7
print(big & -big, big | -1, big ^ -big, ~big, -big >> 3, -big >> 1000, big << 3, -1 << 100)
print(big & 0xFFFF, (-big) & 0xFFFF, (-big) | 0xFF, (-big) ^ (2**70))

for spec in ("", "d", "x", "X", "#x", "#o", "#b", "b", ",", "_", "_x", "_b", "+", " ", "-",
             "020", "020,", "<20", "^20", ">20", "=+20", "*^21,", "e", ".3e", "f", ".2f", "%", "g", "G", "n",
             "#020_x"):
    print(repr(spec), repr(format(123456789, spec)), repr(format(-2**70, spec)))
for spec in (".2d", "z", "zd", "+c", "#c", "q", "\u00e9", "1.2.3", ",c", ",s", "s"):
    t(lambda: format(65, spec))
t(lambda: format(-1, "c"))
t(lambda: format(0x110000, "c"))
t(lambda: format(0x263a, "^5c"))
t(lambda: format(10**400, "f"))
t(lambda: format(10**400, "x")[:10])
t(lambda: (5).__format__(5))
t(lambda: format(True, "") + format(True, "d") + format(False, "^7") + format(True, "x"))
t(lambda: f"{10**20:,}" + f"{-42:08d}" + f"{255:#_b}")
