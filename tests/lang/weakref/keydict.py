# WeakKeyDictionary
import collections.abc
import copy
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'K(%d)' % self.n


d = weakref.WeakKeyDictionary()
print(isinstance(d, collections.abc.MutableMapping), repr(d).startswith('<WeakKeyDictionary at 0x'))
a, b, c = K(1), K(2), K(3)
d[a] = 'a'
d[b] = 'b'
d.update({c: 'c'})
print(len(d), sorted(d.values()), sorted(k.n for k in d), sorted(k.n for k in d.keys()))
print(d[a], d.get(b), d.get(K(9)), d.get(K(9), 0), a in d, K(9) in d, 1 in d, [] in d)
print(sorted((k.n, v) for k, v in d.items()))
try:
    d[K(9)]
except KeyError as e:
    print('KeyError')

del a
print(len(d), sorted(d.values()))

# equal keys: a key class with value equality
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, E) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
e1, e2 = E(1), E(1)
ed = weakref.WeakKeyDictionary()
ed[e1] = 'first'
ed[e2] = 'second'
print(len(ed), ed[e1], ed[E(1)])
del e2
print(len(ed))
del e1
print(len(ed))

# keyrefs, pop, popitem, setdefault, del
print(len(d.keyrefs()), all(isinstance(r, weakref.ref) for r in d.keyrefs()))
print(d.pop(b), d.pop(b, 'dflt'))
try:
    d.pop(b)
except KeyError as e:
    print('KeyError')
print(d.setdefault(b, 'B'), d.setdefault(b, 'X'))
k, v = d.popitem()
print(v in ('B', 'c'), len(d))
del d[next(iter(d))]
print(len(d))
try:
    del d[b]
except KeyError as e:
    print('KeyError')

# deaths during iteration are deferred, len stays right
keys = [K(i) for i in range(6)]
w = weakref.WeakKeyDictionary((k, k.n) for k in keys)
it = iter(w.items())
first = next(it)
del first
del keys[4:]
print(len(w), len(list(it)) <= 5)
print(len(w), sorted(w.values()))

# copy / deepcopy
keys = [K(1), K(2)]
w = weakref.WeakKeyDictionary({keys[0]: [1], keys[1]: [2]})
c1 = w.copy()
c2 = copy.deepcopy(w)
print(type(c1).__name__, sorted(c1.values()), sorted(c2.values()), c2[keys[0]] is w[keys[0]])

# | operators
m = w | {keys[0]: 'x'}
print(type(m).__name__, sorted(map(str, m.values())))
w |= {keys[1]: 'y'}
print(sorted(map(str, w.values())))

# keys that cannot be weakly referenced
try:
    w[1] = 2
except TypeError as e:
    print('TypeError', e)
try:
    w.get('str')
except TypeError as e:
    print('TypeError', e)
