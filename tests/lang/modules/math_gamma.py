import math
for x in [0.5, 1.5, 5.5, 0.25, 0.75, 1.25, 2.5, 3.3, 7.7, 12.5, 20.2, 33.3, 100.5, -2.5, -7.3, 1e-5, 150.5, -150.5, 171.5, 23, 24, -0.5]:
    try: print(x, math.gamma(x), math.lgamma(x))
    except (ValueError, OverflowError) as e: print(x, type(e).__name__, e)
print(math.lgamma(1), math.lgamma(2), math.lgamma(1e300), math.gamma(1e-300))
