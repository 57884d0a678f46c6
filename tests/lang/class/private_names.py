# name mangling of __private attributes
class A:
    def __init__(self):
        self.__secret = "A"
        self._single = "single"
    def reveal(self):
        return self.__secret
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "B"
b = B()
print(b.reveal(), b._A__secret, b._B__secret, b._single)
print(sorted(vars(b)))
try:
    b.__secret
except AttributeError as e:
    print(type(e).__name__, e)
class C:
    def __m(self): return "mangled method"
    def call(self): return self.__m()
print(C().call(), hasattr(C, "_C__m"))
