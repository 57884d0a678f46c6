# reflected/overridden operators on numeric subclasses and foreign operands
class MyInt(int):
    def __radd__(self, o): return 'radd'
    def __repr__(self): return 'MyInt(%d)' % self
class MyFloat(float):
    def __rsub__(self, o): return 'rsub'
    def __str__(self): return 'MF'
class MyC(complex):
    def __rmul__(self, o): return 'rmul'
print(1 + MyInt(2), MyInt(2) + 1, 1.5 + MyInt(2))
print(1 - MyFloat(2), MyFloat(2) - 1, str(MyFloat(2)), repr(MyFloat(2)), MyFloat(2))
print(2 * MyC(1), MyC(1) * 2)
print(MyInt(5), [MyInt(5)], f'{MyInt(5)}', '%d' % MyInt(5), '%s' % MyInt(5), '%r' % MyInt(5))
print(str(MyInt(3)), format(MyInt(3)), format(MyFloat(1.5)), f'{MyFloat(1.5)}', f'{MyFloat(1.5):.2f}')
class B(int):
    def __str__(self): return 'B!'
print(B(1), f'{B(1)}', format(B(1), ''), '{}'.format(B(1)), format(B(1), 'd'))
class E(float):
    def __eq__(self, o): return 'eq'
    __hash__ = float.__hash__
print(1.0 == E(1), E(1) == 1.0, 1 == E(1))
class Cmp:
    def __eq__(self, o): return 'ceq'
    def __lt__(self, o): return 'clt'
    def __gt__(self, o): return 'cgt'
print(1 == Cmp(), 1.0 < Cmp(), 1j == Cmp(), 5 > Cmp())
class R:
    def __radd__(self, o): return ('R', o)
    def __rpow__(self, o): return ('Rp', o)
    def __rtruediv__(self, o): return 'rtd'
print(1 + R(), 1.5 + R(), 1j + R(), True + R(), 2 ** R(), 2.0 ** R(), 1 / R())
try: pow(2, R(), 5)
except TypeError as e: print(e)
x = 5
x += R(); print(x)
class IP(int):
    def __iadd__(self, o): return 'iadd'
y = IP(1); y += 1; print(y)
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(bin(Num(5)), 2 ** 3 if True else 0, [0,1,2,3][Num(1):Num(3)])
print(int.__radd__(3, 4), float.__rtruediv__(2.0, 1), complex.__rsub__(1j, 1))
print(int.__truediv__(1, 2.0))
print(int.__lt__(1, 2.0), float.__lt__(1.0, 2), float.__eq__(1.0, 1))
print(divmod(MyInt(7), 2), type(divmod(MyInt(7), 2)[0]))
print(sorted([MyInt(3), 1.5, MyFloat(0.5)]))
