# Method calls on instances (pyperformance "call_method"-like).
class Foo:
    def __init__(self):
        self.n = 0

    def foo(self, a, b):
        return self.bar(a) + b

    def bar(self, a):
        self.n += 1
        return a

def run(n):
    f = Foo()
    total = 0
    for i in range(n):
        total += f.foo(i, 1)
        total -= f.bar(i)
    return total, f.n

print(run(1_000_000))
