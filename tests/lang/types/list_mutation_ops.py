# in-place list operations and aliasing
a = [1, 2]
b = a
a *= 2
print(a, b, a is b)
a[len(a):] = [5]
print(b)
a.extend(a)
print(a)
c = [0] * 3
c[1] = [0] * 2
print(c)
d = list(range(5))
d[1:4] = []
print(d)
e = [3, 1]
e += "xy"
print(e)
try:
    e + "xy"
except TypeError as err:
    print(type(err).__name__, err)
