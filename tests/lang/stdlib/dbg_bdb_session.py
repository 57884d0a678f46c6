# bdb.Bdb: a scripted stepping session recording every stop, plus breakpoints.
import bdb
import os
import sys

BASE = sys._getframe().f_lineno
ME = os.path.basename(__file__)


def helper(x):
    y = x * 2
    return y + 1


def gen(n):
    for i in range(n):
        yield i


def boom():
    raise KeyError('k')


def main():
    total = 0
    for i in range(4):
        total += helper(i)
    try:
        boom()
    except KeyError:
        total += 100
    for v in gen(2):
        total += v
    return total


class Recorder(bdb.Bdb):
    def __init__(self, script, **kw):
        super().__init__(**kw)
        self.script = list(script)
        self.log = []

    def where(self, frame):
        return '%s:%d' % (frame.f_code.co_name, frame.f_lineno - BASE)

    def next_cmd(self, frame):
        cmd = self.script.pop(0) if self.script else 'continue'
        if cmd == 'step':
            self.set_step()
        elif cmd == 'next':
            self.set_next(frame)
        elif cmd == 'return':
            self.set_return(frame)
        elif cmd.startswith('until'):
            arg = cmd.split()[1:]
            self.set_until(frame, int(arg[0]) + BASE if arg else None)
        elif cmd == 'continue':
            self.set_continue()
        elif cmd == 'quit':
            self.set_quit()
        elif cmd == 'locals':
            self.log.append('  locals %s' % sorted(
                (k, v) for k, v in frame.f_locals.items() if isinstance(v, int)))
            self.next_cmd(frame)
            return
        elif cmd == 'stack':
            stack, i = self.get_stack(frame, None)
            self.log.append('  stack %s idx=%d' % (
                [f.f_code.co_name for f, _ in stack], i))
            self.next_cmd(frame)
            return
        self.log.append('  -> ' + cmd)

    def user_call(self, frame, args):
        if not self.stop_here(frame):
            return  # like pdb: a call is only a stop when stepping into it
        self.log.append('call ' + self.where(frame))
        self.next_cmd(frame)

    def user_line(self, frame):
        bp = getattr(self, 'currentbp', None)
        self.log.append('line ' + self.where(frame) + (' bp=%s' % bp if bp else ''))
        self.currentbp = None
        self.next_cmd(frame)

    def user_return(self, frame, value):
        self.log.append('return %s value=%r' % (self.where(frame), value))
        self.next_cmd(frame)

    def user_exception(self, frame, exc_info):
        self.log.append('exception %s %s' % (self.where(frame), exc_info[0].__name__))
        self.next_cmd(frame)

    def do_clear(self, arg):
        self.log.append('  do_clear ' + arg)
        self.clear_bpbynumber(arg)


def session(title, script, breaks=(), func=main, **kw):
    bdb.Breakpoint.clearBreakpoints()
    r = Recorder(script, **kw)
    for b in breaks:
        line, opts = b[0], dict(b[1:]) if len(b) > 1 else {}
        ign = opts.pop('ignore', 0)
        err = r.set_break(__file__, line + BASE, **opts)
        if err:
            print('set_break error', err)
        if ign:
            r.get_breaks(__file__, line + BASE)[-1].ignore = ign
    res = r.runcall(func)
    print('==', title, 'result', res)
    for entry in r.log:
        print(entry)
    for bp in bdb.Breakpoint.bpbynumber:
        if bp:
            print(bp.bpformat().replace(os.path.abspath(__file__), ME)
                  .replace(':%d' % bp.line, ':+%d' % (bp.line - BASE)))
    return r


session('step into everything', ['step'] * 12 + ['quit'])
session('next over calls', ['next'] * 6 + ['continue'])
session('step then return', ['step', 'step', 'step', 'step', 'return', 'next', 'next', 'quit'])
session('until', ['next', 'next', 'next', 'until', 'until', 'locals', 'continue'])
session('until line', ['until 27', 'locals', 'continue'])
session('stack', ['step', 'next', 'next', 'step', 'stack', 'locals', 'quit'])
session('breakpoint in helper',
        ['continue', 'locals', 'continue', 'continue'],
        breaks=[(5,)])
session('conditional breakpoint', ['locals', 'continue'] * 3,
        breaks=[(5, ('cond', 'x == 2'))])
session('ignore count', ['locals', 'continue'] * 3,
        breaks=[(5, ('ignore', 2))])
session('temporary', ['locals', 'continue'] * 3,
        breaks=[(5, ('temporary', True))])
session('bad condition stops', ['locals', 'continue'] * 3,
        breaks=[(5, ('cond', 'undefined_name > 1'))])
session('funcname breakpoint', ['locals', 'continue'] * 3,
        breaks=[(4, ('funcname', 'helper'))])
session('breakpoint in generator', ['locals', 'continue'] * 4,
        breaks=[(10,)])
session('skip module', ['step'] * 4 + ['quit'], skip=['__main__'])
session('step in generator', ['next'] * 11 + ['step'] * 8 + ['quit'])

# set_trace from inside code
log = []


class T(Recorder):
    pass


def traced():
    t = T(['next', 'next', 'continue'])
    t.set_trace()
    a = 1
    b = a + 1
    c = b + 1
    sys.settrace(None)
    log.extend(t.log)
    return c


print('== set_trace', traced())
for e in log:
    print(e)

# run / runeval / runctx with strings
bdb.Breakpoint.clearBreakpoints()
r = Recorder(['step', 'step', 'step', 'continue'])
g = {'helper': helper}
r.run('z = helper(5)\nw = z + 1', g)
print('== run', g['z'], g['w'])
for e in r.log:
    print(e)
r = Recorder(['continue'])
print('== runeval', r.runeval('helper(3) * 2', {'helper': helper}))
print(r.log)
r = Recorder(['quit'])
print('== runctx', r.runctx('q = 1', {}, {}), r.log)
