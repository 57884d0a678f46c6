import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum
class IF(IntFlag):
    A = 1; B = 2; C = 4
print(repr(IF.A | 4), repr(IF.A | 8), repr(IF(0)), repr(IF(7)), repr(~IF.A), IF.A | IF.B, str(IF.A|IF.B), format(IF.A|IF.B), IF(3).name, IF(8), repr(IF(8)))
class F(Flag):
    A = 1; B = 2; C = 4
    AB = 3
print(repr(F.AB), repr(F.A | F.B), repr(F.A | F.C), F(7), repr(~F.A), list(F), len(F), F.AB.name, (F.A|F.C).name, F(0).name, repr(F(0)))
try: F(8)
except ValueError as e: print(e)
class Weekday(Enum):
    MON = auto(); TUE = auto()
    def __str__(self): return self.name.title()
print(Weekday.MON, Weekday.TUE.value, [w.name for w in Weekday], Weekday.MON._value_, Weekday.MON.__class__.__name__)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, repr(Planet.EARTH))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(sorted([Num.TWO, Num.ONE]), Num.ONE + Num.TWO, Num(1) is Num.ONE, Num.ONE in [1], {Num.ONE: 'x'}[1], Num.TWO * 2, '%d' % Num.TWO, str(Num.ONE), repr(Num.ONE), '{}'.format(Num.ONE), f'{Num.TWO!r}')
class Co(Enum):
    R = 'r'
    @property
    def up(self): return self.value.upper()
print(Co.R.up, Co('r'), Co.R == 'r', Co.R != Co.R, type(Co.R), isinstance(Co.R, Co), Co.__name__, dir(Co.R)[:3] if False else '')
class Shape(Enum):
    SQ = 1
    _ignore_ = ['x']
print(list(Shape.__members__), Shape.SQ.__reduce_ex__ if False else '')
class M(Enum):
    A = 1
    B = 2
    def __lt__(self, other): return self.value < other.value
print(sorted([M.B, M.A]), max(M), M.A.__hash__() == hash(M.A))
try:
    class X(M): C = 3
except TypeError as e: print(e)
try: Enum('E', 'a b')._missing_ if False else None
except Exception as e: print(e)
print(Enum('Animal', ['cat', 'dog'], start=10).dog.value, IntEnum('K', {'x': 5}).x + 1, list(Enum('T', [('a', 'A'), ('b', 'B')])))
class Status(StrEnum):
    OK = 'ok'
    ERR = auto()
print(Status.OK, Status.ERR, Status.OK + '!', Status('ok'), Status.ERR.upper(), repr(Status.ERR))
class Mi(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return cls.A
print(Mi(99))
print(enum.Enum.__members__ if False else '', Num.__members__['ONE'], list(Num.__members__.items()))
class D(Enum):
    A = 1
    B = 1
print(D.B, D(1), list(D), D.__members__)
print(type(Weekday).__name__, Weekday.MON in Weekday, 1 in [w.value for w in Weekday])
try: print(1 in Weekday)
except TypeError as e: print(e)
