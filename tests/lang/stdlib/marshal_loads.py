# marshal.loads / load: every type code CPython reads, back-references
# (shared and recursive objects keep their identity), interned strings come
# back interned, round trips in every version, and CPython's error messages
# for bad, short and too deeply nested data.
import marshal, sys, io

def t(label, f, *a):
    try:
        r = f(*a)
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

n = int('7')
values = [
    None, True, False, StopIteration, ..., 0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
    2**62, -2**63, 2**64 + n, -(n << 200), 12345678901234567890123456789,
    0.0, -0.0, 1.5, -2.25e-300, 1e308, float('inf'), -float('inf'), 0.1, 1 / 3,
    complex(1, -2), complex(-0.0, 1e10), '', 'a', 'hello', 'hello world', 'é' + 'x',
    '\u20ac\U0001f600', '\ud800x', 'x' * 300, 'é' * 300, b'', b'\x00\xff', b'z' * 1000,
    (), (1,), tuple(range(256)), tuple(range(300)), [], [1, [2, [3]]], {}, {'a': 1, 2: (3,)},
    frozenset(), frozenset([1, 2]),
]
for v in range(5):
    ok = True
    for x in values:
        y = marshal.loads(marshal.dumps(x, v))
        if type(y) is not type(x) or repr(y) != repr(x):
            ok = False
            print('mismatch', v, repr(x), repr(y))
    print('version', v, 'round trip', ok)
    s = marshal.loads(marshal.dumps({n, 'q', (1, 2)}, v))
    print('  set', type(s).__name__, sorted(s, key=repr))
    print('  nan', marshal.loads(marshal.dumps(float('nan'), v)))
    print('  -0.0', marshal.loads(marshal.dumps(-0.0 * n, v)))

# references preserve identity
shared = [n]
r = marshal.loads(marshal.dumps([shared, shared, (shared,)]))
print(r, r[0] is r[1], r[2][0] is r[0])
r = marshal.loads(marshal.dumps([shared, shared], 2))
print(r, r[0] is r[1])
rec = [n]
rec.append(rec)
r = marshal.loads(marshal.dumps(rec))
print(r[1] is r, r[0])
d = {'k': n}
d['self'] = d
r = marshal.loads(marshal.dumps(d))
print(r['self'] is r, r['k'])

# interned codes come back interned; others come back as equal values
for code in (b'Z\x03abb', b'A\x03\x00\x00\x00abb', b't\x03\x00\x00\x00abb'):
    s = marshal.loads(code)
    print(code, repr(s), s is sys.intern('ab' + 'b'[:1]))
print(repr(marshal.loads(b'z\x02\xe9\xff')))          # short ascii is read as latin-1
print(repr(marshal.loads(b'u\x02\x00\x00\x00\xc3\xa9')))
print(repr(marshal.loads(b'u\x03\x00\x00\x00\xed\xa0\x80')))  # surrogatepass
print(marshal.loads(b'I\x01\x00\x00\x00\x00\x00\x00\x80'))
print(marshal.loads(b'I\xff\xff\xff\xff\xff\xff\xff\xff'))
print(marshal.loads(b'f\x130.10000000000000001'), marshal.loads(b'f\x04-inf'))
print(marshal.loads(b'x\x011\x03-.5'))
print(marshal.loads(b'l\x00\x00\x00\x00'), marshal.loads(b'l\x01\x00\x00\x00\xff\x7f'))
print(marshal.loads(b'l\xfe\xff\xff\xff\x00\x00\x01\x00'))
print(marshal.loads(b'\xceN'), marshal.loads(b'\xe9\x05\x00\x00\x00'))
print(marshal.loads(b'[\x02\x00\x00\x00\xe9\x01\x00\x00\x00r\x00\x00\x00\x00'))
print(marshal.loads(b'[\x02\x00\x00\x00\xbe\x00\x00\x00\x00r\x00\x00\x00\x00'))
print(marshal.loads(b'[\x02\x00\x00\x00\xbe\x01\x00\x00\x00\xe9\x02\x00\x00\x00r\x01\x00\x00\x00'))
print(marshal.loads(b'{0'), marshal.loads(b'{N0'), marshal.loads(b'{i\x01\x00\x00\x00N0'))
print(marshal.loads(b'N trailing bytes are ignored'))
print(marshal.loads(bytearray(b'T')), marshal.loads(memoryview(b'.')))
print(marshal.loads(b'\xa9\x00'), marshal.loads(b'(\x00\x00\x00\x00'))

