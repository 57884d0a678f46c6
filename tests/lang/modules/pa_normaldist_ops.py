from statistics import NormalDist as N
a = N(10, 2); b = N(5, 1)
print(a + 5, 5 + a, a - 1, 20 - a, a * 3, 2 * a, a / 2, -a, +a, a + b, a - b, a.zscore(14), N(1, 1) == N(1.0, 1.0))
print(N(0, 1).samples(3, seed=42), len(N().samples(5)))
try: N(0, 0).zscore(1)
except Exception as e: print(type(e).__name__, e)
