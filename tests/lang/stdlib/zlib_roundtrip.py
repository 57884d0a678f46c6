# zlib one-shot compress/decompress: byte-identical output for every level,
# wbits (zlib, raw, gzip containers) and bufsize; constants and versions.
import zlib

def sample(n, seed=1):
    out = bytearray()
    x = seed
    words = [b'alpha', b'beta', b'gamma', b'delta', b' ', b'\n', b'0123456789']
    while len(out) < n:
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out += words[x % len(words)]
        if x % 7 == 0:
            out.append(x & 0xff)
    return bytes(out[:n])

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE)
for name in ['Z_NO_COMPRESSION', 'Z_BEST_SPEED', 'Z_BEST_COMPRESSION', 'Z_DEFAULT_COMPRESSION',
             'Z_FILTERED', 'Z_HUFFMAN_ONLY', 'Z_RLE', 'Z_FIXED', 'Z_DEFAULT_STRATEGY',
             'Z_NO_FLUSH', 'Z_PARTIAL_FLUSH', 'Z_SYNC_FLUSH', 'Z_FULL_FLUSH', 'Z_FINISH',
             'Z_BLOCK', 'Z_TREES']:
    print(name, getattr(zlib, name))
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, type(zlib.ZLIB_VERSION).__name__)
print(zlib.__version__, zlib.error.__name__, zlib.error.__module__, zlib.error.__mro__[1].__name__)

data = sample(100000)
for level in [-1, 0, 1, 5, 9]:
    c = zlib.compress(data, level)
    print('level', level, len(c), zlib.crc32(c), zlib.decompress(c) == data)
for wbits in [9, 12, 15, -9, -15, 25, 31]:
    c = zlib.compress(data, wbits=wbits)
    print('wbits', wbits, len(c), zlib.adler32(c), zlib.decompress(c, wbits) == data)
    if wbits > 0:
        # 47: automatic zlib/gzip header detection
        print('  auto', zlib.decompress(c, 47) == data)
for bufsize in [0, 1, 7, 1000, 1 << 20]:
    print('bufsize', bufsize, zlib.decompress(zlib.compress(data), bufsize=bufsize) == data)

print(zlib.compress(b''))
print(zlib.compress(b'', 0))
print(zlib.compress(b'hello world'))
print(zlib.compress(b'hello world', wbits=31))
print(zlib.compress(b'hello world', 9, -15))
print(zlib.decompress(zlib.compress(b'')))
print(zlib.compress(bytearray(b'abcabcabc')), zlib.compress(memoryview(b'abcabcabc')))
print(zlib.decompress(bytearray(zlib.compress(b'xyz'))), zlib.decompress(memoryview(zlib.compress(b'xyz'))))
big = bytes(3 * 1024 * 1024)            # output grows over several blocks
cb = zlib.compress(big)
print(len(cb), zlib.crc32(cb), len(zlib.decompress(cb)), zlib.decompress(cb) == big)
print(zlib.decompress(cb, bufsize=1) == big)
r = sample(300000, 7)
cr = zlib.compress(r, 1)
print(len(cr), zlib.crc32(cr), zlib.decompress(cr) == r)
