# converting ints to text
for n in [0, 7, -7, 10 ** 25, -(2 ** 64)]:
    print(str(n), repr(n), hex(n), oct(n), bin(n) if abs(n) < 1000 else "big")
print(format(255, "x"), format(-255, "#x"), format(2 ** 70, ","))
print(f"{12345678901234567890:_}")
print("%d %i %x %X %o %05d %-5d| %+d" % (42, 42, 255, 255, 8, 42, 42, 42))
