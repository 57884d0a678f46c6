# the "as" name is deleted at the end of the except block
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
saved = None
try:
    raise KeyError("k")
except KeyError as err2:
    saved = err2
print(repr(saved))
def f():
    try:
        raise OSError
    except OSError as exc:
        pass
    return "exc" in locals()
print(f())
