# yield as an expression in different positions
def g():
    a = (yield 1) + 10
    b = [(yield 2), (yield 3)]
    c = yield
    yield (a, b, c)
it = g()
print(next(it))
print(it.send(5))
print(it.send("x"))
print(it.send("y"))
print(it.send("z"))
def lam():
    f = lambda: (yield)
    return f
gen = lam()()
print(type(gen).__name__)
