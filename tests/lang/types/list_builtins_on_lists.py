# len/min/max/sum/sorted/any/all on lists including empties
for l in [[], [0], [3, -1, 2], [2.5, 1], [True, False]]:
    print(l, len(l), sum(l), any(l), all(l), sorted(l), min(l, default=None), max(l, default=None))
print(sum([[1], [2]], []), sum([0.1] * 10), sum(range(101)), sum([], 10))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
