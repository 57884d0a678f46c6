from collections import deque

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: deque([], 'a'))
t(lambda: deque([], -1))
t(lambda: deque([], 1.5))
t(lambda: deque(1))
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1]).remove(2))
t(lambda: deque([1]).index(2))
t(lambda: deque([1, 2, 3]).index(1, 1))
t(lambda: deque([1, 2, 3]).index(3, 0, 2))
t(lambda: deque([1]).index(1, 'a'))
t(lambda: deque([1])['a'])
t(lambda: deque([1])[1:2])
t(lambda: deque([1])[2 ** 100])
t(lambda: deque([1])[5])
t(lambda: deque([1])[-2])
t(lambda: deque()[0])
t(lambda: deque([1]).__setitem__(1, 0))
t(lambda: deque([1]).__delitem__(-2))
t(lambda: deque([1]) + [1])
t(lambda: deque([1]) + (1,))
t(lambda: deque([1]) * 'a')
t(lambda: deque([1]) * 1.5)
t(lambda: deque([1]) < [1])
t(lambda: deque([1]) < deque(['a']))
t(lambda: hash(deque()))
t(lambda: deque([1], 1).insert(0, 2))
t(lambda: deque().insert('a', 1))
t(lambda: deque().rotate('a'))
t(lambda: deque().rotate(1.0))
t(lambda: deque().extend(1))
t(lambda: deque().extendleft(None))
t(lambda: deque([1, 2])[True])
t(lambda: deque([1, 2])[False])

def mutate(make, op):
    d = make()
    try:
        for x in d:
            op(d)
        print('no error', d)
    except RuntimeError as e:
        print('RuntimeError', e, d)

mutate(lambda: deque([1, 2, 3]), lambda d: d.append(4))
mutate(lambda: deque([1, 2, 3]), lambda d: d.popleft())
mutate(lambda: deque([1, 2, 3]), lambda d: d.rotate(1))
mutate(lambda: deque([1, 2, 3]), lambda d: d.clear())
mutate(lambda: deque([1]), lambda d: d.append(0))
mutate(lambda: deque([1, 2, 3]), lambda d: d.__setitem__(0, 9))
mutate(lambda: deque([1, 2, 3], maxlen=3), lambda d: d.append(9))

d = deque([1, 2, 3])
try:
    for x in reversed(d):
        d.pop()
except RuntimeError as e:
    print('RuntimeError', e, d)

it = iter(deque([1, 2]))
print(it.__length_hint__(), next(it), it.__length_hint__(), next(it), it.__length_hint__())
try:
    next(it)
except StopIteration:
    print('StopIteration')

class Clearer:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.clear()
        return False

for op in ('contains', 'count', 'index', 'remove'):
    d = deque()
    d.append(Clearer(d))
    d.append(2)
    try:
        if op == 'contains':
            print(2 in d)
        else:
            print(getattr(d, op)(2))
    except Exception as e:
        print(op, type(e).__name__, e)

class Boom:
    def __eq__(self, other):
        raise ValueError('boom')

t(lambda: Boom() in deque([1]))
t(lambda: deque([Boom()]).count(1))
t(lambda: deque([Boom()]).remove(1))
t(lambda: deque([Boom()]) == deque([1]))
