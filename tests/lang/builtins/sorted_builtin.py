# sorted()
print(sorted([5, 2, 9]), sorted("bca"), sorted({3: 0, 1: 0}), sorted((2, 1)), sorted(set([9, 8])))
print(sorted([-3, 1, 2], key=abs), sorted([-3, 1, 2], key=abs, reverse=True))
print(sorted(["b", "A", "c"], key=str.lower), sorted([], reverse=True))
print(sorted([(2, "b"), (1, "b"), (2, "a")]))
l = [3, 1]
r = sorted(l)
print(l, r, r is l)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([None, 1])
except TypeError as e:
    print(type(e).__name__, e)
