# min() and max()
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(max([1, -5, 3], key=abs), min(["aa", "b", "ccc"], key=len), max([], default="empty"))
print(max([2, 2.0]), max([2.0, 2]), min([[1, 2], [1]]))
print(max({1: "z", 2: "a"}), max({1: "z", 2: "a"}.items(), key=lambda kv: kv[1]))
print(max([3, 1, 3], key=lambda x: 0))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
