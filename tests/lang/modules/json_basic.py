import json
from collections import OrderedDict
for s in ['', '1 2', '{"a":1,}', '[1,]', '{a:1}', '{"a" 1}', '{"a":1 "b"}', '[1 2]', '"abc', '"a\x01b"', '"a\\qb"', '"\\u12"', '"\\ud800"', '[', '{', '{"a":', 'nul', 'tru', '-', '01', '1.', '.5', '1e', '[-]', 'NaN', '-Infinity', '"\\ud83d\\ude00"','\n\n  x', '{"a"', ' [1, 2, 3] ', '1.5e3', '-0', '-0.0', '12345678901234567890', '[1,\n2,\n}', '{"a": {"b": [1, 2.5, null, true, false, "x\\ny"]}}', '"\\/\\b\\f\\t\\r"', '{"a":1,"a":2}', '1E+2', '"\\"', '"abc\\']:
  try: print(repr(s), repr(json.loads(s)))
  except ValueError as e: print(repr(s), type(e).__name__, e, e.pos, e.lineno, e.colno)
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"x": 1.5, "y": None, "z": True}, "empty": [], "e2": {}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, indent='\t'))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps("héllo ✓ 😀 \x00 \x1f \x7f"), json.dumps("héllo ✓ 😀", ensure_ascii=False))
print(json.dumps([float('nan'), float('inf'), -float('inf'), 1e100, 0.1, -0.0, 10**30, True]))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e'}))
print(json.dumps((1, 2)), json.dumps('x'), json.dumps(None), json.dumps(OrderedDict([('b', 1), ('a', 2)])))
for bad, kw in [({1, 2}, {}), ({(1, 2): 3}, {}), (float('nan'), {'allow_nan': False}), (object, {})]:
    try: json.dumps(bad, **kw)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
print(json.dumps({1, 2} if False else {'s': {3}}, default=lambda o: sorted(o)))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps({'c': 1 + 2j}, cls=Enc), Enc().encode([1j]))
print(json.loads('{"a": 1, "b": 2}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float))
print(json.loads(b'{"k": "v"}'), json.loads(bytearray(b'[1]')))
try: json.loads(5)
except TypeError as e: print(e)
import io
f = io.StringIO(); json.dump({'a': [1, 2]}, f, indent=1); print(f.getvalue()); print(json.load(io.StringIO(f.getvalue())))
print(json.dumps(json.loads('{"a": [1, 2, {"b": "c"}]}')) == '{"a": [1, 2, {"b": "c"}]}')
print(json.JSONDecodeError.__mro__[1], issubclass(json.JSONDecodeError, ValueError))
print(json.dumps([{}], indent=2), json.dumps({'a': []}, indent=2))
print(json.dumps(3.0), json.dumps(1/3), json.dumps(-5), json.dumps(""))
import enum
class E(enum.IntEnum):
    A = 1
print(json.dumps([E.A, {E.A: 2}]))
print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}}, sort_keys=True, indent=1))
try: json.dumps({1: 2, 'a': 3}, sort_keys=True)
except TypeError as e: print(e)
