# datetime.time: construction, isoformat, comparisons, tz
from datetime import time, timezone, timedelta, tzinfo


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(repr(time()), repr(time(1)), repr(time(1, 2)), repr(time(1, 2, 3)),
      repr(time(1, 2, 3, 4)), repr(time(1, 0, 5)))
print(repr(time(1, tzinfo=timezone.utc)), repr(time(1, fold=1)))
print(repr(time(1, 2, 3, 4, timezone(timedelta(hours=-3)), fold=1)))
print(time.min, time.max, repr(time.resolution))
t = time(13, 4, 5, 600)
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
show("h24", lambda: time(24))
show("m60", lambda: time(1, 60))
show("s60", lambda: time(1, 1, 60))
show("us", lambda: time(1, 1, 1, 1000000))
show("neg", lambda: time(-1))
show("fold", lambda: time(fold=2))
show("tz", lambda: time(tzinfo=1))

for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec), time(1, 2).isoformat(timespec=spec))
show("spec", lambda: t.isoformat("x"))
print(str(t), str(time(1, 2, 3, tzinfo=timezone(timedelta(hours=-1, seconds=-1)))))
print(str(time(23, 59, tzinfo=timezone(timedelta(hours=5, minutes=30)))))
print(t.strftime("%H:%M:%S.%f %p %I %Y-%m-%d %j %a %z|%Z"))
print(time(1, tzinfo=timezone.utc).strftime("%z %Z"), f"{t:%H-%M}", format(t, ""))
print(t.replace(hour=1), t.replace(tzinfo=timezone.utc), repr(t.replace(fold=1)))
print(repr(time(1, tzinfo=timezone.utc).replace(tzinfo=None)))

print(time(1).utcoffset(), time(1).tzname(), time(1).dst())
u = time(1, tzinfo=timezone(timedelta(hours=2)))
print(repr(u.utcoffset()), u.tzname(), u.dst())

print(time(1) < time(2), time(1) == time(1), time(1) != time(1, 0, 0, 1))
print(time(1, tzinfo=timezone.utc) == time(2, tzinfo=timezone(timedelta(hours=1))))
print(time(1, tzinfo=timezone.utc) < time(1, 30, tzinfo=timezone(timedelta(hours=1))))
print(time(1) == time(1, tzinfo=timezone.utc), time(1) != time(1, tzinfo=timezone.utc))
show("naive<aware", lambda: time(1) < time(1, tzinfo=timezone.utc))
print(time(1) == 1, bool(time(0)), bool(time(0, tzinfo=timezone.utc)))
print(hash(time(1)) == hash(time(1, fold=1)))
print(hash(time(1, tzinfo=timezone.utc)) == hash(time(2, tzinfo=timezone(timedelta(hours=1)))))
print(sorted([time(5), time(1, 30), time(1, 2, 3)]))


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)


f = Fixed(-90, "X")
print(repr(time(3, tzinfo=f).utcoffset()), time(3, tzinfo=f).tzname(), time(3, tzinfo=f).isoformat())
print(time(3, tzinfo=f).strftime("%z %Z"))


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 7


show("badoff", lambda: time(1, tzinfo=Bad()).utcoffset())
show("badname", lambda: time(1, tzinfo=Bad()).tzname())


class Big(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=24)


show("bigoff", lambda: time(1, tzinfo=Big()).utcoffset())
