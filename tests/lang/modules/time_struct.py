# time.struct_time: fields, repr, tuple behaviour, construction
import time
t = time.gmtime(0)
print(t)
print(repr(time.gmtime(1234567890)))
print(len(t), t[0], t[-1], t[:3], tuple(t), list(t)[6:], t.tm_zone, t.tm_gmtoff)
print(type(t).__name__, type(t).__module__ if hasattr(type(t), "__module__") else "", isinstance(t, tuple))
print(time.gmtime(-1), time.gmtime(-0.5).tm_sec, time.gmtime(1.99).tm_sec, time.gmtime(86400 * 366 * 30))
print(time.gmtime(951782400).tm_yday, time.gmtime(951782400)[:3], time.gmtime(2**31))
s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(s, s.tm_zone, s.tm_gmtoff, s == (2000, 1, 2, 3, 4, 5, 6, 2, 0), hash(s) == hash(tuple(s)))
s11 = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0, "XYZ", 3600))
print(s11, len(s11), s11.tm_zone, s11.tm_gmtoff)
for bad in [(1, 2, 3), list(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    t.tm_year = 5
except AttributeError as e:
    print("AttributeError")
lt = time.localtime()
print(len(lt), type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__, time.localtime(0.0).tm_year in (1969, 1970))
print(time.mktime(time.localtime(123456789)), time.mktime(time.localtime(0)) == 0.0)
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname))
for bad in [lambda: time.gmtime("x"), lambda: time.gmtime(float("nan")), lambda: time.mktime(5), lambda: time.mktime((1, 2)),
            lambda: time.gmtime(1, 2), lambda: time.localtime(10**30)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(type(e).__name__, e)
