# Line events and traceback lines for exceptions leaving nested with blocks, a with inside except, and an unmatched except clause.
import sys, traceback
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def f1():
    with CM(), CM():
        x = 1
        raise ValueError("a")
def f2():
    with CM():
        with CM():
            y = 2
            raise KeyError("b")
def f3():
    try:
        raise IndexError("c")
    except IndexError:
        with CM():
            z = 3
            raise TypeError("d")
def f4():
    try:
        raise IndexError("e")
    except KeyError:
        pass
ev = []
def tr(frame, event, arg):
    if frame.f_code.co_name.startswith('f'):
        ev.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tr
for f in (f1, f2, f3, f4):
    ev.clear()
    sys.settrace(tr)
    try:
        f()
    except Exception as e:
        sys.settrace(None)
        tb = traceback.extract_tb(e.__traceback__)
        print(f.__name__, type(e).__name__, [(t.name, t.lineno - f.__code__.co_firstlineno) for t in tb if t.name == f.__name__])
    sys.settrace(None)
    print(ev)
