# generators (PEP 479, close, throw, send, yield from), iterator protocols, scopes, decorators
def g1():
    yield 1
    raise StopIteration("x")
try: list(g1())
except RuntimeError as e: print("PEP479", e, type(e.__cause__).__name__)
def g2():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
g = g2(); next(g); g.close()
def g3():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = g3(); next(g)
try: g.close()
except RuntimeError as e: print(e)
def g4():
    x = yield
    while True:
        x = yield x * 2
g = g4(); next(g); print(g.send(3), g.send(5))
try: g4().send(1)
except TypeError as e: print(e)
def g5():
    yield from [1, 2]
    yield from (x for x in "ab")
    return (yield from g6())
def g6():
    v = yield "inner"
    return v
it = g5(); print([next(it) for _ in range(5)])
try: it.send("final")
except StopIteration as e: print("return", e.value)
gen = (i for i in range(3)); print(next(gen), list(gen), list(gen))
def running():
    yield gen_self.gi_running
gen_self = running(); print(next(gen_self))
def rec():
    yield next(r)
r = rec()
try: next(r)
except ValueError as e: print(e)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), sum(It()), max(It()), 2 in It(), [*It()])
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([1, 2])))
try: iter(5)
except TypeError as e: print(e)
try: next([])
except TypeError as e: print(e)
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print(e)
def gen_throw():
    try:
        yield 1
    except ValueError:
        yield "handled"
gt = gen_throw(); next(gt); print(gt.throw(ValueError))
try: gt.throw(TypeError("tt"))
except TypeError as e: print("propagated", e)
print(gt.gi_frame, list(gt))
x = 10
class Cls:
    x = 20
    y = [x for _ in range(1)]
    def m(self): return x
print(Cls.y, Cls().m())
def shadow():
    print(len([1, 2]))
    len = 5
try: shadow()
except UnboundLocalError as e: print(e)
fs = []
for i in range(3):
    def f(i=i): return i
    fs.append(f)
print([f() for f in fs])
lam = lambda: (yield 1)
print(list(lam()))
def deco(tag):
    def w(fn):
        def inner(*a, **k): return f"<{tag}>{fn(*a, **k)}</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return w
@deco("b")
@deco("i")
def hello(n): return "hi " + n
print(hello("x"), hello.__name__)
@lambda c: setattr(c, "tagged", True) or c
class T: pass
print(T.tagged)
