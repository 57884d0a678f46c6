# assorted data-model edge cases: messages and behaviours
class A: pass
try:
    pow(A(), 2, 3)
except TypeError as e:
    print(e)
class S:
    __slots__ = ('a', 'b')
s = S()
s.a = 1
try:
    s.b
except AttributeError as e:
    print(e)
try:
    del s.b
except AttributeError as e:
    print(e)
class Dup:
    __slots__ = ('x', 'x')
d = Dup()
d.x = 3
print(Dup.__slots__, d.x)
class B(A): pass
try:
    B.__bases__ = (int,)
except TypeError as e:
    print(e)
class C: pass
B.__bases__ = (C,)
print([k.__name__ for k in B.__mro__])
print(type.__doc__.splitlines()[0], object.__doc__)
class E: pass
try:
    E.__init__(E(), 1)
except TypeError as e:
    print(e)
try:
    E(1)
except TypeError as e:
    print(e)
print(len.__self__.__name__, [].append.__self__)
class W: pass
w = W()
try:
    w.__class__ = int
except TypeError as e:
    print(e)
