# zip()
print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1])), list(zip([1, 2], [])))
print(list(zip(range(5), "ab", [True] * 10)))
print(dict(zip("xyz", range(3))), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
