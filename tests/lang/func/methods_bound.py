# bound and unbound methods
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
c = C(5)
m = c.get
print(m(), m.__self__ is c, m.__func__ is C.get)
print(C.get(c), C.get.__name__)
print(c.get == c.get, c.get is c.get)
m2 = C(7).get
print(list(map(C.get, [C(1), C(2)])))
print(m2())
try:
    C.get()
except TypeError as e:
    print(type(e).__name__, e)
c.get = lambda: "instance attr wins"
print(c.get())
