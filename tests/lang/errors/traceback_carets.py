# caret lines under traceback entries (3.11): ^ ranges, ~^~ around binary operators and subscripts
import sys
def run(src):
    try:
        exec(compile(src, "<s>", "exec"), {})
    except Exception:
        pass
cases = []
def a(): return 1 / 0
def b(): x = [1]; return x[5]
def c(): return None.attr
def d(): return len(5)
def e():
    d = {}
    return d["a"]["b"]
def f(): return (1 +
    2) / 0
def g(): return 1 // 0 + 2
def h(): return undefined_name
def i(x): return x.foo.bar
def j(): return int("x") + 1
def k(): return [1, 2][3] * 2
def l(): return {}.get(1)[0]
def m(): return 3 % 0
def n():
    obj = object()
    obj.method_that_does_not_exist(1, 2)
def o(): return "a" + 1
def p(): return (lambda q: q / 0)(1)
def q():
    s = "abc"
    return s [ 10 ]
def r(): return 2 ** -1 // 0
for fn in [a, b, c, d, e, f, g, h, lambda: i(None), j, k, l, m, n, o, p, q, r]:
    try:
        fn()
    except Exception:
        sys.excepthook(*sys.exc_info())
