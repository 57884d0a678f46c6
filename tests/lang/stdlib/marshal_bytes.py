# marshal.dumps must produce CPython's exact bytes in every version: FLAG_REF
# on objects whose reference count is above 1 (variables, constants,
# container items held elsewhere), TYPE_REF back-references, interned string
# codes, small tuples, short ASCII strings, 15-bit-digit big ints, text
# floats before version 2 and set elements in sorted-dump order.
import marshal, sys

V = range(5)

def show(label, make):
    # make() builds the value afresh for every version, so reference
    # counts are the same each time
    print(label)
    for v in V:
        print('  v%d' % v, marshal.dumps(make(), v))

x = 'b'
n = int('7')

# singletons and small values
show('None', lambda: None)
show('True', lambda: True)
show('False', lambda: False)
show('StopIteration', lambda: StopIteration)
show('Ellipsis', lambda: ...)
show('small int const', lambda: 1)
show('int const', lambda: 100000)
show('computed int', lambda: n * 1000)
show('negative computed', lambda: -n * 1000)
show('int32 edges', lambda: [n - 8 - 2**31 + 1 + 0, 2**31 - n + 6])
show('big ints', lambda: [2**31 + n - 7, -2**31 - n + 6, n << 100, -(n << 100), (1 << 15 * 3) + n])
show('float const', lambda: 1000.5)
show('computed floats', lambda: [n / 3, -n * 0.1, float('inf'), -float('inf'), 1e100 * n, 0.0 * n, -0.0 * n])
show('complex', lambda: complex(n, -0.5) * 1)
show('nan', lambda: float('nan'))

# strings: interned (identifier-like constants, sys.intern) or not
show('interned const', lambda: 'hello')
show('non-identifier const', lambda: 'hello world')
show('computed str', lambda: 'ab' + x)
show('sys.intern computed', lambda: sys.intern('ab' + x))
show('non-ascii computed', lambda: 'é' + x)
show('non-ascii interned', lambda: sys.intern('é' + x))
show('empty', lambda: '')
show('long ascii', lambda: 'x' * (n + 293))
show('long ascii interned', lambda: sys.intern('y' * (n + 293)))
show('surrogate', lambda: '\ud800' + x)
show('str(int)', lambda: str(n * 12345))

# bytes and buffers
show('bytes const', lambda: b'ab')
show('bytes computed', lambda: b'ab' + x.encode())
show('empty bytes', lambda: b'')
show('bytearray', lambda: bytearray(b'xy'))
show('memoryview', lambda: memoryview(b'xyz')[1:])

# containers
show('empty tuple', lambda: ())
show('tuple', lambda: (n, 'ab' + x, None))
show('list', lambda: [n * 1000, n * 1000])
show('dict', lambda: {'key': n * 1000, 'a b': [1, 2]})
show('nested', lambda: [(n * 1000, [x * 2]), {'k': (n,)}])
show('big tuple', lambda: tuple(range(300)))
show('set ints', lambda: {n * 1000, n * 2000, 5})
show('set strs', lambda: {'ab' + x, 'a' + x, 'zz', 'abc'})
show('frozenset', lambda: frozenset([n * 3, 'k' + x]))
show('empty frozenset', lambda: frozenset())
show('empty set', lambda: set())

# sharing: the same object twice becomes a back-reference from version 3
shared = [x * 2]
show('shared list', lambda: [shared, shared])
s2 = 'ab' + x
show('shared str', lambda: (s2, s2, s2))
f = n / 7
show('shared float', lambda: [f, (f, f)])
d = {'q': f}
show('shared dict', lambda: [d, d, [d]])
t = (n * 1000,)
show('shared tuple', lambda: {'a': t, 'b': t})
show('shared in set', lambda: [frozenset([t]), t])
show('same const twice', lambda: [1000.5, 1000.5])
show('variable itself', lambda: shared)

# a self-referencing list is written with a back-reference to itself
rec = [n]
rec.append(rec)
print('recursive list', marshal.dumps(rec))

# dump to a file-like object gives the same bytes
import io
buf = io.BytesIO()
marshal.dump(rec, buf)
marshal.dump((1, 2.5), buf, 2)
print(buf.getvalue())
print(marshal.version)

# constants of an imported module
import _marshal_consts
_marshal_consts.show()
