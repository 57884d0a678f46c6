# str() of numbers and numbers from str
for v in [0, -0.0, 1.0, 1e16, 123456789.123456789, 2 ** 64, 1 / 7, complex(1, -1), True]:
    print(str(v), repr(v), type(v).__name__)
print(float(str(0.1)) == 0.1, int(str(-12345678901234567890)))
print(str(1.0e-4), str(1.0e-5), str(123e10), str(1.5e16))
