# starred unpacking targets
first, *middle, last = range(10)
print(first, middle, last)
*init, tail = [1]
print(init, tail)
head, *rest = "hello"
print(head, rest)
a, *b, c, d = (1, 2, 3)
print(a, b, c, d)
[*s] = (1, 2)
print(s)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
*a, = iter([5, 6])
print(a)
try:
    a, *b, c = "x"
except ValueError as e:
    print(type(e).__name__, e)
