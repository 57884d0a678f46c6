# cProfile / _lsprof: call counts, recursion, callers and callees, builtins
# labels, enable/disable/clear, subcalls/builtins flags, context manager.
# Timings are masked: only counts, names and orders are compared.
import cProfile, pstats, io, re, _lsprof, sys

def mask(text):
    text = re.sub(r'\d+\.\d{3}', 'T.TTT', text)
    text = re.sub(r'(<frozen )?\S*cProfile\S*:\d+\(', 'cProfile:N(', text)   # gilpy embeds the module
    return re.sub(r'0x[0-9a-f]+', '0xADDR', text)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def even(n):
    return True if n == 0 else odd(n - 1)

def odd(n):
    return False if n == 0 else even(n - 1)

class Box:
    def __init__(self):
        self.items = []
    def put(self, x):
        self.items.append(x)
        return len(self.items)

def work():
    b = Box()
    for i in range(4):
        b.put(fib(i))
    even(5)
    try:
        int('x')
    except ValueError:
        pass
    return sorted(b.items, key=abs)

def report(prof, *keys, callers=True):
    out = io.StringIO()
    st = pstats.Stats(prof, stream=out).strip_dirs().sort_stats(*keys)
    st.print_stats()
    if callers:
        st.print_callers()
        st.print_callees()
    print(mask(out.getvalue()))

p = cProfile.Profile()
print(p.runcall(work))
report(p, 'ncalls', 'stdname')

# raw getstats
def name(code):
    return code if isinstance(code, str) else code.co_name
rows = sorted(((name(e.code), e.callcount, e.reccallcount, None if e.calls is None else
                sorted((name(s.code), s.callcount, s.reccallcount) for s in e.calls))
               for e in p.getstats()), key=repr)
for r in rows:
    print(r)
e = p.getstats()[0]
print(type(e).__name__, type(e.calls).__name__ if e.calls is not None else None, len(e),
      isinstance(e.totaltime, float), e.totaltime >= e.inlinetime >= 0)
print(_lsprof.profiler_entry.__name__, _lsprof.profiler_subentry.__name__)

# subcalls=False: no callers; builtins=False: no builtins
p = cProfile.Profile(subcalls=False, builtins=False)
p.enable()
work()
p.disable()
report(p, 'calls', 'name')

# enable() keywords override the constructor
p = cProfile.Profile()
p.enable(subcalls=False)
fib(4)
p.disable()
print(sorted((name(e.code), e.callcount, e.calls) for e in p.getstats()))

# clear
p.clear()
print(p.getstats())

# context manager, sys.getprofile
with cProfile.Profile() as p:
    print(sys.getprofile() is p)
    fib(3)
print(sys.getprofile())
report(p, 'stdname', callers=False)

# generators: each resume is a call
def gen():
    yield 1
    yield 2
with cProfile.Profile() as p:
    list(gen())
report(p, 'calls', 'stdname', callers=False)

# runctx / run with exec
p = cProfile.Profile()
p.runctx('fib(5)', globals(), {})
report(p, 'calls', 'stdname')

# the module-level helpers print a report sorted by stdname
out = io.StringIO()
saved = sys.stdout
sys.stdout = out
try:
    cProfile.runctx('even(3)', globals(), {})
finally:
    sys.stdout = saved
print(mask(out.getvalue()))

# an exception leaving the profiled call still closes the frames
def boom():
    fib(2)
    raise KeyError('k')
p = cProfile.Profile()
try:
    p.runcall(boom)
except KeyError as exc:
    print('KeyError', exc)
report(p, 'calls', 'stdname', callers=False)

# a custom timer (ints with a unit, or float seconds)
ticks = iter(range(0, 10**6, 10))
p = cProfile.Profile(lambda: next(ticks), 0.5)
p.runcall(fib, 3)
for e in sorted(p.getstats(), key=lambda e: repr(name(e.code))):
    print(name(e.code), e.callcount, e.totaltime, e.inlinetime)
p = cProfile.Profile(lambda: 1.5)
p.runcall(fib, 2)
print(sorted((name(e.code), e.totaltime) for e in p.getstats()))

# errors
for bad in [lambda: _lsprof.Profiler(1, 2, 3, 4, 5), lambda: _lsprof.Profiler(nope=1),
            lambda: _lsprof.Profiler().enable(1, 2, 3), lambda: pstats.Stats(cProfile.Profile())]:
    try:
        bad()
    except TypeError as exc:
        print('TypeError', mask(str(exc)))
