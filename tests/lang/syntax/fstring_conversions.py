# f-string !r !s !a conversions
s = "héllo\n"
print(f"{s!r}")
print(f"{s!s}")
print(f"{s!a}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{p} {p!r} {p!s} {p!a}")
print(f"{'x'!r:>6}")
print(f"{42!r}")
print(f"{[1, 'a']!s}")
try:
    eval('f"{1!x}"')
except SyntaxError:
    print("SyntaxError")
