# iter() with and without sentinel, next() with default
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
values = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(values), 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter([], 1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(iter({})).__name__, type(iter(range(1))).__name__, type(iter(())).__name__)
