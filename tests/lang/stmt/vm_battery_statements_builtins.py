x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 2)
if (n := len("abc")) > 2: print("walrus", n)
print([y for v in range(5) if (y := v * 2) > 4], y)
try:
    assert x > 10, f"x too small: {x}"
except AssertionError as e: print("assert", e)
try:
    assert False
except AssertionError as e: print("bare assert", repr(e))
a = [1, 2, 3]; del a[0]; print(a)
b = {"k": 1}; del b["k"]; print(b)
class O: pass
o = O(); o.z = 1; del o.z; print(hasattr(o, "z"))
del x
try: x
except NameError as e: print(e)
def gl():
    global G
    G = "set"
gl(); print(G)
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    inner(); return inner()
print(outer())
print(eval("a[0] + 1"), eval("q * 2", {"q": 4}), eval("loc", {}, {"loc": 9}))
ns = {}
exec("def f(): return 42\nr = f()", ns); print(ns["r"])
print(sorted(k for k in globals() if not k.startswith("__"))[:5])
print(type(locals()) is dict, locals() is globals())
def lv(p):
    q = 2
    return sorted(locals().items())
print(lv(1))
print(vars(O) is not None, "z" not in vars(o))
first, *rest = "hello"; print(first, rest)
*init, last = [1, 2, 3]; print(init, last)
print(*[1, 2], *(3,), sep="-")
print({**{"a": 1}, "b": 2}, [*range(3), *"ab"], (*[1], 2))
m = [[0] * 3 for _ in range(2)]; m[0][1] = 5; print(m)
i = 0
while i < 5:
    i += 1
    if i == 2: continue
    if i == 4: break
else:
    print("no")
print("while done", i)
for j in range(3):
    pass
else:
    print("for else", j)
print(0 or [] or "x", 1 and 0 and 2, not 0, None or None)
print(10 // 3, -10 // 3, 10 % -3, -7 % 3, 2 ** -1, 2 ** 100, divmod(-7, 2), 7 / 2, 1e300 * 1e10)
print(0.1 + 0.2, round(2.675, 2), round(0.5), round(1.5), round(-0.5), int(-3.9), 1/3)
print("cond", "yes" if [] else "no")
lst = [3, 1, 2]
lst.sort(key=lambda v: -v); print(lst, sorted("bca"), max([1, 5, 3]), min("xyz"), sum([0.1] * 10))
print(list(map(lambda p, q: p * q, [1, 2], [3, 4])), list(filter(None, [0, 1, "", "a"])), list(zip("ab", [1, 2, 3])))
print(any([]), all([]), any(x > 1 for x in [1, 2]), list(enumerate("ab", 1)), list(reversed(range(3))))
print(isinstance(True, int), issubclass(bool, (str, int)), callable(print), hash(1) == hash(1.0))
print(bin(10), oct(8), hex(255), chr(65), ord("€"), abs(-2.5), pow(2, 10, 1000), round(123.456, -1))
print(repr("a'b\"c\n"), ascii("é"), format(1234.5678, ",.2f"), "%5.1f|%-4d|%s" % (3.14159, 7, [1]))
print(int("0x1f", 16), int("  42  "), float("1e3"), str(b"x"), bytes([65, 66]), bytearray(b"ab"))
