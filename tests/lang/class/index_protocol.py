# __index__ lets objects be used as indices and in bin/hex/range
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print("abcdef"[i], [10, 20, 30][Idx(-1)], "abcdef"[Idx(1):Idx(4)])
print(bin(Idx(5)), hex(Idx(255)), list(range(Idx(3))))
import operator
print(operator.index(Idx(7)), (1, 2, 3) * Idx(2))
class NotIdx:
    def __int__(self): return 1
try:
    [1, 2][NotIdx()]
except TypeError as e:
    print(type(e).__name__, e)
print(int(NotIdx()))
