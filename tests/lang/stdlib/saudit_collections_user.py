import collections
from collections import UserDict, UserList, UserString, ChainMap, OrderedDict, defaultdict, Counter, deque
import collections.abc as cabc
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for cls, abcs in [(UserDict, ["MutableMapping", "Mapping"]), (UserList, ["MutableSequence", "Sequence"]), (UserString, ["Sequence", "Hashable"]), (ChainMap, ["MutableMapping"]), (OrderedDict, ["MutableMapping"]), (deque, ["MutableSequence"]), (Counter, ["MutableMapping"])]:
    print(cls.__name__, [issubclass(cls, getattr(cabc, a)) for a in abcs], [c.__name__ for c in cls.__mro__])

u = UserDict({"a": 1}, b=2)
print(u, len(u), u["a"], u.get("z", 0), "a" in u, list(u), u.data, type(u.copy()).__name__)
u["c"] = 3; del u["a"]; print(u, u.pop("b"), u.setdefault("d", 4), u, u.popitem(), u)
show("missing", lambda: u["zz"])
class UD(UserDict):
    def __missing__(self, key): return key * 2
print(UD()["x"], UD(a=1) == {"a": 1}, UD(a=1) | {"b": 2}, {"b": 2} | UD(a=1), type(UD() | {}).__name__)
v = UserDict(a=1); v |= {"z": 0}; print(v, repr(v), UserDict.fromkeys("ab", 1))
print(u.keys(), list(u.items()), list(u.values()))
show("init kw dict", lambda: UserDict(dict=1))
match u:
    case {"c": c}:
        print("mapping match", c)
match UserList([1, 2]):
    case [a, b]:
        print("seq match", a, b)
match UserString("ab"):
    case [a, b]:
        print("str seq match")
    case _:
        print("str not seq")

l = UserList([3, 1, 2])
l.append(4); l.sort(); print(l, l[0], l[1:3], type(l[1:3]).__name__, l + [5], [0] + l, l * 2, 2 * l, len(l))
l.insert(0, 9); l.remove(9); l.extend((7,)); print(l, l.pop(), l.pop(0), l, l.index(3), l.count(3), 3 in l)
l2 = l.copy(); l2.reverse(); print(l2, l < l2, l == [2, 3, 4], l != l2)
l += [8]; print(l); l *= 2; print(l); del l[0]; l[0] = 100; print(l)
print(l.__class__.__name__, repr(UserList()), UserList("ab"), sorted(UserList([2, 1])))
show("ul index missing", lambda: l.index(999))
print(list(reversed(UserList([1, 2]))), UserList([1, 2, 3])[::-1])
l.clear(); print(l)

s = UserString("Hello World")
print(s, repr(s), len(s), s[0], s[1:4], type(s[1:4]).__name__, s.upper(), type(s.upper()).__name__, s.split(), s.find("o"), s.count("l"))
print(s + "!", "!" + s, s * 2, s == "Hello World", s < "Z", "World" in s, hash(s) == hash("Hello World"), s.startswith("He"))
print(s.replace("l", "L"), s.lower(), s.center(15, "*"), s.zfill(13), s.strip("Hd"), s.partition(" "), s.encode(), str(s) is not s)
print(int(UserString("12")), float(UserString("1.5")), UserString("ab") % (), UserString("%s!") % "x", s.title(), s.isalpha(), s.join(["1", "2"]))
print(list(UserString("abc")), sorted(UserString("cab")), UserString(12), s.index("W"), s.rfind("l"), s.casefold(), s.format_map({}), s.isidentifier())
show("us index missing", lambda: s.index("zz"))
show("us getattr", lambda: s.nosuch)
print(s.data, s.splitlines(), s.swapcase(), s.expandtabs(), s.ljust(12, "."), s.rjust(12, "."), s.removeprefix("He"), s.removesuffix("ld"))

cm = ChainMap({"a": 1}, {"b": 2})
print(cm.keys(), type(cm.keys()).__name__, list(cm.values()), list(cm.items()), dict(cm | {"c": 3}), type(cm | {}).__name__)
x = ChainMap({}); x |= {"q": 1}; print(x)
print({"z": 1} | cm)
print(cm.popitem(), cm)
show("chain popitem", lambda: cm.popitem())
print(ChainMap.fromkeys("ab", 0), cm == ChainMap({}, {"b": 2}), cm.get("b"))

for obj, names in [
    ([], ["Iterable", "Sized", "Container", "Hashable", "Sequence", "MutableSequence", "Reversible", "Collection"]),
    ((), ["Hashable", "Sequence", "MutableSequence"]),
    ("s", ["Sequence", "Hashable"]),
    (b"s", ["ByteString", "Sequence"]),
    ({}, ["Mapping", "MutableMapping", "Hashable"]),
    (set(), ["Set", "MutableSet"]),
    (frozenset(), ["Set", "MutableSet", "Hashable"]),
    ({}.keys(), ["KeysView", "Set", "MappingView"]),
    ({}.items(), ["ItemsView", "Set"]),
    ({}.values(), ["ValuesView", "Collection"]),
    (iter([]), ["Iterator", "Iterable"]),
    ((x for x in []), ["Generator", "Iterator"]),
    (len, ["Callable"]),
    (1, ["Hashable", "Callable", "Iterable"]),
    (range(3), ["Sequence", "Reversible"]),
    (memoryview(b""), ["Sequence"]),
    (bytearray(), ["MutableSequence", "ByteString"]),
    (deque(), ["MutableSequence"]),
    (OrderedDict().keys(), ["KeysView"]),
]:
    print(type(obj).__name__, [isinstance(obj, getattr(cabc, n)) for n in names])
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class Sz:
    def __len__(self): return 0
class Ct:
    def __contains__(self, x): return False
class Cl:
    def __call__(self): pass
class NoHash:
    __hash__ = None
class Rv:
    def __iter__(self): return iter([])
    def __reversed__(self): return iter([])
class Aw:
    def __await__(self): yield
for o in [It(), Sz(), Ct(), Cl(), NoHash(), Rv(), Aw()]:
    print(type(o).__name__, [n for n in ["Iterable", "Iterator", "Sized", "Container", "Callable", "Hashable", "Reversible", "Awaitable", "AsyncIterable", "AsyncIterator", "Collection"] if isinstance(o, getattr(cabc, n))])
print(sorted(n for n in dir(cabc) if not n.startswith("_")))
class MySeq(cabc.Sequence):
    def __init__(self, d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
m = MySeq([1, 2, 3, 2])
print(list(m), 2 in m, m.index(2), m.count(2), list(reversed(m)))
show("abstract", lambda: cabc.Sequence())
show("abstract2", lambda: cabc.MutableMapping())
class MyMap(cabc.Mapping):
    def __getitem__(self, k): return {"a": 1}[k]
    def __iter__(self): return iter(["a"])
    def __len__(self): return 1
mm = MyMap(); print(mm.get("a"), mm.get("b"), list(mm.items()), mm == {"a": 1}, "a" in mm, list(mm.keys()), type(mm.keys()).__name__)
class MySet(cabc.Set):
    def __init__(self, it): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
a, b = MySet([1, 2]), MySet([2, 3])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, a == MySet([2, 1]), a.isdisjoint(b))
