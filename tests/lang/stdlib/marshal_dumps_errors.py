# marshal.dumps / dump errors as CPython reports them: unmarshallable
# objects (types, functions, instances, subclasses of the built-in types),
# nesting deeper than 2000 levels (the dict terminator counts as a level),
# the last error wins when a value has several, and argument errors.
import marshal, io

def t(label, f, *a):
    try:
        r = f(*a)
        print(label, type(r).__name__, r if not isinstance(r, bytes) else r[:40])
    except Exception as e:
        print(label, type(e).__name__, e)

class S(str): pass
class I(int): pass
class L(list): pass
class B(bytes): pass

t('type', marshal.dumps, int)
t('function', marshal.dumps, t)
t('instance', marshal.dumps, object())
t('str subclass', marshal.dumps, S('a'))
t('int subclass', marshal.dumps, I(3))
t('list subclass', marshal.dumps, L())
t('bytes subclass', marshal.dumps, B(b'ab'))
t('range', marshal.dumps, range(3))
t('in list', marshal.dumps, [1, 2, object()])
t('in dict value', marshal.dumps, {'a': int})
t('in set', marshal.dumps, {1, int})
t('in frozenset', marshal.dumps, frozenset([int]))
t('in tuple', marshal.dumps, (1, (2, int)))
t('in list v0', marshal.dumps, [int], 0)

def nest(k, inner):
    x = inner
    for i in range(k):
        x = [x]
    return x

t('depth 1999 ok', lambda: len(marshal.dumps(nest(1999, None))))
t('depth 2000', marshal.dumps, nest(2000, None))
t('depth 2001', marshal.dumps, nest(2001, None))
t('dict at 1999', marshal.dumps, nest(1999, {}))
t('dict at 1998', lambda: len(marshal.dumps(nest(1998, {}))))
t('tuple nest', marshal.dumps, nest(2001, ()))
t('unmarshallable then deep', marshal.dumps, [int, nest(2001, 1)])
t('deep then unmarshallable', marshal.dumps, [nest(2001, 1), int])
rec = []
rec.append(rec)
t('recursive list v2', marshal.dumps, rec, 2)
t('recursive list v3', lambda: marshal.dumps(rec, 3))

t('no args', marshal.dumps)
t('too many', marshal.dumps, 1, 2, 3)
t('str version', marshal.dumps, 1, 'x')
t('float version', marshal.dumps, 1, 2.0)
t('huge version', marshal.dumps, 1, 2**40)
t('bool version', marshal.dumps, 1.5, True)
t('negative version', marshal.dumps, [1.5, 'ab'], -1)
t('version 5', marshal.dumps, (1.5, 'ab'), 5)
try:
    marshal.dumps(1, version=2)
except TypeError as e:
    print('keyword', e)

t('dump no args', marshal.dump)
t('dump one arg', marshal.dump, 1)
t('dump not file', marshal.dump, 1, 2)
t('dump too many', marshal.dump, 1, io.BytesIO(), 2, 3)
t('dump unmarshallable', marshal.dump, int, io.BytesIO())
try:
    marshal.dump(1, io.BytesIO(), version=2)
except TypeError as e:
    print('dump keyword', e)

class W:
    def __init__(self):
        self.parts = []
    def write(self, b):
        self.parts.append(b)
        return 'ignored'
w = W()
print(marshal.dump((1, 'a'), w), w.parts)
