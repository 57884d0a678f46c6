# Inline attributes beside __slots__, __weakref__, subclasses of built-ins and exceptions.
import gc, copy, weakref
class S:
    __slots__ = ('a', '__dict__')
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
s = S()
print(s.a, s.b, vars(s))
class W:
    __slots__ = ('__dict__', '__weakref__', 'z')
w = W(); w.z = 1; w.q = 2
r = weakref.ref(w)
print(r() is w, vars(w), w.z)
class T(S):
    def __init__(self):
        super().__init__()
        self.d = 4
t = T()
print(vars(t), t.a)
t2 = copy.deepcopy(t)
print(vars(t2), t2.a)
class I(int):
    pass
i = I(5); i.x = 1
print(vars(i), i + 1)
class E(Exception):
    pass
e = E("m"); e.code = 3
print(vars(e), e.args)
del w
gc.collect()
print(r())
