# WeakSet
import collections.abc
import weakref


class T:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'T(%d)' % self.n


def ns(s):
    return sorted(x.n for x in s)


objs = [T(i) for i in range(6)]
s = weakref.WeakSet(objs[:3])
print(type(s).__name__, type(s).__module__, isinstance(s, collections.abc.MutableSet))
print(len(s), ns(s), objs[0] in s, objs[4] in s, 1 in s, [] in s)
s.add(objs[3])
s.add(objs[3])
print(len(s), ns(s))
s.discard(objs[3])
s.discard(objs[5])
s.remove(objs[2])
try:
    s.remove(objs[2])
except KeyError:
    print('KeyError on remove')
print(ns(s))
x = s.pop()
print(x.n in (0, 1), len(s))
s.clear()
print(len(s))
try:
    s.pop()
except KeyError as e:
    print('KeyError', e)

# members vanish
s = weakref.WeakSet()
a, b = T(10), T(11)
s.add(a)
s.add(b)
del a
print(len(s), ns(s))

# deaths during iteration are deferred
s = weakref.WeakSet(objs)
n = 0
for item in s:
    n += 1
    if n == 1:
        del objs[4:]
    item = None
print('len after loop', len(s), n <= 6)
print(len(s), ns(s))

# set algebra
A = weakref.WeakSet(objs[:3])
B = weakref.WeakSet(objs[2:])
print(ns(A | B), ns(A & B), ns(A - B), ns(A ^ B))
print(ns(A.union(objs[3:])), ns(A.intersection(objs[1:])), ns(A.difference(objs[:1])),
      ns(A.symmetric_difference(objs[1:])))
print(A <= A | B, A < A | B, A >= B, A | B > A, A.issubset(objs), A.issuperset(objs[:1]))
print(A == weakref.WeakSet(objs[:3]), A != B, A == set(objs[:3]), A.isdisjoint(B))
C = A.copy()
C |= B
print(ns(C))
C -= A
print(ns(C))
C &= weakref.WeakSet(objs[3:])
print(ns(C))
C ^= A
print(ns(C))
C.update(objs)
C.difference_update(objs[:2])
C.intersection_update(objs[:3])
C.symmetric_difference_update(objs[1:3])
print(ns(C))
D = weakref.WeakSet(objs)
D -= D
print(len(D))
try:
    hash(A)
except TypeError as e:
    print('TypeError', e)
print(weakref.WeakSet[int])
try:
    A.add(1)
except TypeError as e:
    print('TypeError', e)
print(repr(weakref.WeakSet()))
