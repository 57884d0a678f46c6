# ast.parse + ast.dump over statements and expressions of every kind, with
# and without include_attributes (line/column positions), in all modes.
import ast

SRCS = [
    "pass", "break", "continue", "x = y = 1", "a, *b = c", "[a, b] = 1, 2", "x += 1", "x: int",
    "x: int = 3", "(x): int = 3", "a.b: int", "del a, b[1], c.d", "global a, b", "nonlocal a",
    "import a.b.c as d, e", "from . import x", "from ..a.b import (c as d, e)", "from a import *",
    "assert x, 'm'", "raise", "raise E from e", "return",
    "if a:\n  pass\nelif b:\n  pass\nelse:\n  pass",
    "while x:\n  break\nelse:\n  pass", "for i, j in k:\n  continue\nelse:\n  pass",
    "async def f():\n  async for x in y: pass\n  async with a as b, c: pass\n  await z",
    "with a as (b, c), d:\n  pass",
    "try:\n  pass\nexcept E as e:\n  pass\nexcept:\n  pass\nelse:\n  pass\nfinally:\n  pass",
    "try:\n  pass\nexcept* E:\n  pass", "@dec\n@dec2(1)\ndef f(a, b=2, *args, c, d=4, **kw): yield",
    "def g(a, /, b): yield from x", "def f(*, a): pass", "def f(a=1, /, b=2) -> 'r': pass",
    "lambda: 0", "lambda a, *, b=1: a", "class A: pass",
    "@d\nclass B(A, metaclass=M, **kw):\n  'doc'\n  x = 1",
    "class A:\n  @property\n  def x(self): return 1",
    "a and b or c", "not a", "-a", "+a", "~a", "a if b else c", "(x := 5)", "{}", "{1: 2, **d}",
    "{1, 2}", "[x for x in y if x if y for z in w]", "{x for x in y}", "{k: v for k, v in d}",
    "(x for x in y)", "async def f(): return [x async for x in y]",
    "a < b <= c > d >= e == f != g is h is not i in j not in k", "f(a, *b, c=1, **d)",
    "f(x for x in y)", "f'a{b}c{d!r:>{w}}e{f=}'", "f'{x!s}{y!a}'", "f'{3.14:.2f}'", "f'{x=!r:10}'",
    "f'{{}}'", "f'a' f'b'", "x = f'{a}' 'b' f'{c}'", "'a' 'b'", "u'x'", "b'a' b'c'",
    "1", "1.5", "1j", "0xff", "1_000", "1e400", "0o17 + 0b101", "x = 1.\ny = .5e-3\nz = 1_0.0_1j",
    "...", "None", "True", "a.b.c", "a[1]", "a[1:2]", "a[1:2, 3]", "a[::]", "a[:, ...]",
    "*a, b = c", "x = *a, *b", "x = 1 if y else 2", "x = -1", "x = - 1", "x = not not a",
    "a @ b - c * d / e // f % g ** h << i >> j | k ^ l & m", "x @= 1; y //= 2; z **= 3",
    "match x:\n  case 1 | 2: pass\n  case [a, *rest]: pass\n  case {'k': v, **r}: pass\n"
    "  case C(1, y=2) if g: pass\n  case None: pass\n  case True: pass\n  case -1: pass\n"
    "  case 1+2j: pass\n  case a.b: pass\n  case (x as y): pass\n  case _: pass\n"
    "  case [*_]: pass\n  case str(): pass",
    "x = '\\u00e9t\\xe9'", "s = 'é' + x", "é = 'ü' + f'{é!r}ü{x:{y}}'",
    "def f():\n  '''doc\n  more'''\n  pass", "a = [\n  1,\n  2,\n]",
    "if x:\n    y = (1 +\n         2)", "x = '''a\nb''' + \\\n  c", "f'''\n{a\n+b}\n'''",
    "print(*a, sep='')", "x[a, b] = 1", "(a) = 1", "((a, b)) = c", "x = yield", "(yield)",
    "f(**{'a': 1})", "@a.b\ndef f(): pass", "if 1:\n\tpass", "x = (  # c\n 1)",
    "with (a, b): pass", "with (a as b, c as d,): pass", "del (a, b), [c]", "for (a) in b: pass",
    "f(a)(b)[c].d", "print(1,)", "t = 1,", "t = ()", "x = {**a, 'b': 1}", "if a: b = 1; c = 2",
    "x = (1, (2))", "(a)[b]", "(a).b", "x = (b)", "f(a)[(b)]", "del (a)", "assert (a), (b)",
]
for s in SRCS:
    t = ast.parse(s)
    print(repr(s))
    print(ast.dump(t))
    print(ast.dump(t, include_attributes=True))
for s in ["1 + 2", "x", "[1, 2]", "\n\n(1 +\n x)"]:
    print(ast.dump(ast.parse(s, mode='eval'), include_attributes=True))
print(ast.dump(ast.parse("x = 1", mode='single'), include_attributes=True))
print(ast.dump(ast.parse(b"x = '\xc3\xa9'"), include_attributes=True))
print(ast.dump(ast.parse("x = [1, 2]"), indent='--'))
print(ast.dump(ast.parse("def f(a): return a"), indent=4, include_attributes=True))
print(ast.dump(ast.parse("f(1, [])"), indent=0))
print(ast.dump(ast.parse("x = 1").body[0], annotate_fields=False))
print(ast.dump(ast.parse("def f(): pass").body[0], annotate_fields=False))
