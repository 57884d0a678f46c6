# Constants are merged within one compilation only: exec(), eval() and
# compile() start a new table. Across compilations, identifier-like str
# constants (ASCII letters, digits and '_' only) are still one object because
# they are interned; other constants are not.
import sys


def f():
    return "hello world!"


def g():
    return "hello_world"


def show(label, a, b):
    print(label, repr(a), a is b)


# non-identifier str: distinct across compilations
show("eval vs module, 'hello world!':", eval("'hello world!'"), f())
show("eval vs eval, 'a b':", eval("'a b'"), eval("'a b'"))
show("eval vs eval, 'a-b':", eval("'a-b'"), eval("'a-b'"))
show("eval vs eval, non-ASCII:", eval("'\u00e9t\u00e9'"), eval("'\u00e9t\u00e9'"))

# identifier-like str: interned, so shared everywhere
show("eval vs module, 'hello_world':", eval("'hello_world'"), g())
show("eval vs eval, 'abc':", eval("'abc'"), eval("'abc'"))
show("digits only:", eval("'12345'"), eval("'12345'"))
show("leading digit:", eval("'1abc'"), eval("'1abc'"))
show("underscore:", eval("'_'"), eval("'_'"))
long_name = "x" * 200
show("long identifier-like:", eval(repr(long_name)), eval(repr(long_name)))
print("interned:", eval("'hello_world'") is sys.intern("".join(["hello", "_world"])))
print("not interned:", eval("'hello world!'") is sys.intern("".join(["hello", " world!"])))

# inside tuples and folded strings too
t1 = eval("('ab_cd', 'ab cd')")
t2 = eval("('ab_cd', 'ab cd')")
print("tuple items:", t1[0] is t2[0], t1[1] is t2[1], t1 is t2)
show("folded identifier-like:", eval("'ab' * 30"), eval("'ab' * 30"))
show("folded other:", eval("'a b' * 3"), eval("'a b' * 3"))

# numbers and bytes: never shared across compilations (small ints aside)
show("eval float:", eval("1.5"), eval("1.5"))
show("eval big int:", eval("10 ** 30"), eval("10 ** 30"))
show("eval bytes:", eval("b'xyz abc'"), eval("b'xyz abc'"))
show("eval tuple:", eval("(1, 2)"), eval("(1, 2)"))

# one exec(): its functions share constants with each other, not with us
ns = {}
exec("def h(): return 'hello world!'\n"
     "def k(): return 'hello world!'\n"
     "def m(): return 4.75\n"
     "n = lambda: 4.75\n", ns)
show("exec functions:", ns["h"](), ns["k"]())
show("exec vs module:", ns["h"](), f())
show("exec float:", ns["m"](), ns["n"]())

# one code object run twice: the same constants
code = compile("r = ('p q', 3.25)", "<consts>", "exec")
ns1, ns2 = {}, {}
exec(code, ns1)
exec(code, ns2)
show("same code run twice:", ns1["r"], ns2["r"])

# compiling the same source twice: two tables
code2 = compile("r = ('p q', 3.25)", "<consts>", "exec")
ns3 = {}
exec(code2, ns3)
show("recompiled:", ns1["r"], ns3["r"])
print("recompiled items:", ns1["r"][0] is ns3["r"][0], ns1["r"][1] is ns3["r"][1])
print("co_consts equal, not shared:", code.co_consts == code2.co_consts, code.co_consts is code2.co_consts)

# single mode and eval mode units
c1 = compile("('u v', 'u_v')", "<e>", "eval")
c2 = compile("('u v', 'u_v')", "<e>", "eval")
a, b = eval(c1), eval(c2)
print("eval mode:", a[0] is b[0], a[1] is b[1])
