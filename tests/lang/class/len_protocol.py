# __len__ requirements
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(L(3)), len(L(0)))
for bad in [-1, 2 ** 100, 1.5, "x"]:
    try:
        len(L(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    len(object())
except TypeError as e:
    print(type(e).__name__, e)
class B(int): pass
print(len(L(B(4))))
