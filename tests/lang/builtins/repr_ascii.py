# repr() and ascii()
for v in [1, 1.5, "s", "it's", b"b", [1, "a"], (1,), {"k": [None]}, {1}, set(), frozenset({2}), None,
          True, range(3), slice(1, 2), 1j, ..., NotImplemented, "é😀", [1.0, -0.0], int, len]:
    print(repr(v), ascii(v))
class R:
    def __repr__(self): return "Ré"
print(repr(R()), ascii(R()), str(R()), ascii([R()]))
class Bad:
    def __repr__(self): return 5
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
