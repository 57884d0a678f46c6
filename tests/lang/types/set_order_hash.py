# Iteration order of int sets and frozenset hashes must match CPython.
def show(label, v):
    print(label, v)

s = set()
for x in (1, 9, 17, 3):
    s.add(x)
show("probe", s)
s.remove(1); s.remove(17); s.add(25)
show("dummy reuse", s)
show("literal", {3, 1, 2})
show("big", set(range(0, 100, 7)))
show("neg", set([-1, -2, -3, 5, 8, 13]))
show("neg2", set().union(frozenset((-1, -2, -3, 5, 8, 13))))
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
show("after discard", s)
s.update(range(100, 140, 3))
show("after update", s)
show("pop order", [s.pop() for _ in range(5)])
show("remaining", s)
print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset(range(50))))
print(hash(frozenset({frozenset({1}), frozenset({2, 3})})))
print(hash(frozenset({(1, 2), (3, 4)})), hash(frozenset({1.5, -2.25})))
print(frozenset({1, 2}) == {2, 1}, hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
t = set(range(1000))
print(len(t), sum(t), 999 in t, 1000 in t)
for i in range(0, 1000, 2):
    t.remove(i)
print(len(t), list(t)[:10])
u = {x * 8 for x in range(30)}
print(u)
print({1, 2, 3} | {100, 200}, {100, 200} | {1, 2, 3})
print({True, 1, 1.0}, {0, False, 0.0})
