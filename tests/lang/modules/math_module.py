# math functions and constants
import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.sqrt(16), math.sqrt(2), math.pow(2, 0.5), math.exp(1), math.log(math.e), math.log(8, 2))
print(math.log10(1000), math.log2(1024), math.log1p(0), math.expm1(0))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12), math.atan2(1, 1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(float("nan")))
print(math.factorial(10), math.gcd(48, 18), math.isqrt(99), math.comb(5, 2), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.prod(range(1, 6)), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
