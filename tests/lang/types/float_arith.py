# float arithmetic and special values
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf > 1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1e308 * 10, -1e308 * 10, 5e-324 / 2)
for op in (lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: 0.0 ** -1):
    try:
        op()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__)
print((-8.0) ** 0.5 if False else (-8.0) ** 2, 2 ** 0.5, 10.0 ** -2)
print(3.0 * 2, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, -2))
print(1 + 2.0, type(1 + 2.0).__name__, 10 / 4, 10 / 5, type(10 / 5).__name__)
print(0.0 == -0.0, str(0.0 * -1), -0.0 + 0.0)
