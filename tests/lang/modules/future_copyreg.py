from __future__ import annotations
import __future__
import copy, copyreg
print(__future__.annotations, __future__.all_feature_names[-1], __future__.division.mandatory)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Point({self.x}, {self.y})'
p = Point(1, [2])
q = copy.copy(p); r = copy.deepcopy(p)
p.y.append(3)
print(q, r, q.y is p.y, r.y is p.y)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
s = copy.deepcopy(Slotted()); print(s.a, s.b)
class Sub(list): pass
sl = Sub([1, [2]]); sl2 = copy.deepcopy(sl); print(type(sl2).__name__, sl2, sl2[1] is sl[1])
class SubD(dict): pass
sd = copy.copy(SubD(a=1)); print(type(sd).__name__, sd)
print(copyreg.__newobj__(Point, 5, 6) if False else copyreg.__newobj__.__name__)
class WithState:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, st): self.v = st['v'] + 1
print(copy.deepcopy(WithState()).v, copy.copy(WithState()).v)
class R:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (R, (self.a + 100,))
print(copy.copy(R(1)).a)
