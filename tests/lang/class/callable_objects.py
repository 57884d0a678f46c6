# __call__
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *more, scale=1):
        return (x + self.n + sum(more)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [0, 10])))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class Factory:
    def __call__(self):
        return Factory()
print(type(Factory()()()).__name__)
