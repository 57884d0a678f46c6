# misc integer operations
print(abs(-5), -abs(5), +(-5), divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(max(3, 7, -1), min([4, 2, 8]), sum(range(1, 11)), 17 % 5, -17 % 5)
import math
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.lcm(4, 6), math.isqrt(10 ** 20 + 1))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print((255).to_bytes(2, "little"), (-5) // 2, -(5 // 2), int(-5 / 2))
