# bool: the two singletons, & | ^ keep bool, everything else gives int.
print(True, False, repr(True), str(False), type(True).__name__, bool.__mro__)
print(True & True, True & False, True | False, False | False, True ^ True, True ^ False)
print(type(True & 1).__name__, True & 1, True | 2, False ^ 3, 1 & True, 2 | False)
print(True + True, True - False, True * 10, -True, +True, ~True, ~False, abs(-True), True / 2, True // 2, True % 2)
print(True ** 10, 2 ** True, True << 3, True >> 1, divmod(True, 2), pow(True, 5, 3))
print(bool(), bool(0), bool(1), bool(-1), bool(""), bool("x"), bool([]), bool([0]), bool(0.0), bool(2**100), bool(None))
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 3
class Bad:
    def __bool__(self):
        return 1
print(bool(Z()), bool(L()))
for f in (lambda: bool(Bad()), lambda: bool(1, 2), lambda: bool(x=1), lambda: bool.__new__(int),
          lambda: type("B", (bool,), {})):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(True == 1, False == 0, True is bool(1), hash(True), hash(False), {True: "a", 1: "b"})
print(int(True), type(int(True)).__name__, float(True), True.as_integer_ratio(), True.bit_length())
print(sum([True, True, False]), max(True, 0), sorted([True, False, 2, -1]))
print(format(True), format(True, "d"), format(False, ">6"), f"{True!r:>6}", "%d %s" % (True, True))
print(isinstance(True, int), issubclass(bool, int), True.real, True.numerator, round(True), True.conjugate())
