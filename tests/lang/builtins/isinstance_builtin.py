# isinstance() with builtin hierarchies
checks = [(1, int), (1, float), (1.0, float), (True, int), (True, bool), ("s", str), (b"b", bytes),
          (bytearray(), bytes), ([], list), ((), tuple), ({}, dict), (None, object), (int, type),
          (type, object), (object, type), (len, object), (1, (str, bytes))]
for v, t in checks:
    print(repr(v), t, isinstance(v, t))
import collections.abc as abc
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), isinstance(iter([]), abc.Iterator))
print(isinstance("s", abc.Hashable), isinstance([], abc.Hashable), issubclass(dict, abc.MutableMapping))
