def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

t("unhashable", lambda: {[1]})
t("unhashable add", lambda: set().add({}))
t("set in set", lambda: {set()})
t("hash set", lambda: hash({1}))
t("pop empty", lambda: set().pop())
t("remove missing", lambda: {1}.remove(2))
t("remove tuple", lambda: {1}.remove((1, 2)))
t("set args", lambda: set(1, 2))
t("set kw", lambda: set(x=1))
t("frozenset args", lambda: frozenset(1, 2))
t("not iterable", lambda: set(5))
t("or list", lambda: {1} | [2])
t("sub list", lambda: {1} - [2])
t("lt list", lambda: {1} < [2])
t("eq list", lambda: {1} == [1])
t("ior list", lambda: exec("s = {1}; s |= [2]"))
t("update non-iter", lambda: {1}.update(3))
t("union many", lambda: sorted({1}.union([2], (3,), "ab", {4: 5}), key=str))
t("intersection", lambda: sorted({1, 2, 3, 4}.intersection([2, 3, 9], range(3, 10))))
t("difference", lambda: sorted({1, 2, 3, 4}.difference([2], {4})))
t("symdiff", lambda: sorted({1, 2, 3}.symmetric_difference([3, 4, 4])))
t("issubset", lambda: ({1, 2}.issubset([1, 2, 3]), {1, 5}.issubset(range(3))))
t("issuperset", lambda: ({1, 2}.issuperset([1]), {1}.issuperset((1, 2))))
t("isdisjoint", lambda: ({1, 2}.isdisjoint([3]), {1}.isdisjoint(iter([0, 1]))))
t("set contains set", lambda: {1, 2} in {frozenset({1, 2})})
t("discard set", lambda: (lambda s: (s.discard({1}), s)[1])({frozenset({1}), 2}))
t("contains list", lambda: [1] in {1})

# iteration changes
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
it = iter(s)
next(it)
s.discard(2)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    next(it)
except RuntimeError as e:
    print("still RuntimeError", e)
it = iter({1, 2, 3})
print(it.__length_hint__(), next(it), it.__length_hint__())
print(type(iter(set())).__name__)

# repr
print(set(), frozenset(), {1}, frozenset({1, 2}), {(1, 2)}, {"a"})
class S(set):
    pass
class F(frozenset):
    pass
print(S(), S([1, 2]), F(), F([3]))
print(type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__, type({2} | F([1])).__name__)
print(type(S([1]).copy()).__name__, type(F([1]).copy()).__name__, type(frozenset([1]) & {1}).__name__)
print(type({1} ^ frozenset([2])).__name__, type(frozenset([2]) - {1}).__name__)
class R:
    def __repr__(self):
        return repr(holder)
    def __hash__(self):
        return 1
holder = {R()}
print(holder)
f = frozenset([1, 2])
print(frozenset(f) is f, F(f) is f, f.copy() is f, frozenset() == frozenset())
a = {1, 2}
b = a
a |= {3}
print(a is b, b)
a &= {1, 3, 9}
print(a is b, b)
a -= {1}
print(a is b, b)
a ^= {3, 4}
print(a is b, b)
fa = frozenset({1})
fb = fa
fa |= {2}
print(fa is fb, fa, fb)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {1, 2}, {1, 2} != frozenset({1, 2}))
s = {1, 2, 3}
s.intersection_update([2, 3, 4], {3})
print(s)
s = {1, 2, 3}
s.difference_update([1], [2])
print(s)
s.symmetric_difference_update({3, 5})
print(s)
s.clear()
print(s, len(s), bool(s))
class MyS(set):
    def __init__(self, it, extra=None):
        super().__init__(it)
        self.extra = extra
m = MyS([1, 2], extra="x")
print(sorted(m), m.extra, isinstance(m, set))
print(set.__name__, frozenset.__name__, set().__class__ is set)
