# tuples
t = (1, "a", [2])
print(t, len(t), t[1], t[-1], t[1:], t.index("a"), t.count(1), (1, 2) + (3,), (0,) * 3)
t[2].append(3)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(tuple("ab"), tuple([1]), tuple(), (), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))
print(hash((1, 2)) == hash((1, 2)), type(hash((1, "x"))).__name__)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
a, b = (1, 2)
print(a, b, (1,) == (1), (1,) == 1)
print(() is (), tuple(()) is ())
