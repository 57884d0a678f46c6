from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError, InitVar, make_dataclass, KW_ONLY
import dataclasses
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1)
print(p, p == P(1), p != P(2), asdict(p), astuple(p), replace(p, y=5), [f.name for f in fields(p)], is_dataclass(p), is_dataclass(P))
try: P()
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
@dataclass(frozen=True)
class F:
    a: int
    b: str = 'x'
f = F(1)
try: f.a = 2
except FrozenInstanceError as e: print(type(e).__name__, e)
print(hash(f) == hash(F(1)), f)
@dataclass(order=True)
class O:
    a: int
    b: int
print(O(1, 2) < O(1, 3), sorted([O(2, 1), O(1, 5)]))
try: O(1,2) < 5
except TypeError as e: print(e)
@dataclass
class C:
    a: int
    b: int = field(default=3, repr=False)
    c: int = field(default=0, compare=False)
    def __post_init__(self): self.d = self.a * 2
c = C(2); print(c, c.d, C(2, 3, 1) == C(2, 3, 5))
@dataclass
class D(P):
    z: int = 9
print(D(1, 2, [3], 4), D.__init__.__doc__ if False else '')
try:
    @dataclass
    class M:
        x: list = []
except ValueError as e: print(e)
@dataclass(eq=False)
class NE: a: int
print(NE(1) == NE(1))
@dataclass
class IV:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.a *= scale
print(IV(3), IV(3, 10))
MD = make_dataclass('MD', ['x', ('y', int), ('z', int, field(default=5))])
print(MD(1, 2))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try: K(1)
except TypeError as e: print(e)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int = 1
print(K2(1, b=3))
@dataclass(slots=True)
class SL:
    a: int
print(SL(1), SL.__slots__)
@dataclass
class Nest:
    p: P
    ps: list
print(asdict(Nest(P(1), [P(2)])))
print(repr(field(default=1))[:6])
print(P.__dataclass_fields__['x'].type, P.__match_args__)
@dataclass(repr=False)
class NR: a: int
print(type(repr(NR(1))))
@dataclass
class Rec:
    a: 'Rec' = None
print(Rec(Rec()))
@dataclass(unsafe_hash=True)
class UH: a: int
print(hash(UH(1)) == hash(UH(1)))
