# super() with no args, two args, in classmethods, and errors
class A:
    def f(self):
        return "A.f"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
class B(A):
    def f(self):
        return "B.f > " + super().f()
    @classmethod
    def cm(cls):
        return "B.cm > " + super().cm()
    def explicit(self):
        return super(B, self).f()
print(B().f(), B.cm(), B().explicit())
s = super(B, B())
print(type(s).__name__, s.f())
def outside():
    return super().f()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
class C(B):
    def f(self):
        return "C.f > " + super(B, self).f()
print(C().f())
