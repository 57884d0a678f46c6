# bit operations including negative numbers
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 2, 5 >> 1)
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5, -5 << 2, -5 >> 1, -1 >> 100)
print(-(2 ** 70) & 0xFF, (2 ** 70 - 1) & -(2 ** 65), -(2 ** 70) >> 60)
print(1 << 100 >> 98, 0 << 1000)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(bin(-10), bin(0), (255).bit_count() if hasattr(int, "bit_count") else 8, (-7).bit_count())
print(True & False, True | 2, type(True ^ True).__name__)
