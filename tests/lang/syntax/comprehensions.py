# list/set/dict comprehensions and generator expressions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x % 4 for x in range(20)})
print({k: v for k, v in zip("abc", range(3))})
print(sum(x for x in range(101)))
print([[j for j in range(i)] for i in range(4)])
print(list(x for x in []))
x = "outer"
_ = [x for x in range(3)]
print(x)
print([y for y in (1, 2, 3) if (z := y * 2) > 2], z)
