import sys
def hook(t, v, tb):
    print("custom hook", t.__name__, file=sys.stderr)
    sys.__excepthook__(t, v, tb)
sys.excepthook = hook
def f():
    raise ValueError("x")
try:
    f()
except ValueError as e:
    eg = ExceptionGroup("g", [e, ExceptionGroup("empty-tb", [KeyError(1)])])
try:
    raise eg
except ExceptionGroup as g:
    raise TypeError("in handler")
