# strip family, replace, removeprefix/removesuffix
s = "\t  hello world \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello".replace("l", ""), "".replace("", "x"), "abab".replace("ab", "ba"))
print("TestCase".removeprefix("Test"), "TestCase".removesuffix("Case"), "abc".removeprefix("x"))
print(repr("\u3000 text\u00a0".strip()))
