import os, tempfile, stat, io, re, gc
top = tempfile.mkdtemp(prefix='pre_', suffix='_suf')
b = os.path.basename(top)
print(b.startswith('pre_'), b.endswith('_suf'), len(b), os.path.isabs(top), oct(stat.S_IMODE(os.stat(top).st_mode)))
print(os.path.dirname(top) == tempfile.gettempdir(), tempfile.gettempprefix(), tempfile.gettempprefixb(), type(tempfile.gettempdirb()).__name__)
print(tempfile.template, tempfile.TMP_MAX, tempfile.tempdir == tempfile.gettempdir())
def rel(p): return os.path.relpath(p, top)
def NAME(p, pre='tmp'):
    r = rel(p)
    assert r.startswith(pre) and re.fullmatch('[a-z0-9_]{8}', r[len(pre):len(pre)+8]), r
    return pre + '<8>' + r[len(pre)+8:]
# mkstemp
fd, path = tempfile.mkstemp(dir=top)
print(NAME(path), os.path.isabs(path), oct(stat.S_IMODE(os.stat(path).st_mode)), type(fd).__name__)
os.write(fd, b'data'); os.close(fd)
print(open(path, 'rb').read()); os.unlink(path)
fd, path = tempfile.mkstemp(suffix='.x', prefix='p', dir=top, text=True); os.close(fd)
print(NAME(path, 'p')); os.unlink(path)
fd, path = tempfile.mkstemp(dir=os.fsencode(top)); os.close(fd)
print(type(path).__name__, os.path.basename(path).startswith(b'tmp')); os.unlink(path)
try: tempfile.mkstemp(prefix=b'x', suffix='y')
except TypeError as e: print(e)
# relative dir: mkstemp absolute, mkdtemp relative
cwd = os.getcwd(); os.chdir(top)
fd, path = tempfile.mkstemp(dir='.'); os.close(fd); print(os.path.isabs(path)); os.unlink(path)
d = tempfile.mkdtemp(dir='.'); print(os.path.isabs(d), d.startswith('./tmp')); os.rmdir(d)
os.chdir(cwd)
d = tempfile.mkdtemp(dir=top, prefix=''); print(len(os.path.basename(d))); os.rmdir(d)
# NamedTemporaryFile
with tempfile.NamedTemporaryFile(dir=top, suffix='.txt') as f:
    print(NAME(f.name), os.path.exists(f.name), f.delete, f.mode if hasattr(f, 'mode') else None)
    f.write(b'hello'); f.seek(0); print(f.read(), f.file.name == f.name)
    name = f.name
print(os.path.exists(name), f.closed)
f = tempfile.NamedTemporaryFile('w+', dir=top, delete=False)
f.write('text\nmore\n'); f.seek(0); print(list(f)); f.close()
print(os.path.exists(f.name), open(f.name).read()); os.unlink(f.name)
f = tempfile.NamedTemporaryFile(dir=top); name = f.name
f.close(); f.close(); print(os.path.exists(name))
f = tempfile.NamedTemporaryFile(dir=top); name = f.name; del f; gc.collect(); print(os.path.exists(name))
# TemporaryFile
with tempfile.TemporaryFile(dir=top) as f:
    f.write(b'abc'); f.seek(0); print(f.read(), type(f.name).__name__, os.listdir(top))
with tempfile.TemporaryFile('w+', dir=top) as f:
    f.write('xyz'); f.seek(0); print(f.read())
# SpooledTemporaryFile
s = tempfile.SpooledTemporaryFile(max_size=10, dir=top)
s.write(b'12345'); print(s._rolled, s.tell(), s.name)
s.write(b'678901'); print(s._rolled, s.tell(), type(s.name).__name__)
s.seek(0); print(s.read()); s.close(); print(s.closed)
with tempfile.SpooledTemporaryFile(mode='w+') as s:
    s.write('hi there'); s.seek(0); print(s.read(), s._rolled, s.mode)
    s.rollover(); print(s._rolled); s.seek(0); print(s.read())
s = tempfile.SpooledTemporaryFile(); s.write(b'q'); s.fileno(); print(s._rolled); s.close()
# TemporaryDirectory
with tempfile.TemporaryDirectory(dir=top) as d:
    print(type(d).__name__, os.path.isdir(d), NAME(d))
    os.makedirs(os.path.join(d, 'a/b')); open(os.path.join(d, 'a/b/f'), 'w').close()
print(os.path.exists(d))
td = tempfile.TemporaryDirectory(dir=top, prefix='zz')
print(repr(td).startswith("<TemporaryDirectory '"), os.path.basename(td.name)[:2])
td.cleanup(); print(os.path.exists(td.name)); td.cleanup()
td = tempfile.TemporaryDirectory(dir=top); n = td.name
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    del td; gc.collect()
print(os.path.exists(n))
print(os.listdir(top))
os.rmdir(top)
old = tempfile.tempdir
tempfile.tempdir = '/sfs_custom'
print(tempfile.gettempdir(), tempfile.gettempdirb())
tempfile.tempdir = old
print(tempfile.NamedTemporaryFile.__name__, tempfile.TemporaryDirectory.__name__)
