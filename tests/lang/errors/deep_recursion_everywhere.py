# deep recursion in every form ends in RecursionError (or SyntaxError), never a crash
import sys
sys.setrecursionlimit(5000)
def f(n): return f(n + 1)
try: f(0)
except RecursionError as e: print("py", e)
class A:
    def __repr__(self): return repr(self)
try: repr(A())
except RecursionError as e: print("repr", type(e).__name__)
class B:
    def __getattr__(self, n): return getattr(self, n)
try: B().x
except RecursionError as e: print("getattr", type(e).__name__)
l = []
for i in range(100000): l = [l]
try: print(len(str(l)))
except RecursionError as e: print("str", type(e).__name__)
def g(n): return sorted([1, 2], key=lambda x: g(n + 1))
try: g(0)
except RecursionError as e: print("sorted", type(e).__name__)
x = eval("(" * 100 + ")" * 100)
print("eval ok")
try: eval("(" * 5000 + ")" * 5000)
except (RecursionError, SyntaxError, MemoryError) as e: print(type(e).__name__, e)
