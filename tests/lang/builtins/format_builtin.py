# format()
print(format(3.14159, ".2f"), format(42), format(42, "x"), format("s", "^5"), format(1234567, ","))
print(repr(format(None)), format(True), format(True, "d"), format([1, 2]), format(1 + 2j, ".1f"))
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print(format(F(), "abc"), format(F()), "{:xyz}".format(F()), f"{F():!}")
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    def __format__(self, spec): return 1
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
