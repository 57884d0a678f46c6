# assorted builtins: len of map errors, bool(), issubclass, hasattr on builtins
print(bool(), bool(0), bool(1), bool("a"), bool([]))
print(issubclass(bool, int), issubclass(int, bool), issubclass(list, object))
print(hasattr(len, "__call__"), hasattr(1, "real"), hasattr("s", "nope"))
print(max(range(10), key=lambda x: (x % 3, x)), min("zebra"))
print(sum(map(int, "12345")), list(map(int, ["1", "2"])))
print(list(zip(*zip("ab", "cd"))))
print(sorted(zip([3, 1, 2], "cab")))
