# the traceback module prints what the interpreter prints (carets, chains, stacks)
import traceback, sys
def f(x):
    return x["k"] / 2
def g():
    return f({})
try:
    g()
except KeyError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s.splitlines()[-1])
    print(len(traceback.extract_tb(sys.exc_info()[2])))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as e:
    print("".join(traceback.format_exception(e)))
    print(traceback.format_exception_only(type(e), e))
def h():
    traceback.print_stack(limit=2)
h()
print(traceback.extract_stack()[-1].name, traceback.format_list([("a.py", 3, "f", "x = 1")]))
