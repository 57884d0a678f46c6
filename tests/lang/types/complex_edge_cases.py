# complex: constructor forms, parsing, arithmetic, pow, hash, formatting
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

inf, nan = float("inf"), float("nan")

# constructor
z = 3 + 4j
print(complex(z) is z, complex(), complex(imag=2), complex(real=1.5), complex(1, 2), complex(1j, 1j), complex(1 + 2j, 3))
for args in [(1.5, -2), (True, False), ("1+2j",), (2 ** 60, 1), (-0.0, -0.0)]:
    t("complex%r" % (args,), lambda: complex(*args))
for args in [([],), (1, []), ("1", 2), (1, "2"), (b"1",), (None,), (1, 2, 3), (2 ** 1024,), (1, 2 ** 1024)]:
    t("complex%r" % (args,), lambda: complex(*args))
t("complex(x=1)", lambda: complex(x=1))

class WithComplex:
    def __complex__(self):
        return 1 + 5j
class BadComplex:
    def __complex__(self):
        return 5
class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 7
t("complex(WithComplex())", lambda: complex(WithComplex()))
t("complex(WithComplex(), 1)", lambda: complex(WithComplex(), 1))
t("complex(BadComplex())", lambda: complex(BadComplex()))
t("complex(WithFloat(), WithIndex())", lambda: complex(WithFloat(), WithIndex()))

# parsing
for s in ["1+2J", "(1)", " ( j ) ", "+1.5e+3-2.5E-3j", "1.j", ".5j", "\t1j\n", "1+-2j",
          "infinity-nanj", "1_000j", "1_2.3_4e1_0+5j", "-.5E+2+.5e-2J", "1.e5", "-inF", "+nanJ",
          "\u0661+\u0662j", "\u20031j\u2003", "1e1e1j", "1j1", "--1j", "+-1j", "_1j", "1_j", "1__0",
          "0x1j", "1+2jj", "j+1", "1e+j", "(1+2j)(", "", " ", "1 + 2j", "1+2j\x00", "(1+2j"]:
    t("complex(%r)" % s, lambda: complex(s))

# arithmetic
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a, abs(b), a.conjugate(), a + 1, 1 - a, 2.5 * a, a / 2)
print(a ** 2, a ** -3, a ** 0, a ** 0.5, a ** b, 2 ** a, (-8) ** (1 / 3), 1j ** 2, a ** 101, a ** 1.0)
for x, y in [(0j, -1), (0j, 1j), (0j, 0), (1e200 + 1e200j, 2), (1e300 + 0j, 2), (1e200j, 3.5), (0j, 2)]:
    t("%r ** %r" % (x, y), lambda: x ** y)
t("pow(1j, 2, 3)", lambda: pow(1j, 2, 3))
t("1j / 0", lambda: 1j / 0)
t("1 / 0j", lambda: 1 / 0j)
t("1j / 0.0", lambda: 1j / 0.0)
t("abs(complex(1e308, 1e308))", lambda: abs(complex(1e308, 1e308)))
t("abs(complex(nan, inf))", lambda: abs(complex(nan, inf)))
t("abs(complex(nan, 1))", lambda: abs(complex(nan, 1)))
t("1j + 2**1024", lambda: 1j + 2 ** 1024)
for op in ["//", "%", "<", ">=", "&"]:
    t("1j %s 1" % op, lambda: eval("1j %s 1" % op))
t("divmod(1j, 1)", lambda: divmod(1j, 1))
t("int(1j)", lambda: int(1j))
t("float(1j)", lambda: float(1j))
print(bool(0j), bool(-0.0 + 0j), bool(1e-300j), bool(complex(nan, 0)))

# comparisons and hashes
print(complex(3, 0) == 3, 3 == complex(3, 0), complex(3, 0) == 3.0, complex(3, 1) != 3, 1j == 1j, 1j != 1j)
print(complex(2 ** 53, 0) == 2 ** 53 + 1, complex(1, 0) == 2 ** 1024, complex(nan, 0) == nan)
for x in [0j, 1j, -1j, 1 + 0j, -1 + 0j, 1.5 + 2.5j, complex(inf, -inf), complex(1e300, 1e-300)]:
    print(repr(x), hash(x))
print(hash(complex(5, 0)) == hash(5), hash(complex(0.5, 0)) == hash(0.5), {1: "a", 1 + 0j: "b"})

# repr and str
for x in [complex(nan, inf), complex(-0.0, -1), complex(0, -0.0), complex(-0.0, 0), complex(1e16, 1), complex(1e-5, 1e22),
          complex(-1.5, nan), complex(123456789012345.0, 0.1)]:
    print(repr(x), str(x))

# subclasses
class C(complex):
    pass
c = C(1, 2)
print(type(c).__name__, c, c + 1, type(c + 1).__name__, type(-c).__name__, type(+c).__name__, C("3j"), c.real, c.imag)
print(c.__getnewargs__(), (1j).__complex__(), type(c.__complex__()).__name__)

# format
for x, spec in [(1 + 2j, ""), (1 + 2j, "#"), (1e20 + 1j, "#"), (1 + 2j, ".3"), (1234567.5 + 2j, ","),
                (1234567.5 + 2j, "_g"), (-0.0 + 2j, ""), (0.0 - 2j, "+"), (2j, "+.2f"), (complex(-0.0, -0.0), "z.1f"),
                (1.5 - 2.25j, "*^20.3e"), (complex(nan, inf), "F"), (3 + 4j, "10"), (3 + 4j, "<12,.2f"),
                (1 + 2j, "^20"), (-1 - 2j, " "), (1.5 + 2j, "+"), (1j, "e"), (1j, ".0f"), (1j, "#.0f"),
                (1 + 2j, "n"), (123456 + 1j, "n"), (complex(-0.0, 1), "z"), (1234.5 + 1234567j, "_.1f"),
                (1 + 2j, ".10G"), (complex(nan, -inf), "+"), (1 + 2j, "10.3F"), (1 + 2j, "020"), (1 + 2j, "=20"),
                (1 + 2j, "%"), (1 + 2j, "x"), (1 + 2j, "0<10"), (1 + 2j, ",s")]:
    t("format(%r, %r)" % (x, spec), lambda: format(x, spec))
t("(1j).__format__(1)", lambda: (1j).__format__(1))
print("{:.2f} {!r:>12} {}".format(1 + 2j, 1j, 1 - 1j))
