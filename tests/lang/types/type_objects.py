# type objects of built-in types
for v in [1, 1.0, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, True, range(1),
          slice(1), len, print, type, object(), NotImplemented, ..., iter([]), (x for x in [])]:
    print(type(v).__name__, type(v).__qualname__, type(v).__module__)
print(int.__bases__, bool.__bases__, type.__bases__, object.__bases__)
