# bin(), oct(), hex()
for n in [0, 1, -1, 255, -256, 2 ** 64, True]:
    print(bin(n), oct(n), hex(n))
class I:
    def __index__(self): return 10
print(bin(I()), hex(I()), oct(I()))
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(int(bin(-77), 2), int(hex(2 ** 70), 16) == 2 ** 70, int(oct(8), 8))
