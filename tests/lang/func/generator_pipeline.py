# chaining generators lazily
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(it):
    return (x for x in it if x % 2 == 0)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, evens(numbers()))))
def trace(it, name):
    for x in it:
        print(name, x)
        yield x
print(list(take(2, trace(trace(range(10), "a"), "b"))))
