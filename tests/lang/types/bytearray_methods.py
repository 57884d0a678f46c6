# bytearray is a mutable bytes
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"??")
print(ba, len(ba))
ba[1:3] = b"EE"
del ba[-1]
print(ba, ba.pop(), ba)
ba.insert(0, 62)
ba.reverse()
print(ba, ba.find(b"l"), ba.upper(), type(ba.upper()).__name__)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytes(ba) == ba)
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(ba)
except TypeError as e:
    print(type(e).__name__, e)
ba2 = bytearray(b"abc")
ba2 += b"def"
ba2 *= 2
print(ba2, ba2.decode(), ba2.remove(97), ba2)
print(bytearray(b"  x  ").strip(), bytearray(b"a-b").split(b"-"))
