# sys.intern and the automatic interning of identifier-like constants.
import sys

# identifier-like constants are interned: equal constants are one object
a = "hello_world"
b = "hello_world"
print("identifier constants shared:", a is b)


def f():
    return "hello_world"


print("shared with a function's constant:", f() is a)

# equal constants inside one code object are one constant
c = "hello world!"; d = "hello world!"
print("same code object, non-identifier:", c is d)

# built at run time: equal but distinct until interned
e = "".join(["hello", "_world"])
print("runtime string:", e == a, e is a)
print("sys.intern returns the interned one:", sys.intern(e) is a)
s1 = sys.intern("".join(["x y", " z!"]))
s2 = sys.intern("x y z!" + "")
print("non-identifier interned explicitly:", s1 is s2)
u = sys.intern("".join(["é", "t", "é"]))
print("non-ASCII interned:", u is sys.intern("été"))
print("intern is idempotent:", sys.intern(a) is a)

# names used as attributes and keywords are interned
name = "".join(["attr", "_y"])


class T:
    pass


o = T()
setattr(o, name, 1)
print("attribute name interned:", [k is "attr_y" for k in vars(o)])
print("getattr with runtime name:", getattr(o, "".join(["attr", "_y"])))


def kw(**k):
    return [key is "alpha" for key in k]


print("keyword names interned:", kw(alpha=1))

# errors
for bad in (b"bytes", 1, None):
    try:
        sys.intern(bad)
    except TypeError as ex:
        print("TypeError:", ex)


class S(str):
    pass


try:
    sys.intern(S("abc"))
except TypeError as ex:
    print("TypeError:", ex)
try:
    sys.intern()
except TypeError:
    print("TypeError: no argument")
try:
    sys.intern("a", "b")
except TypeError:
    print("TypeError: two arguments")
