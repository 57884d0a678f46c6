# sys.settrace: exception, return-by-exception, try/except/finally, with
import sys

SRC = open(__file__).read().splitlines()

events = []

def tracer(frame, event, arg):
    co = frame.f_code
    if co.co_filename != __file__:
        return None
    rel = frame.f_lineno - co.co_firstlineno
    if event == 'return':
        events.append((event, co.co_name, rel, repr(arg) if not isinstance(arg, CM) else 'CM'))
    elif event == 'exception':
        t, v, tb = arg
        events.append((event, co.co_name, rel, t.__name__, str(v), type(tb).__name__))
    else:
        events.append((event, co.co_name, rel))
    return tracer

def run(fn, *args):
    del events[:]
    sys.settrace(tracer)
    try:
        r = fn(*args)
    except Exception as e:
        r = 'raised %s' % type(e).__name__
    finally:
        sys.settrace(None)
    print(fn.__name__, '->', r)
    for e in events:
        if e[1] != 'run':
            print('   ', *e)

def raiser(x):
    if x:
        raise ValueError('bad %s' % x)
    return 'fine'

def caught():
    try:
        raiser(1)
    except ValueError as e:
        msg = str(e)
    return msg

def uncaught():
    y = 1
    raiser(2)
    return y

def finally_path(x):
    try:
        if x:
            raise KeyError(x)
        r = 'no error'
    finally:
        r2 = 'cleanup'
    return r

def except_else():
    try:
        v = 1
    except TypeError:
        v = 2
    else:
        v = 3
    return v

def nested_try():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError('k')
    except KeyError as e:
        return repr(e)

def reraise():
    try:
        raiser(3)
    except ValueError:
        raise

class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return t is KeyError

def with_ok():
    with CM() as c:
        x = 1
    return x

def with_suppress():
    with CM():
        raise KeyError('s')
    return 'suppressed'

def builtin_raises():
    d = {}
    try:
        d['missing']
    except KeyError:
        pass
    return int('12')

run(caught)
run(uncaught)
run(finally_path, 0)
run(finally_path, 1)
run(except_else)
run(nested_try)
run(reraise)
run(with_ok)
run(with_suppress)
run(builtin_raises)
