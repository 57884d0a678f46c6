# bdb breakpoint bookkeeping: set/clear/list, numbering, error messages.
import bdb
import io
import os
import sys

ME = os.path.abspath(__file__)


def mask(s):
    return str(s).replace(ME, 'ME').replace(os.getcwd(), 'CWD')


def bplist():
    return sorted((mask(f), l - L, [b.number for b in bps])
                  for (f, l), bps in bdb.Breakpoint.bplist.items())


def target(a):
    b = a + 1
    return b


L = target.__code__.co_firstlineno
db = bdb.Bdb()
print(mask(db.canonic(__file__)), db.canonic('<string>'), db.canonic('<stdin>'))
print(db.canonic('x.py') == os.path.join(os.getcwd(), 'x.py'))
print(mask(db.set_break(__file__, 10 ** 6)))
print(db.set_break(__file__, L + 1), db.set_break(__file__, L + 2, temporary=True, cond='a > 1'))
print(db.set_break(__file__, L + 1, funcname='target'))
print(mask(db.get_all_breaks()))
print(db.get_break(__file__, L + 1), db.get_break(__file__, L), db.get_break('nofile.py', 1))
print([bp.number for bp in db.get_breaks(__file__, L + 1)], db.get_breaks(__file__, L))
print([x - L for x in db.get_file_breaks(__file__)], db.get_file_breaks('nofile.py'))
for bp in bdb.Breakpoint.bpbynumber[1:]:
    print(mask(bp))
    print(mask(bp.bpformat()).replace(':%d' % bp.line, ':L+%d' % (bp.line - L)))

bp2 = db.get_bpbynumber('2')
bp2.disable()
bp2.ignore = 3
bp2.hits = 1
buf = io.StringIO()
bp2.bpprint(buf)
print(mask(buf.getvalue()).replace(str(L + 2), 'L+2'), end='')
bp2.enable()
bp2.hits = 2
print(mask(bp2.bpformat()).replace(str(L + 2), 'L+2'))

for arg in ['', 'x', '99', '-0', None]:
    try:
        print(db.get_bpbynumber(arg))
    except ValueError as e:
        print('ValueError', e)

# a second debugger instance sees existing breakpoints
db2 = bdb.Bdb()
print(sorted(x - L for x in db2.get_file_breaks(__file__)))

print(db.clear_bpbynumber('3'), db.clear_bpbynumber('3'), db.clear_bpbynumber('abc'))
print(mask(db.clear_break(__file__, L)))
print(mask(db.clear_break('nofile.py', 1)))
print(db.clear_break(__file__, L + 2), [x - L for x in db.get_file_breaks(__file__)])
print([bp and bp.number for bp in bdb.Breakpoint.bpbynumber], bplist())
print(db.set_break(__file__, L + 1), db.set_break(__file__, L + 1))
print(mask(db.clear_all_file_breaks('nofile.py')), db.clear_all_file_breaks(__file__))
print(db.get_all_breaks(), bplist(), bdb.Breakpoint.next)
print([bp and bp.number for bp in bdb.Breakpoint.bpbynumber])
print(db.clear_all_breaks())
db.set_break(__file__, L + 2)
print(db.clear_all_breaks(), db.breaks, bdb.Breakpoint.bpbynumber)
bdb.Breakpoint.clearBreakpoints()
print(bdb.Breakpoint.next, bplist(), bdb.Breakpoint.bpbynumber)

# effective / checkfuncname directly
frame = None


def capture():
    global frame
    frame = sys._getframe()
    return frame.f_lineno


cl = capture()
b = bdb.Breakpoint('f', cl)
print(bdb.checkfuncname(b, frame), bdb.effective('f', cl, frame)[1], b.hits)
b.ignore = 1
print(bdb.effective('f', cl, frame), b.hits, b.ignore)
b.cond = '1/0'
print(bdb.effective('f', cl, frame)[1], b.hits)
b.cond = 'False'
print(bdb.effective('f', cl, frame), b.hits)
b2 = bdb.Breakpoint('f', cl, funcname='capture')
b.disable()
print(bdb.checkfuncname(b2, frame), b2.func_first_executable_line - cl)
print(bdb.effective('f', cl, frame)[0] is b2)
b3 = bdb.Breakpoint('f', cl, funcname='other')
print(bdb.checkfuncname(b3, frame))

# format_stack_entry and get_stack
db = bdb.Bdb()
db.reset()


def inner():
    f = sys._getframe()
    __return__ = [1, 2]
    return db.format_stack_entry((f, f.f_lineno)), db.format_stack_entry((f, None), '|')


for s in inner():
    print(mask(s).replace(str(inner.__code__.co_firstlineno + 3), 'N'))
db.botframe = None


def deep(n):
    if n == 0:
        try:
            raise ValueError
        except ValueError:
            return sys._getframe(), sys.exc_info()[2]
    return deep(n - 1)


f, tb = deep(2)
stack, i = db.get_stack(f, tb)
print([fr.f_code.co_name for fr, _ in stack][-4:], i == len(stack) - 1)
stack, i = db.get_stack(f.f_back, tb)
print([fr.f_code.co_name for fr, _ in stack][-4:], i == len(stack) - 2)
try:
    db.do_clear('1')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(db.is_skipped_module(None), bdb.Bdb(skip=['a.*']).is_skipped_module('a.b'),
      bdb.Bdb(skip=['a.*']).is_skipped_module('ab'))
print(issubclass(bdb.BdbQuit, Exception), bdb.__all__)
