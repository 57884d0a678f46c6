# frame attributes during tracing: f_trace, f_trace_lines, f_trace_opcodes, f_lineno, f_back; exec/class bodies
import sys

def target(n):
    a = n + 1
    return a

# f_trace_lines = False: no 'line' events; f_trace_opcodes: 'opcode' events (gilpy's
# instructions differ from CPython's, so only their presence is printed)
evs = []
def opt(frame, event, arg):
    if frame.f_code.co_name != 'target':
        return None
    if event == 'call':
        frame.f_trace_lines = False
        frame.f_trace_opcodes = True
    evs.append(event)
    return opt
sys.settrace(opt)
target(1)
sys.settrace(None)
print([e for e in evs if e != 'opcode'], 'opcode' in evs)

# f_trace is the local tracer; f_back is the caller; f_locals is readable
info = []
def local(frame, event, arg):
    info.append((event, frame.f_trace is local, sorted(frame.f_locals)))
    return local
def glob(frame, event, arg):
    if frame.f_code.co_name == 'target':
        info.append(('global', frame.f_trace, frame.f_back.f_code.co_name))
        return local
    return None
def caller():
    return target(5)
sys.settrace(glob)
caller()
sys.settrace(None)
for i in info:
    print(i)

# module-level code run by exec, and class bodies
src = '''
x = 1
class C:
    y = 2
    def m(self):
        return self.y
z = C().m()
'''
code = compile(src, '<traced>', 'exec')
out = []
def modtr(frame, event, arg):
    if frame.f_code.co_filename == '<traced>':
        out.append((event, frame.f_code.co_name, frame.f_lineno))
        return modtr
    return None
sys.settrace(modtr)
exec(code, {})
sys.settrace(None)
for o in out:
    print(o)

# decorated function and recursion depth
def deco(f):
    return f
rec = []
@deco
def down(n):
    if n:
        return down(n - 1)
    return 0
def rtr(frame, event, arg):
    if frame.f_code.co_name == 'down':
        rec.append((event, frame.f_lineno - frame.f_code.co_firstlineno, frame.f_locals['n']))
        return rtr
    return None
sys.settrace(rtr)
down(2)
sys.settrace(None)
print(rec)
