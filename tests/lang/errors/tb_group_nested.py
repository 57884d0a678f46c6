def f():
    raise ValueError("inner")
def g():
    try:
        f()
    except ValueError as e:
        e1 = e
    try:
        raise TypeError("t")
    except TypeError as e:
        e2 = e
    raise ExceptionGroup("outer", [e1, ExceptionGroup("nested", [e2, KeyError("k")]), OSError(2, "nf")])
g()
