import inspect
class A:
    """Doc A."""
    x = 1

    def m(self):
        return 2  # comment
@staticmethod
def deco_target():
    pass
def f(a,
      b):
    return a +\
        b
g = lambda x: x + 1
print(inspect.getsource(A.m), end="")
print(inspect.getsource(f), end="")
print(inspect.getsourcelines(f)[1])
print(inspect.getdoc(A), inspect.getcomments(A) if hasattr(inspect, 'getcomments') else None)
try: print(inspect.getsource(A), end="")
except Exception as e: print(type(e).__name__, e)
print(inspect.getsource(g), end="")
try: inspect.getsource(len)
except TypeError as e: print(e)
