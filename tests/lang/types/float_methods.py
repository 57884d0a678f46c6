# float methods
print((3.0).is_integer(), (3.5).is_integer(), float("inf").is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.25).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float(10 ** 308 * 10) if False else "skip", float(2 ** 1023) == 2.0 ** 1023)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
