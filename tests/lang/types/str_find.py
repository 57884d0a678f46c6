# find/rfind/index/rindex/count/startswith/endswith
s = "hello, hello, world"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("xyz"), s.find(""))
print(s.find("o", 5, 10), s.rfind("o", 0, 5), s.find("", 100))
print(s.index("world"), s.rindex("l"))
try:
    s.index("xyz")
except ValueError as e:
    print(type(e).__name__, e)
print(s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"), s.count("l", 10))
print(s.startswith("hell"), s.startswith(("x", "he")), s.endswith("world"), s.endswith("o", 0, 5))
print(s.startswith(""), "".startswith(""), s.startswith("world", 14))
try:
    s.startswith(["h"])
except TypeError as e:
    print(type(e).__name__, e)
print("中国人".find("国"), "中国人"[1], len("中国人"), "😀x".index("x"))
print("x" in s, "lo, w" in s, "" in "")
