def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
class StopSeq:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
class BadSeq:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("boom")
        return i
class LenSeq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
t("seqiter", lambda: list(Seq()))
t("seqiter stop", lambda: list(StopSeq()))
t("seqiter error", lambda: list(BadSeq()))
t("seqiter type", lambda: type(iter(Seq())).__name__)
t("seqiter in", lambda: (9 in Seq(), 5 in Seq()))
t("seqiter hint", lambda: iter(LenSeq()).__length_hint__())
it = iter(Seq())
print(list(it), list(it))
t("not iterable", lambda: iter(5))

n = [0]
def counter():
    n[0] += 1
    return n[0]
t("calliter", lambda: list(iter(counter, 4)))
t("calliter type", lambda: type(iter(counter, 0)).__name__)
t("calliter not callable", lambda: iter(5, 1))
def stopper():
    raise StopIteration
t("calliter stop", lambda: list(iter(stopper, 1)))
def raiser():
    raise ValueError("bad")
t("calliter error", lambda: list(iter(raiser, 1)))

t("enumerate", lambda: list(enumerate("abc")))
t("enumerate start", lambda: list(enumerate("ab", 5)))
t("enumerate kw", lambda: list(enumerate(iterable="ab", start=-2)))
t("enumerate big", lambda: list(enumerate("ab", 2**64)))
t("enumerate maxsize", lambda: list(enumerate("abc", 9223372036854775806)))
t("enumerate bool start", lambda: list(enumerate("a", True)))
t("enumerate bad start", lambda: enumerate("a", 1.5))
t("enumerate no arg", lambda: enumerate())
t("enumerate 3 args", lambda: enumerate(1, 2, 3))
t("enumerate bad kw", lambda: enumerate([], x=1))
t("enumerate kw only", lambda: list(enumerate(iterable=[1])))
t("enumerate kw swap", lambda: list(enumerate(start=1, iterable=[1])))
t("enumerate start only", lambda: enumerate(start=1))
t("enumerate dup", lambda: enumerate([1], iterable=2))
t("enumerate 3 mixed", lambda: enumerate([], 1, x=2))
t("enumerate not iterable", lambda: enumerate(3))

t("zip", lambda: list(zip("abc", range(5), [True, False, None])))
t("zip none", lambda: list(zip()))
t("zip one", lambda: list(zip([1, 2])))
t("zip strict ok", lambda: list(zip("ab", [1, 2], strict=True)))
t("zip strict short2", lambda: list(zip("abc", [1, 2], strict=True)))
t("zip strict short3", lambda: list(zip("abc", "abc", [1, 2], strict=True)))
t("zip strict long2", lambda: list(zip("ab", [1, 2, 3], strict=True)))
t("zip strict long3", lambda: list(zip("ab", "ab", [1, 2, 3], strict=True)))
t("zip strict false", lambda: list(zip("abc", [1], strict=False)))
t("zip bad kw", lambda: zip([], x=1))
t("zip not iterable", lambda: zip([1], 2))
def zip_partial():
    it = iter([1, 2, 3])
    first = next(it)
    rest = list(zip(it, it))
    return first, rest
t("zip partial", zip_partial)

t("map", lambda: list(map(abs, [-1, 2, -3])))
t("map multi", lambda: list(map(pow, [2, 3, 4], [5, 2])))
t("map one", lambda: map(len))
t("map kw", lambda: map(len, [], x=1))
t("map error", lambda: list(map(int, ["1", "x"])))
cols = [[i] * 3 for i in range(12)]
t("map many", lambda: list(map(lambda *a: sum(a), *cols)))
t("filter", lambda: list(filter(lambda x: x % 2, range(10))))
t("filter none", lambda: list(filter(None, [0, 1, "", "a", [], [0], None])))
t("filter bool", lambda: list(filter(bool, [0, 3])))
t("filter args", lambda: filter(len))
t("filter kw", lambda: filter(None, [], k=1))
t("filter error", lambda: list(filter(lambda x: 1 / x, [1, 0])))

t("reversed list", lambda: list(reversed([1, 2, 3])))
t("reversed str", lambda: list(reversed("abc")))
t("reversed tuple", lambda: list(reversed((1, 2))))
t("reversed seq", lambda: list(reversed(LenSeq())))
t("reversed int", lambda: reversed(5))
t("reversed set", lambda: reversed({1}))
t("reversed no len", lambda: reversed(Seq()))
t("reversed none", lambda: reversed())
t("reversed kw", lambda: reversed(seq=[1]))
class Rev:
    def __reversed__(self):
        return iter("zyx")
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
t("reversed dunder", lambda: list(reversed(Rev())))
t("reversed None", lambda: reversed(NoRev()))
t("reversed dict", lambda: list(reversed({1: 2, 3: 4})))
t("reversed hint", lambda: (lambda r: (next(r), r.__length_hint__()))(reversed(LenSeq())))
class Shrink:
    def __init__(self):
        self.n = 5
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        self.n = 2
        return i
t("reversed shrink", lambda: list(reversed(Shrink())))
class E(enumerate):
    pass
t("subclass", lambda: (type(E("a")).__name__, list(E("ab", 1))))
class Z(zip):
    pass
t("zip subclass", lambda: list(Z("a", "b")))
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__, type(reversed([1])).__name__, type(reversed(LenSeq())).__name__)
