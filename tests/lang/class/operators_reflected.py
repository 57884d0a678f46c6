# reflected operand order and subclass priority
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"{type(self).__name__}({self.v})"
    def __add__(self, o):
        print("N.__add__"); return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o):
        print("N.__radd__"); return N(o + self.v)
    def __rsub__(self, o):
        return N(o - self.v)
    def __rpow__(self, o):
        return N(o ** self.v)
    def __rlshift__(self, o):
        return N(o << self.v)
class Sub(N):
    def __radd__(self, o):
        print("Sub.__radd__"); return Sub(o.v + self.v)
print(N(1) + 2)
print(2 + N(1))
print(10 - N(3), 2 ** N(5), 1 << N(4))
print(N(1) + Sub(2))
print(sum([N(1), N(2)], 0))
class Left:
    def __add__(self, o): return NotImplemented
class Right:
    def __radd__(self, o): return "Right.__radd__"
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print(type(e).__name__, e)
