# __contains__ and the fallbacks for "in"
class Evens:
    def __contains__(self, x):
        return x % 2 == 0
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
class Truthy:
    def __contains__(self, x): return "non-bool"
print(1 in Truthy())
class ByIter:
    def __iter__(self):
        print("iterating")
        yield from [1, 2, 3]
print(2 in ByIter())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
print(nan in [nan], nan == nan)
