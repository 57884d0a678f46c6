# int subclasses: construction honours the type, arithmetic returns int,
# methods return exact ints, the instance has a __dict__.
class I(int):
    pass

class Named(int):
    def __new__(cls, v, name):
        self = super().__new__(cls, v)
        self.name = name
        return self
    def __repr__(self):
        return f"Named({int(self)}, {self.name!r})"

x = I(5)
print(x, repr(x), type(x).__name__, x == 5, hash(x) == hash(5))
for v in (x + 1, -x, +x, abs(x), x * 2, x // 2, x % 3, x ** 2, ~x, x << 1, x >> 1, x & 3, x | 8, x ^ 1):
    print(v, type(v).__name__, end="; ")
print()
print(type(x.real).__name__, type(x.numerator).__name__, type(x.conjugate()).__name__,
      type(round(x)).__name__, type(x.__trunc__()).__name__, type(int(x)).__name__)
print(x.__getnewargs__(), x.as_integer_ratio())
big = I(2 ** 100)
print(big, type(big).__name__, big + 1, type(big + 1).__name__)
print(I("ff", 16), I(b"777", 8), I(3.9), I(), I("  12  "))
x.attr = 42
print(x.attr, x.__dict__)
n = Named(7, "seven")
print(n, n + 1, str(n), f"{n}", format(n, "d"), n.name)
print(I.from_bytes(b"\x01\x00", "big"), type(I.from_bytes(b"\x01", "big")).__name__)
print(isinstance(x, int), issubclass(I, int), I.__mro__)

class Str(int):
    def __str__(self):
        return "custom"
print(str(Str(3)), repr(Str(3)), format(Str(3), ""), format(Str(3), "d"), f"{Str(3)}")

try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
