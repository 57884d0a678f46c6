# bytes literals
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3])
print(b"\x00\x01\xff", list(b"\x00\x01\xff"))
print(b"a\tb", repr(b"a\tb"))
print(b"'", b'"', b"'\"")
print(rb"\x00", len(rb"\x00"))
print(b"" == bytes(), type(b"").__name__)
print(b"abc" + b"def", b"ab" * 3)
try:
    eval('b"\u00e9"')
except SyntaxError:
    print("SyntaxError non-ascii in bytes")
try:
    eval("b'é'")
except SyntaxError:
    print("SyntaxError non-ascii char")
