# weakref.proxy: forwarding of attributes, operators and calls; dead proxies
import re
import weakref


def addr_free(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', s)


class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'N(%r)' % self.v

    def __str__(self):
        return 'str N %s' % self.v

    def _val(self, o):
        return o.v if isinstance(o, N) else o

    def __add__(self, o): return N(self.v + self._val(o))
    def __radd__(self, o): return N(self._val(o) + self.v)
    def __sub__(self, o): return N(self.v - self._val(o))
    def __rsub__(self, o): return N(self._val(o) - self.v)
    def __mul__(self, o): return N(self.v * self._val(o))
    def __truediv__(self, o): return N(self.v / self._val(o))
    def __floordiv__(self, o): return N(self.v // self._val(o))
    def __mod__(self, o): return N(self.v % self._val(o))
    def __pow__(self, o, m=None): return N(pow(self.v, self._val(o), m))
    def __lshift__(self, o): return N(self.v << o)
    def __rshift__(self, o): return N(self.v >> o)
    def __and__(self, o): return N(self.v & o)
    def __or__(self, o): return N(self.v | o)
    def __xor__(self, o): return N(self.v ^ o)
    def __matmul__(self, o): return ('matmul', self.v, o)
    def __divmod__(self, o): return ('divmod', self.v, o)
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v)
    def __abs__(self): return N(abs(self.v))
    def __invert__(self): return N(~self.v)
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __bool__(self): return self.v != 0
    def __iadd__(self, o):
        self.v += self._val(o)
        return self
    def __lt__(self, o): return self.v < self._val(o)
    def __gt__(self, o): return self.v > self._val(o)
    def __eq__(self, o): return self.v == self._val(o)
    __hash__ = object.__hash__
    def __bytes__(self): return b'N%d' % self.v
    def __reversed__(self): return iter(['rev'])


def show(*xs):
    print(*map(repr, xs))


n = N(6)
p = weakref.proxy(n)
print(type(p).__name__, type(p).__module__, p.__class__.__name__, isinstance(p, N))
print(addr_free(repr(p)))
print(str(p), p.v)
show(p + 1, 1 + p, p + p, p - 1, 10 - p, p * 2, p / 4, p // 4, p % 4)
show(p ** 2, pow(p, 2, 5), p << 1, p >> 1, p & 3, p | 1, p ^ 1)
show(p @ 3, divmod(p, 4), -p, +p, abs(N(-3)), ~p)
print(int(p), float(p), [0, 1, 2, 3, 4, 5, 6, 7][p], bool(p), hex(p))
print(p < 7, p == 6, p != 6, p > 5, 7 > p)
print(bytes(p), list(reversed(p)))
q = p
q += 1
print(q, n.v, type(q).__name__)

# attribute assignment and deletion go to the referent
p.w = 'new'
print(n.w)
del p.w
print(hasattr(n, 'w'))

# unhashable
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)

# containers
lst = [3, 1, 2]
class L(list):
    pass
ll = L(lst)
pl = weakref.proxy(ll)
print(len(pl), pl[0], 2 in pl, 9 in pl, list(pl), sorted(pl))
pl[0] = 30
del pl[1]
print(ll, pl.count(30))
pl.append(4)
print(ll)

class D(dict):
    pass
dd = D(a=1)
pd = weakref.proxy(dd)
pd['b'] = 2
print(sorted(pd.items()), pd['a'], 'b' in pd, len(pd))

# iteration through a proxy to an iterator
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
it = It()
pit = weakref.proxy(it)
print(next(pit), list(pit))
try:
    next(weakref.proxy(n))
except TypeError as e:
    print('TypeError', e)

# callable proxies
def f(a, b=2, *, c=3):
    return a, b, c
pf = weakref.proxy(f)
print(type(pf).__name__, pf(1), pf(1, c=5), pf.__name__)
class K:
    def __call__(self, *a):
        return 'called', a
kk = K()
pk = weakref.proxy(kk)
print(type(pk).__name__, pk(1, 2), callable(pk), callable(p))

# sharing
print(weakref.proxy(n) is p, weakref.proxy(n, None) is p,
      weakref.proxy(n, lambda w: None) is p)
print(weakref.getweakrefcount(n))

# dead proxies
events = []
pd2 = weakref.proxy(n, lambda w: events.append(type(w).__name__))
del n, q
print(events)
for what, op in [('attr', lambda: p.v), ('add', lambda: p + 1), ('radd', lambda: 1 + p),
                 ('str', lambda: str(p)), ('bool', lambda: bool(p)), ('eq', lambda: p == 1),
                 ('setattr', lambda: setattr(p, 'x', 1)), ('len', lambda: len(p)),
                 ('iter', lambda: iter(p)), ('bytes', lambda: bytes(p)), ('neg', lambda: -p),
                 ('call', lambda: pk)]:
    try:
        op()
        print(what, 'ok')
    except ReferenceError as e:
        print(what, 'ReferenceError', e)
print(addr_free(repr(p)))
del kk
try:
    pk()
except ReferenceError as e:
    print('call ReferenceError', e)
try:
    class Sub(weakref.ProxyType):
        pass
except TypeError as e:
    print('TypeError', e)
