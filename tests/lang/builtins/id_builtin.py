# id() is unique among live objects and stable for an object
a = [1]
b = [1]
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(a) > 0)
c = a
print(id(c) == id(a), (a is c) == (id(a) == id(c)))
print(id(None) == id(None), id(True) == id(1 == 1))
objs = [object() for _ in range(100)]
print(len(set(map(id, objs))))
