# pdb.Pdb driven by a scripted command list (stdin/stdout given explicitly).
import io
import os
import pdb
import bdb
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def helper(x):
    y = x * 2
    return y + 1


def main(n):
    total = 0
    for i in range(n):
        total += helper(i)
    data = {'total': total, 'items': list(range(n))}
    return data


def session(commands, func=main, *args):
    bdb.Breakpoint.clearBreakpoints()
    out = io.StringIO()
    dbg = pdb.Pdb(stdin=io.StringIO('\n'.join(commands) + '\n'), stdout=out)
    res = dbg.runcall(func, *args)
    text = out.getvalue().replace(HERE + os.sep, '').replace(HERE, '.')
    # bdb's own frame (the top of every stack) lives in the library
    text = re.sub(r'\S*bdb\.py\(\d+\)|<frozen bdb>\(\d+\)', 'BDB', text)
    print(text.rstrip('\n'))
    print('== result', res)


L = main.__code__.co_firstlineno
session(['n', 'n', 'p total', 'p i', 's', 'a', 'w', 'u', 'u', 'd', 'd', 'r', 'n', 'c'], main, 2)
session(['l', 'b %d' % (L + 3), 'b', 'c', 'p i, total', 'c', 'cl 1', 'c'], main, 3)
session(['b helper', 'c', 'a', 'c', 'b', 'cl 1', 'b', 'c'], main, 2)
session(['b %d, i == 2' % (L + 3), 'c', 'p i', 'n', 'n', 'n', 'pp data', 'p undefined_name', 'p 1/0', 'q'], main, 3)
session(['n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n'], main, 1)
session(['total = 41', 'n', 'total + 1', 'p x', 'frobnicate', 'c'], main, 1)
session(['s', 's', 's', 's', 's', 's', 'EOF'], main, 1)
session(['b 99999', 'b nosuchfunc', 'b 1', 'b 2', 'b %d' % (L - 1), 'cl 7', 'u', 'd', 'c'], main, 0)
