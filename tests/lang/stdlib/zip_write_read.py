# zipfile: archives written with fixed timestamps are byte-identical to
# CPython's; read-back of names, infos, data, comments.
import hashlib
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ARC = os.path.join(HERE, '_zip_write_read_tmp.zip')
DT = (2020, 5, 17, 13, 45, 32)


def sha(data):
    return hashlib.sha256(data).hexdigest()[:32]


def info(name, ctype=zipfile.ZIP_STORED, dt=DT):
    zi = zipfile.ZipInfo(name, dt)
    zi.compress_type = ctype
    zi.external_attr = 0o644 << 16
    return zi


text = b''.join(b'line %d of some text\n' % i for i in range(300))
with zipfile.ZipFile(ARC, 'w') as zf:
    zf.writestr(info('a.txt'), b'hello world\n')
    zf.writestr(info('dir/b.txt', zipfile.ZIP_DEFLATED), text)
    zf.writestr(info('c.bin', zipfile.ZIP_DEFLATED), bytes(range(256)) * 10, compresslevel=9)
    zf.writestr(info('empty'), b'')
    zf.writestr(info('str.txt'), 'unicode str \u00e9\u20ac')
    zf.writestr(info('caf\u00e9/\u00fc.txt'), b'utf8 name')
    zf.mkdir('newdir')
    zi = info('withcomment.txt')
    zi.comment = b'member comment'
    zf.writestr(zi, b'x' * 100)
    with zf.open(info('streamed.txt', zipfile.ZIP_DEFLATED), 'w') as w:
        for i in range(50):
            w.write(b'chunk %d\n' % i)
    zf.comment = b'archive comment'
    print(repr(zf)[:25], zf.mode)
print(repr(zf))

with open(ARC, 'rb') as f:
    data = f.read()
print('size', len(data), 'sha', sha(data))
print(zipfile.is_zipfile(ARC), zipfile.is_zipfile(io.BytesIO(data)),
      zipfile.is_zipfile(io.BytesIO(b'not a zip')))

with zipfile.ZipFile(ARC) as zf:
    print(zf.namelist())
    print(zf.comment)
    for zi in zf.infolist():
        print(zi)
        print(' ', zi.filename, zi.date_time, zi.compress_type, zi.file_size,
              zi.compress_size, hex(zi.CRC), oct(zi.external_attr >> 16),
              zi.external_attr & 0xFFFF, zi.comment, zi.is_dir(), zi.flag_bits,
              zi.create_system, zi.create_version, zi.extract_version, zi.header_offset)
    print(zf.read('a.txt'))
    print(zf.read('dir/b.txt') == text)
    print(zf.read('c.bin') == bytes(range(256)) * 10)
    print(zf.read('str.txt').decode())
    print(zf.read('caf\u00e9/\u00fc.txt'), zf.read(zf.getinfo('empty')))
    print(zf.read('streamed.txt')[:30])
    print(zf.testzip())
    buf = io.StringIO()
    zf.printdir(file=buf)
    print(buf.getvalue())
    try:
        zf.getinfo('missing')
    except KeyError as e:
        print('KeyError', e)
    try:
        zf.read('missing')
    except KeyError as e:
        print('KeyError', e)
    try:
        zf.writestr('x', b'')
    except ValueError as e:
        print('ValueError', e)

# in memory, default compression for writestr with a name and open('w')
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
    zf.writestr(info('one', zipfile.ZIP_DEFLATED), b'abc' * 1000)
    with zf.open(info('two'), 'w') as w:
        w.write(b'direct')
    print(zf.namelist())
print('mem', len(buf.getvalue()), sha(buf.getvalue()))

# append mode adds to an existing archive
with zipfile.ZipFile(ARC, 'a') as zf:
    zf.writestr(info('appended.txt', zipfile.ZIP_DEFLATED), b'added later' * 20)
with open(ARC, 'rb') as f:
    data = f.read()
print('appended', len(data), sha(data))
with zipfile.ZipFile(ARC) as zf:
    print(zf.namelist()[-2:], zf.read('appended.txt')[:22], zf.comment)

# 'x' refuses an existing file
try:
    zipfile.ZipFile(ARC, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno)
os.remove(ARC)
with zipfile.ZipFile(ARC, 'x') as zf:
    zf.writestr(info('only'), b'1')
with open(ARC, 'rb') as f:
    print('x mode', sha(f.read()))
os.remove(ARC)

# unseekable output: data descriptors
class Unseekable(io.RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)
    def tell(self):
        raise OSError('no tell')
    def flush(self):
        pass

out = Unseekable()
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(info('dd1', zipfile.ZIP_DEFLATED), b'data descriptor' * 10)
    zf.writestr(info('dd2'), b'stored')
raw = b''.join(out.chunks)
print('unseekable', len(raw), sha(raw))
with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    for zi in zf.infolist():
        print(zi.filename, zi.flag_bits, zi.file_size, zf.read(zi)[:15])

# force_zip64 writes a ZIP64 extra field in the local header
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    with zf.open(info('z64'), 'w', force_zip64=True) as w:
        w.write(b'zip64 data')
print('zip64', len(buf.getvalue()), sha(buf.getvalue()))
with zipfile.ZipFile(buf) as zf:
    zi = zf.getinfo('z64')
    print(zi.extract_version, zi.file_size, zf.read('z64'))
