# closures created in loops share a cell unless bound explicitly
def make():
    out = []
    for i in range(3):
        def f():
            return i
        out.append(f)
    return out
print([f() for f in make()])
def make_bound():
    out = []
    for i in range(3):
        def f(i=i):
            return i
        out.append(f)
    return out
print([f() for f in make_bound()])
def make_factory():
    def factory(i):
        return lambda: i * i
    return [factory(i) for i in range(4)]
print([f() for f in make_factory()])
