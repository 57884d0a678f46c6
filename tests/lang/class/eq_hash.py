# __eq__ and __hash__ interplay
class NoEq:
    pass
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, OnlyEq) and self.v == o.v
class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Both) and self.v == o.v
    def __hash__(self): return hash(self.v)
print(NoEq.__hash__ is object.__hash__, OnlyEq.__hash__)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print(type(e).__name__, e)
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2))
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s)
a = NoEq()
print(a == a, a == NoEq(), a != NoEq())
class Child(Both):
    def __eq__(self, o): return False
print(Child.__hash__)
class Restore(OnlyEq):
    __hash__ = object.__hash__
print(type(hash(Restore(1))).__name__)
