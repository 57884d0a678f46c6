# bytes repr, hex, and %-formatting
print(b"%d %s %r %x %c %%" % (5, b"bytes", b"r", 255, 65))
print(b"%(k)s" % {b"k": b"val"}, b"%5d|%-5d|" % (1, 2), b"%.2f" % 3.14159)
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
print(bytes.fromhex("de ad be ef").hex(), b"\x01\x02".hex("-"), bytes(b"abc").hex())
print(repr(b"\t\n\r\x0b\x0c"), repr(bytearray(b"'\"")), str(b"x"), bytes(5)[:2])
