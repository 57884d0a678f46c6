# attribute lookup through the MRO and on the class itself
class A:
    x = "A.x"
    def m(self): return "A.m"
class B(A):
    y = "B.y"
class C(B):
    x = "C.x"
c = C()
print(c.x, c.y, c.m(), C.x, B.x)
print(getattr(C, "y"), "y" in C.__dict__, "y" in B.__dict__)
A.m = lambda self: "patched"
print(c.m())
B.x = "B.x now"
print(B().x, c.x)
del C.x
print(c.x)
try:
    del C.x
except AttributeError as e:
    print(type(e).__name__, e)
