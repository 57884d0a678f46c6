# __class__ cell and attribute
class A:
    def which(self):
        return __class__.__name__
    def real(self):
        return self.__class__.__name__
class B(A):
    pass
b = B()
print(b.which(), b.real(), type(b) is b.__class__)
class X: pass
class Y: pass
o = X()
o.__class__ = Y
print(type(o).__name__, isinstance(o, Y))
try:
    (1).__class__ = X
except TypeError as e:
    print(type(e).__name__)
print(int.__class__.__name__, type.__class__.__name__)
