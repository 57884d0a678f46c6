# gzip.compress/decompress: identical bytes for fixed mtimes, zlib's own
# header for mtime=0, multi-member and padded data, and the errors raised
# for bad magic, method, CRC, length and truncation (one shot and GzipFile).
import gzip
import io
import struct
import zlib

data = bytes(range(256)) * 40 + b'tail'
for level in (0, 1, 5, 9):
    for mtime in (0, 1, 1700000000):
        c = gzip.compress(data, level, mtime=mtime)
        print(level, mtime, len(c), c[:10], zlib.crc32(c), gzip.decompress(c) == data)
print(gzip.compress(b'', mtime=3))
print(gzip.decompress(gzip.compress(b'', mtime=3)))
print(gzip.decompress(b''))

a = gzip.compress(b'first ', mtime=1)
b = gzip.compress(b'second', mtime=2)
print('multi', gzip.decompress(a + b), gzip.decompress(a + b'\0\0\0\0' + b))
with gzip.GzipFile(fileobj=io.BytesIO(a + b'\0' * 10 + b)) as f:
    print('multi file', f.read(), f.mtime)

# optional header fields: FEXTRA, FNAME, FCOMMENT, FHCRC
body = zlib.compress(b'payload', wbits=-15)
trailer = struct.pack('<II', zlib.crc32(b'payload'), 7)
hdr = b'\x1f\x8b\x08' + bytes([4 | 8 | 16 | 2]) + struct.pack('<I', 99) + b'\x00\xff'
hdr += struct.pack('<H', 3) + b'xyz' + b'name.txt\0' + b'a comment\0' + b'\x12\x34'
print('fields', gzip.decompress(hdr + body + trailer))
with gzip.GzipFile(fileobj=io.BytesIO(hdr + body + trailer)) as f:
    print('fields file', f.read(), f.mtime)

def t(label, blob):
    try:
        r = gzip.decompress(blob)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, r[:20])
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(blob)) as f:
            r = f.read()
    except Exception as e:
        print(label, 'file', type(e).__name__, e)
    else:
        print(label, 'file', r[:20])

good = gzip.compress(b'hello gzip world', mtime=7)
t('magic', b'PK' + good[2:])
t('method', good[:2] + b'\x07' + good[3:])
t('crc', good[:-8] + b'\0\0\0\0' + good[-4:])
t('length', good[:-4] + b'\1\0\0\0')
t('truncated', good[:-3])
t('truncated body', good[:15])
t('short header', good[:5])
t('trailing garbage', good + b'garbage')
print(issubclass(gzip.BadGzipFile, OSError), gzip.BadGzipFile.__mro__[1].__name__)
