# divmod(), pow(), abs()
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 2), pow(7, 2, 5), pow(base=2, exp=5, mod=3))
print(abs(-3), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(10 ** 30)))
class A:
    def __abs__(self): return "abs!"
print(abs(A()))
for bad in [lambda: divmod(1, 0), lambda: divmod("a", 1), lambda: abs("x"), lambda: pow(2, 0.5, 3)]:
    try:
        bad()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
