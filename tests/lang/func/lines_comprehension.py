# Line numbers of multi-line comprehensions and generator expressions: each
# for/if clause is traced and reported on its own line (CPython 3.11).
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

def comp(xs):
    return [x * 2
            for x in xs
            if x > 1]

def comp_err(xs):
    return [x
            for x in xs
            if 1 / x]

def genexp(xs):
    g = (x
         for x in xs
         if x)
    return list(g)

def gen_err(xs):
    return list(x
                for x in xs
                if 1 // x)

def dictcomp(xs):
    return {k:
            v
            for k, v in xs}

def setcomp(xs):
    return {x
            for x in xs}

def nested(xs):
    return [(x, y)
            for x in xs
            if x
            for y in range(
                x)
            if y > 0]

def two_fors(xs):
    return [x
            for x in xs
            for y in (
              x)
            if y]

def is_none(xs):
    return [x
            for x in xs
            if x is not None]

def chained(xs):
    return [x
            for x in xs
            if 0 <
            x < 3]

def bool_test(xs, z):
    return [x
            for x in xs
            if x and
            z]

def target_err(xs):
    return [a
            for (a,
                 b) in xs]

def elt_err(xs):
    return [
        1 // x
        for x in xs]

run(comp, [1, 2, 3])
run(comp_err, [1, 0])
run(genexp, [0, 1])
run(gen_err, [1, 0])
run(dictcomp, [(1, 2)])
run(setcomp, [1])
run(nested, [0, 2])
run(two_fors, [[0, 1]])
run(is_none, [1, None])
run(chained, [1, 5])
run(bool_test, [0, 1], 1)
run(target_err, [(1, 2), (3,)])
run(elt_err, [1, 0])
