# round()
print(round(3.14159), round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.5))
print(round(1234, -2), round(1250, -2), round(-1250, -2), round(5), round(5, 2), round(True))
print(round(1.23456789e10, -5), round(float("-0.4")), round(0.05, 1), round(0.15, 1), round(2.675, 2))
print(type(round(2.5)).__name__, type(round(2.5, None)).__name__, type(round(2.5, 1)).__name__)
class R:
    def __round__(self, n=None):
        return f"custom round {n}"
print(round(R()), round(R(), 3))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
