# frozenset
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, hash(f) == hash(frozenset({1, 2, 3})))
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f & {1})
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
print({frozenset(), frozenset([1])} == {frozenset([1]), frozenset()})
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset() == set(), frozenset([1]) == {1}, repr(frozenset()))
print(f.union([5]), f.copy() is f)
