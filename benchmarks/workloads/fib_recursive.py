# Recursive calls: the cost of a Python-to-Python call.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(27))
