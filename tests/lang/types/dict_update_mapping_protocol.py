# dict(), dict.update() and {**x} with objects that only have keys() and
# __getitem__: keys() is fully consumed before any item is fetched.
class M:
    def keys(self):
        for k in 'pq':
            print('keys yields', k)
            yield k

    def __getitem__(self, k):
        print('getitem', k)
        return k * 2


print(dict(M()))
d = {'a': 1}
d.update(M())
print(d)
print({**M(), 'z': 0})


class BadKeys:
    def keys(self):
        return 5


for f in (lambda: dict(BadKeys()), lambda: {}.update(BadKeys())):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)


class ListKeys:
    def keys(self):
        return ['x', 'y']

    def __getitem__(self, k):
        return ord(k)


print(dict(ListKeys()), dict(ListKeys(), y=0))


class Missing:
    def keys(self):
        return ['x']

    def __getitem__(self, k):
        raise KeyError(k)


try:
    dict(Missing())
except KeyError as e:
    print('KeyError', e)
