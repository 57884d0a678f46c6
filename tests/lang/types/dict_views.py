# keys/values/items views are live; keys and items support set operations
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
print(list(k), list(v), list(it), len(k))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(("a", 1) in it, ("a", 2) in it, 3 in v, "a" in k)
print(sorted(it & {("a", 1), ("b", 9)}))
print(k == {"a", "b", "c", "d"}, type(k).__name__, type(v).__name__, type(it).__name__)
print(d.keys().isdisjoint({"x"}), list(reversed(d.keys())))
try:
    v & v
except TypeError as e:
    print(type(e).__name__, e)
print(d.values() == d.values())
