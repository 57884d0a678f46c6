# dict | and |= operators and ** merging
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b})
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
print(c)
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print(a, b)
