# bisect: the C accelerators (_bisect) and bisect.py's aliases.
import bisect
import _bisect


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


for name in ['bisect_left', 'bisect_right', 'insort_left', 'insort_right']:
    print(name, getattr(bisect, name) is getattr(_bisect, name), getattr(_bisect, name).__module__)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
print(sorted(n for n in dir(_bisect) if not n.startswith('__')))

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 5, 8, 9, 2.5, 1.0]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 4), bisect.bisect_right(a, 2, 0, 2))
print(bisect.bisect_left(a, 2, lo=5), bisect.bisect_right(a, 2, hi=3), bisect.bisect_right(a, 100, hi=None))
print(bisect.bisect_right(a, 2, 0, -1), bisect.bisect_right(a, 2, 3, -5), bisect.bisect_right(a, 2, 10))
print(bisect.bisect_right(a, 2, True), bisect.bisect_right(a, 9, hi=True))
t(bisect.bisect_right, a, 9, 0, 10)
print(bisect.bisect_left(a, 100, 0, 7))

# other sequences
print(bisect.bisect_left('abdf', 'c'), bisect.bisect_right((1, 3, 5), 3), bisect.bisect_right(range(0, 100, 3), 50))
print(bisect.bisect_left(b'aceg', ord('e')))


class Seq:
    def __init__(self, items):
        self.items = items
        self.log = []

    def __len__(self):
        self.log.append('len')
        return len(self.items)

    def __getitem__(self, i):
        self.log.append(i)
        return self.items[i]

    def insert(self, i, x):
        self.log.append(('insert', i, x))
        self.items.insert(i, x)


s = Seq(list(range(0, 40, 2)))
print(bisect.bisect_left(s, 13), s.log)
s.log = []
print(bisect.bisect_right(s, 13, 2, 9), s.log)
s.log = []
bisect.insort(s, 13)
bisect.insort_left(s, 14, key=None)
print(s.log, s.items[:12])


class LL(list):
    def insert(self, i, x):
        print('LL.insert', i, x)
        list.insert(self, i, x)

    def __getitem__(self, i):
        print('LL.getitem', i)
        return list.__getitem__(self, i)


ll = LL([1, 3, 5])
bisect.insort_right(ll, 4)
print(ll)

# key=
recs = [(1, 'a'), (3, 'b'), (3, 'c'), (7, 'd')]
k = lambda r: r[0]
print(bisect.bisect_left(recs, 3, key=k), bisect.bisect_right(recs, 3, key=k), bisect.bisect(recs, 8, key=k))
bisect.insort(recs, (3, 'z'), key=k)
bisect.insort_left(recs, (3, 'y'), key=k)
bisect.insort_right(recs, (0, 'q'), key=k)
print(recs)
calls = []


def logkey(v):
    calls.append(v)
    return -v


desc = [9, 7, 5, 3, 1]
print(bisect.bisect_left(desc, -5, key=logkey), calls)
calls.clear()
bisect.insort(desc, 4, key=logkey)
print(desc, calls)
print(bisect.bisect_left(desc, -5, key=None))

# only `<` is used
log = []


class O:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __gt__(self, other):
        raise AssertionError

    __le__ = __ge__ = __eq__ = __gt__
    __hash__ = None


objs = [O(i) for i in range(0, 20, 2)]
print(bisect.bisect_left(objs, O(7)), log)
del log[:]
print(bisect.bisect_right(objs, O(8)), log)
del log[:]
bisect.insort(objs, O(8))
print([o.v for o in objs], log)

# ordinary list insort
a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(a, x)
print(a)
bisect.insort_left(a, 5, 0, 3)
bisect.insort_right(a, 0, lo=4)
print(a)

# errors
t(bisect.bisect_right, [1], 1, -1)
t(bisect.bisect_left, [1], 1, lo=-1)
t(bisect.insort, [1], 1, -3)
t(bisect.insort_left, [1], 1, lo=-3, key=lambda v: 1 / 0)
t(bisect.bisect_right, [1, 2, 3], 1, None)
t(bisect.bisect_right, [1, 2, 3], 1, 1.0)
t(bisect.bisect_right, [1, 2, 3], 1, 0, 1.0)
t(bisect.bisect_right, [1, 2, 3], 1, 0, 'x')
t(bisect.bisect_right, [1, 2, 3], 1, 0, 2**70)
t(bisect.bisect_right, [1, 2, 3], 1, 2**70)
t(bisect.bisect_right, [1, 2, 3], 1, -2**70)
t(bisect.bisect_right, [1, 2, 3], 1, 'a', 'b')
t(bisect.bisect_right, [1, 2, 3])
t(bisect.bisect_left)
t(bisect.bisect_right, [1, 2, 3], 1, 2, 3, 4)
t(bisect.bisect_right, [1, 2, 3], 1, 2, 3, key=None, foo=3)
t(bisect.bisect_right, [1, 2, 3], 1, bar=3)
t(bisect.bisect_right, [1, 2, 3], x=1, a=[])
t(bisect.bisect_right, [1, 2, 3], 1, x=1)
t(bisect.insort_left, [1, 2, 3], 1, 0, 3, None)
t(bisect.bisect_right, a=[1, 2, 3], x=2, lo=1, hi=3, key=None)
t(bisect.bisect_right, {1: 2}, 1)
t(bisect.bisect_right, {1: 2}, 1, 0, 1)
t(bisect.bisect_right, 5, 1)
t(bisect.bisect_right, 5, 1, 0, 1)
t(bisect.bisect_right, None, 1)
t(bisect.bisect_right, {1, 2}, 1)
t(bisect.insort_right, (1, 2), 5)
t(bisect.insort_right, 'ab', 'c')
t(bisect.bisect_left, [1, 2, 3], 'a')
t(bisect.bisect_right, [1, 2, 3], 'a')
t(bisect.bisect_right, [1, 2, 3], 2, key=5)
t(bisect.bisect_right, [], 2, key=5)
t(bisect.insort_right, [], 2, key=5)
t(bisect.insort_right, [1, 2], 2, key=lambda v: v[0])
t(bisect.bisect_left, [1, 2], 2, key=lambda v: 1 / 0)


class Bad:
    def __len__(self):
        raise ValueError('no len')

    def __getitem__(self, i):
        raise KeyError(i)


t(bisect.bisect_left, Bad(), 1)
t(bisect.bisect_left, Bad(), 1, 0, 4)
t(bisect.insort, Bad(), 1, 0, 0)
