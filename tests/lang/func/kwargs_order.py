# **kwargs preserves call order; keyword merging rules
def f(**kw):
    return list(kw)
print(f(b=1, a=2, c=3))
print(f(**{"z": 1}, y=2, **{"x": 3}))
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
def g(a, **kw):
    return a, kw
print(g(1, a_=2), g(**{"a": 5, "b": 6}))
try:
    g(1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("f(a=1, a=2)")
except SyntaxError as e:
    print("SyntaxError", e.msg)
