# indexing, slicing, iteration, concatenation and repetition
s = "Python"
print(s[0], s[-1], s[1:4], s[:2], s[4:], s[::-1], s[::2], s[-3:-1], s[10:20], s[5:1])
try:
    s[6]
except IndexError as e:
    print(type(e).__name__, e)
print(s + "3", s * 2, 0 * s, -1 * s, [c for c in "abc"])
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "abc" == "abc", "é" > "z")
u = "naïve café 中文 😀"
print(len(u), u[2], u[-1], u[11:13], u.encode("utf-8")[:8])
print(min("hello"), max("hello"), sorted("hello"), "".join(reversed("abc")))
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
