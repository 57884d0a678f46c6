# list.sort follows CPython's timsort step by step: the number of __lt__
# calls, and the state of the list when a comparison raises, are observable.
import random


class C:
    n = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        C.n += 1
        return self.v < other.v


random.seed(7)
for size in [0, 1, 2, 3, 5, 10, 33, 64, 65, 100, 500, 2000]:
    for kind in ['rand', 'sorted', 'rev', 'few', 'saw', 'twoup']:
        if kind == 'rand':
            d = [random.random() for _ in range(size)]
        elif kind == 'sorted':
            d = list(range(size))
        elif kind == 'rev':
            d = list(range(size, 0, -1))
        elif kind == 'few':
            d = [random.randint(0, 3) for _ in range(size)]
        elif kind == 'saw':
            d = [i % 17 for i in range(size)]
        else:
            d = list(range(0, size, 2)) + list(range(1, size, 2))
        C.n = 0
        r = sorted(map(C, d))
        assert [c.v for c in r] == sorted(d)
        print(size, kind, C.n)
        C.n = 0
        sorted(map(C, d), reverse=True)
        print('  reverse', C.n)
        C.n = 0
        sorted(d, key=C)
        print('  key', C.n)


class Bad:
    limit = 0
    n = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Bad.n += 1
        if Bad.n == Bad.limit:
            raise ValueError('stop')
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


for limit in [1, 5, 50, 300, 700, 1000, 1200]:
    Bad.n = 0
    Bad.limit = limit
    l = [Bad(x) for x in random.sample(range(150), 150)]
    try:
        l.sort()
        print(limit, 'sorted')
    except ValueError as e:
        print(limit, e)
    print(l)

# the key function may look at the (temporarily empty) list
l = [3, 1, 2]
seen = []
l.sort(key=lambda x: seen.append(len(l)) or x)
print(l, seen)
l = [3, 1, 2]


def k(x):
    l.clear()
    return x


l.sort(key=k)
print(l)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(0) or x)
except ValueError as e:
    print('ValueError', e)
print(l)
