# with statement protocol
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return False
with CM("a") as v:
    print("body", v)
with CM("b"):
    print("no as")
try:
    with CM("c"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
def f():
    with CM("d"):
        return "returned"
print(f())
for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break
