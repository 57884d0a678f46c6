# Equal constants are one object across all the code objects of one
# compilation (module, functions, lambdas, class bodies, comprehensions),
# keyed by type and value: 1, 1.0 and True stay apart, so do 0.0 and -0.0.


def same(label, a, b):
    print(label, repr(a), repr(b), a is b)


def f():
    return "hello world!"


def g():
    return "hello world!"


lam = lambda: "hello world!"


def outer():
    def inner():
        return "hello world!"
    return inner


class C:
    attr = "hello world!"

    def method(self):
        return "hello world!"


module_level = "hello world!"
same("functions:", f(), g())
same("lambda:", lam(), f())
same("nested function:", outer()(), f())
same("class body:", C.attr, f())
same("method:", C().method(), f())
same("module level:", module_level, f())
same("list comprehension:", ["hello world!" for _ in "x"][0], f())
same("generator expression:", next("hello world!" for _ in "x"), f())
same("dict comprehension:", {k: "hello world!" for k in "x"}["x"], f())
same("default argument:", (lambda a="hello world!": a)(), f())


# numbers: merged by type and value
def i1(): return 123456
def i2(): return 123456
def big1(): return 123456789012345678901234567890
def big2(): return 123456789012345678901234567890
def neg1(): return -98765
def neg2(): return -98765
def fl1(): return 2.5
def fl2(): return 2.5
def c1(): return 3.5j
def c2(): return 3.5j


same("int:", i1(), i2())
same("big int:", big1(), big2())
same("negative int:", neg1(), neg2())
same("float:", fl1(), fl2())
same("complex:", c1(), c2())


# 0.0 and -0.0 are different constants
def z1(): return 0.0
def z2(): return -0.0
def z3(): return 0.0
def z4(): return -0.0


same("0.0 / -0.0:", z1(), z2())
same("0.0 / 0.0:", z1(), z3())
same("-0.0 / -0.0:", z2(), z4())


def cz1(): return 0j
def cz2(): return -0j


same("0j / -0j:", cz1(), cz2())
same("-0j / -0j:", cz2(), (lambda: -0j)())


# 1, 1.0 and True in tuples: equal tuples, different constants
def t1(): return (1, 1.0, True)
def t2(): return (1.0, 1, True)
def t3(): return (True, 1, 1.0)
def t4(): return (1, 1.0, True)


print("equal as values:", t1() == t2() == t3())
same("(1, 1.0, True) vs (1.0, 1, True):", t1(), t2())
same("(1, 1.0, True) twice:", t1(), t4())
print("items by type:", t1()[1] is t2()[0], t1()[0] is t3()[1], t1()[2] is t3()[0])
print("item types:", [type(x).__name__ for x in t2()])


def zt1(): return (0.0, -0.0)
def zt2(): return (-0.0, 0.0)


same("(0.0, -0.0) vs (-0.0, 0.0):", zt1(), zt2())
print("signs kept:", [str(x) for x in zt1()], [str(x) for x in zt2()])
print("items shared by sign:", zt1()[0] is zt2()[1], zt1()[1] is zt2()[0])


# a NaN is never merged with another NaN (nan != nan)
def n1(): return 1e400 * 0
def n2(): return 1e400 * 0
def n3(): return (1e400 * 0, 1e400 * 0)


print("nan:", repr(n1()), n1() is n2(), n1() is n1())
print("nan pair:", n3()[0] is n3()[1])


# bytes and str of the same text stay apart
def b1(): return b"some bytes!"
def b2(): return b"some bytes!"


same("bytes:", b1(), b2())
print("bytes vs str:", b1() == "some bytes!")


# nested tuples share their items with other constants
def nt1(): return ("x y", (1, "p q"), 2.25)
def nt2(): return (1, "p q")
def nt3(): return "p q"


same("inner tuple:", nt1()[1], nt2())
same("str in tuple:", nt1()[1][1], nt3())
same("str in tuple (2):", nt1()[0], (lambda: "x y")())
same("float in tuple:", nt1()[2], (lambda: 2.25)())


def empty1(): return ()
def empty2(): return ()


same("empty tuple:", empty1(), empty2())


# docstrings are constants too
def d1():
    "A docstring, with spaces."


def d2():
    "A docstring, with spaces."


same("docstrings:", d1.__doc__, d2.__doc__)


# folded constants join the same table
def fold1(): return "ab c" * 2
def fold2(): return "ab cab c"
def fold3(): return (1, 2) * 2
def fold4(): return (1, 2, 1, 2)
def fold5(): return 2 ** 60
def fold6(): return 1152921504606846976
def fold7(): return 2 ** 70   # too big to fold (CPython's limit): built at run time
def fold8(): return 1180591620717411303424


same("folded str:", fold1(), fold2())
same("folded tuple:", fold3(), fold4())
same("folded int:", fold5(), fold6())
same("int not folded:", fold7(), fold8())


# co_consts: constants of nested code objects are the same objects
def h1(x):
    return x + 12345.5, "k l m", (4, 5, 6)


def h2(x):
    return x + 12345.5, "k l m", (4, 5, 6)


print("co_consts:", h1.__code__.co_consts)
k1, k2 = h1.__code__.co_consts, h2.__code__.co_consts
print("co_consts items shared:", [a is b for a, b in zip(k1, k2)])
print("equal co_consts tuples shared:", k1 is k2)
print("co_consts tuple shared with an equal constant:",
      (lambda: (None, 12345.5, "k l m", (4, 5, 6)))() is k1)


def nm1(o): return o.alpha.beta
def nm2(o): return o.alpha.beta


print("co_names:", nm1.__code__.co_names, nm1.__code__.co_names is nm2.__code__.co_names)
print("co_names shared with an equal constant:", (lambda: ("alpha", "beta"))() is nm1.__code__.co_names)


def code_consts():
    def a(): return 777.25
    def b(): return 777.25
    return a, b


a, b = code_consts()
print("inner code objects:", a() is b(), a.__code__.co_consts[1] is b.__code__.co_consts[1])

# one function: equal constants are one entry of co_consts
def one():
    p = "u v w"
    q = "u v w"
    r = 0.5
    s = 0.5
    return p is q, r is s


print("same code object:", one(), one.__code__.co_consts)


# a finally body is compiled once per way out of the try; the code objects
# of a lambda in it are equal, hence one constant
def fin(seq):
    out = []
    for i in seq:
        try:
            if i:
                continue
        finally:
            out.append(lambda: "fin al")
    return out


codes = [k for k in fin.__code__.co_consts if type(k).__name__ == "code"]
fs = fin([0, 1])
print("finally code objects:", len(codes), fs[0].__code__ is fs[1].__code__, fs[0]() is fs[1]())
