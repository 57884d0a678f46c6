# json.dumps: floats, int/float subclasses, key coercion, circular references,
# NaN/Infinity, ensure_ascii with surrogates, sort_keys errors, default,
# separators and indent, and the _json encoder objects used directly.
import json
from json import encoder


def show(obj, **kw):
    try:
        print(repr(json.dumps(obj, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
    __str__ = __repr__


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class Color:
    def __init__(self, n):
        self.n = n


FLOATS = [0.0, -0.0, 0.1, 1e16, 1e-5, 123456789012345.0, 1.5e300, 5e-324, 2.0 ** 53, -1.25,
          float('nan'), float('inf'), float('-inf')]
for f in FLOATS:
    show(f)
    show([f], allow_nan=False)
show([MyInt(5), MyFloat(2.5), MyStr('s'), True, False, None, 10 ** 30, -10 ** 19])
show({MyInt(3): 1, MyFloat(0.5): 2, True: 3, False: 4, None: 5, 2.5: 6, -7: 7, 10 ** 20: 8})
show({float('nan'): 1, float('inf'): 2})
show({float('nan'): 1}, allow_nan=False)
show({(1, 2): 3})
show({(1, 2): 3, 'a': 1, b'x': 2}, skipkeys=True)
show({(1, 2): 3}, skipkeys=True)
show({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True)
show({'b': 1, 2: 2}, sort_keys=True)
show({1: 'a', 2.5: 'b'}, sort_keys=True)
show(MyList([1, 2]))
show(MyDict(a=1))
show((1, (2, 3), []))
show([[], {}, [[]], [{}]])
show('plain')
show(MyStr('sub"str'))

# strings: escapes, ensure_ascii, surrogates
STRS = ['', 'abc', 'a"b\\c', '\x00\x01\x1f\x7f', '\b\f\n\r\t', '/', 'caf\u00e9',
        '\u2603', '\U0001f600', '\ud800', '\udc00', '\ud83d\ude00', 'x\udfffy', '\uffff',
        '\u0080\u07ff\u0800']
for s in STRS:
    show(s)
    show(s, ensure_ascii=False)
    show([s, {s: s}])
    show([s], ensure_ascii=False)
    print(repr(encoder.encode_basestring(s)), repr(encoder.encode_basestring_ascii(s)),
          encoder.py_encode_basestring(s) == encoder.encode_basestring(s),
          encoder.py_encode_basestring_ascii(s) == encoder.encode_basestring_ascii(s))

for f in (encoder.encode_basestring, encoder.encode_basestring_ascii):
    try:
        f(5)
    except TypeError as e:
        print('TypeError', e)

# circular references
a = []
a.append(a)
show(a)
d = {}
d['self'] = d
show(d)
show([d])
l2 = [1]
show([l2, l2, {'x': l2}])


class Loop:
    pass


show(Loop(), default=lambda o: [o])
show(Color(3), default=lambda o: {'color': o.n})
show([Color(1), Color(2)], default=lambda o: o.n)
show(Color(1))
show({1, 2})
show(b'bytes')
show(complex(1, 2))
show(Color(1), default=lambda o: Color(2) if o.n == 1 else 'done')


def bad_default(o):
    raise ValueError('nope ' + type(o).__name__)


show([1, Color(0)], default=bad_default)
show(a, check_circular=False) if False else print('skip deep')

# separators and indent
doc = {'a': [1, 2, {'b': None}], 'c': 'd', 'e': {}, 'f': []}
show(doc, separators=(',', ':'))
show(doc, indent=2)
show(doc, indent=0)
show(doc, indent='\t')
show(doc, indent='--', separators=(';', '='))
show(doc, indent=3, sort_keys=True)
show([1, [2, [3]]], indent=1)
show([], indent=4)
show({}, indent=4)


class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(MyEncoder().encode({'s': {3, 1, 2}}))
print(MyEncoder(indent=1).encode({'s': {3, 1, 2}}))
print(list(MyEncoder().iterencode({'s': {3, 1, 2}, 'n': [1.5, None]})))
print(''.join(json.JSONEncoder(indent=2).iterencode([1, {'a': [2]}])))

import io
buf = io.StringIO()
json.dump({'x': [1, 2, 'é'], 'y': {'z': None}}, buf, indent=1, ensure_ascii=False)
print(buf.getvalue())

# the C encoder object used directly
enc = encoder.c_make_encoder(None, None, encoder.encode_basestring_ascii, None, ':', ',',
                             False, False, True)
print(enc([1, {'a': 2}], 0), type(enc).__name__)
enc = encoder.c_make_encoder({}, lambda o: 'C%d' % o.n, lambda s: '<' + s + '>', None, '=', ';',
                             True, True, False)
try:
    print(enc({'b': 1, 'a': [Color(1), 2.5], (1,): 0}, 0))
except TypeError as e:
    print('TypeError', e)
print(enc({'b': 1, 'a': [Color(1), 2.5, 'q'], 'c': {3: 4}}, 0))
print(len(enc.markers), [type(v).__name__ for v in enc.markers.values()], enc.key_separator, enc.item_separator, enc.sort_keys, enc.skipkeys,
      enc.indent)
for args in [([], None, encoder.encode_basestring_ascii, None, ':', ',', True, False, True),
             (None, None, encoder.encode_basestring_ascii, None, 1, ',', True, False, True)]:
    try:
        encoder.c_make_encoder(*args)
    except TypeError as e:
        print('TypeError', e)
enc = encoder.c_make_encoder({}, None, lambda s: 5, None, ':', ',', True, False, True)
try:
    enc(['x'], 0)
except TypeError as e:
    print('TypeError', e)


class BadItems(dict):
    def items(self):
        return [(1, 2, 3)]


try:
    json.dumps(BadItems(a=1))
except ValueError as e:
    print('ValueError', e)


class OddItems(dict):
    def items(self):
        return [('z', 1), ('a', 2)]


show(OddItems(q=0))
show(OddItems(q=0), sort_keys=True)

# mutation by the default callback: the dict items were snapshotted
d = {'a': 1, 'b': Color(0), 'c': 3}
def mut(o):
    d['new'] = 1
    return 'x'
show(d, default=mut)
lst = [Color(0), 1]
def grow(o):
    lst.append(2)
    return 'g'
show(lst, default=grow)

import sys
deep = []
for i in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)
try:
    json.dumps(10 ** 5000)
except ValueError as e:
    print('ValueError', e)
