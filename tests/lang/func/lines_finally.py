# Line numbers of return/break/continue leaving try/finally and with blocks:
# the statement's own line event comes before the cleanup, the return takes
# the cleanup's last line (CPython 3.11).
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
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

def ret_finally():
    try:
        return 1
    finally:
        x = 2
        y = 3

def ret_finally_val(a):
    try:
        return a.append(1) or len(a)
    finally:
        a.append(5)

def ret_value_order(a):
    try:
        return len(a)
    finally:
        a.append(1)

def ret_none_finally():
    try:
        return
    finally:
        pass

def ret_multiline_const():
    try:
        return (
            7)
    finally:
        pass

def ret_multiline_plain():
    return (
        8)

def ret_with():
    with CM():
        return 1

def ret_with_val(a):
    with CM():
        return len(a)

def ret_except():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return 2

def ret_nested():
    try:
        with CM():
            try:
                return 3
            finally:
                z = 1
    finally:
        w = 2

def ret_loop_finally():
    for i in range(3):
        try:
            return i
        finally:
            j = i

def break_finally():
    for i in range(2):
        try:
            break
        finally:
            q = 1
    return i

def continue_finally():
    n = 0
    for i in range(2):
        try:
            continue
        finally:
            n += 1
    return n

def cont_with():
    for i in range(2):
        with CM():
            continue
    return i

def break_while_with():
    while True:
        with CM():
            break
    return 0

def finally_raise():
    try:
        raise ValueError(1)
    finally:
        x = 1

def finally_overrides():
    try:
        return 1
    finally:
        return 2

run(ret_finally)
run(ret_finally_val, [])
run(ret_value_order, [])
run(ret_none_finally)
run(ret_multiline_const)
run(ret_multiline_plain)
run(ret_with)
run(ret_with_val, [1])
run(ret_except)
run(ret_nested)
run(ret_loop_finally)
run(break_finally)
run(continue_finally)
run(cont_with)
run(break_while_with)
run(finally_raise)
run(finally_overrides)
