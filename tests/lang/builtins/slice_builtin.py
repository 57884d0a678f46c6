# slice() builtin
s = slice(2)
print(s, s.start, s.stop, s.step)
s = slice(1, 8, 3)
print(list(range(10))[s], "abcdefghij"[s], s.indices(5))
print(slice("a", "b", "c"), slice(None, None, None) == slice(None))
try:
    hash(slice(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
