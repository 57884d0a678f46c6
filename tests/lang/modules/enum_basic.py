from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color), type(Color.RED), Color.__members__.keys())
try: Color(5)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
try: Color.RED = 5
except AttributeError as e: print(e)
class N(IntEnum):
    A = 1
    B = 2
print(N.A, repr(N.A), N.A + 1, N.B > N.A, N(2), int(N.B), f"{N.A}", str(N.A), format(N.A, '03d'))
class S(StrEnum):
    X = 'x'
    Y = auto()
print(S.X, repr(S.Y), S.X == 'x', S.X.upper(), f"{S.Y}")
class A(Enum):
    X = auto()
    Y = auto()
print(A.X.value, A.Y.value, list(A))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R in (Perm.R | Perm.X), Perm(0), bool(Perm(0)), list(Perm.R | Perm.W))
class IP(IntFlag):
    R = 4
    W = 2
print(IP.R | IP.W, IP.R | 1, int(IP.R | IP.W))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Al(Enum):
    A = 1
    B = 1
print(Al.B, Al.B is Al.A, list(Al), Al.__members__)
class M(Enum):
    P = (1, 2)
    def __init__(self, a, b): self.a = a; self.b = b
    @property
    def total(self): return self.a + self.b
print(M.P.total, M.P.value)
class WithMeth(Enum):
    A = 'a'
    def describe(self): return f'{self.name}:{self.value}'
    @classmethod
    def first(cls): return list(cls)[0]
print(WithMeth.A.describe(), WithMeth.first())
E2 = Enum('E2', 'a b c')
print(list(E2), E2.a.value)
E3 = Enum('E3', [('x', 10), ('y', 20)])
print(E3.y, E3(10))
print(Color.RED.__class__.__name__, hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.RED])
print(sorted(N), max(N), Color.RED < Color.GREEN if False else 'skip')
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.MERCURY.mass, Planet.MERCURY)
class Ex(Enum):
    A = 1
    _ignore_ = ['B']
    def _generate_next_value_(name, start, count, last_values): return name.lower()
print(Ex.A)
class G(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values): return name.lower()
    X = auto()
print(G.X.value)
print(Perm.R.value, ~Perm.R, Perm.R ^ Perm.W)
print(Color._member_names_, Color._value2member_map_)
print(dir(Color.RED))
print(Color.RED.__doc__ if False else '', Color.__name__, Color.__qualname__)
