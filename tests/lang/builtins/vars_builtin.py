# vars()
class P:
    cls_attr = 0
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
print(vars(p), vars(p) is p.__dict__)
vars(p)["c"] = 3
print(p.c)
print("cls_attr" in vars(P), type(vars(P)).__name__)
def f():
    local = 5
    return vars()
print(f())
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = ("x",)
try:
    vars(S())
except TypeError as e:
    print(type(e).__name__, e)
