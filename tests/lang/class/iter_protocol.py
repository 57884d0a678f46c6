# __iter__ / __next__
class Range2:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1
r = Range2(3)
print(list(r), list(r))
class Reusable:
    def __iter__(self): return Range2(2)
print(list(Reusable()), list(Reusable()))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
print(sum(Range2(5)), max(Range2(4)), sorted(Range2(3), reverse=True))
