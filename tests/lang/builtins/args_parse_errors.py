# argument-count errors of builtin methods: totals are checked first, as CPython
for src in ['"a".split(None, 1, 2)', '"ab".encode("a", "s", 1)', '"ab".split(",", 1, maxsplit=1)', '"ab".split(x=1, y=2, z=3)', 'sorted([], key=None, reverse=False, x=1)', 'int("1", 10, 3)', '"a".startswith()']:
    try: eval(src)
    except TypeError as e: print(src, "->", e)
