# cmath basics
import cmath, math
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj, cmath.nan)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4 + 0j), cmath.sqrt(3 + 4j), cmath.sqrt(-0.0), cmath.sqrt(complex(-4, -0.0)))
print(cmath.exp(0), cmath.exp(1j * math.pi).real, cmath.log(1), cmath.log(-1), cmath.log(1j), cmath.log(100, 10), cmath.log10(1000))
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(complex(-1, -0.0)), cmath.polar(1j), cmath.polar(-2), cmath.rect(2, 0), cmath.rect(1, math.pi / 2).real < 1e-15)
print(cmath.isclose(1j, 1j + 1e-12), cmath.isclose(1, 1.1), cmath.isfinite(1 + 2j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)))
print(cmath.sin(0), cmath.cos(0), cmath.tan(0), abs(cmath.sin(1j) - 1.1752011936438014j) < 1e-15, cmath.sinh(0), cmath.cosh(0), cmath.tanh(0))
print(cmath.asin(0), cmath.acos(1), cmath.atan(0), cmath.asinh(0), cmath.acosh(1), cmath.atanh(0))
class C:
    def __complex__(self):
        return 2j
print(cmath.sqrt(C()), cmath.phase(C()), cmath.exp(True))
for f, args in [(cmath.log, (0,)), (cmath.exp, (1000,)), (cmath.sqrt, ("x",)), (cmath.atanh, (1,)), (cmath.log, (1, 1)),
                (cmath.sin, (1000j,)), (cmath.cosh, (1000,)), (cmath.log10, (0,)), (cmath.sqrt, ())]:
    try:
        print(f(*args))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    cmath.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print(e)
