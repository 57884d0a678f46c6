# Line numbers CPython 3.11 gives multi-line conditions, decorators, class
# bodies, lambdas, asserts and exception handlers (trace events, tracebacks).
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

def g(x):
    return x

def deco(f):
    return f

def bad_deco(f):
    raise ValueError('deco')

class O:
    def __repr__(self):
        return 'O()'

def if_multi(a, b):
    if (a and
            g(b)):
        r = 1
    else:
        r = 2
    return r

def if_multi_or(a, b):
    if (a or
            b.x):
        return 1
    return 2

def elif_chain(x):
    if x == 1:
        return 'a'
    elif (x >
          1 and
          x < 3):
        return 'b'
    elif x == 9:
        return 'c'
    else:
        return 'd'

def while_multi(n):
    i = 0
    while (i < n and
           g(i) < 5):
        i += 1
    return i

def while_cmp(n):
    i = 0
    while (i <
           n):
        i += 1
    return i

def not_multi(a):
    if not (
            a):
        return 1
    return 0

def ifexp(a):
    return (1
            if a
            else 2)

def for_multi(xs):
    t = 0
    for (a,
         b) in (
            xs):
        t += a
    return t

def attr_store(o):
    (o.
       a) = 1
    o.b, o.c = (
        1, 2)
    return o.a

def decorated():
    @deco
    @deco
    def inner(a,
              b=1):
        return a
    return (inner(1), inner.__code__.co_firstlineno - decorated.__code__.co_firstlineno)

def deco_err():
    @deco
    @bad_deco
    def inner():
        pass

def class_deco():
    @deco
    class K:
        x = 1
    return K.x

def class_body():
    class C:
        a = 1
        b = (2 +
             3)
        def m(self):
            pass
    return C.b

def class_err():
    class K:
        a = 1
        b = 1 / 0

def lambda_body():
    f = (lambda x:
         x +
         1)
    return f(1)

def lambda_err():
    f = (lambda x:
         x /
         0)
    return f(1)

def assert_multi(x):
    assert (x >
            1), (
        'msg')

def assert_plain(x):
    assert x

def try_except_pass():
    try:
        raise KeyError(1)
    except KeyError:
        pass
    return 1

def except_as_finally():
    try:
        raise KeyError(1)
    except KeyError as e:
        return 2
    finally:
        q = 1

def multi_call():
    return int(
        'abc',
        10)

def multi_expr(a):
    return (a +
            1 /
            0)

run(if_multi, 1, 1)
run(if_multi, 1, 0)
run(if_multi, 0, 0)
run(if_multi_or, 0, O())
run(elif_chain, 2)
run(elif_chain, 5)
run(while_multi, 3)
run(while_cmp, 2)
run(not_multi, 0)
run(ifexp, 0)
run(for_multi, [(1, 2), (3, 4)])
run(attr_store, O())
run(decorated)
run(deco_err)
run(class_deco)
run(class_body)
run(class_err)
run(lambda_body)
run(lambda_err)
run(assert_multi, 0)
run(assert_plain, 0)
run(try_except_pass)
run(except_as_finally)
run(multi_call)
run(multi_expr, 1)
