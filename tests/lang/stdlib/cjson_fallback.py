# json without its C accelerator: the pure-Python fallback (what the json
# package uses when _json cannot be imported) gives the same results.
import sys
sys.modules['_json'] = None
for name in [n for n in sys.modules if n == 'json' or n.startswith('json.')]:
    del sys.modules[name]
import json
from json import decoder, encoder, scanner
print(decoder.c_scanstring, scanner.c_make_scanner, encoder.c_make_encoder,
      encoder.c_encode_basestring, encoder.c_encode_basestring_ascii)
print(decoder.scanstring is decoder.py_scanstring, scanner.make_scanner is scanner.py_make_scanner)

DOCS = ['[1,]', '[1 2]', '{"a":}', '{"a" 1}', '{"a":1,}', '"abc', '"\\u12x4"', '"\\q"', '"\x01"',
        '-', '1.', '01', 'NaN', '[-Infinity]', '{"a": [1, 2.5, "\u00e9\\ud83d\\ude00"], "b": null}',
        '"\ud800\\n"', '  [true, false]  x', '["\U0001f600", 1,]', '{"a":1,"a":2}', '""', '"\\u 12f"']
for d in DOCS:
    try:
        print(repr(d), repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), 'JSONDecodeError', e)
    except Exception as e:
        print(repr(d), type(e).__name__, e)
print(json.loads('[1, {"x": 2}]', object_pairs_hook=lambda p: p))
VALUES = [[1, 2.5, None, True, 'caf\u00e9\n\ud800\U0001f600'], {'b': [], 'a': {}, 3: -0.0},
          {float('inf'): float('nan')}, 'x"y']
for v in VALUES:
    for kw in [{}, {'ensure_ascii': False}, {'indent': 2, 'sort_keys': True}, {'separators': (',', ':')}]:
        try:
            print(ascii(json.dumps(v, **kw)))
        except TypeError as e:
            print('TypeError', e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps({1: 2, 'a': 3}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
