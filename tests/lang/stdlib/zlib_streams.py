# compressobj/decompressobj: incremental streams, flush modes, parameters,
# zdict, max_length with unconsumed_tail, unused_data, eof, copy().
import copy
import zlib

def sample(n, seed=3):
    out = bytearray()
    x = seed
    while len(out) < n:
        x = (x * 69069 + 1) & 0xffffffff
        out += b'%d:%s;' % (x % 1000, b'abcdefgh'[: x % 8])
    return bytes(out[:n])

data = sample(200000)
# incremental compression in chunks, identical to CPython's bytes
for chunk in [1, 100, 4096, 65536]:
    c = zlib.compressobj()
    parts = [c.compress(data[i:i + chunk]) for i in range(0, 20000 if chunk == 1 else len(data), chunk)]
    parts.append(c.flush())
    z = b''.join(parts)
    print('chunk', chunk, len(z), zlib.crc32(z), len([p for p in parts if p]))

# all parameters
for level, wbits, memlevel, strategy in [(1, 15, 8, 0), (9, -15, 9, 1), (6, 31, 1, 2),
                                         (0, 9, 8, 0), (5, 12, 4, 3), (7, -9, 8, 4)]:
    c = zlib.compressobj(level, zlib.DEFLATED, wbits, memlevel, strategy)
    z = c.compress(data[:50000]) + c.flush()
    back = zlib.decompressobj(wbits).decompress(z)
    print('params', level, wbits, memlevel, strategy, len(z), zlib.crc32(z), back == data[:50000])
c = zlib.compressobj(level=3, wbits=-12, memLevel=7, strategy=zlib.Z_FILTERED)
print('kw', zlib.crc32(c.compress(data[:30000]) + c.flush()))

# flush modes in the middle of a stream
c = zlib.compressobj(6)
out = []
for mode in [zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK]:
    out.append(c.compress(data[:3000]))
    f = c.flush(mode)
    print('flush mode', mode, len(f), f[-4:])
    out.append(f)
out.append(c.flush(zlib.Z_FINISH))
z = b''.join(out)
print('flushed stream', len(z), zlib.crc32(z), zlib.decompress(z) == data[:3000] * 5)
# a sync flush makes everything so far decodable
c = zlib.compressobj()
part = c.compress(b'hello ') + c.flush(zlib.Z_SYNC_FLUSH)
d = zlib.decompressobj()
print('sync', d.decompress(part), d.eof)
part2 = c.compress(b'world') + c.flush()
print('sync2', d.decompress(part2), d.eof, d.unused_data)
print('double sync', c.flush(zlib.Z_SYNC_FLUSH) if False else '', zlib.compressobj().flush(zlib.Z_SYNC_FLUSH))

# decompression byte by byte, with trailing data
z = zlib.compress(data[:5000]) + b'TRAILER'
d = zlib.decompressobj()
got = b''.join(d.decompress(z[i:i + 1]) for i in range(len(z)))
print('bytewise', got == data[:5000], d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print('whole', d.decompress(z) == data[:5000], d.unused_data, d.decompress(b'more'), d.unused_data)

# max_length and unconsumed_tail
z = zlib.compress(data)
d = zlib.decompressobj()
pieces = []
chunk = d.decompress(z, 1000)
pieces.append(chunk)
print('max_length first', len(chunk), len(d.unconsumed_tail), d.eof)
while d.unconsumed_tail:
    chunk = d.decompress(d.unconsumed_tail, 7777)
    pieces.append(chunk)
print('max_length pieces', len(pieces), [len(p) for p in pieces[:5]], d.eof)
pieces.append(d.flush())
print('max_length total', b''.join(pieces) == data)
for ml in [1, 2, 100, 32768, 32769, 100000, 10 ** 7]:
    d = zlib.decompressobj()
    a = d.decompress(z, ml)
    print('ml', ml, len(a), len(d.unconsumed_tail), zlib.crc32(d.unconsumed_tail))
# flush() finishes with unconsumed_tail
d = zlib.decompressobj()
a = d.decompress(z, 10)
rest = d.flush()
print('flush tail', len(a), len(rest), a + rest == data, d.eof, d.unconsumed_tail)
d = zlib.decompressobj()
a = d.decompress(z[:1000])
print('partial flush', len(a), len(d.flush()), d.eof)
print('flush length', len(zlib.decompressobj().flush(1)))

# zdict
zd = b'common words alpha beta gamma delta epsilon '
msg = b'alpha beta gamma delta epsilon alpha gamma ' * 3
for wbits in [15, -15]:
    c = zlib.compressobj(wbits=wbits, zdict=zd)
    z = c.compress(msg) + c.flush()
    print('zdict', wbits, len(z), z[:8])
    d = zlib.decompressobj(wbits=wbits, zdict=zd)
    print('  back', d.decompress(z) == msg, d.eof)
    d = zlib.decompressobj(wbits=wbits, zdict=bytearray(zd))
    print('  bytearray', d.decompress(z) == msg)
try:
    zlib.decompressobj(zdict=b'wrong dictionary').decompress(z_ := zlib.compressobj(zdict=zd).flush())
except zlib.error as e:
    print('wrong zdict', e)
d = zlib.decompressobj()
try:
    d.decompress(zlib.compressobj(zdict=zd).flush())
except zlib.error as e:
    print('no zdict', e)

# copy() of both kinds, and copy module support
c = zlib.compressobj()
head = c.compress(data[:10000])
c2 = c.copy()
c3 = copy.copy(c)
c4 = copy.deepcopy(c)
t1 = c.compress(b'ONE') + c.flush()
t2 = c2.compress(b'TWO') + c2.flush()
print('ccopy', zlib.decompress(head + t1)[-3:], zlib.decompress(head + t2)[-3:],
      zlib.crc32(c3.flush()) == zlib.crc32(c4.flush()))
z = zlib.compress(data[:20000]) + b'tail'
d = zlib.decompressobj()
first = d.decompress(z[:5000], 3000)
d2 = d.copy()
r1 = first + d.decompress(d.unconsumed_tail + z[5000:])
r2 = first + d2.decompress(d2.unconsumed_tail + z[5000:])
print('dcopy', r1 == r2 == data[:20000], d.unused_data, d2.unused_data, d2.eof)
d3 = copy.deepcopy(d2)
print('dcopy eof', d3.eof, d3.unused_data)
