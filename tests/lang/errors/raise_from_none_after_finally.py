def f():
    try:
        raise KeyError("inner")
    finally:
        print("finally runs")
try:
    f()
except KeyError:
    raise ValueError("outer") from None
