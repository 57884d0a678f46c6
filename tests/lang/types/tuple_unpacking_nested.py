# tuples: packing, nested unpacking, swapping, comparison chains
point = 3, 4
x, y = point
print(x, y, point)
records = [("ann", (1990, 5)), ("bob", (1985, 12))]
for name, (year, month) in records:
    print(name, year, month)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
print(min(records, key=lambda r: r[1]), sorted(records, key=lambda r: r[1][1]))
t = tuple(range(5))
print(t[::2], t[1:-1], t.count(3), 3 in t, len(t), t + (5,), t * 0)
print(tuple(map(str, t)), tuple(i for i in t if i % 2))
