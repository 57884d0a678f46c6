import graphlib
from graphlib import TopologicalSorter, CycleError

g = {'d': ['b', 'c'], 'c': ['a'], 'b': ['a'], 'e': []}
print(list(TopologicalSorter(g).static_order()))
print(list(TopologicalSorter({1: [2, 3], 2: [3], 3: []}).static_order()))
print(list(TopologicalSorter().static_order()))

ts = TopologicalSorter()
ts.add('x', 'y', 'z')
ts.add('y', 'z')
ts.add('w')
ts.prepare()
steps = []
while ts.is_active():
    ready = ts.get_ready()
    steps.append(ready)
    ts.done(*ready)
print(steps, bool(ts), ts.get_ready())

for graph in ({'a': ['b'], 'b': ['a']}, {1: [1]}, {'a': ['b'], 'b': ['c'], 'c': ['a'], 'd': []}):
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as e:
        print(type(e).__name__, e.args, str(e), isinstance(e, ValueError))

ts = TopologicalSorter({'b': ['a']})
for call in (ts.get_ready, ts.is_active, lambda: ts.done('a'), lambda: bool(ts)):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
ts.prepare()
for call in (ts.prepare, lambda: ts.add('c'), lambda: ts.done('zz'), lambda: ts.done('b')):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
print(ts.get_ready())
ts.done('a')
try:
    ts.done('a')
except ValueError as e:
    print('ValueError', e)
print(ts.is_active(), ts.get_ready(), ts.get_ready())
ts.done('b')
print(ts.is_active())

# partial completion keeps the sorter active
ts = TopologicalSorter({'c': ['a', 'b']})
ts.prepare()
r = ts.get_ready()
print(r, ts.is_active())
ts.done(r[0])
print(ts.get_ready(), ts.is_active())
ts.done(r[1])
print(ts.get_ready(), ts.is_active())

ts = TopologicalSorter()
ts.add(1, 2, 2)
print(list(ts.static_order()))
try:
    TopologicalSorter().add([1])
except TypeError as e:
    print('TypeError')
print(TopologicalSorter[int])
print(sorted(graphlib.__all__))
