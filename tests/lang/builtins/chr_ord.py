# chr() and ord()
print(chr(65), chr(0x4e2d), chr(0x1F600), repr(chr(0)), repr(chr(0x10FFFF)), chr(955))
print(ord("a"), ord("€"), ord("😀"), ord(b"A"), ord(bytearray(b"z")))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("".join(chr(ord(c) + 1) for c in "HAL"))
