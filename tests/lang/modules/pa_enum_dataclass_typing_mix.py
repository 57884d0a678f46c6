import enum, dataclasses as dc, typing, io, os, os.path as op
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], list(Color), Color.ALIAS is Color.RED, Color.RED.name, Color.RED.value, len(Color), Color.__members__.keys(), f'{Color.RED}', format(Color.RED), str(Color.GREEN))
class P(enum.IntEnum):
    A = 1
    B = 2
print(P.A + 1, P.A < P.B, repr(P.B), str(P.B), f'{P.A}', P(2), int(P.B), P.A == 1, format(P.A, '03d'))
class Fl(enum.Flag):
    R = enum.auto(); W = enum.auto(); X = enum.auto()
print(Fl.R | Fl.W, repr(Fl.R | Fl.W), Fl.R in (Fl.R | Fl.X), ~Fl.R, Fl(0), bool(Fl(0)), list(Fl.R | Fl.W), Fl.W.value)
class IF(enum.IntFlag):
    A = 1; B = 2
print(IF.A | IF.B, repr(IF.A | 4), IF.A | 8, str(IF.A))
class S(str, enum.Enum):
    X = 'x'
print(S.X, S.X == 'x', S.X.upper(), repr(S.X), f'{S.X}')
class SE(enum.StrEnum):
    Y = enum.auto()
print(SE.Y, repr(SE.Y), SE.Y == 'y')
for f in [lambda: Color(9), lambda: Color['X'], lambda: setattr(Color, 'RED', 5)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
@enum.unique
class U(enum.Enum):
    A = 1
try:
    @enum.unique
    class U2(enum.Enum):
        A = 1; B = 1
except ValueError as e: print(e)
E2 = enum.Enum('E2', 'a b c'); print(list(E2), E2.b.value)
class M(enum.Enum):
    A = 1
    def describe(self): return f'{self.name}={self.value}'
    @classmethod
    def first(cls): return cls.A
print(M.A.describe(), M.first(), M.A in M, hash(M.A) == hash(M.A))
@dc.dataclass
class Pt:
    x: int
    y: int = 0
    tags: list = dc.field(default_factory=list)
p = Pt(1); print(p, p == Pt(1), dc.asdict(p), dc.astuple(p), dc.fields(p)[0].name, dc.replace(p, y=5), dc.is_dataclass(p))
@dc.dataclass(frozen=True, order=True)
class Fz:
    a: int
    b: str = 'z'
f = Fz(1); print(f, f < Fz(2), hash(f) == hash(Fz(1)), sorted([Fz(3), Fz(1, 'a')]))
try: f.a = 2
except dc.FrozenInstanceError as e: print(type(e).__name__, e)
try: Pt()
except TypeError as e: print(e)
try:
    @dc.dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e: print(e)
@dc.dataclass
class Pp:
    a: int
    b: int = dc.field(init=False, repr=False)
    def __post_init__(self): self.b = self.a * 2
print(Pp(3), Pp(3).b)
@dc.dataclass(slots=True)
class Sl:
    a: int
print(Sl(1), Sl.__slots__)
@dc.dataclass(kw_only=True)
class KW:
    a: int
print(KW(a=1))
T = typing.TypeVar('T')
def g(x: typing.List[int], y: typing.Optional[str] = None) -> typing.Dict[str, int]: return {}
print(typing.get_type_hints(g), typing.List[int], typing.Optional[str], typing.Union[int, str], typing.Callable[[int], str], typing.Tuple[int, ...], typing.Any, T, typing.get_origin(typing.List[int]), typing.get_args(typing.Dict[str, int]))
class NT(typing.NamedTuple):
    a: int
    b: str = 'x'
print(NT(1), NT._fields, NT(1)._asdict())
class TD(typing.TypedDict):
    a: int
print(TD(a=1), list[int], dict[str, int] == dict[str, int], int | str, typing.cast(int, 'x'), typing.Literal[1, 2])
class G(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
print(G[int](3).v, isinstance([], typing.Iterable) if False else '')
@typing.runtime_checkable
class Pr(typing.Protocol):
    def meth(self) -> None: ...
class Impl:
    def meth(self): pass
print(isinstance(Impl(), Pr), isinstance(1, Pr))
