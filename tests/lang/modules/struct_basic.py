import struct

def show(fmt, *vals):
    b = struct.pack(fmt, *vals)
    print(repr(fmt), struct.calcsize(fmt), b, struct.unpack(fmt, b))

for pre in ('', '@', '=', '<', '>', '!'):
    show(pre + 'bBhHiIlLqQ', -1, 255, -2, 65535, -3, 4294967295, -4, 4294967295, -5, 2**64 - 1)
    show(pre + '?c3s4p', 5, b'z', b'abcdef', b'xy')
    show(pre + 'efd', 1.5, -2.25, 3.141592653589793)
    show(pre + 'xhxixq', 1, 2, 3)
    show(pre + '0s2x', b'')
for pre in ('', '@'):
    show(pre + 'nNP', -7, 2**64 - 1, 12345)
    show(pre + 'bq', 1, 2)
    show(pre + 'b0q', 1)
    show(pre + 'c3sP', b'a', b'bcd', 0)

# native alignment
for fmt in ('bh', 'bi', 'bq', 'bd', 'bf', 'be', 'b?', 'bP', 'hb', 'ib', 'qb', 'bhbibq', 'c3s2p5xn', 'bb0i', '3b0h'):
    print(fmt, struct.calcsize(fmt), struct.calcsize('=' + fmt) if 'n' not in fmt and 'P' not in fmt else '-')

# repeat counts and whitespace
print(struct.pack('<3h2b', 1, 2, 3, 4, 5))
print(struct.pack('< 2i \t h', 1, 2, 3))
print(struct.unpack('<10s', b'0123456789'), struct.unpack('<0s', b''))
print(struct.calcsize('100x'), struct.calcsize('<1000i'))

# floats: half precision rounding, special values
for x in (0.0, -0.0, 1.0, 65504.0, 65519.0, 6.1e-05, 6e-8, 5.96e-8, 2.9e-8, 3.0e-8, 1e-10, 0.1, 1/3,
          1.0009765625, 1.00048828125, 1.00146484375, float('inf'), float('-inf')):
    b = struct.pack('<e', x)
    print(x, b, struct.unpack('<e', b)[0], struct.unpack('>e', struct.pack('>e', x))[0])
print(struct.unpack('<e', struct.pack('<e', float('nan')))[0])
print(struct.unpack('<f', struct.pack('<f', 0.1))[0], struct.unpack('<d', struct.pack('<d', 0.1))[0])
print(struct.unpack('<f', struct.pack('<f', 3.4e38))[0], struct.pack('>f', float('-inf')))
print(struct.pack('f', 1e300), struct.pack('<d', 1e300))
print(struct.unpack('<f', b'\x00\x00\xc0\x7f'), struct.unpack('>d', b'\x7f\xf0' + bytes(6)))
print(struct.pack('<d', 7), struct.pack('<f', True))

# integers: boundaries
for code, lo, hi in (('b', -128, 127), ('B', 0, 255), ('h', -2**15, 2**15 - 1), ('H', 0, 2**16 - 1),
                     ('i', -2**31, 2**31 - 1), ('I', 0, 2**32 - 1), ('q', -2**63, 2**63 - 1),
                     ('Q', 0, 2**64 - 1)):
    for pre in '<>':
        b = struct.pack(pre + code * 2, lo, hi)
        print(pre + code, b.hex(), struct.unpack(pre + code * 2, b))
print(struct.unpack('<l', b'\xff\xff\xff\xff'), struct.unpack('<L', b'\xff\xff\xff\xff'))
print(struct.unpack('@l', b'\xff' * 8), struct.unpack('@L', b'\xff' * 8))

class Idx:
    def __index__(self):
        return 42
print(struct.pack('<i', Idx()), struct.pack('<d', Idx()), struct.pack('<?', []), struct.pack('<?', [0]))
print(struct.unpack('<??', b'\x00\x07'))

# pascal strings
print(struct.pack('<1p', b'abc'), struct.pack('<2p', b'abc'), struct.pack('<5p', b'abc'))
print(struct.unpack('<5p', b'\x09abcd'), struct.unpack('<5p', b'\x02abcd'))
print(struct.pack('<300p', b'a' * 300)[:3], len(struct.pack('<300p', b'a' * 300)))

# buffers
print(struct.unpack('<h', bytearray(b'\x01\x02')), struct.unpack('<h', memoryview(b'\x01\x02')))
print(struct.unpack_from('<h', b'\x00\x01\x02\x03', 1), struct.unpack_from('<h', b'\x00\x01\x02\x03', offset=2))
print(struct.unpack_from('<h', b'\x00\x01\x02\x03', -2), struct.unpack_from('<h', buffer=b'\x00\x01'))
ba = bytearray(10)
struct.pack_into('<hi', ba, 2, 1, -1)
print(ba)
struct.pack_into('<h', ba, -2, 0x4142)
print(ba)
mv = memoryview(ba)
struct.pack_into('<b', mv, 0, 7)
print(ba)
ba2 = bytearray(b'\xff' * 8)
struct.pack_into('<bxh', ba2, 0, 1, 2)
print(ba2)
print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')))
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(type(it).__name__, list(struct.iter_unpack('<h', b'')))

# Struct objects
s = struct.Struct('<hhl')
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b'\x01\x00\x02\x00\x03\x00\x00\x00'))
print(s.unpack_from(b'xx\x01\x00\x02\x00\x03\x00\x00\x00', 2), s.unpack_from(buffer=bytes(8)))
print(list(s.iter_unpack(bytes(16))))
ba = bytearray(12)
s.pack_into(ba, 4, 9, 8, 7)
print(ba)
print(struct.Struct(b'>I').format, struct.Struct(format='>I').size)
s.__init__('>2b')
print(s.format, s.size, s.pack(1, 2))

class MyStruct(struct.Struct):
    def __init__(self, fmt):
        super().__init__('<' + fmt)
        self.extra = fmt

ms = MyStruct('hh')
print(type(ms).__name__, ms.format, ms.size, ms.extra, ms.pack(1, 2), isinstance(ms, struct.Struct))
print(struct.Struct.__name__, struct.Struct.__module__, struct.error.__name__, struct.error.__module__)
print(issubclass(struct.error, Exception), sorted(struct.__all__))
struct._clearcache()
print(struct.calcsize('i'))
try:
    struct.pack('b', 1000)
except struct.error as e:
    print('struct.error', e, e.args)
