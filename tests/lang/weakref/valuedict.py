# WeakValueDictionary
import collections.abc
import copy
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'V(%d)' % self.n


d = weakref.WeakValueDictionary()
print(isinstance(d, collections.abc.MutableMapping), repr(d).startswith('<WeakValueDictionary at 0x'))
a, b, c = V(1), V(2), V(3)
d['a'] = a
d['b'] = b
d.update({'c': c})
print(len(d), sorted(d), sorted(d.keys()), sorted(d.values(), key=lambda v: v.n))
print(d['a'], d.get('b'), d.get('zz'), d.get('zz', 0), 'a' in d, 'zz' in d, [] in d if False else None)
print(sorted(d.items()) if False else sorted((k, v.n) for k, v in d.items()))

# entries vanish with their values
del a
print(len(d), sorted(d), 'a' in d, d.get('a', 'gone'))
try:
    d['a']
except KeyError as e:
    print('KeyError', e)

# replacing a value: the old value's death must not remove the new entry
old = V(10)
d['x'] = old
new = V(11)
d['x'] = new
del old
print(d['x'])

# valuerefs and itervaluerefs
refs = d.valuerefs()
print(sorted(type(r).__name__ for r in refs), sorted(r.key for r in refs))
print(sorted(r().n for r in d.itervaluerefs()))

# pop, popitem, setdefault
print(d.pop('b'), d.pop('b', 'dflt'))
try:
    d.pop('b')
except KeyError as e:
    print('KeyError', e)
s = V(20)
print(d.setdefault('s', s), d.setdefault('s', V(99)))
k, v = d.popitem()
print(k in ('c', 'x', 's'), len(d))
del d[next(iter(d))]
print(len(d))

# deleting while iterating: removal of dead entries is deferred
e = weakref.WeakValueDictionary()
objs = [V(i) for i in range(5)]
for i, o in enumerate(objs):
    e[i] = o
seen = []
for k in e.keys():
    seen.append(k)
    if k == 1:
        del objs[3:]          # values 3 and 4 die mid-iteration
print(seen[:2], len(e), sorted(e))

# copy and deepcopy
objs = [V(7), V(8)]
e = weakref.WeakValueDictionary({'p': objs[0]}, q=objs[1])
c1 = e.copy()
c2 = copy.copy(e)
c3 = copy.deepcopy(e)
print(type(c1).__name__, sorted(c1.items(), key=lambda kv: kv[0]), sorted(c2), sorted(c3))
print(c3['p'] is objs[0])

# | operators
m = e | {'r': objs[0]}
print(type(m).__name__, sorted(m))
m2 = {'z': objs[1]} | e
print(type(m2).__name__, sorted(m2))
e |= {'t': objs[1]}
print(sorted(e))
del objs
print(len(e), len(m), len(c1))

# values that cannot be weakly referenced
try:
    e['bad'] = 3
except TypeError as err:
    print('TypeError', err)
try:
    weakref.WeakValueDictionary({'a': [1]})
except TypeError as err:
    print('TypeError', err)
