# lambda expressions
sq = lambda x: x * x
print(sq(7), sq.__name__)
add = lambda a, b=10, *c, **d: (a + b, c, d)
print(add(1), add(1, 2, 3, k=4))
print((lambda: "no args")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print((lambda x: (lambda y: x + y))(1)(2))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
