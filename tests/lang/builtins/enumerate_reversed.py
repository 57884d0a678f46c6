# enumerate() and reversed()
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "done"))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1,))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
for bad in [lambda: reversed({1, 2}), lambda: reversed(x for x in [1]), lambda: enumerate(5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
