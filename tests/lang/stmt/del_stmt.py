# del on names, items, slices, attributes
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
l = list(range(10))
del l[0]
del l[-1]
print(l)
del l[::2]
print(l)
del l[1:3]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class C: pass
c = C(); c.attr = 1
del c.attr
print(hasattr(c, "attr"))
try:
    del c.attr
except AttributeError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
try:
    del l[50]
except IndexError as e:
    print(type(e).__name__, e)
