import operator as op

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for name in ["lt", "le", "eq", "ne", "ge", "gt", "add", "sub", "mul", "floordiv", "truediv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor", "is_", "is_not", "contains", "countOf", "indexOf", "getitem", "concat"]:
    f = getattr(op, name)
    for a, b in [(6, 3), ([1, 2, 3], 2), ("ab", "b"), (1.5, 2)]:
        show(name, lambda: f(a, b))
for name in ["neg", "pos", "inv", "invert", "not_", "truth", "abs", "index"]:
    f = getattr(op, name)
    for a in [5, -2.5, True, [], "x"]:
        show(name, lambda: f(a))
show("index 1.0", lambda: op.index(1.0))
show("concat int", lambda: op.concat(1, 2))
show("concat list tuple", lambda: op.concat([1], (2,)))
show("indexOf missing", lambda: op.indexOf([1, 2], 3))
show("matmul", lambda: op.matmul(1, 2))
for name in ["iadd", "isub", "imul", "ifloordiv", "itruediv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor", "iconcat"]:
    f = getattr(op, name)
    show(name, lambda: f(12, 5))
l = [1]; r = op.iadd(l, [2]); print(r is l, l)
l = [1]; r = op.iconcat(l, (2,)); print(r is l, l)
show("iconcat int", lambda: op.iconcat(1, 2))
d = {}; op.setitem(d, "a", 1); print(d, op.getitem(d, "a")); op.delitem(d, "a"); print(d)
show("getitem slice", lambda: op.getitem([1, 2, 3], slice(1, None)))
print(op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(object(), 7))
class H:
    def __length_hint__(self): return NotImplemented
class B:
    def __length_hint__(self): return -1
class T:
    def __length_hint__(self): raise TypeError("x")
class S:
    def __length_hint__(self): return "3"
print(op.length_hint(H(), 4), op.length_hint(T(), 9))
show("lh neg", lambda: op.length_hint(B()))
show("lh str", lambda: op.length_hint(S()))
show("lh default", lambda: op.length_hint([], "x"))
print(op.call(max, 1, 5, 2), op.call(sorted, [3, 1], reverse=True))
show("call none", lambda: op.call())

ig = op.itemgetter(1); print(repr(ig), ig("abc"), ig([5, 6]))
ig2 = op.itemgetter(0, 2, "x" if False else 1); print(repr(ig2), ig2("abcd"))
show("ig kw", lambda: op.itemgetter(1, a=2))
show("ig none", lambda: op.itemgetter())
show("ig call missing", lambda: op.itemgetter(5)([1]))
show("ig call 2", lambda: op.itemgetter(1)([1, 2], 3))
class N: pass
o = N(); o.a = N(); o.a.b = 3; o.c = 4; o.name = "n"
ag = op.attrgetter("a.b"); print(repr(ag), ag(o))
ag2 = op.attrgetter("c", "a.b"); print(repr(ag2), ag2(o))
show("ag int", lambda: op.attrgetter(1))
show("ag none", lambda: op.attrgetter())
show("ag missing", lambda: op.attrgetter("zz")(o))
show("ag dotted missing", lambda: op.attrgetter("a.zz")(o))
mc = op.methodcaller("split", ",", maxsplit=1); print(repr(mc), mc("a,b,c"))
mc2 = op.methodcaller("upper"); print(repr(mc2), mc2("x"))
show("mc none", lambda: op.methodcaller())
show("mc int", lambda: op.methodcaller(1))
print(sorted([(1, 'b'), (0, 'a')], key=op.itemgetter(1)))
print(op.__add__(1, 2), op.__call__(len, "ab") if hasattr(op, "__call__") else None)
print(op.itemgetter(1) == op.itemgetter(1), type(ig).__name__, type(ag).__name__, type(mc).__name__)
print(op.itemgetter(1, 2).__reduce__()[1], op.attrgetter("a.b").__reduce__()[1])
print(sorted(n for n in dir(op) if not n.startswith("_")))
