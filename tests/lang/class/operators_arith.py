# arithmetic operator protocol with reflected methods
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        return NotImplemented
    def __sub__(self, o): return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c))
    def __rmul__(self, k): return V(*(k * a for a in self.c))
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k): return V(*(a ** k for a in self.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __invert__(self): return V(*reversed(self.c))
v, w = V(1, 2), V(3, 4)
print(v + w, w - v, v * 3, 3 * v, w / 2, w // 2, w % 2, v ** 2)
print(-v, +v, abs(V(3, 4)), v @ w, ~v)
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 - v
except TypeError as e:
    print(type(e).__name__, e)
