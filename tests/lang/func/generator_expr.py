# generator expressions
g = (x * 2 for x in range(4))
print(next(g), list(g), list(g))
print(max(len(w) for w in "the quick brown".split()))
print(any(x > 3 for x in [1, 2, 5]), all(x for x in []))
print(", ".join(str(i) for i in range(3)))
print(sorted((c for c in "hello"), reverse=True))
pairs = ((a, b) for a in range(3) for b in range(a, 3) if a + b == 2)
print(list(pairs))
try:
    gen = (1 / x for x in [1, 0])
    print(next(gen))
    next(gen)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
