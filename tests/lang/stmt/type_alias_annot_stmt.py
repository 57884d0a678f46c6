# annotated assignment statements
x: int = 5
y: "str"
print(x)
print(__annotations__)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
class C:
    a: int
    b: str = "b"
    c: list = []
print(C.__annotations__ == {"a": int, "b": str, "c": list})
print(hasattr(C, "a"), C.b)
def f():
    local: int = 1
    unused: float
    return local
print(f())
d = {}
d["k"]: int = 3
print(d)
