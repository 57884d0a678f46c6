# conversions between numeric types
print(int(7.9), int(-7.9), float(7), complex(7), int("7"), float("7"))
print(int(1e18), float(10 ** 18), int(float(2 ** 53 + 1)))
print(round(2 ** 0.5, 4), int(round(7.5)), int(round(8.5)))
print(float(True), int(False), complex(True))
from fractions import Fraction
print(Fraction(3, 6), Fraction(0.5), Fraction("1/3") + Fraction(1, 6))
print(float(Fraction(1, 4)), int(Fraction(7, 2)))
