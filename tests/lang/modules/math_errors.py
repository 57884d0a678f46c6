# math domain and range errors
import math
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.acos, (2,)),
                (math.exp, (1000,)), (math.factorial, (-1,)), (math.factorial, (2.5,)),
                (math.pow, (0, -1)), (math.fmod, (1, 0)), (math.isqrt, (-1,)), (math.comb, (-1, 2)),
                (math.sqrt, ("x",)), (math.floor, (float("inf"),))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(math.sqrt(10 ** 100) == 1e50, math.log(10 ** 400) > 900)
