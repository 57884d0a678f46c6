# The methods dataclasses generates: their signatures as inspect shows
# them (annotations, <factory>, keyword-only), names, modules, globals and
# closures; the class docstring; __match_args__ and instance dicts with
# init=False and KW_ONLY fields; recursive reprs; frozen errors; pprint.
import inspect
import pprint
import typing
from dataclasses import dataclass, field, KW_ONLY, InitVar, FrozenInstanceError, fields


class Tag:
    pass


@dataclass(order=True, frozen=True)
class C:
    a: int
    b: str = "x"
    c: list = field(default_factory=list)
    _: KW_ONLY
    d: int = 0


def show(cls):
    for n in ('__init__', '__repr__', '__eq__', '__lt__', '__le__', '__gt__', '__ge__',
              '__hash__', '__setattr__', '__delattr__'):
        f = cls.__dict__.get(n)
        if f is None or not hasattr(f, '__code__'):
            print(' ', n, f)
            continue
        print(' ', n, f.__qualname__, f.__name__, f.__module__, inspect.signature(f),
              f.__code__.co_freevars, f.__globals__ is globals(), f.__defaults__, f.__kwdefaults__)
    print('  doc:', cls.__doc__)
    print('  match_args:', cls.__match_args__ if '__match_args__' in cls.__dict__ else None)
    print('  signature:', inspect.signature(cls))


print('C'); show(C)
print(C.__init__.__annotations__)


@dataclass
class D:
    z: int = field(default=5, init=False)
    _: KW_ONLY
    k: Tag = None
    a: 'typing.List[int]' = field(default_factory=list)
    b: typing.Optional[int] = None
    c: list[int] = field(default_factory=list, repr=False)
    w: InitVar[int] = 3
    n: int = field(default_factory=lambda: 7, init=False)

    def __post_init__(self, w):
        self.seen = w


print('D'); show(D)
d = D(k=Tag(), b=1)
print(list(vars(d)), d.z, d.n, d.seen, repr(d).split('(')[0])
print([f.name for f in fields(d)])


@dataclass
class E:
    x: int
    y: float = 1.5

    def __init__(self, q, r=2):
        self.x, self.y = q, r


print('E'); show(E)


@dataclass(eq=False, repr=False)
class F:
    pass


print('F'); show(F)


@dataclass(unsafe_hash=True)
class G:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False, default=0)


print('G'); show(G)
print(hash(G(1, 2)) == hash((1,)), G(1, 2) == G(1, 3), G(1, 2, 3) == G(1, 2, 4))


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)


n = Node('root')
n.children.append(n)
n.children.append(Node('leaf'))
print(repr(n))
pprint.pprint(Node('a' * 30, [Node('b' * 30), Node('c' * 30, [Node('d' * 20)])]), width=40)


@dataclass
class OwnRepr:
    v: int

    def __repr__(self):
        return 'OwnRepr!'


pprint.pprint([OwnRepr(1)])

c = C(1, 'q', d=4)
print(c, c == C(1, 'q', [], d=4), c < C(2), c >= C(1, 'a'), C(1) < C(1, 'y'))
for stmt in ('c.a = 2', 'del c.b', 'c.zz = 1', 'C()', 'C(1, 2, 3, 4)', 'C(1, e=2)',
             'C(1) < 5', 'C.__lt__(C(1), 5)', 'C.__eq__(C(1), (1,))'):
    try:
        r = exec(stmt) if '=' in stmt.split('(')[0] or stmt.startswith('del') else eval(stmt)
        print(stmt, '->', r)
    except Exception as e:
        print(stmt, '->', type(e).__name__, e, isinstance(e, AttributeError))
for bad in ("@dataclass\nclass H:\n a: int = 1\n b: int\n",
            "@dataclass\nclass H:\n a: int = []\n",
            "@dataclass(order=True)\nclass H:\n a: int\n def __lt__(s, o): pass\n",
            "@dataclass(frozen=True)\nclass H:\n a: int\n def __setattr__(s, n, v): pass\n",
            "@dataclass(unsafe_hash=True)\nclass H:\n a: int\n def __hash__(s): return 1\n",
            "@dataclass(order=True, eq=False)\nclass H:\n a: int\n"):
    try:
        exec(bad, {'dataclass': dataclass})
        print('no error')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


@dataclass
class WithSelf:
    self: int
    other: int = 2


w = WithSelf(1)
print(w, inspect.signature(WithSelf.__init__), WithSelf.__doc__)


@dataclass(slots=True)
class S:
    a: int
    b: int = field(default=9, init=False)


s = S(1)
print(s, S.__slots__, S.__doc__, S.__match_args__)
