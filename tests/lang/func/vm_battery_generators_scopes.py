# generators and closures
def gen():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
    except ValueError as e:
        print("caught", e)
        y = yield 3
    finally:
        print("finally")
    return y
g = gen()
print(next(g), g.send("a"), g.throw(ValueError("v")))
try:
    g.send("end")
except StopIteration as e:
    print("stop", e.value)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__closure__[0].cell_contents)
def outer():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(outer())
def deleg():
    r = yield from gen2()
    print("deleg got", r)
def gen2():
    yield 1
    yield 2
    return "done"
print(list(deleg()))
gg = (x * x for x in range(5) if x % 2)
print(list(gg), list(gg))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def closer():
    try:
        yield 1
    finally:
        print("closed")
cl = closer(); next(cl); cl.close(); print(cl.gi_frame)
x = 10
def scope():
    print(x)
scope()
def bad():
    print(y)
    y = 1
try: bad()
except UnboundLocalError as e: print(e)
class K:
    v = 1
    w = [v for _ in range(2)] if False else None
    def m(self): return __class__
print(K().m() is K)
print([(i, j) for i in range(3) for j in range(i) if j])
print({k: v for k, v in zip("ab", [1, 2])}, {x % 3 for x in range(10)})
try:
    [1 for _ in range(3)][5]
except IndexError as e:
    print(e)
def kw(a, b=2, *args, c, d=4, **kw): return a, b, args, c, d, kw
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6))
try: kw()
except TypeError as e: print(e)
try: kw(1, 2, 3)
except TypeError as e: print(e)
try: kw(1, c=1, a=2)
except TypeError as e: print(e)
def po(a, b, /, c): return a, b, c
try: po(a=1, b=2, c=3)
except TypeError as e: print(e)
print((lambda *a, **k: (a, k))(1, x=2))
a, *b, c = range(5); print(a, b, c)
(a, b), c = [1, 2], 3; print(a, b, c)
try:
    a, b = [1, 2, 3]
except ValueError as e: print(e)
try:
    a, b, c = [1, 2]
except ValueError as e: print(e)
l = list(range(10)); l[2:5] = ["x"]; del l[::3]; print(l)
d = {}; d.setdefault("k", []).append(1); print(d)
print(f"{'nested' + f'{1+1}'!r:>12}|{3.14159:.2f}|{10:#x}|{x=}")
