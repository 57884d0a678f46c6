# closures capture variables, not values
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
print(outer().__closure__[0].cell_contents)
def make_pair():
    v = []
    return lambda: v.append(1) or len(v), lambda: v
add, show = make_pair()
add(); add()
print(show())
print(counter.__closure__)
