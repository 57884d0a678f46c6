# sys.settrace: call/line/return events for plain code (CPython 3.11 rules)
import sys

events = []

def tracer(frame, event, arg):
    co = frame.f_code
    if co.co_filename != __file__:
        return None
    rel = frame.f_lineno - co.co_firstlineno
    if event == 'return':
        events.append((event, co.co_name, rel, repr(arg)))
    else:
        events.append((event, co.co_name, rel))
    return tracer

def run(fn, *args):
    del events[:]
    sys.settrace(tracer)
    try:
        r = fn(*args)
    finally:
        sys.settrace(None)
    print(fn.__name__, '->', r)
    for e in events:
        if e[1] != 'run':
            print('   ', *e)

def simple(a, b):
    c = a + b
    return c * 2

def one_liner(): return 1

def loop_for(n):
    total = 0
    for i in range(n):
        total += i
    return total

def loop_while(n):
    i = 0
    while i < n:
        i += 1
    else:
        i = -i
    return i

def branches(x):
    if x > 0:
        r = 'pos'
    elif x < 0:
        r = 'neg'
    else:
        r = 'zero'
    return r

def brk_cont(n):
    out = []
    for i in range(n):
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    return out

def multiline(a,
              b):
    x = (a +
         b +
         1)
    y = [a,
         b]
    return (x,
            y)

def callee(x):
    return x + 1

def caller(x):
    y = callee(x)
    z = callee(y) + callee(
        x)
    return z

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def nested_loops():
    acc = 0
    for i in range(2):
        for j in range(2):
            acc += i * j
    return acc

def with_lambda():
    f = lambda v: v * 2
    return f(3)

def implicit_none(x):
    x += 1

def class_body():
    class K:
        a = 1
        def m(self):
            return self.a
    return K().m()

def assert_and_del(x):
    assert x
    del x
    return 'ok'

run(simple, 1, 2)
run(one_liner)
run(loop_for, 3)
run(loop_while, 2)
run(branches, 1)
run(branches, 0)
run(brk_cont, 5)
run(multiline, 1, 2)
run(caller, 1)
run(fact, 3)
run(nested_loops)
run(with_lambda)
run(implicit_none, 1)
run(class_body)
run(assert_and_del, 1)
print(sys.gettrace())
