# generators: yield, laziness, exhaustion
def count_up(n):
    print("start")
    for i in range(n):
        yield i
    print("end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def gen_return():
    yield 1
    return "result"
g2 = gen_return()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print("value:", e.value, e.args)
def empty():
    return
    yield
print(list(empty()))
print(sum(x * x for x in range(5)))
