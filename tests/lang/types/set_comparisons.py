# set comparison operators are subset tests, not a total order
a, b, c = {1, 2}, {2, 3}, {1, 2, 3}
print(a < c, b < c, a < b, b < a, a == b, sorted([c, a], key=len))
print(a <= a, a < a, c > a, c >= c, set() < a, set() <= set())
print({1, 2} == frozenset({1, 2}), {1} != {1.0}, {True} == {1})
print(a.issubset([1, 2, 5]), c.issuperset(a), a.isdisjoint(b))
try:
    a < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
