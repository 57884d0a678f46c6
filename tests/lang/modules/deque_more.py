import copy
from collections import deque

# repr, recursion, subclass repr
d = deque([1, 'a', None])
print(repr(d), str(d))
d.append(d)
print(d)
m = deque([1], maxlen=3)
m.append(m)
print(m)
print(repr(deque([], maxlen=0)))

class Sub(deque):
    pass

s = Sub([1, 2], 5)
print(s, type(s).__name__, isinstance(s, deque), s.maxlen)
s.x = 'attr'
c = s.copy()
print(type(c).__name__, c, c.maxlen)
print(type(copy.copy(s)).__name__, copy.copy(s))
print(type(s + deque([3])).__name__, s + deque([3]))
print(type(s * 2).__name__, s * 2)
r = s.__reduce__()
print(r[0].__name__, r[1], r[2], list(r[3]))
print(deque([1, 2]).__reduce__()[:3])
print(deque([1, 2], 7).__reduce__()[:3])
print(copy.deepcopy(deque([[1], [2]], 4)))
print(copy.copy(deque([1, 2])))

class Q(deque):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
    def append(self, x):
        super().append(x * 10)

q = Q([1, 2], 'T')
q.append(3)
print(q, q.tag, len(q))

class NoInit(deque):
    def __init__(self):
        pass

n = NoInit()
n.append(1)
n.appendleft(0)
print(n, len(n))

# generic alias, attributes
print(deque[int], deque[int].__origin__ is deque)
print(deque.__module__, deque.__name__)
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
try:
    deque().maxlen = 3
except AttributeError as e:
    print('AttributeError')

# equality against subclass, ordering of mixed types
print(Sub([1]) == deque([1]), deque([1, 2]) < Sub([1, 3]))

# deque as a queue and a stack
q = deque()
out = []
for i in range(200):
    q.append(i)
    if i % 3 == 0:
        out.append(q.popleft())
print(len(q), out[:10], q[0], q[-1])

# randomized check against a list model (deterministic LCG)
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n

for maxlen in (None, 5, 70, 130):
    d = deque(maxlen=maxlen)
    model = []
    def trim_left():
        while maxlen is not None and len(model) > maxlen:
            del model[0]
    def trim_right():
        while maxlen is not None and len(model) > maxlen:
            model.pop()
    for step in range(3000):
        op = rnd(12)
        v = rnd(1000)
        if op == 0:
            d.append(v); model.append(v); trim_left()
        elif op == 1:
            d.appendleft(v); model.insert(0, v); trim_right()
        elif op == 2 and model:
            assert d.pop() == model.pop()
        elif op == 3 and model:
            assert d.popleft() == model.pop(0)
        elif op == 4:
            k = rnd(100)
            d.extend(range(k)); model.extend(range(k)); trim_left()
        elif op == 5:
            k = rnd(100)
            d.extendleft(range(k))
            for x in range(k):
                model.insert(0, x)
            trim_right()
        elif op == 6 and model:
            n = rnd(300) - 150
            d.rotate(n)
            n %= len(model)
            model[:] = model[len(model) - n:] + model[:len(model) - n]
        elif op == 7 and model:
            i = rnd(len(model))
            assert d[i] == model[i] and d[-i - 1] == model[-i - 1]
            d[i] = v; model[i] = v
        elif op == 8 and model:
            i = rnd(len(model))
            del d[i]; del model[i]
        elif op == 9 and (maxlen is None or len(model) < maxlen):
            i = rnd(len(model) + 3) - 1
            d.insert(i, v); model.insert(i, v)
        elif op == 10:
            d.reverse(); model.reverse()
        elif op == 11 and rnd(20) == 0:
            d.clear(); model.clear()
        assert list(d) == model, (step, op)
        assert list(reversed(d)) == model[::-1]
    print(maxlen, len(d), sum(d), d.count(5) == model.count(5))
print('ok')
