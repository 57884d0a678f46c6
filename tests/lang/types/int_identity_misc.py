# small int caching and misc int methods
print(256 is int("256"), 5 is int("5"), -5 is int("-5"))
print((10).__add__(5), (7).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag)
print((12).as_integer_ratio(), int.__name__, (5).__index__())
print(isinstance(True, int), int(), int(0), -0)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-5, -1), round(15, -1))
print(abs(-10 ** 20), max(2 ** 65, 2 ** 64), min(-(2 ** 65), 0))
print(int.__mro__, (3).__class__)
