# datetime.timedelta: normalisation, arithmetic, comparisons, str/repr
from datetime import timedelta


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(repr(timedelta()), repr(timedelta(1)), repr(timedelta(days=1, seconds=5)))
print(repr(timedelta(hours=25)), repr(timedelta(microseconds=-1)))
print(repr(timedelta(1, 2, 3, 4, 5, 6, 7)))
print(repr(timedelta(weeks=1.5, minutes=-1, milliseconds=1.5)))
print(repr(timedelta(days=-0.7)), repr(timedelta(hours=1e-9)))
print(repr(timedelta(seconds=1.5, microseconds=0.5)), repr(timedelta(microseconds=2.5)))
print(repr(timedelta(microseconds=1.5)), repr(timedelta(microseconds=-0.5)))
print(repr(timedelta(days=0.1, seconds=0.1)), repr(timedelta(True)))
for td in [timedelta(0), timedelta(days=1, seconds=5), timedelta(days=-1, seconds=5),
           timedelta(seconds=-1), timedelta(days=2, seconds=36000),
           timedelta(days=-2, microseconds=5), timedelta(999999999),
           timedelta(hours=1, microseconds=250)]:
    print(str(td), "|", td.days, td.seconds, td.microseconds, td.total_seconds())

print(timedelta.min, "|", timedelta.max, "|", timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))

a = timedelta(days=1, hours=2)
b = timedelta(hours=7, minutes=30)
print(repr(a + b), repr(a - b), repr(b - a), repr(-a), repr(+a), repr(abs(-a)))
print(repr(a * 3), repr(3 * a), repr(a * -1), repr(a * 0.5), repr(1.3 * a))
print(repr(a / 4), repr(a / 2.5), repr(a // 4), repr(a / b), a // b, repr(a % b))
print(divmod(a, b))
print(repr(timedelta(seconds=7) % timedelta(seconds=-2)),
      divmod(timedelta(seconds=7), timedelta(seconds=-2)))
print(repr(timedelta(seconds=-7) // 3), repr(timedelta(seconds=3) / -2))
print(repr(timedelta(microseconds=5) / 2), repr(timedelta(microseconds=7) * 0.5),
      repr(timedelta(microseconds=-5) / 2), repr(timedelta(microseconds=-5) // 2))
print(repr(timedelta(seconds=1) / 1e-7), repr(timedelta(seconds=1) * 0.1))

show("td/0", lambda: timedelta(1) / 0)
show("td//0", lambda: timedelta(1) // 0)
show("td/0.0", lambda: timedelta(1) / 0.0)
show("td/td0", lambda: timedelta(1) / timedelta(0))
show("td//td0", lambda: timedelta(1) // timedelta(0))
show("td%td0", lambda: timedelta(1) % timedelta(0))
show("divmod0", lambda: divmod(timedelta(1), timedelta(0)))
show("overflow", lambda: timedelta(days=999999999, hours=24))
show("overflow2", lambda: timedelta.min - timedelta(microseconds=1))
show("bigdays", lambda: timedelta(days=1e10))
show("badtype", lambda: timedelta("1"))
show("badtype2", lambda: timedelta(seconds=[1]))
show("inf", lambda: timedelta(1) * float("inf"))
show("nan", lambda: timedelta(1) * float("nan"))

print(a == timedelta(hours=26), a != b, a > b, a >= b, a < b, a <= b)
print(timedelta(1) == 1, timedelta(1) != "x")
print(bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), hash(timedelta(1)) == hash((1, 0, 0)))
print(sorted([timedelta(3), timedelta(-1), timedelta(seconds=5)]))
d = {timedelta(1): "one", timedelta(hours=48): "two"}
print(d[timedelta(hours=24)], d[timedelta(2)])
print(sum([timedelta(hours=1)] * 30, timedelta()))
print(timedelta(1).__reduce__())


class Sub(timedelta):
    pass


s = Sub(hours=1)
print(type(s).__name__, repr(s), type(s + s).__name__, isinstance(s, timedelta))
