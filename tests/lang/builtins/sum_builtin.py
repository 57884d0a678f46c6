# sum()
print(sum([1, 2, 3]), sum([]), sum([], 5), sum(range(10), start=100), sum([0.5, 0.25]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1, 2.5, 3j]))
print(sum([0.1] * 10), sum([10 ** 20, 1, -10 ** 20]), sum([True, True]))
for bad in [lambda: sum(["a"]), lambda: sum(["a"], ""), lambda: sum(1), lambda: sum([b"a"], b"")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
