# trace.Trace line-trace output and CoverageResults.write_results .cover files.
import contextlib
import io
import os
import shutil
import sys
import trace

HERE = os.path.dirname(os.path.abspath(__file__))


def classify(n):
    """Return a word for n.

    Docstring lines are not executable."""
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'  #pragma NO COVER
    words = []
    while n > 0:
        words.append('x')
        n -= 1
    return ''.join(words)


def never_called():
    return 1


def driver():
    out = [classify(2), classify(-1)]
    return out


def masked(text):
    return text.replace(HERE + os.sep, '').replace(HERE, '.')


# trace + count: every executed line is echoed with its file and number
t = trace.Trace(count=1, trace=1)
print(t.runfunc(driver))

# trace only
t2 = trace.Trace(count=0, trace=1)
print(t2.runfunc(classify, 1))
print(t2.results().counts)

# ignoremods silences the module entirely
t3 = trace.Trace(count=1, trace=1, ignoremods=['dbg_trace_output'])
print(t3.runfunc(classify, 1), t3.results().counts)

# ignoredirs likewise
t4 = trace.Trace(count=1, trace=1, ignoredirs=[HERE])
print(t4.runfunc(classify, 0), t4.results().counts)

# .cover file next to the source, with missing lines and a summary
r = t.results()
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    r.write_results(show_missing=True, summary=True)
print(masked(buf.getvalue()))
cover = os.path.join(HERE, 'dbg_trace_output.cover')
with open(cover) as f:
    text = f.read()
os.remove(cover)
# the part of the file holding the functions above
lines = text.splitlines()
start = [i for i, l in enumerate(lines) if 'def classify' in l][0]
end = [i for i, l in enumerate(lines) if 'def masked' in l][0]
print('\n'.join(lines[start:end]))
print('total lines', len(lines) == len(open(__file__).read().splitlines()))

# without show_missing: no ">>>>>>" marks; coverdir gets the full module name
cdir = os.path.join(HERE, '_dbg_cover_dir')
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    r.write_results(show_missing=False, summary=False, coverdir=cdir)
print(repr(buf.getvalue()))
print(sorted(os.listdir(cdir)))
with open(os.path.join(cdir, 'dbg_trace_output.cover')) as f:
    text = f.read()
shutil.rmtree(cdir)
print('>>>>>>' in text, text.count('    2: '))

# functions called / calling relationships sections
t5 = trace.Trace(count=0, trace=0, countfuncs=1)
t5.runfunc(driver)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    t5.results().write_results()
print(masked(buf.getvalue()))

r6 = trace.CoverageResults(callers={(('a.py', 'a', 'f'), ('b.py', 'b', 'g')): 1,
                                    (('a.py', 'a', 'f'), ('a.py', 'a', 'h')): 1,
                                    (('a.py', 'a', 'f'), ('b.py', 'b', 'k')): 1,
                                    (('c.py', 'c', 'm'), ('a.py', 'a', 'f')): 1})
r6.write_results()

# outfile / infile round trip merges counts
pfile = os.path.join(HERE, '_dbg_counts.pickle')
r7 = trace.CoverageResults({('<x>', 1): 2}, outfile=pfile)
r7.write_results()
r8 = trace.CoverageResults({('<x>', 1): 1, ('<x>', 2): 1}, infile=pfile)
os.remove(pfile)
print(sorted(r8.counts.items()))
