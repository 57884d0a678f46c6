# identity shortcut in container comparisons with nan
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], nan in l, l.count(nan), l.index(nan))
print((nan,) == (nan,), {nan: 1} == {nan: 1})
other = float("nan")
print([other] == [nan], other in l)
print(max([1, nan]), min([nan, 1]))
print(sorted([3, 1, 2]) == [1, 2, 3])
