e = ValueError("ctx")
try:
    raise e
except ValueError:
    try:
        raise e
    except ValueError as e2:
        print(e2.__context__)
x = KeyError("a")
y = KeyError("b")
x.__context__ = y
y.__context__ = x
raise x
