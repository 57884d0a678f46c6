# try/except matching
def attempt(f):
    try:
        f()
    except ZeroDivisionError:
        print("zero division")
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, e)
    else:
        print("no error")
attempt(lambda: 1 / 0)
attempt(lambda: {}["k"])
attempt(lambda: [][1])
attempt(lambda: int("x"))
attempt(lambda: None)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("not here")
except ValueError as e:
    print("outer caught", e)
try:
    raise KeyError("k")
except LookupError as e:
    print("base class caught", repr(e))
