# Source text of library modules through linecache, inspect, the module's
# __loader__ and warnings. File names differ between interpreters (a path
# in CPython), so only properties true in both are printed.
import inspect
import json
import json.decoder
import linecache
import sys
import tempfile
import threading
import warnings

run = threading.Thread.run
co = run.__code__
FN = co.co_filename

# linecache: a function's first line is its "def"
first = linecache.getline(FN, co.co_firstlineno)
print('getline def:', first.strip().startswith('def run('))
print('getline newline:', first.endswith('\n'))
print('getline 0 / huge:', repr(linecache.getline(FN, 0)), repr(linecache.getline(FN, 10 ** 6)))
lines = linecache.getlines(FN)
print('getlines nonempty:', len(lines) > 100, all(l.endswith('\n') for l in lines))
print('cache entry has the lines:', linecache.cache[FN][2] is lines, len(linecache.cache[FN]))
print('with module globals:', linecache.getline(FN, co.co_firstlineno, vars(threading)) == first)
linecache.checkcache(FN)
linecache.checkcache()
print('after checkcache:', linecache.getline(FN, co.co_firstlineno) == first)
linecache.clearcache()
print('after clearcache:', linecache.getline(FN, co.co_firstlineno) == first)

# inspect: getsource of functions, methods, classes and modules
src = inspect.getsource(run)
print('getsource first line == linecache:', src.splitlines()[0] == first.rstrip('\n'))
body, start = inspect.getsourcelines(run)
print('getsourcelines start:', start == co.co_firstlineno)
print('getsourcelines lines:', body == lines[start - 1:start - 1 + len(body)])
print('getfile:', inspect.getfile(run) == FN, inspect.getfile(threading.Thread) == FN,
      inspect.getfile(threading) == FN)
print('getsourcefile:', inspect.getsourcefile(run) == FN)
print('getmodule(code):', inspect.getmodule(co) is threading)
csrc = inspect.getsource(threading.Thread)
print('class source:', csrc.startswith('class Thread'), 'def run(self):' in csrc)
msrc = inspect.getsource(threading)
print('module source:', msrc.splitlines()[0] == linecache.getline(FN, 1).rstrip('\n'))
print('module source is the file:', msrc == ''.join(lines))
dec = json.decoder.JSONDecoder.raw_decode
print('package submodule:', inspect.getsource(dec).lstrip().startswith('def raw_decode'))
print('package:', inspect.getsource(json.loads).lstrip().startswith('def loads'))

# the loader
loader = threading.__loader__
print('spec.loader is __loader__:', threading.__spec__.loader is loader)
text = loader.get_source('threading')
print('get_source == linecache:', text.splitlines() == [l.rstrip('\n') for l in lines])
print('is_package:', loader.is_package('threading'), json.__loader__.is_package('json'))
print('get_code filename:', loader.get_code('threading').co_filename == FN)
try:
    loader.get_source('no_such_module_xyz')
except ImportError as e:
    print('unknown name:', type(e).__name__)

# frames: inspect.stack / getframeinfo of a library frame
seen = []
def target():
    for fi in inspect.stack():
        if fi.filename == FN:
            seen.append((fi.function, fi.code_context is not None and bool(fi.code_context[0].strip())))
t = threading.Thread(target=target)
t.start()
t.join()
print('stack frames in threading:', sorted(set(seen)))

# warnings: a warning issued by library code shows that line
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    d = tempfile.TemporaryDirectory()
    d.cleanup
    del d
rw = [x for x in w if issubclass(x.category, ResourceWarning)]
print('resource warning:', len(rw))
if rw:
    x = rw[0]
    wfile = tempfile.TemporaryDirectory._cleanup.__func__.__code__.co_filename
    print('warning filename:', x.filename == wfile)
    text = warnings.formatwarning(x.message, x.category, x.filename, x.lineno)
    shown = text.splitlines()[1].strip()
    print('warning line shown:', shown == linecache.getline(x.filename, x.lineno).strip(),
          'warn(' in shown)

# a module whose file is not on disk: lines come from its __loader__
import types
class Loader:
    def get_source(self, name):
        return 'def f():\n    return 1 / 0\n' if name == 'fakemod' else None
mod = types.ModuleType('fakemod')
mod.__loader__ = Loader()
exec(compile(Loader().get_source('fakemod'), '/nonexistent/fakemod.py', 'exec'), vars(mod))
import traceback
try:
    mod.f()
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    frames = traceback.extract_tb(tb)
    print('loader line:', repr(frames[-1].line))
    print('formatted:', '    return 1 / 0' in ''.join(traceback.format_tb(tb)))
print('lazycache registered:', len(linecache.cache['/nonexistent/fakemod.py']))
print('lazycache pseudo:', linecache.lazycache('<string>', vars(mod)))
print('pseudo name:', linecache.getlines('<stdin>'))
