# trace.Trace: line counts, called functions and caller pairs of a small program.
import os
import sys
import trace

BASE = sys._getframe().f_lineno


def square(n):
    return n * n


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v):
        if v % 2:
            self.total += square(v)
        else:
            self.total -= v
        return self.total


def program(k):
    acc = Acc()
    for i in range(k):
        acc.add(i)
    try:
        square(None)
    except TypeError:
        pass
    return acc.total


def here_only(counts):
    me = os.path.basename(__file__)
    out = []
    for (fn, ln), n in counts.items():
        if os.path.basename(fn) == me:
            out.append((ln - BASE, n))
    return sorted(out)


def show_funcs(d):
    for fn, mod, func in sorted(d):
        print(' ', os.path.basename(fn) if fn else fn, mod, func)


# counting only
t = trace.Trace(count=1, trace=0)
print('result', t.runfunc(program, 5))
r = t.results()
for item in here_only(r.counts):
    print('count', item)
print('calledfuncs', r.calledfuncs, 'callers', r.callers)

# countfuncs
t = trace.Trace(count=0, trace=0, countfuncs=1)
t.runfunc(program, 3)
r = t.results()
print('countfuncs:')
show_funcs(r.calledfuncs)
print('counts empty', r.counts == {})

# countcallers
t = trace.Trace(count=0, trace=0, countcallers=1)
t.runfunc(program, 2)
r = t.results()
print('callers:')
me = os.path.basename(__file__)
for pm, cm in sorted((p[1:], c[1:]) for (p, c) in r.callers
                     if os.path.basename(p[0]) == me == os.path.basename(c[0])):
    print(' ', pm, '->', cm)
# the caller of program is Trace.runfunc, in trace's own file
print([(p[2], c[1:]) for (p, c) in r.callers if os.path.basename(p[0]) != me])

# donothing
t = trace.Trace(count=0, trace=0)
print('donothing', t.donothing, t.runfunc(program, 4), t.results().counts)

# runctx with explicit dicts, counts accumulate across runs of one Trace
t = trace.Trace(count=1, trace=0)
g = {'program': program}
t.runctx('x = program(2)', g, g)
t.runctx('x = program(2)', g, g)
print('runctx x', g['x'])
r = t.results()
print('string lines', sorted(n for (fn, ln), n in r.counts.items() if fn == '<string>'))
print('here', here_only(r.counts)[:4])

# update merges counts
a = trace.CoverageResults({('f', 1): 2, ('f', 2): 1}, {('f', 'm', 'g'): 1})
b = trace.CoverageResults({('f', 1): 3, ('h', 5): 1}, {('h', 'm', 'k'): 1},
                          callers={(('f', 'm', 'g'), ('h', 'm', 'k')): 1})
a.update(b)
print(sorted(a.counts.items()), sorted(a.calledfuncs), sorted(a.callers))
print(a.is_ignored_filename('<string>'), a.is_ignored_filename('x.py'))

# _Ignore
ig = trace._Ignore(['os', 'pkg'], ['/usr/lib/x'])
print(ig.names('/a/os.py', 'os'), ig.names('/a/pkg/sub.py', 'pkg.sub'),
      ig.names('/usr/lib/x/m.py', 'm'), ig.names('/home/y.py', 'y'),
      ig.names(None, 'zz'), ig.names('whatever', '<string>'))
print(trace._modname('/a/b/c.py'), trace._modname('d.txt'))
