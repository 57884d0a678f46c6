# Which objects the cyclic collector tracks (CPython 3.11 rules), and that
# objects recycled through the type free lists come back fresh.
import gc


class A:
    pass


class D(dict):
    pass


print("atoms:", gc.is_tracked(1), gc.is_tracked(1.5), gc.is_tracked("s"), gc.is_tracked(b"b"))
print("empty containers:", gc.is_tracked([]), gc.is_tracked(()), gc.is_tracked(set()))
print("new tuples are tracked:", gc.is_tracked((1, 2)), gc.is_tracked((1, [])))
print("instances:", gc.is_tracked(A()), gc.is_tracked(D()), gc.is_tracked(D(a=1)))

# dicts built by the script: untracked until a key or value that may hold
# references is stored (gilpy tracks instance __dict__s and **kwargs dicts
# from the start: see dictobject.c)
print("dict literals:", gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
d = {}
d["x"] = 1
print("after an atom:", gc.is_tracked(d))
d["y"] = [1]
print("after a list:", gc.is_tracked(d))
del d["y"]
print("stays tracked after the delete:", gc.is_tracked(d))
print("dict(a=1):", gc.is_tracked(dict(a=1)), "fromkeys with []:", gc.is_tracked(dict.fromkeys("a", [])))
d = {}
d.setdefault("k", [])
print("setdefault:", gc.is_tracked(d))
d = {}
d.update({"a": [1]})
print("update:", gc.is_tracked(d))
x = {"a": 1}
x |= {"b": []}
print("|=:", gc.is_tracked(x))
src = {"a": 1}
print("copies of an untracked dict:", gc.is_tracked(src.copy()), gc.is_tracked(dict(src)), gc.is_tracked({**src}))
src = {"a": []}
print("copies of a tracked dict:", gc.is_tracked(src.copy()), gc.is_tracked(dict(src)), gc.is_tracked({**src}))

print("tuple key:", gc.is_tracked({(1, 2): 1}))
print("comprehension:", gc.is_tracked({i: i for i in range(3)}), gc.is_tracked({i: [i] for i in range(3)}))
o = A()
o.x = 1
o.y = []
print("instance __dict__ with a list:", gc.is_tracked(o.__dict__))

# cycles through dicts are still found
a = A()
a.d = {"self": a}
del a
print("instance/dict cycle collected:", gc.collect() >= 2)
d = {}
d[1] = d
del d
print("self-referencing dict collected:", gc.collect() >= 1)

# recycled objects start fresh
for i in range(3):
    lst = []
    print("fresh list:", lst, len(lst), gc.is_tracked(lst))
    lst.extend(range(i))
    del lst
for i in range(3):
    dd = {}
    print("fresh dict:", dd, len(dd))
    dd[i] = [i]
    del dd
vals = []
for i in range(200):
    t = (i, i + 1)
    f = i * 0.5
    vals.append((t[1] - t[0], f * 2 == i))
print("tuples and floats reused correctly:", all(v == (1, True) for v in vals))
pairs = [tuple(range(n)) for n in range(25)]
del pairs
again = [tuple(range(n)) for n in range(25)]
print("tuples of every free-list size:", all(t == tuple(range(n)) for n, t in enumerate(again)))
print("float churn:", sum(float(i) / 2 for i in range(1000)))
