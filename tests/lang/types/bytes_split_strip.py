# bytes split/strip/join/startswith variants
b = b"  alpha beta\tgamma\n"
print(b.split(), b.strip(), b.lstrip(), b.rstrip(), b.split(b" "))
print(b",".join([b"x", bytearray(b"y"), memoryview(b"z")]), b"abc".startswith((b"x", b"a")))
print(b"a.b.c".rsplit(b".", 1), b"a.b.c".partition(b"."), b"line\r\nnext".splitlines())
print(b"Hello World".title(), b"hello".capitalize(), b"ABC".lower(), b"abc".isupper())
print(b"abc".ljust(6, b"*"), b"abc".rjust(6), b"12".isdigit(), b"x y".isalpha(), b"\xff".isalnum())
try:
    b"abc".split("b")
except TypeError as e:
    print(type(e).__name__, e)
