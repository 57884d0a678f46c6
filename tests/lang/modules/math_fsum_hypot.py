# math.fsum is exact; hypot/dist are correctly rounded (within an ulp)
import math
print(math.fsum([]), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([0.1] * 10))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([2.0 ** 53, 1.0, 2.0 ** -100]), math.fsum([-0.0, -0.0]), math.fsum(range(10)))
print(math.fsum([1e308, -1e308, 1e308]), math.fsum(x / 7 for x in range(100)), sum(x / 7 for x in range(100)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1.0, 5.0]), math.isnan(math.fsum([math.nan, 1.0])))
print(math.fsum([1.7976931348623157e308, 9.979201547673598e291]))
for args in ([1e308, 1e308], [math.inf, -math.inf], ["a"], 5):
    try:
        print(math.fsum(args))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
vals = [i * 0.1 for i in range(1, 40)]
print(math.fsum(vals), math.fsum([1, 2**-60, -1]), math.fsum([0.3, -0.1, -0.2]))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 3), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(5e-324, 5e-324), math.hypot(*range(20)), math.hypot(0.1, 0.2, 0.3))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-1.5,)), math.dist((), ()))
for args in [((1, 2), (1,)), ((1,), 5)]:
    try:
        print(math.dist(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.hypot(True, 2.0), math.hypot(10**20, 10**20), math.hypot(0.7, 2.4))
