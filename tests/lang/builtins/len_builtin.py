# len()
for v in ["", "abc", "中国人", b"\x00\x01", [], [None] * 5, (1,), {}, {"a": 1}, set(range(7)),
          frozenset(), range(0, 100, 7), bytearray(3), {1: 2}.items(), "😀"]:
    print(repr(v), len(v))
for bad in [5, None, iter([]), (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
