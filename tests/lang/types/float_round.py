# round() on floats uses round-half-even on the exact binary value
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 1.0000001]:
    print(v, round(v), round(v, 2), round(v, 0))
print(round(123.456, -1), round(123.456, -2), round(-123.456, 1))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__)
print(round(1e300, 2), round(float("inf"), 2))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int(2.5), int(-2.5), int(1e10))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
