# list.insert/pop convert their index like CPython's argument clinic.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class I:
    def __index__(self):
        return 1


t(lambda: [1].insert(2**100, 0))
t(lambda: [1].insert(-2**100, 0))
t(lambda: [1].pop(2**100))
t(lambda: [1].pop(-2**100))
t(lambda: [].pop('a'))
t(lambda: [].insert(1.0, 1))
t(lambda: [1, 2].pop(I()))
l = [1, 2]
l.insert(I(), 'x')
print(l)
l.insert(-1, 'y')
l.insert(100, 'z')
l.insert(-100, 'w')
print(l)
t(lambda: [1].index(1, 2**100))
t(lambda: [1, 2, 3].index(3, -2**100, 2**100))
t(lambda: (1, 2, 3).index(3, -2**100, 2**100))
