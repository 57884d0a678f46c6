import reprlib
from collections import deque
r = reprlib.repr
print(r(list(range(20))), r(tuple(range(3))), r((1,)), r([]), r(()))
print(r(set(range(10))), r(frozenset([3, 1, 2])), r(set()), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}), r({'a': [1, [2, [3]]]}))
print(r("x" * 100), r("short"), r("a'b" * 20))
print(r(10 ** 50), r(-(10 ** 45)), r(12345))
print(r(deque(range(10))))
print(r([[[[[[[[1]]]]]]]]))
print(r({1, 'a'}) in ("{1, 'a'}", "{'a', 1}"))
class Long:
    def __repr__(self): return "L" * 50
print(r(Long()))
class Bad:
    pass
class Boom:
    def __repr__(self): raise ValueError("no")
print(r(Boom()).startswith('<Boom instance at 0x'))
a = reprlib.Repr()
a.maxlist = 2; a.maxstring = 10; a.maxlevel = 1; a.fillvalue = '~'
print(a.repr([1, 2, 3]), a.repr("abcdefghijklmnop"), a.repr([[1, 2], [3]]), a.repr([]))
print(a.maxtuple, a.maxdict, a.maxset, a.maxother, a.maxlong, a.maxarray)
class MyList(list):
    @reprlib.recursive_repr()
    def __repr__(self):
        return '<' + '|'.join(map(repr, self)) + '>'
m = MyList([1, 2]); m.append(m)
print(repr(m), MyList.__repr__.__name__)
class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Other(%r)' % (self.x,)
o = Other(); o.x = [o]
print(repr(o))
class R2(reprlib.Repr):
    def repr_int(self, x, level): return 'INT'
print(R2().repr([1, (2, 'z')]))
