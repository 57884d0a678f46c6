# tokenize.generate_tokens / tokenize: every TokenInfo of tricky sources.
import io
import tokenize
from tokenize import TokenInfo, tok_name

SOURCES = [
    "x = 1\n",
    "def f(a, b=2):\n    return a + b  # add\n",
    "if x:\n    if y:\n        pass\n# comment at dedent\n    z = 1\nw\n",
    "x = (1 +\n     2)\ny = [\n  3,\n  # inside\n  4]\n",
    "a = 1 + \\\n    2\nb\n",
    's = """multi\nline\n  string"""\nt = 1\n',
    "s = 'abc\\\ndef'\n",
    "if 1:\n\tx = 1\n        y = 2\n",
    "café = 'ünï' + 名前\n",
    "x = 1",
    "x = 1\n# last comment",
    "if x:\n    y = 1",
    "n = [0, 00, 1_000, 0x_FF, 0b1010, 0o17, 1.5, .5, 5., 1e10, 1E-5, 1_0.0_1e+1_0, 3j, 1.5J, 0.e1j]\n",
    "x = 1if y else 2\n",
    "f = f'{x!r:>{w}}' + rb'\\d' + Br'x' + u'y' + F\"z\"\n",
    "a **= 2; b //= 3; c >>= 1; d <<= 1; e @= f; g -> h; i := j; k != l; ...\n",
    "x = $ ? !\n",
    "s = 'unterminated\ny = 2\n",
    "  \n\n\t\n# only comments\n\n",
    "",
    "x\r\ny\r\n",
    "async def f():\n    await g()\n",
    "match x:\n    case 1:\n        pass\n",
    "class A:\n    def m(self):\n        pass\n\n    x = 1\n",
    "x = {'a': [1, (2, 3)], **d}\n",
    "if x:\n    pass\n    \n",
    "x = 1 \\\n",
    "print(1)\f\nx\n",
    "'''abc'''\"\"\"d\"e\"\"\"\n",
    "x = '\\\\'\ny = \"\\\"\"\n",
    "`x`\n",
    "0x\n",
    "1__0\n",
    "a.b.c..d\n",
]


def show(tokens):
    for t in tokens:
        print(' ', t)
        if t.type == tokenize.OP:
            print('    exact', tok_name[t.exact_type])


for src in SOURCES:
    print(repr(src))
    try:
        show(tokenize.generate_tokens(io.StringIO(src).readline))
    except Exception as e:
        print('  ERR', type(e).__name__, e.args)
    print(' bytes:')
    try:
        show(tokenize.tokenize(io.BytesIO(src.encode('utf-8')).readline))
    except Exception as e:
        print('  ERR', type(e).__name__, e.args)

# Tuple behaviour of TokenInfo.
t = TokenInfo(tokenize.OP, '+=', (1, 2), (1, 4), 'x += 1\n')
print(t, t.exact_type, t.type, t[1], t._fields, tuple(t))
print(TokenInfo(tokenize.NAME, 'x', (1, 0), (1, 1), '').exact_type)
print(TokenInfo(tokenize.OP, '$', (1, 0), (1, 1), '').exact_type)

# A readline that raises StopIteration ends the input.
lines = iter(["x = (\n", "1)\n"])
print([(tok_name[t.type], t.string) for t in
       tokenize.generate_tokens(lambda: next(lines))])
