# Randomized differential test of json: a seeded generator (its own LCG, so
# the sequence does not depend on the random module) builds nested values,
# encodes them with varied options, decodes them back, and mutates encoded
# documents into malformed ones. Every result line feeds a checksum; the
# first cases of each kind are printed in full.
import json

state = 12345


def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n


ALPHABET = ['a', 'b', 'Z', '0', ' ', '"', '\\', '/', '\n', '\t', '\x00', '\x1f', '\x7f',
            '\u00e9', '\u2603', '\U0001f600', '\ud800', '\udc00', '\uffff', '{', ']', ',', ':']


def rstr():
    return ''.join(ALPHABET[rnd(len(ALPHABET))] for _ in range(rnd(8)))


def rfloat():
    k = rnd(10)
    if k == 0:
        return float(rnd(1000)) / (rnd(999) + 1)
    if k == 1:
        return -0.0
    if k == 2:
        return float(rnd(1 << 30)) * 10.0 ** (rnd(600) - 300)
    if k == 3:
        return [float('nan'), float('inf'), float('-inf')][rnd(3)]
    return (rnd(1 << 40) - (1 << 39)) / float(1 << rnd(60))


def rvalue(depth):
    k = rnd(12 if depth < 4 else 7)
    if k == 0:
        return None
    if k == 1:
        return rnd(2) == 0
    if k == 2:
        return rnd(2000) - 1000
    if k == 3:
        return (rnd(1 << 62) - (1 << 61)) * (10 ** rnd(25))
    if k == 4:
        return rfloat()
    if k in (5, 6):
        return rstr()
    if k in (7, 8, 9):
        return [rvalue(depth + 1) for _ in range(rnd(5))]
    d = {}
    for _ in range(rnd(5)):
        kk = rnd(6)
        key = rstr() if kk < 3 else (rnd(100) if kk == 3 else (rfloat() if kk == 4 else [None, True, False][rnd(3)]))
        d[key] = rvalue(depth + 1)
    return d


checksum = 0


def emit(line, show):
    global checksum
    for ch in line:
        checksum = (checksum * 31 + ord(ch)) % 1000000007
    if show:
        print(line)


def attempt(f):
    try:
        return 'OK ' + repr(f())
    except json.JSONDecodeError as e:
        return 'JSONDecodeError %s @%d (%d:%d)' % (e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        return '%s %s' % (type(e).__name__, e)


OPTIONS = [
    {}, {'ensure_ascii': False}, {'sort_keys': True}, {'indent': 2},
    {'separators': (',', ':')}, {'allow_nan': False}, {'indent': '\t', 'ensure_ascii': False},
    {'skipkeys': True, 'sort_keys': True},
]

errors = {}
roundtrip_ok = 0
for case in range(600):
    v = rvalue(0)
    opts = OPTIONS[rnd(len(OPTIONS))]
    text = attempt(lambda: json.dumps(v, **opts))
    emit('dumps %r -> %s' % (sorted(opts), text), case < 15)
    if text.startswith('OK'):
        s = json.dumps(v, **opts)
        back = attempt(lambda: json.loads(s))
        emit('loads -> %s' % back, case < 15)
        again = attempt(lambda: json.dumps(json.loads(s), **opts))
        if again == text:
            roundtrip_ok += 1
        emit('again %s' % again, False)
        # malformed variants
        for m in range(4):
            if not s:
                break
            pos = rnd(len(s) + 1)
            how = rnd(4)
            if how == 0:
                bad = s[:pos] + s[pos + 1:]
            elif how == 1:
                bad = s[:pos] + ALPHABET[rnd(len(ALPHABET))] + s[pos:]
            elif how == 2:
                bad = s[:pos]
            else:
                bad = s[:pos] + ALPHABET[rnd(len(ALPHABET))] + s[pos + 1:]
            res = attempt(lambda: json.loads(bad))
            strict_res = attempt(lambda: json.loads(bad, strict=False))
            emit('bad %r -> %s | %s' % (bad, res, strict_res), case < 5)
            key = res.split(' @')[0] if res.startswith('JSONDecodeError') else res.split(' ')[0]
            errors[key] = errors.get(key, 0) + 1

print('roundtrip same text:', roundtrip_ok)
for k in sorted(errors):
    print(k, errors[k])
print('checksum', checksum)
