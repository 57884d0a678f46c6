# __bool__ and __len__ drive truth testing
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool called"); return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Neither: pass
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)), bool(Neither()))
print("yes" if L(1) else "no", not L(0))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
print(B(False) or "fallback", B(True) and "second")
