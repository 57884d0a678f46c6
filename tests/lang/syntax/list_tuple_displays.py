# list, tuple, set, dict displays
print([], [1], [1, 2,], [[1], [2, [3]]])
print((), (1,), (1, 2), 1, (1))
t = 1, 2, 3
print(t, type(t).__name__)
print({1, 2, 3}, set(), type({}).__name__)
print({"a": 1, "b": 2}, {1: {2: {3: 4}}})
print([*range(3), *[7, 8]])
print((*"ab", *"cd"))
print({**{"x": 1}, "y": 2, **{"x": 3}})
print({*(1, 2), *[2, 3]})
print([1, 2][::-1], (1,) * 3)
