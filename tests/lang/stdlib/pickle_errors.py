# pickle: exception types and messages for bad objects and bad streams.
import pickle, io, re


def clean(msg):
    return re.sub(' at 0x[0-9a-f]+', ' at 0x...', str(msg))


def try_dump(label, obj, proto=None):
    try:
        data = pickle.dumps(obj, proto)
        print(label, 'ok', data)
    except Exception as e:
        print(label, type(e).__name__, clean(e))


def make_local():
    def inner():
        pass
    return inner


class Renamed:
    pass


Renamed.__qualname__ = 'Nope'


class Elsewhere:
    pass


Elsewhere.__module__ = 'no_such_module_xyz'


class Impostor:
    pass


Impostor_real = Impostor


class Impostor:  # noqa: F811 -- the old class is no longer reachable by name
    pass


class BadReduce:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


for proto in (0, 2, 4):
    try_dump('lambda', lambda: 0, proto)
    try_dump('local', make_local(), proto)
    try_dump('renamed', Renamed, proto)
    try_dump('elsewhere', Elsewhere, proto)
    try_dump('impostor', Impostor_real, proto)

# object.__reduce_ex__(>=2) of a non-instantiable type is a core gap in gilpy,
# so only protocol 0 (copyreg._reduce_ex) is compared here.
try_dump('generator', (x for x in ()), 0)
try_dump('module', io, 0)

for rv in (42, (), (len,), (1, ()), (len, [1]), (len, (), None, 5),
           (len, (), None, None, 5), (len, (), None, None, None, 5),
           (len, (), None, None, None, None, 7)):
    try_dump('reduce %r' % (rv,), BadReduce(rv), 2)


class WrongNewobj:
    def __reduce__(self):
        import copyreg
        return copyreg.__newobj__, (int,)


try_dump('newobj_wrong_class', WrongNewobj(), 2)


class SlotsNoState:
    __slots__ = ('a',)


for proto in (0, 1, 2):
    try_dump('slots', SlotsNoState(), proto)

try_dump('proto6', 1, 6)
for args in ((io.BytesIO(), 0), (io.BytesIO(), 4)):
    try:
        pickle.Pickler(*args, buffer_callback=print)
        print('pickler ok', args[1])
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.Pickler(object())
except Exception as e:
    print(type(e).__name__, e)

streams = [b'', b'x', b'\x80\x04', b'\x80\x09N.', b'K', b'(', b'N', b'.', b'(.',
           b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N.',
           b'h\x05.', b'0.', b'a.', b'Xab', b'I1a\n.', b'S"abc\n.', b'F1.x\n.',
           b'cbuiltins\nnosuch\n.', b'cno_such_module_xyz\nx\n.',
           b'(N.', b'}N.', b'\xff', b'\x97.', b'J\x01\x00', b'Vab\n.',
           b'\x8b\xff\xff\xff\xff.', b'\x8a\x02\x01', b'b.', b'NN.',
           b'N\x94\x94.', b'(t.', b'(1.', b'1.', b'\x85.', b'N\x86.',
           b'I01\n.', b'I00\n.', b'I12\n.', b'L12L\n.', b'S\'a\\n\\x41\'\n.',
           b'Vx\\u20acy\\\\z\n.', b'}(K\x01e.']
for data in streams:
    try:
        print(data, 'ok', repr(pickle.loads(data)))
    except Exception as e:
        print(data, type(e).__name__, e)

try:
    pickle.loads('text')
except Exception as e:
    print(type(e).__name__, e)
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
