# tuple/list unpacking
a, b = 1, 2
a, b = b, a
print(a, b)
[c, d] = "xy"
print(c, d)
(e, f), g = (1, 2), 3
print(e, f, g)
h, (i, (j, k)) = 1, (2, (3, 4))
print(h, i, j, k)
for (p, q) in {"a": 1, "b": 2}.items():
    print(p, q)
try:
    x, y = [1, 2, 3]
except ValueError as err:
    print(type(err).__name__, err)
try:
    x, y, z = [1, 2]
except ValueError as err:
    print(type(err).__name__, err)
try:
    x, y = 5
except TypeError as err:
    print(type(err).__name__, err)
l = [0, 0]
l[0], l[1] = "ab"
print(l)
