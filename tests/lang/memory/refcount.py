# sys.getrefcount in the simple cases, where CPython 3.11's numbers are
# defined by the references a script can see (names, slots, arguments).
import sys


class C:
    pass


a = C()
print("fresh object, one name:", sys.getrefcount(a))
b = a
print("second name:", sys.getrefcount(a))
l = [a, a]
print("two list slots:", sys.getrefcount(a))
d = {"k": a}
print("dict value:", sys.getrefcount(a))
d2 = {a: 1}
print("dict key:", sys.getrefcount(a))
t = (a,)
print("tuple item:", sys.getrefcount(a))
s = {a}
print("set member:", sys.getrefcount(a))
del b, l, d, d2, t, s
print("after del:", sys.getrefcount(a))
l = [a]
l.pop()
print("after pop:", sys.getrefcount(a))
l = [a] * 5
print("list of 5:", sys.getrefcount(a))
l.clear()
print("after clear:", sys.getrefcount(a))
C.attr = a
print("class attribute:", sys.getrefcount(a))
del C.attr
o = C()
o.x = a
print("instance attribute:", sys.getrefcount(a))
del o
print("instance freed:", sys.getrefcount(a))


def f(x):
    return sys.getrefcount(x)


def g(x, y):
    return sys.getrefcount(x)


def locals_many(x):
    y = x
    z = x
    return sys.getrefcount(x)


def star(*args):
    return sys.getrefcount(args[0])


def kwargs(**kw):
    return sys.getrefcount(kw["x"])


def outer(x):
    def inner():
        return sys.getrefcount(x)
    return inner()


print("parameter:", f(a))
print("two parameters, same object:", g(a, a))
print("parameter and two locals:", locals_many(a))
print("*args:", star(a))
print("**kwargs:", kwargs(x=a))
print("closure cell:", outer(a))


class M:
    def meth(self):
        return sys.getrefcount(self)


m = M()
print("self in a method:", m.meth())
print("self via the class:", M.meth(m))
print("temporaries:", sys.getrefcount(C()), sys.getrefcount([]), sys.getrefcount({}))
x = [1, 2]
y = x
print("list with two names:", sys.getrefcount(x))
for it in [a]:
    print("loop variable (plus the list):", sys.getrefcount(a))
del it
print("after the loop:", sys.getrefcount(a))


class Holder:
    def __init__(self, v):
        self.v = v


hs = [Holder(a) for _ in range(3)]
print("three holders:", sys.getrefcount(a))
del hs
print("holders freed:", sys.getrefcount(a))
print("a cycle keeps its members:", end=" ")
cyc = [a]
cyc.append(cyc)
print(sys.getrefcount(a), sys.getrefcount(cyc))
cyc.clear()
print("cycle broken:", sys.getrefcount(a), sys.getrefcount(cyc))
print("getrefcount takes one argument:", end=" ")
try:
    sys.getrefcount()
except TypeError:
    print("TypeError")
