# the __getitem__ fallback for iteration
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
s = Squares()
print(list(s), 9 in s, 10 in s)
for x in s:
    print(x, end=" ")
print()
a, b, *rest = s
print(a, b, rest)
it = iter(s)
print(type(it).__name__, next(it), next(it))
class NotIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class Mapping:
    def __getitem__(self, k):
        raise KeyError(k)
try:
    list(Mapping())
except KeyError as e:
    print("KeyError propagates", e)
