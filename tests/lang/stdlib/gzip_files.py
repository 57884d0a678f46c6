# gzip: GzipFile/open round trips through files in this directory (deleted
# afterwards), byte-identical output for a fixed mtime, header fields
# (FNAME, mtime), multi-member files, text mode, seek/tell, and errors.
import gzip
import io
import os

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, '_gzip_files_tmp.txt.gz')
path2 = os.path.join(here, '_gzip_files_tmp2.gz')

data = b''.join(b'line %d: %s\n' % (i, b'x' * (i % 50)) for i in range(3000))
try:
    with gzip.GzipFile(path, 'wb', mtime=1234567890) as f:
        print('write', f.write(data[:1000]), f.write(bytearray(data[1000:5000])),
              f.write(memoryview(data[5000:])), f.write(b''))
        print('mode', f.mode, f.name == path, f.writable(), f.readable(), f.closed)
    raw = open(path, 'rb').read()
    print('file', len(raw), raw[:10], raw[10:30], raw[-8:])
    with gzip.open(path) as f:
        print('read', f.read() == data, f.mtime, f.name == path)
    with gzip.open(path, 'rb') as f:
        print('parts', f.read(5), f.read1(10), f.peek(1)[:1], f.readline(), f.tell())
        f.seek(100)
        print('seek', f.tell(), f.read(10))
        f.seek(-5, 2)
        print('seek end', f.tell(), f.read())
        f.seek(0)
        print('rewound', f.read(7))
        f.rewind()
        print('lines', len(f.readlines()))
    # levels and no-name header from a file object
    for level in (0, 1, 6, 9):
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode='wb', compresslevel=level, mtime=0) as g:
            g.write(data)
        v = buf.getvalue()
        print('level', level, len(v), v[:10], gzip.decompress(v) == data)
    # append: a second member
    with gzip.open(path, 'ab') as f:
        f.write(b'second member\n')
    with gzip.open(path, 'rb') as f:
        everything = f.read()
    print('multi', len(everything), everything[-14:], everything[:-14] == data)
    # x mode refuses an existing file
    try:
        gzip.open(path, 'xb')
    except FileExistsError as e:
        print('x mode', type(e).__name__)
    # text mode
    with gzip.open(path2, 'wt', encoding='utf-8') as f:
        f.write('héllo\nwörld\n')
    with gzip.open(path2, 'rt', encoding='utf-8') as f:
        print('text', f.readlines())
    with gzip.open(path2, 'rb') as f:
        print('text bytes', f.read())
    # flush makes the data so far readable, write after close fails
    buf = io.BytesIO()
    g = gzip.GzipFile(fileobj=buf, mode='wb', mtime=5)
    g.write(b'abc')
    g.flush()
    print('flushed', len(buf.getvalue()), buf.getvalue()[-4:])
    g.close()
    g.close()
    print('closed', g.closed, gzip.decompress(buf.getvalue()))
    for fn in (lambda: g.write(b'x'), lambda: g.flush()):
        try:
            fn()
        except ValueError as e:
            print('after close', e)
    # wrong direction
    with gzip.open(path, 'rb') as f:
        try:
            f.write(b'x')
        except OSError as e:
            print('ro', e.errno, e.strerror)
    with gzip.open(path2, 'wb') as f:
        for fn in (lambda: f.read(), lambda: f.read1(), lambda: f.peek(1), lambda: f.rewind()):
            try:
                fn()
            except OSError as e:
                print('wo', e)
        f.write(b'12345')
        print('seek w', f.seek(10), f.tell())
        try:
            f.seek(2)
        except OSError as e:
            print('neg seek', e)
        try:
            f.seek(0, 2)
        except ValueError as e:
            print('end seek', e)
    with gzip.open(path2) as f:
        print('zeros', f.read())
    for mode in ('rt', 'U', 'z'):
        try:
            gzip.GzipFile(path, mode)
        except ValueError as e:
            print('mode', e)
    for kw in ({'encoding': 'utf-8'}, {'errors': 'strict'}, {'newline': ''}):
        try:
            gzip.open(path, 'rb', **kw)
        except ValueError as e:
            print('binary', e)
    try:
        gzip.open(path, 'rbt')
    except ValueError as e:
        print('rbt', e)
    try:
        gzip.open(123)
    except TypeError as e:
        print('open', e)
finally:
    for p in (path, path2):
        if os.path.exists(p):
            os.remove(p)
print('cleaned', os.path.exists(path), os.path.exists(path2))
