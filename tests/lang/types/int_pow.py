# pow with and without modulus
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, 2 ** -2, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(pow(3, 200, 1000), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(10 ** 20, 10 ** 20, 10 ** 9 + 7))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(type(2 ** -1).__name__, 10 ** 2, (-1) ** 1000001)
