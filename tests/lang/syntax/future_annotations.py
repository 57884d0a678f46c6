# PEP 563: with `from __future__ import annotations` every annotation is
# stored as CPython's unparsed source text and never evaluated.
from __future__ import annotations

def show(f):
    for k, v in f.__annotations__.items():
        print(f"{k:>8}: {v!r}")

# names used only in annotations need not exist
def f(a: undefined, b: list[int], c: "str" = 1, *args: int, d: dict[str, int | None], **kw: Any) -> Tuple[int, ...]:
    pass
show(f)

def g(x: list[int], y: "str" = 1) -> dict[str, int | None]: pass
show(g)

def posonly(a: int, /, b: float = 2.0, *, c: 'bytes' = b'') -> None: pass
show(posonly)

# operators and precedence
def ops(
    a: a + b * c,
    b: (a + b) * c,
    c: a - (b - c),
    d: (a - b) - c,
    e: a ** b ** c,
    f: (a ** b) ** c,
    g: -a ** 2,
    h: (-a) ** 2,
    i: - - a,
    j: ~a + +b,
    k: not a,
    l: a and b or c,
    m: a and (b or c),
    n: not (a and b),
    o: a < b <= c == d != e > f >= g,
    p: a is not b,
    q: a not in b in c,
    r: a | b ^ c & d << e >> f,
    s: (a | b) & c,
    t: a @ b / c // d % e,
    u: (not a) + 1,
    v: (a < b) < c,
    w: a if b else c,
    x: (a if b else c) if d else e,
    y: a if (b if c else d) else e,
    z: (a, b),
): pass
show(ops)

def more(
    a: (),
    b: (1,),
    c: [1, 2, [3]],
    d: {1, 2},
    e: {},
    f: {'a': 1, **d, 2: (3, 4)},
    g: [x for x in y if x if not x],
    h: {x: y for x, y in z},
    i: {x for x in range(3) for y in x},
    j: (x for x in y),
    k: f(x for x in y),
    l: f((x for x in y), 1),
    m: f(a, *b, c=1, **d),
    n: f(),
    o: a.b.c,
    p: 1 .real,
    q: 1.5.real,
    r: a[1:2],
    s: a[::],
    t: a[1:2:3, ::2, :],
    u: a[b, c],
    v: a[(b, c)],
    w: a[b,],
    x: a[()],
    y: a[-1],
    z: a[lambda: 1],
): pass
show(more)

def lambdas(
    a: lambda: 0,
    b: lambda x: x,
    c: lambda x, y=1, *z, k, l=2, **m: 0,
    d: lambda *a: a,
    e: lambda *, k: k,
    f: lambda **kw: kw,
    g: lambda x, /, y: 0,
    h: lambda: (yield),
    i: lambda: (yield 1),
    j: lambda: (yield from x),
    k: lambda: (lambda: 1),
    l: (lambda: 1)(),
    m: f(lambda: 1),
    n: [lambda: 1, lambda x: x if x else 0],
): pass
show(lambdas)

def consts(
    a: 1,
    b: 0x10,
    c: 1_000_000,
    d: 1.50,
    e: 1e100,
    f: 1e400,
    g: 1j,
    h: 1e400j,
    i: 2.5j,
    j: None,
    k: True,
    l: False,
    m: ...,
    n: 'single',
    o: "double",
    p: "it's",
    q: 'say "hi"',
    r: '''both ' and "''',
    s: b'bytes\x00\xff',
    t: u'unicode',
    u: 'tab\tnl\n\\',
    v: 'é\u20ac',
    w: 'a' 'b',
    x: -1,
    y: -1.5,
    z: 10**100,
): pass
show(consts)

def fstrings(
    a: f'x',
    b: f'{x}',
    c: f'{x!r}',
    d: f'{x!s:>10}',
    e: f'{x:{w}.{p}}',
    f: f'{x=}',
    g: f'{x=:>5}',
    h: f"{'q'}",
    i: f'{{}}',
    j: f'{ {1: 2} }',
    k: f'{(lambda: 1)()}',
    l: f'{a if b else c}',
    m: f'{a, b}',
    n: f'a{b}c{d!a}e',
    o: 'x' f'{y}' 'z',
    p: f'{x:{{}}>5}',
): pass
show(fstrings)

def starred(*args: *Ts, **kw: int): pass
show(starred)

def misc(
    a: a[*b],
    b: a[b:c, d:e:f, (g, h)],
    c: await_,
    d: a.b(c)[d].e,
    e: (a.b)(c),
    f: (-1) ** 2,
    g: (1).real,
    h: -(1).real,
    i: not -a,
    j: a.b.c[1:-1],
): pass
show(misc)

def edge(
    a: (a < b) + c,
    b: (lambda: 1) if a else b,
    c: a if b else lambda: c,
    d: [*a, *b],
    e: (*a, b),
    f: f(*(a or b)),
    g: {**(a or b)},
    h: f(**a or b),
    i: f'{f"{x}"}',
    j: [x for x in y if (lambda: 1)],
    k: [x for x in (a if b else c)],
    l: [x for x, in y],
    m: (a, b)[0],
    n: '\x7f\x00',
    o: 18446744073709551616,
    p: 1e16,
    q: 0.1,
    r: 1e-5,
    s: 0j,
    t: -0.0,
    u: café,
    v: (-1).real,
    w: {1: lambda: 2},
    x: a[b if c else d:],
    y: a[1:2,],
    z: 'ab\'"',
): pass
show(edge)

def edge2(
    a: b'\'"',
    b: '\ud800',
    c: f'{x!r:^{w}}' f'{y}',
    d: a.__b,
    e: a()(),
    f: a[b][c],
    g: not not a,
    h: a if not b else c,
    i: (a for b in c for d in e if f),
    j: {a: b for a in b if c},
    k: a < (b < c),
    l: -(a + b),
    m: (a + b).c,
    n: (a.b)[c],
    o: 2 ** -1,
    p: a ** -b,
    q: f(a=lambda: 1),
    r: x[a:b:c],
    s: x[:b],
    t: x[a:],
    u: x[::c],
    v: x[1:2][3],
    w: 'multi\nline',
    x: f'''{x}
y''',
    y: rb'raw\n',
    z: R'raw\n',
): pass
show(edge2)

class K:
    def m(self, __a: __T, b: 'K') -> K: pass
show(K.m)
