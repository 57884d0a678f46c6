# *args is a fresh tuple and **kwargs a fresh dict on every call
def f(*args, **kwargs):
    kwargs["added"] = True
    return args, kwargs
d = {"x": 1}
lst = [1, 2]
a, k = f(*lst, **d)
print(a, type(a).__name__, k, d)
print(k is d)
def g(*args):
    return args
t = (1, 2)
print(g(*t) == t)
def count(*args, **kw):
    return len(args), len(kw)
print(count(), count(*range(100)), count(**{str(i): i for i in range(50)}))
