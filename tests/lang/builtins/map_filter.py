# map() and filter() are lazy iterators
m = map(lambda x: x * 2, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")), list(map(len, [])))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20, 30], [100, 200])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, "", "a", [], [1]])))
f = filter(str.isdigit, "a1b2c3")
print("".join(f))
try:
    map(1, [1])
    print("map creation does not check callability")
    list(map(1, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(abs)
except TypeError as e:
    print(type(e).__name__, e)
