# conversion hooks returning wrong types, subclasses overriding hooks
class A:
    def __int__(self): return 'x'
class B:
    def __index__(self): return 'x'
class Cc:
    def __float__(self): return 'x'
class D:
    def __complex__(self): return 'x'
class E:
    def __float__(self): raise ValueError('boom')
class F:
    def __trunc__(self): return 'x'
class G:
    def __index__(self): return 5
    def __float__(self): return 1.5
class H(str):
    pass
class J(float):
    def __float__(self): return 9.0
class K(int):
    def __int__(self): return 42
    def __index__(self): return 43
class L(complex):
    def __complex__(self): return 7j
class M:
    def __complex__(self): return 1j
    def __float__(self): return 2.0
exprs = r'''
int(A())
int(B())
float(Cc())
complex(D())
float(E())
float(G())
int(G())
complex(G())
int(H('42'))
float(H('4.5'))
complex(H('1j'))
float(J(1.0))
int(J(1.5))
int(K(5))
float(K(5))
complex(K(5))
[1,2,3][K(0)]
bin(K(1))
range(K(2))
complex(L(1))
complex(M())
complex(M(), 1)
complex(1, M())
complex(1j, M())
float(complex(1))
int('5', K(8))
hash(K(5))
K(5) + 1
round(J(2.5))
J(2.5).__round__()
abs(J(-1))
type(abs(J(-1)))
pow(K(2), K(3), K(5))
'''
for e in exprs.strip().split('\n'):
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)
