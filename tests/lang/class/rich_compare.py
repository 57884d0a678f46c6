# rich comparisons, reflection, NotImplemented
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o):
        return self.p == o.p if isinstance(o, Ver) else NotImplemented
    def __lt__(self, o):
        return self.p < o.p if isinstance(o, Ver) else NotImplemented
    def __le__(self, o):
        return self.p <= o.p
    def __repr__(self): return "v" + ".".join(map(str, self.p))
a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a > b, b > a, a <= b, a >= b, a == Ver(1, 2), a != b)
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))
print(a == 5, a != 5)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
class Spy:
    def __eq__(self, o):
        print("Spy.__eq__"); return True
print(1 == Spy(), Spy() == 1)
import functools
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) >= T(1), T(2) > T(1), T(1) <= T(0))
