# bytes methods
b = b"Hello, World"
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"He"), b.endswith(b"ld"), b.strip(b"Hd"), b.partition(b","))
print(b"-".join([b"a", b"b"]), b.hex(), bytes.fromhex("48 69"), b.hex(":", 2))
print(b[0], b[-1], b[:5], b[::-1], list(b[:3]), b"l" in b, 108 in b)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(3)))
print(b.decode(), b"abc".isalpha(), b"123".isdigit(), b" ".isspace(), b"Ab".swapcase())
print(b"a,b".split(b","), b"x".center(5, b"-"), b"7".zfill(3), b"a\tb".expandtabs(4))
for bad in [lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: b"abc"[5]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(repr(bytes([0, 9, 10, 13, 39, 92, 127, 128, 255])))
print(b"abc" < b"abd", b"a" * 3, bytes.maketrans(b"a", b"b") [97], b"abc".translate(None, b"b"))
