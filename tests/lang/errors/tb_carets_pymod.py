import traceback, sys
d = {"a": [1, 2, 3]}
class A:
    class B:
        c = None
def t(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)
def f1():
    s = "é" ; y = d["a"][1:2] + d["b"]
def f2():
	x = "ééé";	return x.upper().nothing
def f3():
    return (1 +
            None)
def f4():
    return A.B.c.d.e   
def f5():
    return max(1,
               2, key=5)
def f6():
    x = [1,2,3]; return x[1:2:3]["k"]
def f7():
    return d["a"][10]
def f8(n=0):
    return f8(n + 1) if n < 30 else 1 / 0
for fn in (f1, f2, f3, f4, f5, f6, f7, f8):
    t(fn)
print(traceback.format_list(traceback.extract_stack()[-1:]))
def g():
    return traceback.format_stack()
print(len(g()[-1]) > 0)
f6()
