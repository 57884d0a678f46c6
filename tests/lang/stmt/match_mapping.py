# match: mapping patterns (get-based lookup, **rest, custom mappings)
import collections
from collections.abc import Mapping
def m(v):
    match v:
        case {"a": 1, "b": b}: return ("a1", b)
        case {"a": a, **rest}: return ("a", a, sorted(rest.items()))
        case {1: x, -2: y, 1.5: z}: return ("nums", x, y, z)
        case {None: n, True: t}: return ("singletons", n, t)
        case {}: return "any mapping"
        case _: return "not a mapping"
for v in [{"a": 1, "b": 2}, {"a": 1}, {"a": 3, "c": 4, "d": 5}, {1: "x", -2: "y", 1.5: "z", 9: 9},
          {None: 0, True: 1}, {}, {"b": 1}, [("a", 1)], "a", None, collections.OrderedDict(a=7),
          type("X", (), {"a": 1}).__dict__]:
    print(m(v))
# defaultdict: no key is created by a failed lookup
d = collections.defaultdict(list)
match d:
    case {"missing": x}: print("matched?!")
    case _: print("no match", dict(d))
d["k"].append(1)
match d:
    case {"k": [x]}: print("defaultdict", x, len(d))
# **rest is a new dict without the matched keys
src = {"a": 1, "b": 2, "c": 3}
match src:
    case {"b": _, **rest}:
        rest["z"] = 0
        print(sorted(rest.items()), sorted(src.items()))
match {}:
    case {**rest}: print("empty rest", rest)
# a Mapping subclass: lookups go through get(); **rest uses keys()/getitem
class M(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k):
        print("  getitem", k)
        return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def get(self, k, default=None):
        print("  get", k)
        return self.d.get(k, default)
match M({"x": 1, "y": 2}):
    case {"x": 1, **others}: print("M", others)
match M({"x": 1}):
    case {"x": 1, "y": _}: print("M bad")
    case {"x": v}: print("M x", v)
class Registered:
    def __init__(self): self.d = {"r": 1}
    def get(self, k, default=None): return self.d.get(k, default)
    def __len__(self): return 1
Mapping.register(Registered)
match Registered():
    case {"r": v}: print("registered mapping", v)
# the length check comes first: get() is not called for too-short mappings
match M({}):
    case {"x": _}: print("?")
    case _: print("short mapping skipped")
# duplicate keys from value patterns are a run-time ValueError
class K:
    a = "same"
    b = "same"
try:
    match {"same": 1}:
        case {K.a: 1, K.b: 1}: print("?")
except ValueError as e:
    print("ValueError", e)
# get raising propagates
class BadGet(dict):
    def get(self, k, d=None): raise KeyError("boom")
try:
    match BadGet(a=1):
        case {"a": _}: pass
except KeyError as e:
    print("KeyError", e)
# unhashable key from a value pattern
class U:
    key = []
try:
    match {"a": 1}:
        case {U.key: _}: pass
except TypeError as e:
    print("TypeError", e)
