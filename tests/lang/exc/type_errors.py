# TypeError messages for common mistakes
cases = [lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: len(5), lambda: 5(), lambda: None[0],
         lambda: {}[[]], lambda: int([]), lambda: -"a", lambda: ~1.5, lambda: 1 < "a", lambda: "a" * "b",
         lambda: iter(None), lambda: sorted(5), lambda: {}.get(), lambda: (1).__class__(1, 2, 3),
         lambda: abs(), lambda: [].append(1, 2)]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
