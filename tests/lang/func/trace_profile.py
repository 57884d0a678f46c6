# sys.setprofile: call/return for Python frames, c_call/c_return/c_exception for builtins
import sys

events = []

def prof(frame, event, arg):
    co = frame.f_code
    if co.co_filename != __file__:
        return
    rel = frame.f_lineno - co.co_firstlineno
    if event.startswith('c_'):
        events.append((event, co.co_name, rel, getattr(arg, '__qualname__', arg.__name__),
                       type(getattr(arg, '__self__', None)).__name__))
    elif event == 'return':
        events.append((event, co.co_name, rel, repr(arg)))
    else:
        events.append((event, co.co_name, rel, repr(arg)))

def run(fn, *args):
    del events[:]
    sys.setprofile(prof)
    try:
        r = fn(*args)
    except Exception as e:
        r = 'raised %s' % type(e).__name__
    finally:
        sys.setprofile(None)
    print(fn.__name__, '->', r)
    for e in events:
        if e[1] != 'run':
            print('   ', *e)

def helper(x):
    return x * 2

def builtins_calls():
    a = len([1, 2, 3])
    b = abs(-4)
    c = max(1, 2, key=None)
    s = 'abc'.upper()
    l = []
    l.append(helper(1))
    d = sorted([3, 1, 2], key=helper)
    return a, b, c, s, l, d

def c_error():
    try:
        int('x')
    except ValueError:
        pass
    return {}.get(1)

def star_call():
    args = (1, 2)
    return max(*args), helper(*args[:1])

def gen():
    yield 1
    yield 2

def with_gen():
    return [v for v in gen()]

def method_types():
    d = {'a': 1}
    k = list(d.keys())
    return str.join(',', ['x', 'y']), k, dict.fromkeys('ab')

def raising():
    return helper(None) + 1

run(builtins_calls)
run(c_error)
run(star_call)
run(with_gen)
run(method_types)
run(raising)
print(sys.getprofile())
