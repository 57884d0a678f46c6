# which objects can be dict keys
d = {}
d[1] = "int"; d[2.5] = "float"; d["s"] = "str"; d[(1, 2)] = "tuple"; d[None] = "None"
d[frozenset([1])] = "frozenset"; d[b"b"] = "bytes"; d[True] = "overwrites 1"
print(d)
for k in [[1], {1: 2}, {1}, (1, [2])]:
    try:
        d[k] = 0
    except TypeError as e:
        print(type(e).__name__, e)
print(d[1.0], d[(1, 2)], d.get(0.0, "missing"))
nan = float("nan")
d2 = {nan: 1}
print(d2.get(nan), d2.get(float("nan")))
