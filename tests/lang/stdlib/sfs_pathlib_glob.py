import os, tempfile, shutil
from pathlib import Path, PurePath
top = Path(tempfile.mkdtemp())
for d in ['a/b/c', '.h/i', 'e']:
    (top / d).mkdir(parents=True)
for f in ['a/1.py', 'a/b/2.py', 'a/b/c/3.txt', '.h/4.py', '.h/i/5.py', 'x.py', '.y.py']:
    (top / f).write_text(f)
(top / 'lnk').symlink_to('a')
(top / 'broken').symlink_to('nothing')
def show(it): return sorted(p.relative_to(top).as_posix() for p in it)
for pat in ['*', '*/', '**', '**/', '**/*.py', '*/*', 'a/**', 'a/**/*.txt', '**/b', '?.py', '.*', '[a-e]', '*/*/', 'a/b/../b/*', 'lnk/*', 'lnk/**', 'broken', 'nothing/*', '**/**/*.txt']:
    print(pat, show(top.glob(pat)))
for pat in ['*.py', '*', 'b', '*/']:
    print('r', pat, show(top.rglob(pat)))
print(show((top / 'a').iterdir()))
try: list((top / 'nope').iterdir())
except FileNotFoundError as e: print('FileNotFoundError', e.strerror)
try: Path('a') / 1
except TypeError as e: print(e)
try: 1 / Path('a')
except TypeError as e: print(e)
print(list((top / 'x.py').glob('*')), list((top / 'nope').glob('*')))
print((top / 'broken').exists(), (top / 'broken').is_symlink(), (top / 'lnk').is_dir(), (top / 'x.py').is_mount(), Path('/').is_mount())
print((top/'x.py').is_socket(), (top/'x.py').is_fifo(), Path('/dev/null').is_char_device(), (top/'x.py').is_block_device())
p = top / 'q.txt'
p.write_text('a\r\nb\n', newline='')
print(p.read_bytes(), repr(p.read_text()))
p.write_text('é', encoding='latin-1'); print(p.read_bytes(), p.read_text(encoding='latin-1'))
print(p.write_bytes(bytearray(b'xy')), p.read_bytes())
try: p.write_bytes('str')
except TypeError as e: print('TypeError')
try: (top / 'x.py').rmdir()
except NotADirectoryError as e: print('NotADirectoryError', e.strerror)
try: (top / 'x.py').mkdir(exist_ok=True)
except FileExistsError as e: print('FileExistsError', e.strerror)
try: (top / 'x.py' / 'z').mkdir(parents=True)
except OSError as e: print(type(e).__name__, e.strerror)
try: (top / 'a').unlink()
except OSError as e: print(type(e).__name__, e.strerror)
print((top / 'x.py').with_suffix('.txt').name, (top/'lnk').readlink())
shutil.rmtree(top)
print(top.exists())
