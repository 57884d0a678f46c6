# functions as values
def apply(f, *args):
    return f(*args)
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(apply(max, 3, 9, 2), compose(inc, dbl)(5), compose(dbl, inc)(5))
table = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
print([table[op](10, 3) for op in ("add", "sub")])
funcs = [str.upper, str.lower, str.title]
print([f("mIxEd") for f in funcs])
print(callable(apply), callable(3))
def returns_self():
    return returns_self
print(returns_self()() is returns_self)
