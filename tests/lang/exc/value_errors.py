# ValueError messages for common mistakes
cases = [lambda: int("4.5"), lambda: float("x"), lambda: [1].index(2), lambda: "abc".index("d"),
         lambda: (1, 2).index(3), lambda: list(range(3)).remove(7), lambda: chr(-5),
         lambda: int("9", 8), lambda: "a,b".split(""), lambda: bytes([300]),
         lambda: "{0:d}".format("x"), lambda: (lambda a, b: 0)(*[1]) if False else [].index(0)]
for c in cases:
    try:
        c()
    except ValueError as e:
        print(type(e).__name__, e)
import math
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
