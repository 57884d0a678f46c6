# tokenize errors: unterminated statements/strings, bad dedent.
import io
import tokenize

CASES = [
    "x = (1,\n",
    "x = [\n  1,\n  2\n",
    's = """never\nclosed\n',
    "s = '''x",
    "x = 1 + \\\n",
    "if x:\n        a\n    b\n",
    "if x:\n  a\n b\n",
    "def f(:\n",
    "s = 'a\\\nb\\\n",
]

for src in CASES:
    print(repr(src))
    got = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            got.append((tokenize.tok_name[t.type], t.string, t.start, t.end))
        print('  ok', got)
    except tokenize.TokenError as e:
        print('  partial', got)
        print('  TokenError', e.args)
    except IndentationError as e:
        print('  partial', got)
        print('  IndentationError', e.args, e.msg, e.lineno, e.offset, repr(e.text))

print(issubclass(tokenize.TokenError, Exception),
      issubclass(tokenize.StopTokenizing, Exception))

# Generators are lazy: nothing is read until the first token is requested.
calls = []
def rl():
    calls.append(1)
    return ''
g = tokenize.generate_tokens(rl)
print(len(calls))
print(list(g), len(calls))

# tokenize() detects the encoding eagerly.
calls = []
def rlb():
    calls.append(1)
    return b''
g = tokenize.tokenize(rlb)
print(len(calls))
print([tuple(t) for t in g])
