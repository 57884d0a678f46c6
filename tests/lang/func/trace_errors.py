# errors raised by trace/profile functions unset them and propagate; the tracer is not traced
import sys

def target(n):
    a = n + 1
    b = a * 2
    return b

def make_failing(on_event, on_rel=None):
    seen = []
    def tracer(frame, event, arg):
        if frame.f_code.co_name != 'target':
            return tracer
        rel = frame.f_lineno - frame.f_code.co_firstlineno
        seen.append((event, rel))
        if event == on_event and (on_rel is None or rel == on_rel):
            raise RuntimeError('tracer failed at %s %d' % (event, rel))
        return tracer
    return tracer, seen

for ev, rel in [('call', None), ('line', 2), ('return', None)]:
    tracer, seen = make_failing(ev, rel)
    sys.settrace(tracer)
    try:
        r = target(1)
    except RuntimeError as e:
        r = 'RuntimeError: %s' % e
    after = sys.gettrace()
    sys.settrace(None)
    print(ev, r, seen, after is None)

# exception event failing replaces the exception
def raiser():
    x = 1
    raise KeyError('orig')

def exc_tracer(frame, event, arg):
    if frame.f_code.co_name != 'raiser':
        return exc_tracer
    if event == 'exception':
        raise ValueError('from tracer')
    return exc_tracer

sys.settrace(exc_tracer)
try:
    raiser()
except Exception as e:
    print('exception event:', type(e).__name__, e)
print(sys.gettrace())
sys.settrace(None)

# profile function failing
def bad_prof(frame, event, arg):
    if event == 'c_call' and getattr(arg, '__name__', '') == 'len':
        raise TypeError('profiler broke')

sys.setprofile(bad_prof)
try:
    len([1])
except TypeError as e:
    print('profile:', e)
print(sys.getprofile())
sys.setprofile(None)

# the tracer is not traced, even when it calls traced-looking code
calls = []
def helper_in_tracer():
    return 1
def self_tracer(frame, event, arg):
    helper_in_tracer()
    calls.append((event, frame.f_code.co_name))
    return None
sys.settrace(self_tracer)
target(2)
sys.settrace(None)
print(calls)

# local tracer returns None for lines: f_trace stays, later lines traced
log = []
def local(frame, event, arg):
    log.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return None
def glob(frame, event, arg):
    if frame.f_code.co_name == 'target':
        return local
    return None
sys.settrace(glob)
target(3)
sys.settrace(None)
print(log)

# settrace inside a frame: that frame gets no line events (f_trace unset)
def late():
    x = 1
    sys.settrace(lambda f, e, a: print('late', e, f.f_code.co_name) or None)
    y = 2
    target(0)
    sys.settrace(None)
    return x + y
print(late())

# f_lineno cannot be set outside a trace function
f = sys._getframe()
try:
    f.f_lineno = 1
except ValueError as e:
    print('ValueError', e)
try:
    f.f_trace_lines = 1
except TypeError as e:
    print('TypeError', e)
print(f.f_trace_lines, f.f_trace_opcodes, f.f_trace)
