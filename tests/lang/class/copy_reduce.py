# copy/deepcopy through object.__reduce_ex__, __getnewargs__(_ex__), __getstate__
import copy
class I(int): pass
class F(float): pass
class S(str): pass
class T(tuple): pass
class B(bytes): pass
class FS(frozenset): pass
for v in [I(3), F(2.5), S('ab'), T((1, 2)), B(b'x'), FS({1})]:
    c = copy.copy(v); d = copy.deepcopy(v)
    print(type(c).__name__, c, d)
class KW:
    def __new__(cls, *, a): o = super().__new__(cls); o.a = a; return o
    def __getnewargs_ex__(self): return ((), {'a': self.a})
print(copy.copy(KW(a=4)).a)
class Bad:
    def __getnewargs__(self): return 1
import copy
class P:
    def __init__(self, x): self.x = x; self.l = [1]
    def __repr__(self): return 'P(%r, %r)' % (self.x, self.l)
p = P(1)
c = copy.copy(p); d = copy.deepcopy(p)
p.l.append(2)
print(c, d, c.l is p.l, d.l is p.l)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
s2 = copy.deepcopy(S()); print(s2.a, s2.b)
s3 = copy.copy(S()); print(s3.a)
class WithState:
    def __init__(self): self.v = 1
    def __getstate__(self): print('getstate'); return {'v': 99}
    def __setstate__(self, st): print('setstate', st); self.v = st['v']
print(copy.copy(WithState()).v)
class NewArgs:
    def __new__(cls, a):
        o = super().__new__(cls); o.a = a; return o
class S2:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
print(S2().__getstate__(), object().__getstate__())
class Bad:
    def __getnewargs__(self): return 1
try:
    Bad().__reduce_ex__(2)
except TypeError as e:
    print(e)
class BadEx:
    def __getnewargs_ex__(self): return (1, 2, 3)
try:
    BadEx().__reduce_ex__(2)
except ValueError as e:
    print(e)
class NewArgs:
    def __new__(cls, a):
        o = super().__new__(cls); o.a = a; return o
    def __getnewargs__(self): return (self.a,)
print(copy.deepcopy(NewArgs(5)).a, copy.copy(NewArgs(6)).a)
class IL(list): pass
il = IL([1, [2]]); il.extra = 'e'
ic = copy.deepcopy(il); print(ic, type(ic).__name__, ic.extra)
