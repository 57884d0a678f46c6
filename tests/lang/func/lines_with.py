# An exception leaving a with block: the frame's location goes back to the
# raising instruction (f_lineno, the 'return' event), as CPython 3.11.
import sys

# Prints every trace event of the code under test with its line relative to
# the function's first line, and for an exception the traceback's lines
# (tb_lineno, and f_lineno of each frame once the exception left it).

def tracer(frame, event, arg):
    if frame.f_code.co_name in ('tracer', 'run', 'show_tb'):
        return None
    base = frame.f_code.co_firstlineno
    print('   ', event, frame.f_code.co_name, frame.f_lineno - base)
    return tracer

def show_tb(e, f):
    base = f.__code__.co_firstlineno
    tb = e.__traceback__.tb_next
    while tb is not None:
        print('  tb', type(e).__name__, tb.tb_frame.f_code.co_name, tb.tb_lineno - base,
              tb.tb_frame.f_lineno - base)
        tb = tb.tb_next

def run(f, *a):
    print(f.__name__, a)
    sys.settrace(tracer)
    try:
        r = f(*a)
    except Exception as e:
        sys.settrace(None)
        show_tb(e, f)
        return
    sys.settrace(None)
    print('  ->', repr(r))

class CM:
    def __init__(self, suppress=False, fail=False):
        self.suppress = suppress
        self.fail = fail
    def __enter__(self):
        return self
    def __exit__(self, *a):
        if self.fail:
            raise KeyError('exit')
        return self.suppress

def with_raise():
    with CM():
        x = 1
        raise ValueError('x')

def with_call_raise():
    def inner():
        raise TypeError('t')
    with CM():
        inner()
        y = 2

def with_in_try():
    try:
        with CM():
            raise KeyError('k')
    except KeyError:
        return 'caught'

def with_in_try_info():
    try:
        with CM():
            raise KeyError('k')
    except KeyError:
        pass
    return sys.exc_info()[0]

def with_suppress():
    with CM(suppress=True):
        raise ValueError('s')
    return 'after'

def with_exit_raises():
    with CM(fail=True):
        raise ValueError('e')

def with_exit_raises_normal():
    with CM(fail=True):
        z = 1

def with_then_try():
    with CM():
        try:
            raise ValueError('a')
        except ValueError:
            raise KeyError('b')

run(with_raise)
run(with_call_raise)
run(with_in_try)
run(with_in_try_info)
run(with_suppress)
run(with_exit_raises)
run(with_exit_raises_normal)
run(with_then_try)
