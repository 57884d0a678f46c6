"""gen_json.py SEED [COUNT] -- random differential cases for the json module.

Builds COUNT random cases from SEED (random.Random(SEED): the same seed gives
the same cases on every interpreter) and prints one line per observable
result, so that live_diff.sh can compare gilpy's output with CPython 3.11's
line by line.  Covered:

  * dumps of random documents with random indent / sort_keys / separators /
    ensure_ascii / allow_nan / skipkeys / default, and the chunks of
    JSONEncoder.iterencode (with and without indent);
  * errors of dumps: unserializable values, bad keys, NaN with
    allow_nan=False, circular references;
  * loads of each dumps output (plain, object_hook, object_pairs_hook,
    parse_float, parse_int, parse_constant);
  * loads of random malformed documents (mutations of valid ones, and
    hand-picked broken fragments): JSONDecodeError msg, lineno, colno, pos;
  * float edge values, deep nesting, unicode (astral, lone surrogates,
    escapes) in both directions, raw_decode and strict=False.

Nothing printed depends on hash order or on object identity.
"""
import json
import math
import sys
import random

SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 1
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 100
R = random.Random(SEED)

FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 1e16, 1e-7, 1.7976931348623157e308,
          5e-324, 2.2250738585072014e-308, 123456789.125, 1e22, 1e21, 1e-5,
          float('inf'), float('-inf'), float('nan'), 3.141592653589793,
          0.30000000000000004, 9007199254740993.0, -2.5e-300]
INTS = [0, 1, -1, 7, 2**31, -2**63, 2**64, 10**30, -10**25, 255, 4300]
CHARS = ['a', 'b', 'Z', ' ', '"', '\\', '/', '\n', '\t', '\r', '\b', '\f',
         '\x00', '\x1f', '\x7f', 'é', 'ß', '\u2028', '\u2029', '€', '中',
         '\ufeff', '\uffff', '\U0001f600', '\U00010000', '\U0010ffff',
         '\ud800', '\udfff', '\udbff', '\udc00']


def rstr(n=None):
    if n is None:
        n = R.randint(0, 6)
    return ''.join(R.choice(CHARS) for _ in range(n))


def rscalar():
    k = R.randint(0, 9)
    if k == 0:
        return None
    if k == 1:
        return R.choice([True, False])
    if k in (2, 3):
        return R.choice(INTS) if R.random() < 0.5 else R.randint(-10**6, 10**6)
    if k in (4, 5):
        if R.random() < 0.5:
            return R.choice(FLOATS)
        return R.uniform(-1e6, 1e6) * 10.0 ** R.randint(-30, 30)
    return rstr()


def rkey():
    k = R.randint(0, 12)
    if k == 0:
        return R.randint(-5, 5)
    if k == 1:
        return R.choice([True, False, None])
    if k == 2:
        return R.choice(FLOATS[:14])
    return rstr(R.randint(0, 4))


def rvalue(depth):
    k = R.randint(0, 5)
    if depth <= 0 or k < 3:
        return rscalar()
    if k == 3:
        return [rvalue(depth - 1) for _ in range(R.randint(0, 4))]
    if k == 4:
        return tuple(rvalue(depth - 1) for _ in range(R.randint(0, 3)))
    d = {}
    for _ in range(R.randint(0, 4)):
        d[rkey()] = rvalue(depth - 1)
    return d


class Odd:
    """A value json cannot serialize (default= handles it)."""

    def __init__(self, v):
        self.v = v


def rodd(depth):
    v = rvalue(depth)
    k = R.randint(0, 3)
    if k == 0:
        return Odd(v)
    if k == 1:
        return [v, Odd(R.randint(0, 9))]
    if k == 2:
        return {'k': complex(1, 2)} if R.random() < 0.5 else [b'x']
    return {(1, 2): v} if R.random() < 0.5 else [frozenset()]


def default(o):
    if isinstance(o, Odd):
        return {'odd': o.v}
    if isinstance(o, complex):
        return [o.real, o.imag]
    raise TypeError('no default for ' + type(o).__name__)


