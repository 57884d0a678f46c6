# allow_nan=False error messages (found by tests/diff/gen_json.py): CPython
# encodes indented output in Python, whose message names the value, and
# unindented one-shot output in C, whose message does not; iterencode always
# runs the Python encoder.
import json

values = [float('nan'), float('inf'), float('-inf'), [1.5, float('inf')],
          {'k': [float('-inf')]}, {float('nan'): 1}, {float('inf'): 1}]
for v in values:
    for indent in (None, 0, 2, '', '\t'):
        try:
            r = json.dumps(v, allow_nan=False, indent=indent)
        except ValueError as e:
            r = 'ValueError: %s' % e
        print(ascii(v), repr(indent), r)
    enc = json.JSONEncoder(allow_nan=False)
    for f in (enc.encode, lambda o: list(enc.iterencode(o))):
        try:
            r = f(v)
        except ValueError as e:
            r = 'ValueError: %s' % e
        print('  ', r)
    try:
        r = list(json.JSONEncoder(allow_nan=False, indent=1).iterencode(v))
    except ValueError as e:
        r = 'ValueError: %s' % e
    print('  ', r)
# allowed: the JSON-ish spellings, in keys too
print(json.dumps({float('nan'): float('inf'), float('-inf'): [float('nan')]}, indent=1))
print(json.dumps([float('-inf')], sort_keys=True, separators=(',', ':')))
