# functools helpers on functions
import functools
def power(base, exp):
    return base ** exp
sq = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(sq(5), cube(2), sq.keywords, sq.args)
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
print(functools.reduce(lambda a, b: a + b, [], "init"))
@functools.lru_cache(maxsize=None)
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(80), slow_fib.cache_info().hits > 0)
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
