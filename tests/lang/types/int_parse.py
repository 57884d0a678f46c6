# int() from strings and other types
print(int("42"), int("-0"), int("  12_3 "), int("+7"), int("\t9\n"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0b101", 0), int("0o17", 0))
print(int("z", 36), int("Zz", 36), int("11", 2), int("-1_0", 10))
print(int(3.99), int(-3.99), int(True), int("١٢٣"))
print(int(1e20), int(2 ** 64 + 0.0))
for args in [("",), ("1.5",), ("12a",), ("_1",), ("1__2",), ("0x10",), ("10", 1), ("10", 37), ("08", 0)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [], float("inf"), float("nan")]:
    try:
        int(bad)
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
