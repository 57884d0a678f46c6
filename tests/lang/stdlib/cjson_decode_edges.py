# json.loads: error messages and positions (ASCII and non-ASCII text),
# escapes, surrogates, numbers, hooks, memo sharing, scanner API.
import json
from json import decoder, scanner


def show(doc, **kw):
    try:
        print(repr(doc), '->', repr(json.loads(doc, **kw)))
    except json.JSONDecodeError as e:
        print(repr(doc), 'JSONDecodeError', e.msg, '| pos', e.pos, 'line', e.lineno, 'col', e.colno)
    except Exception as e:
        print(repr(doc), type(e).__name__, e)


DOCS = [
    '', ' ', '[', '{', ']', '}', '[1,]', '[1 2]', '[1,2', '{"a":}', '{"a" 1}', '{"a":1,}',
    '{,}', '{"a":1 "b":2}', '[1}', '{"a"', '{"a":', '{"a":1', '"abc', '"a\\', '"\\u12',
    '"\\u123"', '"\\u12x4"', '"\\ud800\\u12x4"', '"\\ud800\\udc00', '"\\ud800\\udc00"',
    '"\\ud800\\udc00x"', '"\\ud83d\\ude00"', '"\\udc00\\ud800"', '"\\ud800"', '"\\ud800\\u0041"',
    '"\\ud800\\"', '"\\ud800\\\\"', '"\\q"', '"\x01"', '"\x1f"', '"\x7f"', '"\\/\\b\\f\\n\\r\\t\\"\\\\"',
    '-', '-a', '1.', '1e', '1e+', '1e5', '1E-5', '01', '-0', '-0.0', '0.5e', '1.5e+3x', '.5', '+1',
    'nul', 'null', 'tru', 'true', 'false', 'fals', 'NaN', 'NaN1', 'Infinity', '-Infinity',
    '[-Infinity, NaN, Infinity]', '-Inf', 'nan', '12345678901234567890123',
    '-9223372036854775808', '9223372036854775807', '999999999999999999', '1e400', '-1e400',
    '1e-400', '0.1', '2.5e-3', '123.456e78',
    '[\n1,\n2\n,]', '{\n"a"\n:\n1\n,\n}', '\n\n  x', '[1]\n x', '  [1]  ', '\t\r\n 7 \t\r\n',
    '\u00e9', '["\u00e9", x]', '"\u00e9\u2603\U0001f600" x', '["\U0001f600", 1,]',
    '{"\u00e9":1 "b"}', '"\u00e9\x01"', '"\U0001f600\\q"', '"\u00e9\\u12"',
    '["\ud800", 1]', '"\ud800\\n"', '"a\ud800b" z', '\ufeff[1]', '[1] [2]',
    '{"a": [1, {"b": [true, false, null]}]}', '[[[[]]]]', '{"a":{"a":{"a":{}}}}',
    '{"a":1,"a":2}', '{"b":1,"a":2,"b":3}',
]
for d in DOCS:
    show(d)

# strict=False allows raw control characters inside strings
show('"a\nb\x00c"', strict=False)
show('"a\nb"')
show('{"k\tk": "v\x1fv"}', strict=False)

# hooks
show('{"a": 1, "b": [1.5, 2]}', object_hook=lambda d: sorted(d.items()))
show('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=lambda p: p)
show('{}', object_pairs_hook=lambda p: ('pairs', p))
show('{}', object_hook=lambda d: ('hook', d))
show('[1, 2.5, 3e2, -0]', parse_int=lambda s: ('int', s), parse_float=lambda s: ('float', s))
show('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'const:' + s)
show('[1.25]', parse_float=str)
show('[10]', parse_int=float)

class MyInt(int):
    pass
r = json.loads('[1, 22]', parse_int=MyInt)
print([type(x).__name__ for x in r], r)

# bytes input and encodings
for b in [b'[1, "a"]', '["\u00e9"]'.encode('utf-8'), '["\u00e9"]'.encode('utf-16'),
          '["x"]'.encode('utf-16-le'), '["x"]'.encode('utf-16-be'),
          '["x"]'.encode('utf-32'), '["x"]'.encode('utf-32-le'), b'\xef\xbb\xbf["x"]',
          bytearray(b'{"a": 1}')]:
    print(json.loads(b))
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)

# keys of equal text share one object within a document
r = json.loads('[{"key": 1}, {"key": 2}]')
k1, k2 = list(r[0])[0], list(r[1])[0]
print(k1 is k2)

# raw_decode and decode
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'))
print(dec.raw_decode('xx"s"', 2))
try:
    dec.raw_decode(' 1')
except json.JSONDecodeError as e:
    print('raw_decode', e)
print(dec.decode(' {"a" : [ ] } '))

# scanstring: the module-level function and the Python fallback agree
for f in (decoder.scanstring, decoder.py_scanstring):
    print(f('"abc" x', 1), f('xx"\\u00e9\\ud83d\\ude00"', 3), f('"\u00e9\u2603" \u00e9', 1))
    print(f('"a\nb"', 1, False))
    for args in [('abc', 5), ('abc', -1), (1, 0), ('abc', 3), ('"abc', 1), ('"a\x02"', 1),
                 ('"\\x"', 1), ('"\\u00zz"', 1), ('\u00e9"\u00e9\\', 2)]:
        try:
            print(f(*args))
        except json.JSONDecodeError as e:
            print('JSONDecodeError', e)
        except Exception as e:
            print(type(e).__name__, e)

# the scanner object: C and Python versions behave the same
for mk in (scanner.make_scanner, scanner.py_make_scanner):
    sc = mk(json.JSONDecoder())
    print(sc('[1, 2] x', 0), sc('  "a"', 2), sc('\u00e9\u00e9[1,"\u00e9"]', 2))
    for args in [('x', 0), ('[x', 0), ('1', 5), ('1', 1), ('[1, {"a": }]', 0)]:
        try:
            print(sc(*args))
        except StopIteration as e:
            print('StopIteration', e.value)
        except Exception as e:
            print(type(e).__name__, e)
try:
    scanner.make_scanner(json.JSONDecoder())('1', -1)
except ValueError as e:
    print('ValueError', e)

# deep nesting
import sys
for d in ['[' * 100000, '{"a":' * 100000]:
    try:
        json.loads(d)
    except RecursionError as e:
        print('RecursionError', e)
print(len(str(json.loads('[' * 50 + ']' * 50))))

# huge integers: int_max_str_digits applies
try:
    json.loads('1' * 5000)
except ValueError as e:
    print('ValueError', e)
print(json.loads('7' * 4300) % 1000)
