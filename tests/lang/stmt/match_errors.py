# match statement: compile-time SyntaxErrors (message and location as CPython)
srcs = [
 "match x:\n    case y: pass\n    case 1: pass",
 "match x:\n    case _: pass\n    case 1: pass",
 "match x:\n    case [a, a]: pass",
 "match x:\n    case a | b: pass",
 "match x:\n    case 1 | a: pass",
 "match x:\n    case [a] | (b, c): pass",
 "match x:\n    case (1 | 2) as _: pass",
 "match x:\n    case f'x': pass",
 "match x:\n    case {'a': 1, 'a': 2}: pass",
 "match x:\n    case {1: 1, True: 2}: pass",
 "match x:\n    case {f'a': 1}: pass",
 "match x:\n    case C(a=1, a=2): pass",
 "match x:\n    case C(a=1, 2): pass",
 "match x:\n    case [*a, *b]: pass",
 "match x:\n    case 1 + 2: pass",
 "match x:\n    case 1j + 2: pass",
 "match x:\n    case -1 - 2j: pass",
 "match x:\n    case {**rest, 'a': 1}: pass",
 "match x:\n    case {**_}: pass",
 "match x:\n    case *a: pass",
 "match x:\n    case a as b as c: pass",
 "match x:\n    case 1 as 2: pass",
 "match x\n    case 1: pass",
 "match x:\ncase 1: pass",
 "match x:\n    case 1\n        pass",
 "match x:\n    case 1:\n    pass",
 "match x:\n    case __debug__: pass",
 "match x:\n    case [a, *a]: pass",
 "match x:\n    case {'k': a, **a}: pass",
 "match x:\n    case a.b(): pass\n    case x: pass\n    case y: pass",
 "match x:\n    case (x if x else y): pass",
 "match x:\n    case x if x: pass\n    case y: pass",
 "match x:\n    case [x] | x: pass",
 "match x:\n    case (a, b) | (b, a): pass",
 "match x:\n    case {**a, **b}: pass",
 "match x:\n    case C(__debug__=1): pass",
 "match x:\n    case a.b as c.d: pass",
 "match x:\n    case x if (y := 1): pass",
 "match x:\n    case 1 | 2 | x: pass\n    case 3: pass",
 "match x:\n    case x | 2: pass",
 "match x:\n    case x, y: pass",
 "match x:\n    case *_, : pass",
 "match x:\n    case -(1): pass",
 "match x:\n    case 1 +: pass",
 "match x:\n    pass",
 "match x:\n    case +1: pass",
 "match x:\n    case 'a' 'b': pass",
 "match x:\n    case b'a' 'b': pass",
 "match x:\n    case {None: 1, None: 2}: pass",
 "match x:\n    case {-0: 1, 0: 2}: pass",
 "match x:\n    case {a.b: 1, a.b: 2}: pass",
 "match x:\n    case 1.0j - 1: pass",
 "match x:\n    case C(1, a=[b, c], d=b): pass",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(s))
more = [
 "match x:\n    case {**rest, **r2}: pass",
 "match x:\n    case [*_, *_]: pass",
 "match x:\n    case C(x=_, x=_): pass",
 "match x:\n    case (a | b) as c: pass",
 "match x:\n    case [a, (b | b)]: pass",
 "match x:\n    case [(a | b), b]: pass",
 "match x:\n    case {1: _, 2: _, 1.0: _}: pass",
 "match x:\n    case _ if x:\n        pass\n    case 1: pass",
 "match x:\n    case a.b.c | a.b: pass\n    case _: pass",
 "match x:\n    case (x):\n        pass\n    case 2: pass",
 "match x:\n    case {}: pass\n    case []: pass\n    case (): pass\n    case _: pass",
 "match x:\n    case 0x10 | 0o7 | 0b1 | 1_000 | 1e3 | -1.5 | 2+3j | -2-3j: pass",
 "match x:\n    case C(a, b=c) as d: pass",
 "def f():\n    match x:\n        case y: nonlocal_thing = 1\n    return y",
]
for s in more:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(s))
