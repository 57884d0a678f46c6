# unbounded recursion raises RecursionError, which can be caught
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
def still_works(n):
    return n if n == 0 else still_works(n - 1)
print(still_works(100))
