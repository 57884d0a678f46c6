# mixing positional, keyword and unpacked arguments
def show(a, b, c=0, *args, d=1, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} kw={kw}"
print(show(1, 2))
print(show(*[1, 2, 3, 4, 5]))
print(show(1, *[2], c=3, d=4, e=5))
print(show(*"xy", **{"d": "D", "extra": True}))
print(show(1, 2, 3, *(), **{}))
args = (1,)
kwargs = {"b": 2}
print(show(*args, **kwargs))
try:
    show(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**[1])
except TypeError as e:
    print(type(e).__name__, e)
