# heapq: the C accelerators (_heapq) and the Python parts built on them.
import heapq
import _heapq


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


# heapq uses the C versions
for name in ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop',
             '_heappop_max', '_heapify_max', '_heapreplace_max']:
    print(name, getattr(heapq, name) is getattr(_heapq, name), getattr(_heapq, name).__module__)
print(sorted(n for n in dir(_heapq) if not n.startswith('__')))
print(type(_heapq.__about__).__name__)

# basic operations
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
h = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
print(heapq.heapify(h), h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 5), h)
print(heapq.heappushpop([], 5))
print(heapq.heappushpop([3], 3))
h = [1]
print(heapq.heappop(h), h)
h = ['b', 'a', 'd', 'c']
heapq.heapify(h)
print(h)
h = [(2, 'x'), (1, 'y'), (1, 'a')]
heapq.heapify(h)
print(h, heapq.heappop(h))
h = [1.5, float('nan'), -2.0, 3]
heapq.heapify(h)
print(h)
h = [2**70, -2**80, 3, 2**65, -1]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(5)])

# max-heap helpers
h = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
heapq._heapify_max(h)
print(h)
print(heapq._heapreplace_max(h, 0), h)
print([heapq._heappop_max(h) for _ in range(len(h))])

# errors
t(heapq.heappush, 1, 2)
t(heapq.heappush, (), 2)
t(heapq.heappush, [1])
t(heapq.heappush, [1], 2, 3)
t(heapq.heappush, heap=[1], item=2)
t(heapq.heappop, 1)
t(heapq.heappop)
t(heapq.heappop, [])
t(heapq.heappop, [], 3)
t(heapq.heappop, heap=[])
t(heapq.heapify, ())
t(heapq.heapify, None)
t(heapq.heappush, None, 1)
t(heapq._heapreplace_max, None, 1)
t(heapq.heapreplace, (), 1)
t(heapq.heapreplace, [], 1)
t(heapq.heapreplace, [])
t(heapq.heappushpop, (), 1)
t(heapq.heappushpop, [1])
t(heapq._heappop_max, ())
t(heapq._heapify_max, {})
t(heapq._heapreplace_max, (), 1)
t(heapq._heapreplace_max, [], 1)
t(heapq._heappop_max, [])
t(heapq.heappush, [1, 'a'], 2)
t(heapq.heapify, [1, 'a', 2])
t(heapq.heappushpop, [1], 'a')
t(heapq.heappushpop, [], 'a')


# list subclasses are accepted; their overridden methods are not used
class L(list):
    def append(self, x):
        print('append called')

    def pop(self, *a):
        print('pop called')

    def __getitem__(self, i):
        print('getitem called')
        return list.__getitem__(self, i)


h = L([4, 2, 3])
heapq.heapify(h)
heapq.heappush(h, 1)
print(h, type(h).__name__)
print(heapq.heappop(h), heapq.heapreplace(h, 9), heapq.heappushpop(h, 0), h)

# the order of `<` calls, and that only `<` is used
log = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return 'K(%r)' % self.v


class OnlyLt(K):
    def __gt__(self, other):
        raise AssertionError('> used')

    def __le__(self, other):
        raise AssertionError('<= used')

    def __ge__(self, other):
        raise AssertionError('>= used')

    def __eq__(self, other):
        raise AssertionError('== used')

    __hash__ = None


vals = [7, 3, 9, 1, 8, 2, 6, 4, 5, 0]
h = [OnlyLt(v) for v in vals]
heapq.heapify(h)
print('heapify', log)
del log[:]
heapq.heappush(h, OnlyLt(-1))
print('push', log)
del log[:]
print(heapq.heappop(h), 'pop', log)
del log[:]
print(heapq.heapreplace(h, OnlyLt(11)), 'replace', log)
del log[:]
print(heapq.heappushpop(h, OnlyLt(12)), 'pushpop', log)
del log[:]
print(heapq.heappushpop(h, OnlyLt(-5)), 'pushpop', log)
del log[:]
heapq._heapify_max(h)
print('heapify_max', log)
del log[:]
print(heapq._heappop_max(h), 'pop_max', log)
del log[:]
print(heapq._heapreplace_max(h, OnlyLt(4)), 'replace_max', log)
del log[:]

# a big heapify uses the cache-friendly order; check the comparisons too
n = 6000
h = [K((i * 7919) % 10007) for i in range(n)]
heapq.heapify(h)
print(len(log), log[:6], log[-6:])
print(all(not h[(i - 1) // 2].v > h[i].v for i in range(1, n)))
sig = 0
for a, b in log:
    sig = (sig * 31 + a * 7 + b) % 1000000007
print('sig', sig)
del log[:]
h = [K((i * 7919) % 10007) for i in range(2501)]
heapq._heapify_max(h)
sig = 0
for a, b in log:
    sig = (sig * 31 + a * 7 + b) % 1000000007
print('max sig', len(log), sig)
del log[:]
for n in (2499, 2500, 2501, 2502, 4095, 4096, 4097):
    h = [K((i * 7919) % 10007) for i in range(n)]
    heapq.heapify(h)
    sig = 0
    for a, b in log:
        sig = (sig * 31 + a * 7 + b) % 1000000007
    print(n, len(log), sig)
    del log[:]

# merge / nlargest / nsmallest
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()))
print(list(heapq.merge([], [])))
print(list(heapq.merge([7, 5, 3], [8, 4, 2], [6], reverse=True)))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge(['horse', 'dog'], ['kangaroo', 'fish', 'cat'], key=len, reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda p: p[0])))
print(list(heapq.merge([(2, 'a'), (1, 'a')], [(2, 'b'), (1, 'b')], key=lambda p: p[0], reverse=True)))
m = heapq.merge(1, 2)
print(type(m).__name__)
t(list, m)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]))
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]))
print(heapq.nsmallest(2, ['bbb', 'a', 'cc', 'dd'], key=len))
print(heapq.nlargest(2, ['bbb', 'a', 'cc', 'dd'], key=len))
print(heapq.nlargest(1, []), heapq.nsmallest(1, [3, 1]), heapq.nlargest(0, [1]), heapq.nlargest(10, [2, 1]))
