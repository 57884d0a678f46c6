# slice objects
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None))
print(s.indices(6), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
print("abcdefgh"[s], [0, 1, 2, 3][slice(-2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Show:
    def __getitem__(self, k): return k
print(Show()[1:2], Show()[::3], Show()[1:2, 3], Show()[:])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
