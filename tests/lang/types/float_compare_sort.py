# sorting floats including -0.0 and infinities
vals = [0.0, -0.0, 1e-300, -1e-300, float("inf"), float("-inf"), 1, -1, 2.5]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(max(vals), min(vals), sum(v for v in vals if abs(v) != float("inf")))
print(-0.0 < 0.0, -0.0 == 0.0, min(0.0, -0.0), min(-0.0, 0.0), max(-0.0, 0.0))
