# namedtuple fields are _collections._tuplegetter data descriptors: reads on
# instances and on the class, read-only errors, foreign objects, bad
# indexes, the constructor's checks, __doc__, __reduce__/copy and repr.
import copy
from collections import namedtuple

P = namedtuple('P', 'x y')
g = P.x
T = type(g)
print(T, T.__module__, T.__qualname__, T.__name__)
print(g.__doc__, P.y.__doc__)
print(g.__reduce__())
print(repr(g), repr(P.y))
p = P(1, 2)
print(p.x, p.y, g.__get__(p), g.__get__(p, P), P.y.__get__(P(5, 6), P))
print(g.__get__(None, P) is g, g.__get__((7, 8)))
for stmt in ('p.x = 3', 'del p.y', 'g.__set__(p, 1)', 'g.__delete__(p)',
             'g.__get__(5)', 'g.__get__([1, 2])', 'g.__get__(())', 'g.__get__(None, None)',
             'g.foo = 1', 'T(1)', 'T()', 'T(1, 2, 3)', "T('a', 'b')", "T(1, 'd', x=1)",
             'T(-1, "neg").__get__((1, 2, 3))', 'T(2**70, "big")'):
    try:
        r = eval(stmt) if not stmt.startswith(('p.x =', 'del ', 'g.foo')) else exec(stmt)
        print(stmt, '->', r)
    except Exception as e:
        print(stmt, '->', type(e).__name__, e)
try:
    class S(T):
        pass
except TypeError as e:
    print('subclass:', e)
g.__doc__ = 'changed'
print(g.__doc__, g.__reduce__()[1])
g.__doc__ = None
print(g.__doc__)
h = copy.copy(P.y)
print(type(h) is T, h.__doc__, h.__get__((10, 20, 30)), h is P.y)
t = T(2, 'third')
print(t.__get__((0, 1, 2)), repr(t))
t2 = T(True, 'bool index')
print(t2.__get__(('a', 'b')), t2.__reduce__())


class Q(P):
    @property
    def x(self):
        return 'overridden'


class Tup(tuple):
    first = T(0, 'first item')


q = Q(1, 2)
print(q.x, q.y, Tup((9, 8)).first, Tup.first.__doc__)
print(hasattr(g, '__dict__'), '__get__' in T.__dict__, '__set__' in T.__dict__)
print(sorted(P._fields), P.__dict__['x'] is g)
