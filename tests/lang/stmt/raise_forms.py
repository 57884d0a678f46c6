# raise statements
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("msg", 2)
except ValueError as e:
    print(repr(e), e.args, str(e))
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise
except TypeError as e:
    print("re-raised", e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
class MyErr(Exception):
    pass
try:
    raise MyErr("custom")
except Exception as e:
    print(type(e).__name__, e, isinstance(e, MyErr))
