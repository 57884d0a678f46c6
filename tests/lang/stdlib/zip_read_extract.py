# zipfile: member file objects (read/readline/iteration/seek/peek),
# write() from disk, extract/extractall path sanitising, and errors.
import hashlib
import io
import os
import shutil
import warnings
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, '_zip_read_extract_tmp')
shutil.rmtree(WORK, ignore_errors=True)
os.mkdir(WORK)
DT = (2021, 12, 31, 23, 59, 58)


def info(name, ctype=zipfile.ZIP_STORED):
    zi = zipfile.ZipInfo(name, DT)
    zi.compress_type = ctype
    return zi


lines = b''.join(b'%d: ' % i + b'abc' * (i % 7) + b'\n' for i in range(2000)) + b'no newline'
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    zf.writestr(info('lines.txt', zipfile.ZIP_DEFLATED), lines)
    zf.writestr(info('stored.txt'), lines)
    zf.writestr(info('../evil.txt'), b'evil')
    zf.writestr(info('/abs/path.txt'), b'abs')
    zf.writestr(info('a/./b/../c.txt'), b'dots')
    zf.writestr(info('sub/'), b'')
raw = buf.getvalue()
print('sha', hashlib.sha256(raw).hexdigest()[:32])

with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    for name in ('lines.txt', 'stored.txt'):
        with zf.open(name) as f:
            print(repr(f))
            print(f.readable(), f.seekable(), f.tell())
            print(f.readline())
            print(f.readline(5), f.readline(), f.tell())
            print(f.read(10), f.tell())
            print(len(f.peek(3)) > 0, f.read1(4))
            f.seek(0)
            print(f.read(6), f.tell())
            f.seek(-10, 2)
            print(f.read(), f.tell())
            f.seek(100)
            print(f.read(8))
            f.seek(-50, 1)
            print(f.read(8), f.tell())
            f.seek(5000)
            print(f.readline())
        print(repr(f))
        with zf.open(name) as f:
            all_lines = list(f)
            print(len(all_lines), all_lines[0], all_lines[-1])
        with zf.open(name) as f:
            print(f.readlines()[1999:])
        with zf.open(name) as f:
            n = 0
            while True:
                chunk = f.read(777)
                if not chunk:
                    break
                n += len(chunk)
            print('chunks total', n == len(lines))
    # two members open at once
    a = zf.open('lines.txt')
    b = zf.open('stored.txt')
    print(a.read(5), b.read(5), a.read(5), b.read(5))
    a.close()
    b.close()
    try:
        a.read()
    except ValueError as e:
        print('ValueError', e)

    # extraction keeps everything inside the target directory
    print(zf.extract('../evil.txt', WORK) == os.path.join(WORK, 'evil.txt'))
    zf.extractall(WORK)
    found = []
    for root, dirs, files in os.walk(WORK):
        dirs.sort()
        for fn in sorted(files):
            p = os.path.join(root, fn)
            with open(p, 'rb') as fh:
                found.append((os.path.relpath(p, WORK), len(fh.read())))
        for d in dirs:
            found.append((os.path.relpath(os.path.join(root, d), WORK) + '/', 0))
    print(sorted(found))
    t = zf.extract(zf.getinfo('sub/'), os.path.join(WORK, 'again'))
    print(os.path.relpath(t, WORK), os.path.isdir(t))

# write() from disk: file, directory, arcname
src = os.path.join(WORK, 'srcfile.txt')
with open(src, 'wb') as fh:
    fh.write(b'from disk\n' * 50)
os.chmod(src, 0o640)
srcdir = os.path.join(WORK, 'srcdir')
os.mkdir(srcdir)
os.chmod(srcdir, 0o755)
buf2 = io.BytesIO()
with zipfile.ZipFile(buf2, 'w', zipfile.ZIP_DEFLATED) as zf:
    zf.write(src, 'renamed.txt')
    zf.write(src, arcname='/lead/../x.txt', compress_type=zipfile.ZIP_STORED)
    zf.write(srcdir, 'thedir')
    zf.mkdir('made', 0o700)
    try:
        zf.mkdir(info('notdir'))
    except ValueError as e:
        print('ValueError', e)
    try:
        zf.mkdir(3)
    except TypeError as e:
        print('TypeError', e)
    for zi in zf.infolist():
        print(zi.filename, zi.file_size, zi.compress_type, oct(zi.external_attr >> 16),
              zi.external_attr & 0xFF, len(zi.date_time))
    print(zipfile.ZipInfo.from_file(src, 'q').file_size)
with zipfile.ZipFile(buf2) as zf:
    print(zf.read('renamed.txt')[:10], zf.read('x.txt')[-10:], zf.namelist())

# errors
try:
    zipfile.ZipFile(io.BytesIO(b'PK\x03\x04 this is not a zip'))
except zipfile.BadZipFile as e:
    print('BadZipFile', e)
try:
    zipfile.ZipFile(io.BytesIO(raw), 'q')
except ValueError as e:
    print('ValueError', e)
try:
    zipfile.ZipInfo('old', (1979, 1, 1, 0, 0, 0))
except ValueError as e:
    print('ValueError', e)
try:
    zipfile.ZipFile(io.BytesIO(), 'w', compression=99)
except NotImplementedError as e:
    print('NotImplementedError', e)
with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    for bad in (lambda: zf.open('lines.txt', 'a'),
                lambda: zf.writestr('x', b'y'),
                lambda: setattr(zf, 'comment', 'str')):
        try:
            bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
zf = zipfile.ZipFile(io.BytesIO(), 'w')
w = zf.open('first', 'w')
for bad in (lambda: zf.open('second', 'w'), lambda: zf.writestr('x', b''),
            lambda: zf.close()):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
w.close()
zf.close()
print(repr(zf))
for bad in (lambda: zf.read('first'), lambda: zf.writestr('x', b''), lambda: zf.write(src)):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    with zipfile.ZipFile(io.BytesIO(), 'w') as zf:
        zf.writestr(info('dup'), b'1')
        zf.writestr(info('dup'), b'2')
        print(len(zf.namelist()), zf.read('dup') if False else '')
    print([str(w.message) for w in caught])

# a corrupted member: bad CRC and testzip
bad = bytearray(raw)
pos = bad.find(b'abcabc', bad.find(b'stored.txt') + 10)
bad[pos] = ord('X')
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as zf:
    print(zf.testzip())
    try:
        zf.read('stored.txt')
    except zipfile.BadZipFile as e:
        print('BadZipFile', e)
    print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile)

# a name without the UTF-8 flag is read as cp437
b2 = io.BytesIO()
with zipfile.ZipFile(b2, 'w') as zf:
    zf.writestr(info('\u00e9t\u00e9'), b'summer')
data = bytearray(b2.getvalue())
data[7] &= ~0x08   # local header flag bits, high byte: clear 0x800
cd = data.find(b'PK\x01\x02')
data[cd + 9] &= ~0x08
with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
    print(ascii(zf.namelist()), zf.read(zf.namelist()[0]))
with zipfile.ZipFile(io.BytesIO(bytes(data)), metadata_encoding='utf-8') as zf:
    print(ascii(zf.namelist()))
try:
    zipfile.ZipFile(io.BytesIO(), 'w', metadata_encoding='utf-8')
except ValueError as e:
    print('ValueError', e)

shutil.rmtree(WORK)
