# math integer functions: exact results at any size, and their errors
import math
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(21))
print(math.factorial(100))
print(len(str(math.factorial(1000))), math.factorial(True))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**64, 3))
print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 4), math.perm(30, 20))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127 - 1))
print(math.prod([]), math.prod([2, 3, 4]), math.prod([1.5, 2]), math.prod([2, 3], start=10), math.prod(range(1, 30)))
print(math.prod(["ab"], start=1), math.prod([[1], 2]))
for f, args in [(math.factorial, (-5,)), (math.factorial, (5.0,)), (math.factorial, ("5",)),
                (math.gcd, (1.5, 2)), (math.lcm, (2, "x")), (math.comb, (5, -1)), (math.comb, (-5, 1)),
                (math.perm, (-1,)), (math.perm, (5, -2)), (math.isqrt, (-4,)), (math.isqrt, (4.0,)),
                (math.comb, (5.0, 2)), (math.prod, (5,))]:
    try:
        print(f(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
class Idx:
    def __index__(self):
        return 6
print(math.factorial(Idx()), math.gcd(Idx(), 4), math.isqrt(Idx()), math.comb(Idx(), 2))
