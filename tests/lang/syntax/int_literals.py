# integer literals in every base, with underscores
print(0, 00, 0_0, 1_000_000)
print(0b1010, 0B1111_0000, 0o17, 0O7_7_7, 0xff, 0XDEAD_beef)
print(-0x10, +0o10, -0b1)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF)
print(0b1 << 100 == 2 ** 100)
print(type(0x10).__name__, type(10**30).__name__)
for src in ["1__0", "0x", "0b2", "08", "1_", "0o8", "0_x1"]:
    try:
        eval(src)
        print(src, "ok")
    except SyntaxError as e:
        print(src, "SyntaxError")