def show(x):
    """repr of a loaded value; floats through repr so nan/-0.0 are visible."""
    return ascii(x)


def err(e):
    s = type(e).__name__ + ': ' + str(e)
    if isinstance(e, json.JSONDecodeError):
        s += ' [msg=%r lineno=%d colno=%d pos=%d]' % (e.msg, e.lineno, e.colno, e.pos)
    return ascii(s)


def attempt(f):
    try:
        return 'ok ' + show(f())
    except (ValueError, TypeError, RecursionError, OverflowError) as e:
        return 'err ' + err(e)


def dump_options():
    opts = {}
    if R.random() < 0.5:
        opts['indent'] = R.choice([None, 0, 1, 2, 4, '', '\t', '--', ' '])
    if R.random() < 0.4:
        opts['sort_keys'] = True
    if R.random() < 0.4:
        opts['separators'] = R.choice([(',', ':'), (', ', ': '), (';', '='), (' ,', ' : '), ('', '')])
    if R.random() < 0.4:
        opts['ensure_ascii'] = False
    if R.random() < 0.15:
        opts['allow_nan'] = False
    if R.random() < 0.2:
        opts['skipkeys'] = True
    if R.random() < 0.3:
        opts['default'] = default
    return opts


def optstr(opts):
    return ','.join('%s=%s' % (k, 'fn' if k == 'default' else ascii(opts[k]))
                    for k in sorted(opts))


def dumps_case(i):
    opts = dump_options()
    obj = rodd(3) if R.random() < 0.2 else rvalue(R.randint(0, 4))
    # sort_keys with mixed key types raises TypeError in both; keep it
    out = attempt(lambda: json.dumps(obj, **opts))
    print(i, 'dumps', optstr(opts), out)
    try:
        enc = json.JSONEncoder(**opts)
        chunks = list(enc.iterencode(obj))
        print(i, 'chunks', ascii(chunks))
    except (ValueError, TypeError) as e:
        print(i, 'chunks err', err(e))
    if not out.startswith('ok '):
        return
    text = json.dumps(obj, **opts)
    print(i, 'loads', attempt(lambda: json.loads(text)))
    k = R.randint(0, 5)
    if k == 0:
        print(i, 'hook', attempt(lambda: json.loads(text, object_hook=lambda d: sorted(d.items()))))
    elif k == 1:
        print(i, 'pairs', attempt(lambda: json.loads(text, object_pairs_hook=lambda p: ['P'] + p)))
    elif k == 2:
        print(i, 'pfloat', attempt(lambda: json.loads(text, parse_float=lambda s: 'F' + s,
                                                      parse_int=lambda s: 'I' + s)))
    elif k == 3:
        print(i, 'pconst', attempt(lambda: json.loads(text, parse_constant=lambda s: 'C' + s)))
    elif k == 4:
        print(i, 'bytes', attempt(lambda: json.loads(text.encode('utf-8', 'surrogatepass'))))
    else:
        print(i, 'raw', attempt(lambda: json.JSONDecoder().raw_decode(text + '  [1]')))


FRAGMENTS = ['', ' ', '{', '}', '[', ']', ',', ':', '"', '\\', '\\u', '\\u12', '\\ud800',
             '\\udc00\\ud800', '\\x', 'tru', 'nul', 'NaN', '-Infinity', 'Infinity', '-',
             '01', '1.', '1e', '.5', '-0', '1E+', '\n', '\t', '\x00', '\x1f', 'é',
             '"a"', '1', '{"a":1}', '[1,2]', '\ud800', '\u2028', '/*', '+1', '0x1']


def mutate(text):
    k = R.randint(0, 3)
    if not text:
        return R.choice(FRAGMENTS)
    p = R.randint(0, len(text))
    if k == 0:
        return text[:p] + text[p + 1:]
    if k == 1:
        return text[:p] + R.choice(FRAGMENTS) + text[p:]
    if k == 2:
        return text[:p]
    q = R.randint(0, len(text))
    return text[:min(p, q)] + text[max(p, q):]


