# all() and any()
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, "x"]))
print(all("abc"), any(""), all([[]]), any([[]]), all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))
def gen():
    yield 1
    print("second element evaluated")
    yield 0
    print("never reached")
    yield 1
print(all(gen()))
print(any(iter([0, 1, "unreached"])))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
