def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

d = {1: "a", 2: "b", 3: "c"}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), list(reversed(k)), list(reversed(v)), list(reversed(i)))
d[4] = "d"
print(k, len(v), 4 in k, (4, "d") in i, (4, "x") in i, [4] in i, (1,) in i, "d" in v)
t("mapping", lambda: k.mapping)
t("mapping vals", lambda: v.mapping[1])
t("and", lambda: k & {2, 3, 9})
t("and rev", lambda: {2, 3, 9} & k)
t("or", lambda: k | [10, 1])
t("or rev", lambda: [10, 1] | k)
t("sub", lambda: k - {1})
t("sub rev", lambda: {1, 2, 99} - k)
t("xor", lambda: k ^ {1, 99})
t("items and", lambda: i & {(1, "a"), (2, "z")})
t("items sub", lambda: sorted(i - {(1, "a")}))
t("keys and keys", lambda: k & {2: 0, 5: 0}.keys())
t("type", lambda: type(k & k).__name__)
t("eq", lambda: (k == {1, 2, 3, 4}, k == {1, 2}, k != {1, 2}, i == {(1, "a"), (2, "b"), (3, "c"), (4, "d")}))
t("cmp", lambda: (k < {1, 2, 3, 4, 5}, k <= {1, 2, 3, 4}, k > {1}, k >= {1, 7}))
t("keys eq keys", lambda: {1: 0, 2: 0}.keys() == {2: 5, 1: 6}.keys())
t("values eq", lambda: d.values() == d.values())
t("keys eq list", lambda: k == [1, 2, 3, 4])
t("isdisjoint", lambda: (k.isdisjoint([7, 8]), k.isdisjoint({1}), i.isdisjoint([(1, "a")]), {}.keys().isdisjoint({}.keys())))
t("hash keys", lambda: hash(k))
t("hash items", lambda: hash(i))
t("sub bad", lambda: k - 1)
t("and bad", lambda: k & 1)
t("values ops", lambda: v | {1})
t("values rev", lambda: list(reversed({1: 2, 3: 4}.values())))
t("view types", lambda: (type(k).__name__, type(v).__name__, type(i).__name__))
t("iter types", lambda: (type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__, type(reversed(d)).__name__, type(reversed(i)).__name__, type(reversed(v)).__name__))
t("unhashable in keys", lambda: [] in k)
t("unhashable in items", lambda: ([], 1) in i)
t("nested repr", lambda: {1: {2: 3}.items()}.values())

# mutation during iteration
e = {1: 1, 2: 2}
try:
    for x in e:
        e[x + 10] = 0
except RuntimeError as ex:
    print("RuntimeError", ex)
e = {1: 1, 2: 2, 3: 3}
try:
    for x in e:
        del e[x]
        e[x + 100] = 0
except RuntimeError as ex:
    print("RuntimeError", ex)
print(e)
e = {1: 1, 2: 2}
it = iter(e.items())
print(next(it), it.__length_hint__())
e.pop(2)
try:
    next(it)
except RuntimeError as ex:
    print("RuntimeError", ex)
try:
    next(it)
except RuntimeError as ex:
    print("again RuntimeError", ex)
e = {1: 1}
try:
    for x in reversed(e):
        e[5] = 5
except RuntimeError as ex:
    print("RuntimeError", ex)
e = {1: 1, 2: 2}
for key in e:
    e[key] = 99
print(e)
ki = iter({})
print(list(ki), list(ki))
dd = {i: i for i in range(10)}
for j in range(0, 10, 2):
    del dd[j]
print(list(dd), list(reversed(dd)), list(reversed(dd.items()))[:2])
dk = dd.keys()
dd.clear()
print(dk, len(dk), list(dk))
class D(dict):
    pass
print(D(a=1).keys(), D(a=1).items())
r = {}
r[1] = r.keys()
print(r)
