from collections import namedtuple, defaultdict, OrderedDict, ChainMap
import collections

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], P._fields, p._asdict(), p._replace(x=5), P._make([3, 4]), P.__name__, P.__doc__)
print(P._field_defaults, P.__module__, P.x.__doc__, type(p._asdict()).__name__)
show("replace bad", lambda: p._replace(z=1))
show("make bad", lambda: P._make([1]))
show("new missing", lambda: P(1))
show("new extra", lambda: P(1, 2, 3))
show("new kw", lambda: P(1, 2, x=3))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[10, 20])
print(Q(1), Q._field_defaults, Q.__new__.__defaults__)
R = namedtuple("R", "abc def ghi _x abc", rename=True)
print(R._fields)
show("bad name", lambda: namedtuple("R", "a def"))
show("bad name2", lambda: namedtuple("R", "a _b"))
show("dup", lambda: namedtuple("R", "a a"))
show("digit", lambda: namedtuple("R", "a 1b"))
show("typename", lambda: namedtuple("1R", "a"))
show("too many defaults", lambda: namedtuple("R", "a", defaults=[1, 2]))
S = namedtuple("S", "a, b", module="mymod")
print(S.__module__, S(1, 2), repr(S(a=[1], b="q")))
E = namedtuple("E", "")
print(E(), E._fields, len(E()))
print(isinstance(p, tuple), hash(p) == hash((1, 2)), p == (1, 2), P(*[1, 2]))
show("attr set", lambda: setattr(p, "x", 3))
show("attr new", lambda: setattr(p, "z", 3))
class Sub(P):
    __slots__ = ()
    def total(self): return self.x + self.y
print(Sub(1, 2), Sub(1, 2).total(), Sub._make([5, 6]))
x, y = p; print(x, y)
print(p.__getnewargs__(), P.__match_args__, P.__slots__)
match p:
    case P(x=1, y=yy):
        print("matched", yy)
match p:
    case P(a, b):
        print("pos matched", a, b)

dd = defaultdict(list)
dd["a"].append(1)
print(dd, repr(defaultdict(int)), repr(defaultdict()), dd.default_factory)
print(dd["zz"], "zz" in dd, dd.get("q"), "q" in dd)
d0 = defaultdict(); show("missing no factory", lambda: d0["k"])
show("bad factory", lambda: defaultdict(1))
class DD(defaultdict): pass
print(repr(DD(int, {1: 2})))
dd2 = dd.copy(); print(type(dd2).__name__, dd2 == dd, dd2.default_factory)
print(dd | {"b": 2}, type(dd | {"b": 2}).__name__)
r = defaultdict(lambda: 0); r[1] += 1; print(dict(r))
rec = defaultdict(list); rec["me"] = rec
print(repr(defaultdict(int, a=1)))
print(dd.__missing__("new"), dd["new"])

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); print(list(od))
od.move_to_end("b", last=False); print(list(od))
show("mte missing", lambda: od.move_to_end("zz"))
print(od.popitem(), od.popitem(last=False), list(od))
show("popitem empty", lambda: OrderedDict().popitem())
o1 = OrderedDict([(1, 1), (2, 2)]); o2 = OrderedDict([(2, 2), (1, 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2)
print(list(reversed(o1)), list(reversed(o1.keys())), list(reversed(o1.items())), list(reversed(o1.values())))
print(repr(o1), repr(OrderedDict()), o1 | {3: 3})
print(o1.pop(1), o1, o1.setdefault(5, 6), o1)
show("pop missing", lambda: o1.pop(99))
print(repr(OrderedDict(a=1).keys()), repr(OrderedDict(a=1).items()), repr(OrderedDict(a=1).values()))
o3 = OrderedDict(a=1, b=2); o3["a"] = 3; print(o3)
o3.update([("c", 3)]); del o3["b"]; print(o3, o3.copy())

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), repr(cm), cm.maps)
cm["c"] = 4; print(cm.maps[0])
child = cm.new_child(); child["a"] = 9; print(child["a"], child.parents["a"], len(child.maps))
c2 = cm.new_child({"z": 0}); print(c2.maps[0], repr(ChainMap()))
show("del missing", lambda: cm.__delitem__("b"))
show("missing", lambda: cm["zz"])
show("pop missing", lambda: cm.pop("zz"))
print(cm.get("zz", 5), "b" in cm, cm.pop("c"), list(cm.items()))
print(cm.new_child(m=None).maps[0], dict(ChainMap({1: 1}) | {2: 2}), type(cm.copy()).__name__)
show("popitem empty", lambda: ChainMap().popitem())
print(bool(ChainMap()), bool(ChainMap({}, {1: 2})))
print(hasattr(collections, "abc"), collections.abc.Mapping)