def malformed_case(i):
    if R.random() < 0.3:
        doc = ''.join(R.choice(FRAGMENTS) for _ in range(R.randint(1, 5)))
    else:
        base = json.dumps(rvalue(R.randint(1, 3)), indent=R.choice([None, 1, 2]),
                          ensure_ascii=R.random() < 0.5)
        doc = base
        for _ in range(R.randint(1, 2)):
            doc = mutate(doc)
    strict = R.random() < 0.8
    print(i, 'bad', ascii(doc), strict,
          attempt(lambda: json.loads(doc, strict=strict)))


def nesting_case(i):
    depth = R.randint(1, 120)
    kind = R.randint(0, 2)
    if kind == 0:
        doc = '[' * depth + str(R.randint(0, 9)) + ']' * depth
    elif kind == 1:
        doc = '{"k":' * depth + 'null' + '}' * depth
    else:
        doc = '[{"a":' * depth + '[]' + '}]' * depth
    if R.random() < 0.3:
        doc = doc[:-R.randint(1, 3)]
    r = attempt(lambda: json.loads(doc))
    print(i, 'nest', depth, kind, r if len(r) < 200 else r[:60] + '...' + str(len(r)))
    v = None
    try:
        v = json.loads(doc)
    except ValueError:
        pass
    if v is not None:
        ind = R.choice([None, 1])
        s = json.dumps(v, indent=ind)
        print(i, 'nest-dumps', len(s), ascii(s[:80]), ascii(s[-40:]))


def string_case(i):
    s = rstr(R.randint(0, 12))
    print(i, 'str', ascii(s), ascii(json.dumps(s)), ascii(json.dumps(s, ensure_ascii=False)))
    # a JSON text written by hand with random escapes
    parts = []
    for _ in range(R.randint(0, 6)):
        k = R.randint(0, 5)
        if k == 0:
            parts.append('\\u%04x' % R.choice([0x41, 0xe9, 0xd800, 0xdbff, 0xdc00, 0xdfff,
                                               0xfffe, 0x0, 0x1f, 0x2028]))
        elif k == 1:
            parts.append('\\' + R.choice('"\\/bfnrtu0a\''))
        elif k == 2:
            parts.append('\\ud83d\\ude00')
        else:
            parts.append(R.choice(CHARS))
    doc = '"' + ''.join(parts) + '"'
    print(i, 'str-loads', ascii(doc), attempt(lambda: json.loads(doc)),
          attempt(lambda: json.loads(doc, strict=False)))


def number_case(i):
    k = R.randint(0, 2)
    if k == 0:
        f = R.choice(FLOATS) if R.random() < 0.5 else \
            R.uniform(-10, 10) * 10.0 ** R.randint(-320, 308)
        s = attempt(lambda: json.dumps(f))
        print(i, 'float', ascii(repr(f)), s, attempt(lambda: json.dumps([f], allow_nan=False)))
        if not math.isnan(f):
            print(i, 'float-rt', attempt(lambda: json.loads(json.dumps(f)) == f))
    else:
        doc = R.choice(['', '-']) + R.choice(['0', '1', '12', '9' * R.randint(1, 30)])
        if R.random() < 0.6:
            doc += '.' + ''.join(R.choice('0123456789') for _ in range(R.randint(0, 20)))
        if R.random() < 0.5:
            doc += R.choice('eE') + R.choice(['', '+', '-']) + str(R.randint(0, 400))
        print(i, 'num', ascii(doc), attempt(lambda: json.loads(doc)),
              attempt(lambda: json.loads(doc, parse_int=float, parse_float=str)))


def circular_case(i):
    a = []
    d = {'x': a}
    a.append(d if R.random() < 0.5 else a)
    print(i, 'circ', attempt(lambda: json.dumps(d)),
          attempt(lambda: json.dumps(a, indent=1)))


CASES = [dumps_case, dumps_case, dumps_case, malformed_case, malformed_case,
         nesting_case, string_case, number_case, circular_case]

for i in range(COUNT):
    R.choice(CASES)(i)
