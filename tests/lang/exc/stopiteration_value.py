# StopIteration.value
e = StopIteration()
print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
def g():
    yield
    return [1, 2]
it = g()
next(it)
try:
    next(it)
except StopIteration as s:
    print(s.value, s.args)
def h():
    return (yield from g())
it = h(); next(it)
try:
    next(it)
except StopIteration as s:
    print("via yield from:", s.value)
print(StopAsyncIteration.__mro__[1].__name__)