# errors
t('empty', marshal.loads, b'')
t('short int', marshal.loads, b'i\x01')
t('short str', marshal.loads, b'z\x05ab')
t('short str len', marshal.loads, b'z')
t('short tuple len', marshal.loads, b')')
t('short list', marshal.loads, b'[\x02\x00\x00\x00N')
t('short dict', marshal.loads, b'{NN')
t('bad float', marshal.loads, b'f\x03abc')
t('short float', marshal.loads, b'f')
t('short binary float', marshal.loads, b'g\x00\x00')
t('bad digit', marshal.loads, b'l\x01\x00\x00\x00\x00\x80')
t('unnormalized', marshal.loads, b'l\x01\x00\x00\x00\x00\x00')
t('long size', marshal.loads, b'l\x00\x00\x00\x80')
t('short long', marshal.loads, b'l\x02\x00\x00\x00\x01\x00')
t('unknown', marshal.loads, b'Q')
t('unknown ?', marshal.loads, b'?')
t('null', marshal.loads, b'0')
t('null in tuple', marshal.loads, b'(\x01\x00\x00\x000')
t('null in list', marshal.loads, b'[\x01\x00\x00\x000')
t('null in set', marshal.loads, b'<\x01\x00\x00\x000')
t('unhashable key', marshal.loads, b'{[\x00\x00\x00\x00N0')
t('unhashable in set', marshal.loads, b'<\x01\x00\x00\x00[\x00\x00\x00\x00')
t('bad utf8', marshal.loads, b'u\x02\x00\x00\x00\xff\xfe')
t('bytes size', marshal.loads, b's\xff\xff\xff\xff')
t('str size', marshal.loads, b'u\xff\xff\xff\xff')
t('ascii size', marshal.loads, b'a\xff\xff\xff\xff')
t('tuple size', marshal.loads, b'(\xff\xff\xff\xff')
t('list size', marshal.loads, b'[\xff\xff\xff\xff')
t('set size', marshal.loads, b'<\xff\xff\xff\xff')
t('bad ref', marshal.loads, b'r\x00\x00\x00\x00')
t('negative ref', marshal.loads, b'[\x01\x00\x00\x00r\xff\xff\xff\xff')
t('ref to frozenset being read', marshal.loads, b'\xbe\x01\x00\x00\x00r\x00\x00\x00\x00')
t('not bytes', marshal.loads, 'abc')
t('no args', marshal.loads)
t('deep', marshal.loads, b'[\x01\x00\x00\x00' * 2001 + b'N')
t('deep ok', lambda: len(marshal.loads(b')\x01' * 1999 + b'N')))

# load from files
buf = io.BytesIO()
for x in ([1, 'two', 3.0], {'k': (n, n)}, 2**100):
    marshal.dump(x, buf)
buf.write(b'trailing')
buf.seek(0)
for i in range(3):
    print('load', marshal.load(buf))
print('rest', buf.read())
t('load at end', marshal.load, io.BytesIO(b''))
t('load short', marshal.load, io.BytesIO(b'z\x05ab'))
t('load short len', marshal.load, io.BytesIO(b'z'))
t('load short int', marshal.load, io.BytesIO(b'i\x01'))
t('load not file', marshal.load, 1)
t('load no args', marshal.load)

class TextReader:
    def read(self, n):
        return 'x'
t('load text', marshal.load, TextReader())

class NoReadinto:
    def read(self, n):
        return b''
t('load no readinto', marshal.load, NoReadinto())

class Greedy:
    def read(self, n):
        return b''
    def readinto(self, b):
        return len(b) + 1
t('load too much', marshal.load, Greedy())

class Chunks:
    # a readinto that fills the buffer from a bytes source
    def __init__(self, data):
        self.data = data
    def read(self, n):
        r, self.data = self.data[:n], self.data[n:]
        return r
    def readinto(self, b):
        r = self.read(len(b))
        b[:len(r)] = r
        return len(r)
print('load custom', marshal.load(Chunks(marshal.dumps([(1, 'a'), {'b': 2.5}]))))

import os
name = 'marshal_loads_tmp.bin'
with open(name, 'wb') as fh:
    marshal.dump({'x': [1, 2]}, fh)
    marshal.dump('second', fh)
with open(name, 'rb') as fh:
    print('file', marshal.load(fh), marshal.load(fh))
    t('file end', marshal.load, fh)
os.remove(name)
