# keyword arguments of str/bytes methods and their errors
tests = ['"a,b".split(sep=",")', '"a b".rsplit(maxsplit=0)', '"a\\nb".splitlines(keepends=True)', '"x".encode(errors="strict")', '"a\\tb".expandtabs(tabsize=2)', '"a".center(width=3)', '"a".ljust(3, fillchar="x")', '"ab".find(sub="a")', '"ab".replace("a", "b", count=1)', '"ab".count(x="a")',
 '"ab".startswith(prefix="a")', '"ab".strip(chars="a")', '"ab".join(iterable=["x"])', '"{}".format(*[], **{})', '"%s".__mod__(x=1)', 'str(object="x")', 'str(object=b"x", encoding="ascii")', 'str(b"x", errors="strict")', 'str(encoding="utf-8")', 'b"ab".split(sep=b"a")', 'b"ab".hex(sep=":")', 'b"ab".decode(encoding="ascii", errors="ignore")',
 'b"a".center(3, fillchar=b"x")', 'bytearray(b"a").pop(index=0)', 'b"ab".replace(b"a", b"b", count=1)', 'b"ab".count(b"a", start=0)', 'b"abc".translate(None, delete=b"a")', 'b"ab".splitlines(keepends=True)', 'b"a".expandtabs(tabsize=3)', 'b"a".zfill(width=3)', '"a".zfill(width=3)', '"ab".removeprefix(prefix="a")', '"ab".partition(sep="a")',
 '"ab".index("a", start=0)', '"ab".format_map(mapping={})', 'str.maketrans(x="a", y="b")', '"a".isalpha(1)', '"a".__format__()', '"a".__format__(1)', 'format("a", 1)', 'format(1, 2)']
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
for f in [lambda: str.maketrans(x=1), lambda: bytes.maketrans(x=1), lambda: bytearray.maketrans(b"a", b"b"), lambda: bytes.maketrans(b"ab", b"cd")[97:100], lambda: "".maketrans("a", "b"), lambda: b"".maketrans(b"a", b"c")[97], lambda: str.maketrans("ab", "cd", "e")]:
    try: print(f())
    except TypeError as e: print(e)
