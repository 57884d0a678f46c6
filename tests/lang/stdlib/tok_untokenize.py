# tokenize.untokenize: full-tuple round trips and (type, string) compat mode.
import io
import tokenize

SOURCES = [
    "x = 1\n",
    "def f(a, b=2):\n    return a + b  # add\n",
    "if x:\n    if y:\n        pass\n# c\n    z = 1\nw\n",
    "x = (1 +\n     2)\n",
    "a = 1 + \\\n    2\n",
    's = """multi\nline"""\nt = 1\n',
    "class A:\n    def m(self):\n        return 'a' 'b'\n\n    x = [1,\n         2]\n",
    "x = 1",
]

for src in SOURCES:
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    out = tokenize.untokenize(toks)
    print(repr(out), out == src)
    again = list(tokenize.generate_tokens(io.StringIO(out).readline))
    print('  same tokens:', [t[:2] for t in again] == [t[:2] for t in toks])
    pairs = [t[:2] for t in toks]
    compat = tokenize.untokenize(pairs)
    print('  compat', repr(compat))
    again = list(tokenize.generate_tokens(io.StringIO(compat).readline))
    print('  compat same:', [t[:2] for t in again if t.type not in (tokenize.NL,)]
          == [t[:2] for t in toks if t.type not in (tokenize.NL,)])
    # bytes mode: ENCODING token makes the result bytes
    btoks = list(tokenize.tokenize(io.BytesIO(src.encode()).readline))
    print('  bytes', repr(tokenize.untokenize(btoks)))
    print('  bytes compat', repr(tokenize.untokenize(t[:2] for t in btoks)))

# Positions going backwards are rejected.
try:
    tokenize.untokenize([(tokenize.NAME, 'a', (1, 5), (1, 6), ''),
                         (tokenize.NAME, 'b', (1, 2), (1, 3), '')])
except ValueError as e:
    print('ValueError', e)
u = tokenize.Untokenizer()
u.prev_row, u.prev_col = 1, 3
u.add_whitespace((3, 2))
print(u.tokens)
print(repr(tokenize.untokenize([(tokenize.NAME, 'a'), (tokenize.OP, '='), (tokenize.NUMBER, '1'),
                                (tokenize.STRING, "'x'"), (tokenize.STRING, "'y'")])))
