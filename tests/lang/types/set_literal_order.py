# set displays of constants print in CPython's order (frozenset constant + SET_UPDATE)
print({33, 1, 65}, list({33, 1, 65}), {-1, -2, -3, 5, 8, 13}, {"a", "b", "c"} == {"c", "b", "a"}, {1, 2.0, True, 3})
print({9, 17, 25, 1}, {0, 8, 16}, {x for x in (33, 1, 65)}, set([33, 1, 65]), frozenset({33, 1, 65}))
def f(): return {100, 36, 4, 68}
print(f(), {(1, 2), (3, 4), (5, 6)}, sorted({None, 0, 1}, key=repr))   # hash(None) is address-based: its place in a set is not portable
