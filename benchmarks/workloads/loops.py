# Tight loops over ints: the eval loop's dispatch and small-int arithmetic.
def loop(n):
    total = 0
    i = 0
    while i < n:
        total += i * 2 % 7
        i += 1
    for j in range(n):
        total -= j & 3
    return total

print(loop(3_000_000))
