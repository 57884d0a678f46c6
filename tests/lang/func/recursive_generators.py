# recursive generators: permutations and binary strings
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for p in perms(items[:i] + items[i + 1:]):
            yield [x] + p
print(list(perms([1, 2, 3])))
def bits(n):
    if n == 0:
        yield ""
    else:
        for b in bits(n - 1):
            yield b + "0"
            yield b + "1"
print(list(bits(3)))
print(sum(1 for _ in perms(list(range(6)))))
