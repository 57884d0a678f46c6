def t(f):
    try: f()
    except BaseException as e: print(type(e).__name__, e)
def r1(): raise
t(r1)
def r2(): raise 5
t(r2)
def r3(): raise ValueError from 5
t(r3)
def r4():
    try: 1/0
    except 5: pass
t(r4)
def r5():
    try: 1/0
    except (ZeroDivisionError, 5): print("caught with tuple")
t(r5)
def r6(): raise ValueError("x") from KeyError
t(r6)
try: r6()
except ValueError as e: print(repr(e.__cause__))
def g():
    yield 1
    raise StopIteration("inner")
t(lambda: list(g()))
try: list(g())
except RuntimeError as e: print(repr(e.__cause__), e.__suppress_context__)
class NoSuper(Exception):
    def __init__(self, x): self.x = x
n = NoSuper(5); print(repr(n), str(n), n.args)
class WithArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
print(repr(WithArgs(1, 2)), str(WithArgs(1, 2)))
try:
    raise WithArgs(1, 2)
except WithArgs as e:
    print("caught", e.args)
e = None
try: raise ValueError("x")
except ValueError as e: pass
try: print(e)
except NameError as ne: print("NameError", ne)
def gen():
    try:
        yield 1
    except ValueError as e:
        print("gen got", e)
        yield 2
it = gen(); next(it); print(it.throw(ValueError("thrown")))
try: it.throw(KeyError, "k")
except KeyError as e: print("propagated", repr(e))
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v); return True
with CM(): raise ValueError("suppressed")
print("after with")
t(lambda: BaseException.__new__(int))
print(Exception.__subclasses__()[:3] if False else "skip")
e = ValueError(1, 2); print(e.__reduce__(), e.__getstate__() if hasattr(e, '__getstate__') else None)
e.x = 5; print(e.__reduce__())
e = KeyError(); e.__setstate__({"a": 1}); print(e.a)
print(ValueError.__str__ is BaseException.__str__)
print(BaseException.__dict__.keys() >= {"args", "with_traceback"})
e = Exception(); e.__traceback__ = None; print(e.__traceback__)
def f2():
    try:
        raise ValueError
    except ValueError:
        return sys_exc()
import sys
def sys_exc(): return sys.exc_info()[0]
print(f2(), sys.exc_info()[0])
try:
    raise TypeError("a")
except TypeError:
    try:
        raise ValueError("b")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
def deep():
    try: 1/0
    except: raise
try: deep()
except ZeroDivisionError as e:
    tb = e.__traceback__; n = 0
    while tb: n += 1; tb = tb.tb_next
    print("tb depth", n)
try:
    try: raise ValueError("a")
    finally: print("finally")
except ValueError as e: print("got", e)
def fin():
    try: return 1
    finally: return 2
print(fin())
def fin2():
    for i in range(3):
        try: raise ValueError
        except ValueError: continue
        finally: print("f", i)
fin2()
try:
    raise ValueError("x") from ValueError("y")
except ValueError as e:
    print(e.__cause__, e.__context__)
print(isinstance(ValueError(), (KeyError, ValueError)))
class Meta(type):
    def __instancecheck__(cls, inst): return True
class Any(Exception, metaclass=Meta): pass
try:
    raise KeyError
except Any:
    print("caught by meta?")
except KeyError:
    print("caught KeyError")
