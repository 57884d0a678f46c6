# string comparison is by code point
pairs = [("a", "b"), ("a", "A"), ("abc", "ab"), ("", "a"), ("Z", "a"), ("é", "e"), ("10", "9"), ("中", "z")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x == y, x > y)
print(sorted(["banana", "Apple", "apple", "_x", "10", "9"]))
print(max(["b", "ab", "abc"]), min("zyx"))
print("abc" == "ab" + "c", "abc" is not None, "a" * 3 == "aaa")
