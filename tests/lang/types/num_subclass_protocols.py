# int/float/complex subclasses, __index__/__int__/__float__/__complex__ protocols
class I(int): pass
class F(float): pass
class C(complex): pass
class Idx:
    def __index__(self): return 7
class Int:
    def __int__(self): return 8
class Flt:
    def __float__(self): return 2.5
class BadFlt:
    def __float__(self): return 1
class BadInt:
    def __int__(self): return 1.5
class Tr:
    def __trunc__(self): return 9
class Cx:
    def __complex__(self): return 1+1j
class BadCx:
    def __complex__(self): return 1
class FltSub(float): pass
class RetSub:
    def __float__(self): return FltSub(1.5)
class IntRetBool:
    def __int__(self): return True
class IdxRetBool:
    def __index__(self): return True
exprs = r'''
I(5)
I(5) + 1
type(I(5) + 1)
type(-I(5))
type(+I(5))
type(abs(I(5)))
type(I(5) * 1)
repr(I(5)), str(I(5))
F(1.5)
type(F(1.5) + 1)
type(-F(1.5))
C(1, 2)
type(C(1,2) + 1)
I('12', 8)
F('1.5')
C('1+2j')
int(Idx())
int(Int())
int(Flt())
float(Flt())
float(Idx())
float(Int())
float(BadFlt())
int(BadInt())
complex(Cx())
complex(BadCx())
complex(Flt())
complex(Idx())
bin(Idx())
hex(Idx())
oct(-Idx())
[1,2,3][Idx() - 6]
range(Idx())
round(Idx())
pow(Idx(), 2)
Idx() + 1
I(5) == 5
hash(I(5)) == hash(5)
hash(F(1.5)) == hash(1.5)
isinstance(True, int)
issubclass(bool, int)
True + True
True / True
True // 2
True ** 2
-True
str(True), repr(False)
f'{True}'
f'{True:d}'
f'{True:>6}'
format(True, '')
format(False, '^7')
True.real
True.numerator
bool.__name__
int.__name__
float.__name__
type(5).__mro__
type(True).__mro__
bool.__bases__
int.__doc__[:20]
float.__doc__[:20]
5 .__class__
(5).__class__ is int
1 .real
I.from_bytes(b'\x01', 'big')
type(I.from_bytes(b'\x01', 'big'))
F.fromhex('0x1p1')
type(F.fromhex('0x1p1'))
int.__new__(I, 5)
float.__new__(F, 5)
int.__new__(str, 5)
float.__new__(int)
complex.__new__(C, 1)
I(5).__int__()
type(I(5).__int__())
type(I(5).__index__())
type(F(1.5).__float__())
type(I(5).real)
type(I(5).numerator)
type(F(1.5).real)
type(I(5).conjugate())
type(round(I(5)))
type(round(F(2.5), 1))
type(int(I(5)))
type(float(F(1.5)))
type(complex(C(1)))
'''
for e in exprs.strip().split('\n'):
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)
