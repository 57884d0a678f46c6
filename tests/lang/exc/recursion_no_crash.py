import sys
def f(n): return f(n+1)
try: f(0)
except RecursionError as e: print(type(e).__name__)
class R:
    def __repr__(self): return repr(self)
try: repr(R())
except RecursionError as e: print("repr", type(e).__name__)
class G:
    def __getattr__(self, n): return self.x
try: G().y
except RecursionError as e: print("getattr", type(e).__name__)
class Cm:
    def __eq__(self, o): return self == o
try: Cm() == Cm()
except RecursionError as e: print("eq", type(e).__name__)
class Lt:
    def __lt__(self, o): return self < o
try: Lt() < Lt()
except RecursionError as e: print("lt", type(e).__name__)
l = []
for i in range(100000): l = [l]
try: s = str(l); print(len(s))
except RecursionError as e: print("str list", type(e).__name__)
d = {}
for i in range(100000): d = {1: d}
try: s = repr(d); print(len(s))
except RecursionError as e: print("repr dict", type(e).__name__)
t = ()
for i in range(100000): t = (t,)
try: s = repr(t)
except RecursionError as e: print("repr tuple", type(e).__name__)
l = [1]; l.append(l); print(l)
d = {}; d[1] = d; print(d)
class S:
    def __str__(self): return str(self)
try: str(S())
except RecursionError as e: print("str", type(e).__name__)
class H:
    def __hash__(self): return hash(self)
try: hash(H())
except RecursionError as e: print("hash", type(e).__name__)
class I:
    def __iter__(self): return iter(self)
try: iter(I())
except RecursionError as e: print("iter", type(e).__name__)
class Ca:
    def __call__(self): return self()
try: Ca()()
except RecursionError as e: print("call", type(e).__name__)
class P:
    @property
    def x(self): return self.x
try: P().x
except RecursionError as e: print("prop", type(e).__name__)
def g(): 
    try: g()
    except RecursionError: raise
try: g()
except RecursionError as e: print("g", type(e).__name__)
x = lambda: x()
try: x()
except RecursionError as e: print("lambda", type(e).__name__)
class A:
    def __init__(self): A()
try: A()
except RecursionError as e: print("init", type(e).__name__)
def gen(n):
    yield from gen(n+1)
try: list(gen(0))
except RecursionError as e: print("gen", type(e).__name__)
l = [1]
for i in range(100000): l = [l]
try: print(l == l)
except RecursionError as e: print("cmp list", type(e).__name__)
a = []; b = []
for i in range(100000): a = [a]; b = [b]
try: print(a == b)
except RecursionError as e: print("cmp list2", type(e).__name__)
sys.setrecursionlimit(100)
try: f(0)
except RecursionError as e: print(type(e).__name__)
print("done")
import sys
try: sys.setrecursionlimit(1)
except RecursionError as e: print(e)
def f():
    try: sys.setrecursionlimit(2)
    except RecursionError as e: print(e)
f()
