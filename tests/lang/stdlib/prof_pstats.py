# pstats (sorting, restrictions, add, dump/load via marshal, reverse_order,
# SortKey, get_stats_profile) and the pure-Python profile module.
# Timings are masked: only counts, names and orders are compared.
import cProfile, profile, pstats, marshal, io, re, os, sys, tempfile
from pstats import SortKey

def mask(text):
    text = re.sub(r'\d+\.\d{3}', 'T.TTT', text)
    text = re.sub(r'(<frozen )?\S*cProfile\S*:\d+\(', 'cProfile:N(', text)
    text = re.sub(r'\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}', 'DATE', text)
    text = re.sub(r'\S*/(one|two)\.prof', r'\1.prof', text)
    return re.sub(r'0x[0-9a-f]+', '0xADDR', text)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def leaf(x):
    return abs(x)

def mid(n):
    return [leaf(i) for i in range(n)]

def top():
    mid(3)
    mid(2)
    return fib(4)

def show(st, *restrictions, callers=False):
    out = io.StringIO()
    st.stream = out
    st.print_stats(*restrictions)
    if callers:
        st.print_callers(*restrictions)
        st.print_callees(*restrictions)
    print(mask(out.getvalue()))

p = cProfile.Profile()
p.runcall(top)
st = pstats.Stats(p).strip_dirs()
print(st.total_calls, st.prim_calls, len(st.stats))
for key in ['calls', 'ncalls', 'pcalls', 'name', 'nfl', 'stdname', 'line', 'file', 'module']:
    st.sort_stats(key, 'stdname')
    print(key, st.sort_type, [f[2] for f in st.fcn_list])
st.sort_stats(SortKey.CALLS, SortKey.STDNAME)
print(st.sort_type)
st.sort_stats(-1)
print(st.sort_type, [f[2] for f in st.fcn_list])
st.sort_stats(0)
print(st.sort_type)
print(sorted(k for k in st.get_sort_arg_defs() if k[0] in 'cp'))
st.sort_stats('calls', 'stdname')
show(st, 'mid|leaf', callers=True)
show(st, 2)
show(st, 0.4)
show(st, '[')
show(st, 100)
st.reverse_order()
show(st)
st.sort_stats()
print(st.fcn_list)

# SortKey
print(list(SortKey), SortKey('ncalls') is SortKey.CALLS, SortKey('tottime').name)
print(str(SortKey.NFL), SortKey.TIME == 'time', '%s' % SortKey.LINE)

# get_stats_profile
sp = pstats.Stats(p).strip_dirs().sort_stats('calls', 'stdname').get_stats_profile()
for fname, fp in sorted(sp.func_profiles.items()):
    print(fname, fp.ncalls, fp.file_name, fp.line_number)

# errors
for args in [('calls', 1), ('bogus',), ('c',)]:
    try:
        st.sort_stats(*args)
    except (TypeError, KeyError) as exc:
        print(type(exc).__name__, exc)
try:
    pstats.Stats(42)
except TypeError as exc:
    print('TypeError', mask(str(exc)))

# dump_stats / load / add
with tempfile.TemporaryDirectory() as d:
    f1 = os.path.join(d, 'one.prof')
    f2 = os.path.join(d, 'two.prof')
    p1 = cProfile.Profile()
    p1.runcall(fib, 5)
    p1.dump_stats(f1)
    p2 = cProfile.Profile()
    p2.runcall(mid, 4)
    pstats.Stats(p2).dump_stats(f2)
    loaded = pstats.Stats(f1)
    print(len(loaded.files), loaded.total_calls, loaded.prim_calls)
    loaded.add(f2, pstats.Stats(p1))
    loaded.strip_dirs().sort_stats('calls', 'stdname')
    show(loaded, callers=True)
    with open(f1, 'rb') as f:
        raw = marshal.load(f)
    for func, (cc, nc, tt, ct, callers) in sorted(raw.items(), key=repr):
        print(os.path.basename(func[0]), func[1:], cc, nc, type(tt).__name__,
              sorted((os.path.basename(k[0]), k[2], v[:2]) for k, v in callers.items()))

# the pure-Python profiler: same report format, counts as callers
pr = profile.Profile()
print(pr.runcall(top))
show(pstats.Stats(pr).strip_dirs().sort_stats('calls', 'stdname'), callers=True)
pr = profile.Profile()
pr.runctx('fib(3)', {'fib': fib}, {})
out = io.StringIO()
saved = sys.stdout
sys.stdout = out
try:
    pr.print_stats('calls')
    profile.runctx('mid(2)', globals(), {})
finally:
    sys.stdout = saved
print(mask(out.getvalue()))
# a custom timer returning a pair
pr = profile.Profile(lambda: (1.0, 0.5))
pr.runcall(fib, 2)
print(sorted((f[2], v[:2]) for f, v in pr.stats.items()) if hasattr(pr, 'stats') else None)
pr.create_stats()
print(mask(str(sorted((f[2], v[:2]) for f, v in pr.stats.items()))))
