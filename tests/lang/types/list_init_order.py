# list(x)/tuple(x)/extend call __iter__ before __len__ (the length hint), as
# CPython 3.11, and size a fresh list exactly (sys.getsizeof).
import sys
class C:
    def __init__(self, n): self.n = n
    def __iter__(self): print('iter'); return iter(range(self.n))
    def __len__(self): print('len'); return self.n
for make in (list, tuple):
    print(make.__name__, make(C(3)))
a = []
a.extend(C(2))
print(a)
print(sys.getsizeof(list(range(10))), sys.getsizeof(list([1, 2, 3])), sys.getsizeof(list(x for x in range(10))),
      sys.getsizeof(list(range(11))), sys.getsizeof(list('abcde')), sys.getsizeof(list(C(10))))
l = [1, 2, 3]
l.__init__(range(10))
print(l, sys.getsizeof(l))
class Bad:
    def __iter__(self): return iter([1])
    def __len__(self): raise ValueError("no len")
try:
    list(Bad())
except ValueError as e:
    print("ValueError", e)
