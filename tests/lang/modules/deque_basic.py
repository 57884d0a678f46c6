from collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
d.append(1); d.append(2); d.appendleft(0); d.appendleft(-1)
print(d, len(d), bool(d))
print(d.pop(), d.popleft(), d)
d.extend(range(5))
d.extendleft('abc')
print(d)
print(list(d), list(reversed(d)))
print(d[0], d[-1], d[3], d[-4])
d[0] = 'C'; d[-1] = 44
print(d)
del d[1]
del d[-2]
print(d)
print('C' in d, 'zz' in d, d.count(2), d.count('nope'))
print(d.index(2), d.index(2, 2), d.index(2, -4, -1))
d.insert(0, 'first'); d.insert(100, 'last'); d.insert(-100, 'front'); d.insert(3, 'mid'); d.insert(-1, 'm2')
print(d)
d.remove('mid')
print(d)
d.reverse()
print(d)
d.rotate(); print(d)
d.rotate(3); print(d)
d.rotate(-5); print(d)
d.rotate(len(d) * 3 + 1); print(d)
d.rotate(0); print(d)
e = d.copy()
print(e == d, e is d, type(e).__name__)
d.clear()
print(d, e)

# large: many blocks
big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
print(len(big), big[0], big[-1], big[500], big[1500], sum(big))
for i in range(700):
    big.popleft()
    big.pop()
print(len(big), list(big)[:5], list(big)[-5:])
big.rotate(123)
print(list(big)[:5])
print(big.index(0), big.count(0))
big.reverse()
print(list(big)[:5], list(big)[-5:])
del big[200]
print(len(big), big[199], big[200])
big[300] = 'x'
print(big[300], big.index('x'))
print(sum(1 for _ in big), sum(1 for _ in reversed(big)))

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend([20, 21]); print(m)
m.extendleft([30, 31]); print(m)
z = deque([1, 2], maxlen=0)
z.append(3); z.extend(range(5)); z.appendleft(4)
print(z, len(z))
print(deque('abc', 5), deque(maxlen=None), deque(iterable=[1], maxlen=2))

# constructor re-init
r = deque([1, 2, 3])
r.__init__([4, 5])
print(r)
r.__init__()
print(r)

# comparisons
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(deque([1, 2]) < deque([1, 2, 3]), deque([1, 2]) == deque([1, 2]), deque() == deque())
print(deque([1]) == [1], deque([1]) != [1])
print(deque([1, 2]) >= deque([1, 2]), deque([2]) > deque([1, 9, 9]))
print(deque([float('nan')]) == deque([float('nan')]))
x = float('nan')
print(deque([x]) == deque([x]))

# arithmetic
print(deque([1, 2]) + deque([3]))
print(deque([1, 2], maxlen=3) + deque([3, 4]))
print(deque([1, 2]) * 3, 3 * deque([1, 2]), deque([1]) * 0, deque([1]) * -2)
print(deque([1, 2, 3], maxlen=5) * 3)
print(deque([1, 2, 3], maxlen=4) * 2)
print(deque([1, 2, 3], maxlen=2) * 5)
print(deque([1, 2, 3], maxlen=7) * 10 ** 6)
try:
    deque([1, 2, 3], maxlen=7) * 10 ** 30
except OverflowError as e:
    print('OverflowError', e)
q = deque([1, 2])
q += [3, 4]
q += q
print(q)
q *= 2
print(q, len(q))
q2 = deque('ab', maxlen=5)
q2 *= 3
print(q2)
q3 = deque('ab')
q3 *= 0
print(q3)
d = deque([1])
d.extend(d); d.extend(d); d.extendleft(d)
print(d)
