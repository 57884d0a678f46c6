# __slots__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(p.y)
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.y)
del p.y
print(hasattr(p, "y"))
class Q(P):
    pass
q = Q(5)
q.z = "subclass without slots has a dict"
print(q.z, q.__dict__)
class R:
    __slots__ = "single"
r = R(); r.single = 1
print(r.single, R.__slots__)
print(type(P.x).__name__)
