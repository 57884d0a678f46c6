# function annotations
def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b]
ann = f.__annotations__
for k in ["a", "b", "args", "c", "kw", "return"]:
    print(k, ann[k])
def g(x, y):
    pass
print(g.__annotations__)
def h(x: 1 + 1) -> None:
    pass
print(h.__annotations__)
