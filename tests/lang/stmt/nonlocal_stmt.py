# nonlocal declarations
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    inc(); inc()
    return x, inc
val, inc = outer()
print(val, inc(), inc())
def deep():
    v = "a"
    def mid():
        def inner():
            nonlocal v
            v += "c"
        nonlocal v
        v += "b"
        inner()
    mid()
    return v
print(deep())
try:
    exec("def f():\n    nonlocal q\n")
except SyntaxError as e:
    print("SyntaxError", e.msg)
def shadow():
    y = 1
    def f():
        y = 2
    f()
    return y
print(shadow())
