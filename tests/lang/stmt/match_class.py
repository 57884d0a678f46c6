# match: class patterns, __match_args__, self-matching builtins, errors
class P:
    __match_args__ = ("x", "y")
    def __init__(s, x, y): s.x, s.y = x, y
class P3(P):
    __match_args__ = ("x", "y", "z")
    def __init__(s, x, y, z): super().__init__(x, y); s.z = z
class L:
    __match_args__ = ["x"]
class B:
    __match_args__ = (1,)
class D(P):
    __match_args__ = ("x", "x")
class Sub(int): pass
class Sub2(int):
    __match_args__ = ()
class Prop:
    __match_args__ = ("v",)
    @property
    def v(self):
        print("  get v")
        return 42
def t(src, v):
    try:
        exec(src, globals(), {"v": v})
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
t("match v:\n case P(1, 2, 3): pass", P(1, 2))
t("match v:\n case P(1, 2): print('m')", P(1, 2))
t("match v:\n case P3(a, b, c): print(a, b, c)", P3(1, 2, 3))
t("match v:\n case P(a, b): print(a, b)", P3(1, 2, 3))
t("match v:\n case P3(): print('p3')\n case P(): print('p')", P(0, 0))
t("match v:\n case L(1): pass", L())
t("match v:\n case L(): print('empty ok')", L())
t("match v:\n case B(1): pass", B())
t("match v:\n case D(1, 2): pass", D(1, 2))
t("match v:\n case P(1, x=1): pass", P(1, 2))
t("match v:\n case int(1, 2): pass", 1)
t("match v:\n case len(): pass", 1)
t("match v:\n case Sub(x): print(x)", Sub(5))
t("match v:\n case Sub2(x): print(x)", Sub2(5))
t("match v:\n case object(x): print(x)", 5)
t("match v:\n case P(z=1): print('m')\n case _: print('no z')", P(1, 2))
t("match v:\n case Prop(42): print('prop')", Prop())
t("match v:\n case P(x=1, y=2) | P(y=2): print('m')", P(1, 2))
t("match v:\n case P(y=2, x=1): print('kw order')", P(1, 2))
t("match v:\n case P(x=[a, *rest]): print(a, rest)", P([1, 2, 3], 0))
for v in [True, 1, 1.5, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 2}, {1}, frozenset([2]), None]:
    match v:
        case bool(x): print("bool", x)
        case int(x): print("int", x)
        case float(x): print("float", x)
        case str(x): print("str", x)
        case bytes(x): print("bytes", x)
        case bytearray(x): print("bytearray", x)
        case list(x): print("list", x)
        case tuple(x): print("tuple", x)
        case dict(x): print("dict", x)
        case set(x): print("set", x)
        case frozenset(x): print("frozenset", x)
        case _: print("other", v)
import collections
Pt = collections.namedtuple("Pt", "x y")
match Pt(1, 2):
    case Pt(x, y): print("namedtuple", x, y)
match Pt(1, 2):
    case tuple((a, b)): print("as tuple", a, b)
import dataclasses
@dataclasses.dataclass
class DC:
    a: int
    b: str = "b"
match DC(3):
    case DC(3, s): print("dataclass", s)
# class patterns on dotted names
class NS:
    P = P
match P(7, 8):
    case NS.P(x=7) as whole: print("dotted", whole.y)
# type checks go through __instancecheck__
class Meta(type):
    def __instancecheck__(cls, obj):
        print("  instancecheck", type(obj).__name__)
        return obj == "yes"
class Any(metaclass=Meta): pass
for v in ["yes", "no"]:
    match v:
        case Any(): print("Any matched", v)
        case _: print("Any missed", v)
# a missing attribute is a failed match, other errors propagate
class Raiser:
    __match_args__ = ("a",)
    @property
    def a(self): raise ValueError("from property")
t("match v:\n case Raiser(_): print('m')", Raiser())
class Missing:
    __match_args__ = ("nope",)
t("match v:\n case Missing(_): print('m')\n case _: print('missing -> no match')", Missing())
# captures in class bodies (names) and as closure cells
class Body:
    match [1, 2]:
        case [first, second]:
            total = first + second
print(Body.first, Body.second, Body.total)
def cells(v):
    match v:
        case {"f": f, "g": [g, *more]}:
            return lambda: (f, g, more)
    return None
print(cells({"f": 1, "g": [2, 3]})())
def glob(v):
    global G
    match v:
        case G: pass
glob("global capture")
print(G)
