# *args and **kwargs
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, a=3))
print(f(*range(3), **{"k": "v"}))
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
def h(**kw):
    return sorted(kw.items())
print(h(z=1, a=2))
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
def k(a, b):
    return a - b
print(k(*[10, 3]), k(**{"b": 1, "a": 5}))
try:
    k(1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
