# float: constructor, pow corner cases, hashes, subclasses, conversions
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

inf, nan = float("inf"), float("nan")

# constructor
for arg in ["  1.5\n", "1_000.25", "-iNF", "+Infinity", "nAn", "1e-400", "-1e400", "\u0663.25",
            "\u20031.0\u3000", b" 2.5 ", bytearray(b"3.5"), "", " ", "1__0", "_1", "1_", "0x10",
            "1.5\x00", "1e", "--1", "in", b"x", 7, True, 2 ** 70]:
    t("float(%r)" % (arg,), lambda: float(arg))
t("float()", lambda: float())
t("float([])", lambda: float([]))
t("float(None)", lambda: float(None))
t("float(x=1)", lambda: float(x=1))
t("float(1, 2)", lambda: float(1, 2))
t("float(1j)", lambda: float(1j))
t("float(10**400)", lambda: float(10 ** 400))

class WithFloat:
    def __float__(self):
        return 2.75
class WithIndex:
    def __index__(self):
        return 12
class BadFloat:
    def __float__(self):
        return "no"
t("float(WithFloat())", lambda: float(WithFloat()))
t("float(WithIndex())", lambda: float(WithIndex()))
t("float(BadFloat())", lambda: float(BadFloat()))
t("WithFloat() + 1.0", lambda: WithFloat() + 1.0)

# arithmetic corner cases
cases = [(0.0, -1), (-0.0, -1.5), (0.0, 0), (nan, 0), (1.0, nan), (-1.0, inf), (-1.0, -inf),
         (0.5, inf), (0.5, -inf), (2.0, inf), (-inf, 3), (-inf, -3), (-inf, 2), (inf, -0.5),
         (-2.0, 3.0), (-2.0, 0.5), (-8, 1 / 3), (2.0, -1080), (10.0, 400), (-10.0, 401), (1.0, 1e300)]
for a, b in cases:
    t("%r ** %r" % (a, b), lambda: a ** b)
t("pow(2.0, 3, 5)", lambda: pow(2.0, 3, 5))
t("pow(2, 3.0, 5)", lambda: pow(2, 3.0, 5))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, -3), (-0.0, 3), (1e-300, 1e300),
             (-1e-300, 1e300), (5, 0.5), (inf, 2), (2, inf), (-2, inf), (nan, 1)]:
    t("divmod(%r, %r)" % (a, b), lambda: (divmod(a, b), a // b, a % b))
for op in ["/", "//", "%"]:
    t("1.5 %s 0" % op, lambda: eval("1.5 %s 0" % op))
t("divmod(1.5, 0.0)", lambda: divmod(1.5, 0.0))
t("1.0 + 2**1024", lambda: 1.0 + 2 ** 1024)
t("2**1024 / 2.0", lambda: 2 ** 1024 / 2.0)
t("1e308 * 10", lambda: 1e308 * 10)
t("-(0.0)", lambda: -(0.0))
t("abs(-0.0)", lambda: abs(-0.0))
t("bool(0.0), bool(-0.0), bool(nan)", lambda: (bool(0.0), bool(-0.0), bool(nan)))

# comparisons with big ints
big = 2 ** 53 + 1
print(float(2 ** 53) < big, float(2 ** 53) == big - 1, float(2 ** 53) >= big, big > float(2 ** 53))
print(1e300 < 10 ** 300, 1e300 > 10 ** 300, 1e300 == 10 ** 300, inf > 10 ** 1000, -inf < -10 ** 1000)
print(nan == 1, nan != 1, nan < 10 ** 1000, 0.5 == 1, -0.0 == 0, 2.0 ** 100 == 2 ** 100)

# hashes
for x in [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5e-7, 1e-300, 1e308, 2.0 ** 61, 2.0 ** 70, inf, -inf, 123456789.0]:
    print(repr(x), hash(x))
print(hash(3.0) == hash(3), hash(2.0 ** 64) == hash(2 ** 64), hash(nan) == hash(nan))
n1, n2 = float("nan"), float("nan")
print(len({n1, n2, n1}), {1.0: "a", 1: "b"})

# subclasses
class F(float):
    pass
class G(float):
    def __new__(cls, v, extra=None):
        return super().__new__(cls, v)
    def __init__(self, v, extra=None):
        self.extra = extra
f = F("2.5")
print(type(f).__name__, f, repr(f), f + 1, type(f + 1).__name__, type(-f).__name__, type(+f).__name__, type(abs(f)).__name__)
print(type(f.real).__name__, f.imag, f.conjugate(), type(f.conjugate()).__name__, f.__getnewargs__())
g = G(1.25, extra="x")
print(g, g.extra, type(g).__name__, isinstance(g, float))
print(type(F.fromhex("0x1.8p1")).__name__, F.fromhex("0x1.8p1"))
t("float.fromhex(b'1')", lambda: float.fromhex(b"1"))
t("float.fromhex('zz')", lambda: float.fromhex("zz"))
t("float.fromhex('0x1p99999')", lambda: float.fromhex("0x1p99999"))

# conversions to int
for x in [2.5, -2.5, 3.5, -0.5, 1e20, -1e20, 0.49999999999999994]:
    print(x, int(x), round(x), x.__trunc__(), x.__floor__(), x.__ceil__())
for x in [inf, -inf, nan]:
    t("int(%r)" % x, lambda: int(x))
    t("round(%r)" % x, lambda: round(x))
    t("round(%r, 1)" % x, lambda: round(x, 1))
for x, n in [(2.675, 2), (0.125, 2), (0.375, 2), (1234.5678, -2), (-1234.5678, -5), (5e-324, 400), (1.7e308, -308), (1.5, 10 ** 30), (1.5, -10 ** 30)]:
    t("round(%r, %r)" % (x, n), lambda: round(x, n))
t("round(1.5, 1.0)", lambda: round(1.5, 1.0))
t("round(1.5, '1')", lambda: round(1.5, "1"))
t("(1.5).__round__(None)", lambda: (1.5).__round__(None))
t("float.__getformat__('double')", lambda: float.__getformat__("double"))
for x in [0.0, 1.0, -0.1, 1e300, 5e-324, 3.0]:
    print(repr(x), x.as_integer_ratio(), x.hex(), x.is_integer(), float.fromhex(x.hex()) == x)
