# translate, maketrans, format_map, ord/chr round trip
table = str.maketrans("abc", "xyz", "d")
print("abcdd".translate(table), table)
print("hello".translate({ord("l"): None, ord("h"): "J"}))
print("{name} is {age}".format_map({"name": "ann", "age": 5}))
print([ord(c) for c in "aé中😀"], "".join(chr(i) for i in [72, 105, 0x1F600]))
print("ab" * 0 == "", "abc".__len__(), "a".__add__("b"), str(), str(123), str([1, "a"]))
print("x".join("123"), "%".join(["50", ""]))
