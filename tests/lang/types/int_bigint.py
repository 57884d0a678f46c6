# arbitrary precision integers
big = 1 << 3000
print(len(str(big)), str(big)[:20], str(big)[-20:])
print(big.bit_length(), (big - 1).bit_length())
print(2 ** 200 - 2 ** 199 == 2 ** 199)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // (2 ** 40), f % 1000007, -f // 7 ** 20)
print(10 ** 50 + 1 - 10 ** 50, (10 ** 40) * (10 ** 40) == 10 ** 80)
a = 123456789123456789123456789
b = 987654321987654321
print(a * b, a // b, a % b, divmod(-a, b))
print(-(2 ** 100), abs(-(2 ** 100)), hash(2 ** 100) == hash(2 ** 100))
print(int(str(7 ** 300)) == 7 ** 300, str(-(3 ** 100)))
