# split, rsplit, join, splitlines
s = "  a b  c  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("".split(), "".split(","), "abc".split("abc"), "x".split("x"))
print("a||b||c".split("||"), "1 2 3".split(maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "sep".join(["only"]))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
print("l1\nl2\r\nl3\rl4".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("x\x0by\x1cz\u2028w".splitlines())
print("中 国 人".split(), "a\u3000b".split())
