# copy.copy / copy.deepcopy: dispatch order, memo, cycles, reduction protocol.
import copy
import copyreg


# ---- atomic and built-in containers ----
for v in (None, 1, 2.5, True, 3j, "s", b"b", (1, 2), frozenset({1}), range(3),
          len, int, Ellipsis, NotImplemented):
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)

l = [1, [2, 3]]
c = copy.copy(l)
print(c == l, c is l, c[1] is l[1])
dc = copy.deepcopy(l)
print(dc == l, dc is l, dc[1] is l[1])
d = {"a": [1], "b": (2, [3])}
dd = copy.deepcopy(d)
print(dd == d, dd["a"] is d["a"], dd["b"] is d["b"], dd["b"][1] is d["b"][1])
print(copy.copy(d)["a"] is d["a"])
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s)
ba = bytearray(b"xy")
print(copy.copy(ba) == ba, copy.copy(ba) is ba, copy.deepcopy(ba) is ba)
t = (1, 2, "x")
print("tuple of atoms shared:", copy.deepcopy(t) is t)
t2 = (1, [2])
print("tuple with list copied:", copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
fs = frozenset({1, 2})
print("frozenset deepcopy equal:", copy.deepcopy(fs) == fs)

# ---- cycles and shared references ----
a = [1]
a.append(a)
b = copy.deepcopy(a)
print("self-list:", b is not a, b[1] is b, b[0])
shared = [0]
outer = [shared, shared]
c = copy.deepcopy(outer)
print("shared kept shared:", c[0] is c[1], c[0] is not shared)
dcyc = {}
dcyc["me"] = dcyc
e = copy.deepcopy(dcyc)
print("self-dict:", e["me"] is e, e is not dcyc)
lt = []
tup = (lt,)
lt.append(tup)
r = copy.deepcopy(tup)
print("tuple cycle:", r is not tup, r[0][0] is r, type(r).__name__)


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None


n1, n2 = Node("a"), Node("b")
n1.next, n2.next = n2, n1
m = copy.deepcopy(n1)
print("instance cycle:", m.name, m.next.name, m.next.next is m, m is not n1)
sh = copy.copy(n1)
print("shallow instance:", sh is not n1, sh.next is n2, sh.__dict__ == n1.__dict__)

# ---- memo argument ----
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print("memo has entry:", memo[id(x)] is y, y == x)
print("memo reused:", copy.deepcopy(x, memo) is y)
print("memo keeps originals:", x in memo[id(memo)])
pre = {id(x): "REPLACED"}
print("memo honoured:", copy.deepcopy([x, x], pre))


# ---- __copy__ / __deepcopy__ ----
class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("  __copy__ called")
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo is dict:", type(memo) is dict)
        return Custom(self.v + 100)


cu = Custom(1)
print(copy.copy(cu).v)
print(copy.deepcopy(cu).v)
print([z.v for z in copy.deepcopy([cu, cu])])


# ---- __reduce_ex__ / __reduce__ / __getstate__ / __setstate__ ----
class WithReduce:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce_ex__(self, proto):
        print("  __reduce_ex__", proto)
        return (WithReduce, (self.a, self.b))


wr = WithReduce([1], 2)
w2 = copy.copy(wr)
print(w2.a is wr.a, w2.b)
w3 = copy.deepcopy(wr)
print(w3.a is wr.a, w3.a == wr.a)


class StrReduce:
    def __reduce__(self):
        return "StrReduce"


sr = StrReduce()
print("string reduce -> identity:", copy.copy(sr) is sr, copy.deepcopy(sr) is sr)


class State:
    def __init__(self):
        self.x = [1]
        self.hidden = "h"

    def __getstate__(self):
        return {"x": self.x}

    def __setstate__(self, st):
        print("  __setstate__", sorted(st))
        self.__dict__.update(st)
        self.restored = True


st = State()
st2 = copy.deepcopy(st)
print(st2.x == st.x, st2.x is st.x, hasattr(st2, "hidden"), st2.restored)


class Slotted:
    __slots__ = ("p", "q")

    def __init__(self):
        self.p = [1]


so = Slotted()
so2 = copy.copy(so)
print("slots:", so2.p is so.p, hasattr(so2, "q"))
so3 = copy.deepcopy(so)
print("slots deep:", so3.p == so.p, so3.p is so.p)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.attr = "at"
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2[1] is ml[1], ml2.attr)
ml3 = copy.copy(ml)
print(type(ml3).__name__, ml3[1] is ml[1])


class MyDict(dict):
    pass


md = MyDict(k=[1])
md2 = copy.deepcopy(md)
print(type(md2).__name__, md2, md2["k"] is md["k"])


# copyreg.dispatch_table takes precedence over __reduce_ex__
class Reg:
    def __init__(self, v):
        self.v = v


def reduce_reg(obj):
    print("  dispatch_table reducer")
    return (Reg, (obj.v * 2,))


copyreg.pickle(Reg, reduce_reg)
print(copy.copy(Reg(3)).v, copy.deepcopy(Reg(4)).v)
del copyreg.dispatch_table[Reg]


# bound methods: deepcopy copies self
class HasMethod:
    def __init__(self):
        self.data = [1]

    def get(self):
        return self.data


hm = HasMethod()
bm = copy.deepcopy(hm.get)
print("method:", bm() == hm.data, bm() is hm.data, bm.__self__ is not hm)
print("method shallow:", copy.copy(hm.get) is not None)

# classes are never copied; weak references are atomic
print(copy.copy(Node) is Node, copy.deepcopy(Node) is Node)
import weakref
wref = weakref.ref(Node)
print("weakref:", copy.copy(wref) is wref, copy.deepcopy(wref) is wref)


# ---- errors ----
class NoReduce:
    def __reduce_ex__(self, proto):
        raise TypeError("cannot reduce NoReduce")


try:
    copy.copy(NoReduce())
except TypeError as ex:
    print("TypeError", ex)


class ReduceNone:
    __reduce_ex__ = None
    __reduce__ = None


try:
    copy.copy(ReduceNone())
except copy.Error as ex:
    print("copy.Error", ex)
try:
    copy.deepcopy(ReduceNone())
except copy.Error as ex:
    print("copy.Error", ex)
print(copy.error is copy.Error, issubclass(copy.Error, Exception))
print(sorted(copy.__all__))
