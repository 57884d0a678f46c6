# bool is a subclass of int
print(True + 1, True * 3, False - True, True / 2, -True, ~True)
print(bool(0), bool(42), bool(""), bool("0"), bool([]), bool(None), bool(0.0), bool(-0.0))
print(type(True).__mro__, isinstance(False, int))
print(True == 1, False == 0, True is 1 == 1 if False else "skip")
print(str(True), repr(False), int(True), float(False))
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(sum([True, True, False]), [True, False].count(0), {True: "a", 1: "b"})
try:
    class B(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool.__name__, bool(), hash(True))
