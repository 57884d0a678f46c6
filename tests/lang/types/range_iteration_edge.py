# range edge cases
print(list(range(0)), list(range(-1)), list(range(1, 1)), list(range(5, 0)), list(range(0, -5, -1)))
print(range(0, 10, 3)[-1], range(0, 10, 3)[-4], list(range(10)[::-3]), list(range(10)[8:2:-2]))
r = range(-10, 10, 4)
print(list(r), len(r), -6 in r, -7 in r, 1.0 in range(3), "a" in range(3))
print(range(3) == range(0, 3), range(0, 0) == range(1, 1), range(0, 5, 2) == range(0, 6, 2), hash(range(3)) == hash(range(0, 3)))
print(r.index(2), r.count(2), r.count(3))
try:
    r.index(3)
except ValueError as e:
    print(type(e).__name__, e)
print(reversed(range(3)).__class__.__name__, list(reversed(range(-3, 3, 2))))
