# int() constructor: arguments, bases and exact error messages.
def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: int())
t(lambda: int("12", base=16))
t(lambda: int(x=1))
t(lambda: int("1", 2, 3))
t(lambda: int(base=2))
t(lambda: int(1.0, 10))
t(lambda: int("1", 37))
t(lambda: int("1", 1))
t(lambda: int("1", -1))
t(lambda: int("12", 2**70))
t(lambda: int("12", True))
t(lambda: int("12", 2.0))
t(lambda: int("12", None))
t(lambda: int(None))
t(lambda: int([1]))
t(lambda: int(b"12", 8))
t(lambda: int(bytearray(b"12"), 8))
t(lambda: int(b"x"))
t(lambda: int(bytearray(b"x")))
t(lambda: int("x" * 300))
t(lambda: int(b"y" * 300))
t(lambda: int("1\x002"))
t(lambda: int("\u0661\u0662\u0663"))
t(lambda: int("\u0661\u0662\u0663", 16))
t(lambda: int("\uff10\uff58\uff11", 0))
t(lambda: int("\u00a012\u2003"))
t(lambda: int("\x1c1"))
t(lambda: int("12\u00e9"))
t(lambda: int(float("inf")))
t(lambda: int(float("-inf")))
t(lambda: int(float("nan")))
t(lambda: int(-0.0))
t(lambda: int(1e300) % 10**9)
t(lambda: int(2.5e-300))

class Idx:
    def __index__(self):
        return 7
class Trunc:
    def __trunc__(self):
        return 8
class IntM:
    def __int__(self):
        return 9
class BadInt:
    def __int__(self):
        return "nine"
class BoolInt:
    def __int__(self):
        return True
t(lambda: int(Idx()))
t(lambda: int(Trunc()))
t(lambda: int(IntM()))
t(lambda: int(BadInt()))
t(lambda: int(BoolInt()))
t(lambda: int("10", Idx()))
t(lambda: int(True))
k257, k256, km5 = 257, 256, -5
t(lambda: k257 is int("257"))
t(lambda: k256 is int("256"))
t(lambda: km5 is int("-5"))
