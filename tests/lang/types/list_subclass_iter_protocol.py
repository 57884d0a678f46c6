# Only exact lists/tuples are copied item by item; subclasses that override
# __iter__ are iterated (list(), list.extend, [*x], slice assignment,
# dict(pairs)). Concatenation copies the items directly.
class L1(list):
    def __iter__(self):
        print('L1.__iter__')
        return iter([9])


class T1(tuple):
    def __iter__(self):
        print('T1.__iter__')
        return iter('xyz')


print(list(L1([1, 2])))
print(tuple(L1([1, 2])))
print([0] + L1([1, 2]))
print([*L1([1, 2])])
print(sorted(L1([3, 1])))
l = [0]
l.extend(L1([1, 2]))
print(l)
l = [0, 0, 0]
l[1:2] = L1([5, 6])
print(l)
l = [0, 0, 0, 0]
try:
    l[::2] = T1(('a', 'b'))
except ValueError as e:
    print('ValueError', e)
print(l)
l = [0, 0, 0, 0]
l[::2] = ['a', 'b']
print(l)
l = [0, 0]
l[::2] = L1([1, 2])
print(l)
print(list(T1((1, 2))))
print([*T1((1, 2))])
print((0,) + T1((1, 2)))
try:
    dict([L1(['k', 'v'])])
except ValueError as e:
    print('ValueError', e)


class Pair:
    def __init__(self, k, v):
        self.k, self.v = k, v

    def __iter__(self):
        print('Pair.__iter__')
        return iter((self.k, self.v))


print(dict([Pair('a', 1), Pair('b', 2)]))


class L2(list):
    pass


l2 = L2([1, 2])
l2.extend(l2)
print(l2, type(l2).__name__)
l2 += L2([3])
print(l2, type(l2).__name__)
l2[:] = l2
print(l2)


class D1(dict):
    def __getitem__(self, k):
        return 'over'

    def keys(self):
        print('D1.keys')
        return super().keys()


class D2(dict):
    def __iter__(self):
        print('D2.__iter__')
        return super().__iter__()

    def __getitem__(self, k):
        return 'over2'

    def keys(self):
        print('D2.keys')
        return ['a']


print(dict(D1(a=1)), dict(D2(a=1)))
print({**D1(a=1)}, {**D2(a=1)})
d = {}
d.update(D1(a=1))
d.update(D2(b=1))
print(d)
