import os, shutil, tempfile, io, stat
top = tempfile.mkdtemp()
cwd = os.getcwd()
os.chdir(top)
def tree(root):
    out = []
    for dp, dn, fn in os.walk(root):
        dn.sort()
        for f in sorted(fn):
            p = os.path.join(dp, f)
            out.append((p, os.path.islink(p) and os.readlink(p) or open(p).read()))
        out.append((dp + '/',))
    return sorted(out)
# copyfileobj
src = io.BytesIO(b'x' * 100000); dst = io.BytesIO()
shutil.copyfileobj(src, dst); print(len(dst.getvalue()))
src = io.StringIO('abcdef'); dst = io.StringIO()
shutil.copyfileobj(src, dst, 4); print(dst.getvalue())
# copyfile
with open('a.txt', 'w') as f: f.write('AAA')
os.chmod('a.txt', 0o604)
os.utime('a.txt', (1000000000, 1200000000))
print(shutil.copyfile('a.txt', 'b.txt'), open('b.txt').read())
try: shutil.copyfile('a.txt', 'a.txt')
except shutil.SameFileError as e: print(type(e).__name__, e, isinstance(e, shutil.Error), isinstance(e, OSError))
try: shutil.copyfile('nope', 'c.txt')
except FileNotFoundError as e: print(e)
try: shutil.copyfile('a.txt', 'nodir/c.txt')
except FileNotFoundError as e: print(e)
os.mkdir('dd')
try: shutil.copyfile('a.txt', 'dd')
except IsADirectoryError as e: print(e)
try: shutil.copyfile('a.txt', 'nodir/')
except FileNotFoundError as e: print(e)
# copymode / copystat
shutil.copymode('a.txt', 'b.txt'); print(oct(stat.S_IMODE(os.stat('b.txt').st_mode)))
os.chmod('b.txt', 0o600)
shutil.copystat('a.txt', 'b.txt'); st = os.stat('b.txt')
print(oct(stat.S_IMODE(st.st_mode)), int(st.st_mtime))
# copy / copy2
print(shutil.copy('a.txt', 'dd'), oct(stat.S_IMODE(os.stat('dd/a.txt').st_mode)), int(os.stat('dd/a.txt').st_mtime) == 1200000000)
print(shutil.copy2('a.txt', 'c.txt'), int(os.stat('c.txt').st_mtime))
# symlinks
os.symlink('a.txt', 'l.txt')
print(shutil.copyfile('l.txt', 'l2.txt', follow_symlinks=False), os.readlink('l2.txt'))
print(shutil.copy('l.txt', 'l3.txt'), os.path.islink('l3.txt'))
# copytree
os.makedirs('src/sub/deep'); open('src/one.py', 'w').write('1'); open('src/two.txt', 'w').write('2')
open('src/sub/three.py', 'w').write('3'); open('src/sub/deep/four.pyc', 'w').write('4')
os.symlink('one.py', 'src/link')
print(shutil.copytree('src', 'dst'))
print(tree('dst'))
try: shutil.copytree('src', 'dst')
except FileExistsError as e: print(type(e).__name__, e)
print(shutil.copytree('src', 'dst', dirs_exist_ok=True))
print(shutil.copytree('src', 'dst2', ignore=shutil.ignore_patterns('*.pyc', 'two*'), symlinks=True))
print(tree('dst2'))
seen = []
def ign(path, names):
    seen.append((path, sorted(names)))
    return {'sub'}
shutil.copytree('src', 'dst3', ignore=ign); print(seen, tree('dst3'))
calls = []
def mycopy(s, d):
    calls.append((s, d)); return shutil.copy2(s, d)
shutil.copytree('src/sub', 'dst4', copy_function=mycopy); print(sorted(calls))
try: shutil.copytree('nope', 'dst5')
except FileNotFoundError as e: print(e)
print(shutil.ignore_patterns('*.py')('x', ['a.py', 'b.c']))
# rmtree
def oe(f, p, e): print('onerror', f.__name__, p, e[0].__name__, e[1])
shutil.rmtree('nope', onerror=oe)
shutil.rmtree('a.txt', onerror=oe)
shutil.rmtree('l.txt', onerror=oe)
try: shutil.rmtree('nope')
except FileNotFoundError as e: print(e)
try: shutil.rmtree('l.txt')
except OSError as e: print(type(e).__name__, e)
shutil.rmtree('nope', ignore_errors=True)
shutil.rmtree('dst3'); print(os.path.exists('dst3'))
# move
print(shutil.move('c.txt', 'moved.txt'), os.path.exists('c.txt'), open('moved.txt').read())
print(shutil.move('moved.txt', 'dd'), os.listdir('dd') == ['a.txt', 'moved.txt'] or sorted(os.listdir('dd')))
open('m2.txt', 'w').write('m')
print(shutil.move('m2.txt', 'dd'), shutil.move('dd/m2.txt', '.'))
open('moved.txt', 'w').close()
try: shutil.move('moved.txt', 'dd')
except shutil.Error as e: print('Error', e)
print(shutil.move('dst4', 'dd'), tree('dd'))
try: shutil.move('dd', 'dd/dst4')
except shutil.Error as e: print('Error', e)
try: shutil.move('nope', 'x')
except FileNotFoundError as e: print(e)
# which
os.makedirs('bin'); open('bin/prog', 'w').write('#!/bin/sh\n'); os.chmod('bin/prog', 0o755)
open('bin/noexec', 'w').close()
p = os.path.abspath('bin')
print(shutil.which('prog', path=p) == os.path.join(p, 'prog'), shutil.which('noexec', path=p), shutil.which('nope', path=p))
print(shutil.which('bin/prog'), shutil.which('bin/noexec'), shutil.which('prog', path=''), shutil.which('prog', path='bin'))
print(shutil.which(b'prog', path=p) == os.fsencode(os.path.join(p, 'prog')), shutil.which('noexec', mode=os.F_OK, path=p) == os.path.join(p, 'noexec'))
print(shutil.which('sh') is not None)
# terminal size / disk usage
os.environ['COLUMNS'] = '77'; os.environ['LINES'] = '33'
print(shutil.get_terminal_size())
del os.environ['COLUMNS']; del os.environ['LINES']
ts = shutil.get_terminal_size((11, 22)); print(type(ts).__name__, len(ts))
if hasattr(shutil, 'disk_usage'):
    du = shutil.disk_usage('.')
    print(du.total >= du.used > 0, du.free >= 0, du._fields, type(du).__name__)
else:
    print(True, True, ('total', 'used', 'free'), 'usage')
print(issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.Error, OSError), shutil.COPY_BUFSIZE)
os.chdir(cwd)
shutil.rmtree(top)
print(os.path.exists(top))
st = os.statvfs('.')
print(type(st).__name__, len(st), st.f_bsize > 0, st.f_namemax > 0)
try: os.statvfs('/nonexistent_sfs')
except FileNotFoundError as e: print(e)
