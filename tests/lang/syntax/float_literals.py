# float literals
print(1.0, 1., .5, 0.0, -0.0)
print(1e3, 1E-3, 1_0.5_5, 1e1_0, 3.14_15)
print(1e308, 1e309, -1e309, 5e-324, 1e-400)
print(0.1 + 0.2, 1/3, 2/3)
print(123456789.0, 1234567890123456789.0, 1e16, 1e15)
print(0.000123, 0.0001, 0.00001)
print(type(1e0).__name__, type(1.).__name__)
print(float("inf") == 1e309)
for src in ["1._5", "1e", "1e+", "1.0_"]:
    try:
        eval(src)
        print(src, "ok")
    except SyntaxError:
        print(src, "SyntaxError")
