# pickle: Pickler/Unpickler hooks, files, PickleBuffer, fix_imports, encodings.
import pickle, io, copyreg, collections


class Thing:
    def __init__(self, name):
        self.name = name


class Db:
    def __init__(self):
        self.rows = {'r1': 'row one', 'r2': 'row two'}


class PersistPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('r'):
            return 'ID:' + obj
        return None


class PersistUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded<' + pid + '>'


for proto in range(6):
    f = io.BytesIO()
    PersistPickler(f, proto).dump(['r1', 'x', ('r2', 5)])
    data = f.getvalue()
    print(proto, data, PersistUnpickler(io.BytesIO(data)).load())
try:
    pickle.loads(pickle.dumps(1) and data)
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)


class TablePickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Thing] = lambda t: (Thing, ('table:' + t.name,))


f = io.BytesIO()
TablePickler(f, 2).dump(Thing('a'))
print(f.getvalue(), pickle.loads(f.getvalue()).name)

f = io.BytesIO()
p = pickle.Pickler(f, 4)
p.dispatch_table = {Thing: lambda t: (str, ('instance-dispatch',))}
p.dump(Thing('b'))
print(f.getvalue(), pickle.loads(f.getvalue()))


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Thing):
            return Thing, ('override:' + obj.name,)
        if obj is int:
            return str, ('class replaced',)
        return NotImplemented


f = io.BytesIO()
OverridePickler(f, 4).dump([Thing('c'), int, 1, 'z'])
print(f.getvalue(), [getattr(x, 'name', x) for x in pickle.loads(f.getvalue())])


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))


for obj in ({1, 2}, Thing('d')):
    data = pickle.dumps(obj, 2)
    try:
        print(Restricted(io.BytesIO(data)).load())
    except pickle.UnpicklingError as e:
        print('UnpicklingError', e)

# several pickles in one file, memo kept across dump() calls
f = io.BytesIO()
p = pickle.Pickler(f, 3)
shared = ['shared']
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), u.load(), u.load())
try:
    u.load()
except EOFError as e:
    print('EOFError', e)

# dump/load on files, framed data read back from a file
big = {'k%d' % i: [i, str(i) * 3, i / 3] for i in range(5000)}
f = io.BytesIO()
pickle.dump(big, f, 4)
pickle.dump('tail', f, 0)
f.seek(0)
print(pickle.load(f) == big, pickle.load(f), f.read())

# protocol 5 buffers
buf = bytearray(b'abcdef')
print(pickle.dumps(pickle.PickleBuffer(buf), 5))
print(pickle.dumps(pickle.PickleBuffer(b'ro'), 5))
collected = []
data = pickle.dumps([pickle.PickleBuffer(buf), pickle.PickleBuffer(b'ro'), 1], 5,
                    buffer_callback=collected.append)
print(data, len(collected))
back = pickle.loads(data, buffers=[b.raw() for b in collected])
print(bytes(back[0]), bytes(back[1]), back[1].readonly, back[2])
try:
    pickle.loads(data, buffers=[])
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)
try:
    pickle.dumps(pickle.PickleBuffer(b'x'), 4)
except pickle.PicklingError as e:
    print('PicklingError', e)

# fix_imports and Python 2 style streams
for fix in (True, False):
    print(pickle.dumps([range(2), str, ValueError, ConnectionError], 2,
                       fix_imports=fix))
print(pickle.loads(b'c__builtin__\nxrange\n(I3\ntR.'))
print(pickle.loads(b'cexceptions\nValueError\n(S\'x\'\ntR.'))
try:
    pickle.loads(b'c__builtin__\nxrange\n.', fix_imports=False)
except Exception as e:
    print(type(e).__name__, e)
py2 = b"U\x04caf\xe9q\x00."
print(pickle.loads(py2, encoding='latin1'), pickle.loads(py2, encoding='bytes'))
try:
    pickle.loads(py2)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
print(pickle.loads(b'T\x02\x00\x00\x00hi.'), pickle.loads(b"S'a\\x41'\np0\n."))

# the unpickler keeps working after an error in one stream
for data in (b'\x80\x04K', b'\x80\x02K\x05.'):
    try:
        print(pickle.Unpickler(io.BytesIO(data)).load())
    except pickle.UnpicklingError as e:
        print('UnpicklingError', e)
