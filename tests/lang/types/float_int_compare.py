# comparisons between ints and floats are exact
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(1 == 1.0, hash(1) == hash(1.0), hash(0.5) == hash(0.5), {1: "a", 1.0: "b"})
print(0.1 == 1 / 10, 3 < 3.5 < 4, max(1, 1.0), max(1.0, 1))
print(float("nan") == 0, 2 ** 64 == float(2 ** 64))
print(sorted([3, 1.5, 2, -0.5, 10 ** 20, 1e19]))
