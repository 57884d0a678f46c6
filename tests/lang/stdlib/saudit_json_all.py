import json, os
from collections import OrderedDict
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
doc = {"b": [1, 2.5, None, True, False, "x\u00e9\n\"\\"], "a": {"z": [], "y": {}}, "c": 1e100, "d": -0.0, "e": 10**20, "\u2603": "\U0001f600"}
print(json.dumps(doc))
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc, indent="\t", ensure_ascii=False))
print(json.dumps(doc, separators=(",", ":")))
print(json.dumps([1, [2, []], {}], indent=0))
print(json.dumps({"a": 1}, indent=-1), json.dumps([1], indent=""), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5, False: 6}))
show("tuple key", lambda: json.dumps({(1, 2): 3}))
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
show("nan", lambda: json.dumps(float("nan")))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
show("nan strict", lambda: json.dumps([float("inf")], allow_nan=False))
show("set", lambda: json.dumps({1, 2}))
print(json.dumps({1, 2} and [1], default=list), json.dumps({3}, default=lambda o: sorted(o)))
show("circular", lambda: (lambda l: (l.append(l), json.dumps(l)))([]))
show("circular d", lambda: (lambda d: (d.__setitem__("a", d), json.dumps(d)))({}))
print(json.dumps("\u0000\u001f\u007f\u2028"), json.dumps("\ud800"))
print(json.dumps(3.0), json.dumps(0.1), json.dumps(1e-7), json.dumps(123456789012345678901234567890.0), json.dumps(-1))
class MyInt(int): pass
class MyFloat(float): pass
class MyStr(str): pass
print(json.dumps([MyInt(3), MyFloat(1.5), MyStr("s")]), json.dumps({MyStr("k"): 1}))
print(json.dumps(OrderedDict([("b", 1), ("a", 2)]), sort_keys=True), json.dumps((1, 2)))
show("sort mixed", lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
enc = json.JSONEncoder(indent=1, separators=(",", ": "))
print(enc.encode([1, {"a": 2}]), ''.join(json.JSONEncoder().iterencode([1, "a"])))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps(2 + 1j, cls=E))
show("default err", lambda: json.dumps(object(), cls=E) and None)
show("bytes", lambda: json.dumps(b"x"))
print(json.dumps("a", ensure_ascii=True), json.dumps(True), json.dumps(None))

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "\\u00e9\\ud83d\\ude00\\n"], "b": {}}'))
print(json.loads(' [1 , 2 ] '), json.loads('"x"'), json.loads('1.0'), json.loads('-0'), json.loads('1E+2'), json.loads(b'[1]'), json.loads(bytearray(b'{}')))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"b": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: ("H", d), object_pairs_hook=lambda p: ("P", p)))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10), json.loads('[NaN]', parse_constant=lambda c: c))
print(json.loads('1.10', parse_float=lambda s: s))
for bad in ['', ' ', '[', '[1,]', '{"a" 1}', '{"a":1,}', '[1 2]', 'tru', 'nul', '"abc', '"\\x"', '"\\u12"', '{1: 2}', '[1]x', '\n\n  [\n 1,\n ]', '01', '-', '1.', '1e', '"a\tb"', '{"a":', '[1,\n2,\n', '"\\ud800"', 'NaNx', '[-Infinity', '\ufeff[1]', '{"a":1 "b":2}', "'a'", '[1,,2]', '{,}', '"\x7f"']:
    try:
        print(repr(bad), repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), "JSONDecodeError", e.msg, e.lineno, e.colno, e.pos, str(e))
print(ascii(json.loads('"\\ud800"')), json.loads('"\x7f"') == "\x7f")
show("strict", lambda: json.loads('"a\nb"', strict=False))
show("loads int", lambda: json.loads(1))
show("loads bom bytes", lambda: json.loads(b'\xef\xbb\xbf[1]'))
show("loads utf16", lambda: json.loads('[1]'.encode("utf-16")))
print(issubclass(json.JSONDecodeError, ValueError))
e = json.JSONDecodeError("msg", "ab\ncd", 4); print(e, e.doc, e.pos, e.lineno, e.colno, e.args)
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} tail'), dec.raw_decode('[2]'), dec.decode(' 3 '))
show("raw_decode ws", lambda: dec.raw_decode(' 1'))
with open("_saudit_tmp.json", "w") as f:
    json.dump(doc, f, indent=1, sort_keys=True)
with open("_saudit_tmp.json") as f:
    print(json.load(f) == doc)
with open("_saudit_tmp.json") as f:
    print(len(f.read()))
os.remove("_saudit_tmp.json")
big = json.loads("[" * 100 + "]" * 100); print(len(big))
print(json.dumps("x" * 3, indent=None), json.dumps({"k": [1, {"n": None}]}, indent=3, separators=(",", ":")))
print(json.dumps({"a": 1, "b": 2}, separators=(";", "=")))
print(json.__all__ if hasattr(json, "__all__") else None)
