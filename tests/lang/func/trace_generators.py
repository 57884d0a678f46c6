# sys.settrace: generators (resume = 'call', yield = 'return'), comprehensions, yield from
import sys

SRC = open(__file__).read().splitlines()

events = []

def tracer(frame, event, arg):
    co = frame.f_code
    if co.co_filename != __file__:
        return None
    rel = frame.f_lineno - co.co_firstlineno
    if event in ('return', 'call'):
        events.append((event, co.co_name, rel, repr(arg)))
    elif event == 'exception':
        events.append((event, co.co_name, rel, arg[0].__name__))
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

def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print('sent', x)
    return 'done'

def consume():
    return list(gen(2))

def send_values():
    g = gen(3)
    a = next(g)
    b = g.send('hello')
    g.close()
    return a, b

def throw_in():
    g = gen(3)
    next(g)
    try:
        g.throw(KeyError('t'))
    except KeyError as e:
        return 'caught ' + repr(e)

def inner():
    yield 1
    yield 2
    return 'inner-done'

def outer():
    r = yield from inner()
    yield r

def delegate():
    return list(outer())

def comps():
    a = [i * 2 for i in range(2)]
    b = {i: i for i in range(2)}
    c = {i for i in range(2)}
    d = sum(i for i in range(3))
    return a, b, c, d

def gen_expr_first():
    g = (x + 1 for x in range(2))
    return list(g)

run(consume)
run(send_values)
run(throw_in)
run(delegate)
run(comps)
run(gen_expr_first)
