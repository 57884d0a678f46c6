# math float functions: special values, rounding to int, decomposition
import math
inf, nan = math.inf, math.nan
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(1e20), math.floor(1e300) == 10**300 // 1 or True)
print(math.floor(2**70 + 0.0), math.ceil(-(2**70) + 0.0), math.floor(5), math.ceil(True), type(math.ceil(True)).__name__)
class F:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
    def __float__(self): return 2.5
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.sqrt(F()))
for f in (math.floor, math.ceil, math.trunc):
    for v in (inf, nan, "x"):
        try:
            print(f(v))
        except (ValueError, OverflowError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
print(math.frexp(0.0), math.frexp(-3.0), math.frexp(inf), math.frexp(1e-310))
print(math.ldexp(1.0, 1024) if False else math.ldexp(1.0, 1023), math.ldexp(1.0, -1074), math.ldexp(1.0, -1080), math.ldexp(-0.0, 5))
print(math.modf(-3.25), math.modf(inf), math.modf(-inf), math.modf(2))
print(math.copysign(1, -0.0), math.copysign(inf, -1), math.copysign(nan, -1.0) != 0)
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, inf), math.fmod(-0.0, 1), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-inf if False else 3.5, 1))
print(math.pow(2, 10), math.pow(-2, 3), math.pow(0, 0), math.pow(1, nan), math.pow(nan, 0), math.pow(inf, -1), math.pow(-inf, 3), math.pow(0.5, inf), math.pow(2, -inf))
print(math.exp(0), math.exp(-inf), math.exp(inf), math.exp(-1000), math.expm1(1e-10), math.exp2(10), math.exp2(0.5))
print(math.log(1), math.log(100, 10), math.log(2**1000), math.log(10**500, 10), math.log2(2**2000), math.log10(10**400), math.log1p(1e-20))
print(math.log(inf), math.isnan(math.log(nan)), math.log2(8), math.log10(0.001), math.log(8, 2.0))
print(math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(inf), math.cbrt(-8), math.cbrt(27), math.cbrt(0.001))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(inf, inf), math.atan2(1, 0), math.atan(inf))
print(math.sinh(1), math.cosh(1), math.tanh(100), math.asinh(1), math.acosh(1), math.atanh(0.5))
print(math.asin(1), math.acos(-1), math.cos(math.pi), math.tan(math.pi / 4))
print(math.degrees(1), math.radians(1), math.degrees(-inf))
print(math.erf(0), math.erf(1), math.erfc(1), math.erf(inf), math.erfc(-inf), math.erf(0.5))
print(math.gamma(1), math.gamma(5), math.gamma(0.5), math.gamma(-0.5), math.lgamma(1), math.lgamma(10), math.lgamma(0.5))
print(math.nextafter(1, 2), math.nextafter(0, -1), math.nextafter(1, 1), math.ulp(1), math.ulp(0), math.ulp(-1e300), math.ulp(inf), math.ulp(2**52))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.0001), math.isclose(1, 1.0001, rel_tol=1e-3), math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isclose(inf, inf), math.isclose(inf, -inf), math.isclose(nan, nan), math.isinf(1e308 * 10), math.isfinite(nan))
for f, args in [(math.isclose, (1, 2, 0.1)), (math.log, (1, 1)), (math.log, (0.0,)), (math.log, (-(10**400),)), (math.log10, (0,)),
                (math.log2, (-1.0,)), (math.log1p, (-1,)), (math.sqrt, (-inf,)), (math.exp, (1e6,)), (math.exp2, (2000,)),
                (math.cosh, (1000,)), (math.sinh, (-1000,)), (math.atanh, (1,)), (math.acosh, (0,)), (math.sin, (inf,)),
                (math.gamma, (0,)), (math.gamma, (-2,)), (math.gamma, (200,)), (math.gamma, (-inf,)), (math.lgamma, (0,)),
                (math.lgamma, (-3,)), (math.pow, (-8, 1 / 3)), (math.pow, (10, 400)), (math.fmod, (inf, 2)),
                (math.remainder, (inf, 1)), (math.remainder, (1, 0)), (math.ldexp, (1.0, 2000)), (math.ldexp, (1.0, 2.0)),
                (math.sqrt, (10**400,)), (math.sqrt, ()), (math.pow, (2,)), (math.isclose, (1,)), (math.sqrt, (None,))]:
    try:
        print(f(*args))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print(e)
print(math.pi == 4 * math.atan(1), math.e == math.exp(1), math.tau / 2 == math.pi, repr(math.inf), repr(-math.inf), repr(math.nan))
print(math.ldexp(1, 1023) * 2 == math.inf, math.ldexp(5, 0), math.fabs(-0.0), math.fabs(-inf), math.fabs(-(2**60)))
