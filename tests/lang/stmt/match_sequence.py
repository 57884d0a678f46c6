# match: sequence patterns, star patterns, or/as patterns and binding order
import collections
from collections.abc import Sequence
def s(v):
    match v:
        case []: return "empty"
        case [x]: return ("one", x)
        case [1, *mid, 9]: return ("1..9", mid)
        case [first, *_, last]: return ("ends", first, last)
        case _: return "no"
for v in [[], (), [5], (5,), [1, 2, 3, 9], [1, 9], [3, 4, 5, 6], range(4), collections.deque([7, 8]),
          memoryview(b"xyz"), "ab", b"ab", bytearray(b"ab"), "a", {1: 2}, {1, 2}, iter([1, 2]), 5]:
    print(type(v).__name__, s(v))
# a Sequence subclass: only __len__ and __getitem__ are used
class Seq(Sequence):
    def __init__(self, items): self.items = items
    def __len__(self):
        print("  len")
        return len(self.items)
    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]
match Seq([1, 2, 3, 4]):
    case [a, *_, b]: print("subscr path", a, b)
match Seq([1, 2, 3]):
    case [a, *rest]: print("unpack path", a, rest)
match Seq([1, 2]):
    case [_, _, _]: print("?")
    case [*_]: print("length mismatch then star")
# nested patterns and or-patterns with captures in different orders
def o(v):
    match v:
        case [x, 0] | [0, x]: return ("zero pair", x)
        case (a, b) | {"a": a, "b": b} if a == b: return ("same", a)
        case [(1 | 2) as small, *_] : return ("small", small)
        case [[a, b], [c, d]] | [[a, b, c, d]]: return ("nested", a, b, c, d)
        case str() | bytes() as text: return ("text", text)
        case {"k": [1, *r]} | {"k": (2, *r)}: return ("k", r)
    return "none"
for v in [[3, 0], [0, 4], [5, 5], {"a": 6, "b": 6}, [1, 7, 8], [[1, 2], [3, 4]], [[5, 6, 7, 8]],
          "txt", b"by", {"k": [1, 2, 3]}, {"k": (2,)}, [9, 8]]:
    print(o(v))
# bindings happen only after the whole pattern matched; a failed guard keeps them
y = "unbound"
match [1, 2]:
    case [y, 3]: pass
    case _: pass
print("y after failed case:", y)
match [1, 2]:
    case [y, z] if z > 5: print("?")
    case _: print("guard failed, y =", y, "z =", z)
# the subject is evaluated once
def subj():
    print("  subject evaluated")
    return [1, 2]
match subj():
    case [9]: pass
    case [1, 3]: pass
    case [1, x]: print("x =", x)
# guards see the captures, and are evaluated lazily in order
def g(tag, r):
    print("  guard", tag)
    return r
match (1, 2):
    case (a, b) if g("first", False): pass
    case (a, b) if g("second", a < b): print("second case", a, b)
    case _ if g("never", True): pass
# value patterns use ==, singletons use is
class Eq:
    def __eq__(self, other):
        print("  __eq__ called")
        return True
class Consts:
    ONE = 1
    E = Eq()
match 1.0:
    case Consts.ONE: print("1.0 == Consts.ONE")
match 1:
    case True: print("?")
    case 1: print("1 is not True")
match 0:
    case False: print("?")
    case None: print("?")
    case _: print("0 is neither False nor None")
match Eq():
    case 5: print("Eq() == 5 via reflected __eq__")
match "x":
    case Consts.E: print("value pattern calls __eq__")
match 2 + 3j:
    case 2 + 3j: print("complex literal")
match -0.5:
    case -0.5: print("negative float literal")
match "ab":
    case "a" "b": print("concatenated string literal")
# walrus in the guard, match in a comprehension's function
match [1]:
    case [v] if (w := v + 1): print("walrus guard", v, w)
print([(lambda q: (lambda: q))(i)() for i in range(2)])
def classify(items):
    out = []
    for it in items:
        match it:
            case int() | float() as num if num < 0: out.append("neg")
            case int(): out.append("int")
            case [*_]: out.append("seq")
            case _: out.append("?")
    return out
print(classify([1, -2, -1.5, [1], (), "s", 2.5]))
