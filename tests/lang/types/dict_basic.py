# dict basics and insertion order
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 100
print(d, len(d), list(d), "two" in d, 2 in d)
del d["two"]
d["two"] = 2
print(d)
try:
    d["nope"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, z=0), dict())
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print({1: "a", True: "b", 1.0: "c"})
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
