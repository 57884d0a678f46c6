# yield from delegation and return values
def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
