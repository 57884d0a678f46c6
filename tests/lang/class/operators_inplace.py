# in-place operators with and without __i*__ methods
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        return "replaced"
class Plain:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Plain(self.v + o)
a = Acc()
alias = a
a += 1
a += 2
print(a.items, a is alias)
a -= 0
print(a)
p = Plain(1)
q = p
p += 5
print(p.v, q.v, p is q)
class Mat:
    def __imatmul__(self, o): return "imatmul"
    def __ipow__(self, o): return "ipow"
    def __ifloordiv__(self, o): return "ifloordiv"
    def __iand__(self, o): return "iand"
m = Mat(); m @= 1; print(m)
m = Mat(); m **= 1; print(m)
m = Mat(); m //= 1; print(m)
m = Mat(); m &= 1; print(m)
try:
    x = Acc(); x *= 2
except TypeError as e:
    print(type(e).__name__, e)
