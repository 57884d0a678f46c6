import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
data = {'name': 'Alice', 'scores': list(range(30)), 'nested': {'a': [1, 2, {'x': 'y' * 30}], 'b': (1, 2, 3) * 8}, 'z': None, 'set': set(range(25)), 'fs': frozenset({1, 2})}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True)
pprint.pprint(data, sort_dicts=False)
print(pprint.pformat([1, 2, 3]), pprint.pformat({'b': 1, 'a': 2}), pprint.pformat((1,)), pprint.pformat(()))
pprint.pprint(['word ' * 30, 'short'])
pprint.pprint('this is a long string ' * 8)
pprint.pprint({'key': 'this is a long string value that will surely need to be wrapped somewhere ' * 2})
pprint.pprint('line one\nline two\n' * 6)
l = [1, 2]; l.append(l); pprint.pprint(l[:2]); print(pprint.isrecursive(l), pprint.isreadable([1, 'a']), pprint.isreadable(object()), pprint.saferepr({'b': 1, 'a': [2]}))
pprint.pprint(OrderedDict((str(i) * 10, i) for i in range(8)))
dd = defaultdict(list); dd['aaaaaaaaaaaa'] = list(range(20)); dd['b'] = ['x' * 40]; pprint.pprint(dd)
pprint.pprint(Counter('the quick brown fox jumps over the lazy dog' * 3))
pprint.pprint(deque(range(40))); pprint.pprint(deque(range(40), maxlen=50))
@dataclass
class Pt:
    x: int
    y: list = field(default_factory=list)
    name: str = 'point'
pprint.pprint(Pt(1, list(range(30))))
pprint.pprint([Pt(1), Pt(2)])
pprint.pprint({'matrix': [[i * j for j in range(10)] for i in range(10)]})
pprint.pprint([[1, 2, 3], [4, 5, 6]] * 5, width=30)
pprint.pprint(list(range(100)), compact=True, width=50)
pprint.pp({'b': 1, 'a': 2})
pprint.pprint({1: 'a', 'b': 2, (1, 2): 3}, width=10)
pprint.pprint(10**50, underscore_numbers=True)
pprint.PrettyPrinter(width=20).pprint({'alpha': [1, 2, 3], 'beta': 'b'})
print(pprint.pformat({'a': {'b': {'c': {'d': 1}}}}, depth=2))
pprint.pprint([{'id': i, 'name': f'user{i}', 'email': f'user{i}@example.com', 'active': i % 2 == 0} for i in range(4)])
