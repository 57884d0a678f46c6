# set operators on small ints
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a > a)
print(a.union([9], (8,)), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([1, 7]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}))
c = set(a)
c |= {10}; print(c)
c &= {1, 2, 10}; print(c)
c -= {1}; print(c)
c ^= {2, 3}; print(c)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print(set() == set(), {1, 2} == {2, 1}, len(set("aabbc")), sorted(set("hello")))
