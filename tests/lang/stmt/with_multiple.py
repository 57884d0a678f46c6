# with statement with multiple items: entered left to right, exited in reverse
class CM:
    def __init__(self, n, fail_enter=False):
        self.n = n
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError("enter %s failed" % self.n)
        print("enter", self.n)
        return self.n
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
with CM(1) as a, CM(2) as b:
    print("body", a, b)
with (CM(3) as c,
      CM(4) as d):
    print("parenthesised", c, d)
try:
    with CM(5), CM(6, fail_enter=True), CM(7):
        print("never")
except RuntimeError as e:
    print("caught", e)
with CM(8) as (x):
    print(x)
