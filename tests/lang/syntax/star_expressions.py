# star expressions in various positions
a, *b = [1, 2, 3]
print(a, b)
*c, d = "xyz"
print(c, d)
e, *f, g = range(5)
print(e, f, g)
h, *i = [1]
print(h, i)
print(*[1, 2], *"ab", sep="-")
def k(*args, **kw):
    return args, kw
print(k(*[1, 2], 3, *(), **{"x": 1}, y=2))
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
try:
    exec("*a, *b = [1, 2]")
except SyntaxError:
    print("SyntaxError two starred")
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
