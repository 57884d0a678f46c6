# datetime.datetime: construction, arithmetic, aware/naive rules, formatting
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


dt = datetime(2024, 1, 2, 3, 4, 5)
print(repr(dt), str(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
      dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 12, 30)),
      repr(datetime(2024, 1, 1, 0, 0, 0, 5)), repr(datetime(2024, 1, 1, fold=1)))
print(repr(datetime(2024, 1, 1, 1, 2, 3, 4, timezone.utc)))
print(str(datetime(2024, 1, 1, 1, 2, 3, 4, timezone.utc)))
print(datetime.min, datetime.max, repr(datetime.resolution))
show("month", lambda: datetime(2024, 13, 1))
show("hour", lambda: datetime(2024, 1, 1, 24))
show("tz", lambda: datetime(2024, 1, 1, tzinfo=1))
show("fold", lambda: datetime(2024, 1, 1).replace(fold=3))

print(dt.date(), repr(dt.time()), repr(dt.timetz()), isinstance(dt, date))
a = datetime(2024, 1, 1, 1, 2, 3, 123456, timezone.utc, fold=1)
print(repr(a.time()), repr(a.timetz()), repr(a.date()))
print(repr(datetime.combine(date(2024, 1, 1), time(1, tzinfo=timezone.utc))))
print(repr(datetime.combine(date(2024, 1, 1), time(1, tzinfo=timezone.utc), tzinfo=None)))
print(repr(datetime.combine(date(2024, 1, 1), time(1), timezone.utc)))
print(repr(datetime.fromordinal(738886)), repr(datetime.fromisocalendar(2024, 1, 1)))

print(dt.replace(year=2020), dt.replace(tzinfo=timezone.utc), repr(dt.replace(microsecond=7)))
print(repr(datetime(2024, 1, 1, tzinfo=timezone.utc).replace(tzinfo=None)))
print(dt.timetuple())
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timetuple())
print(datetime(2024, 1, 1, 1, tzinfo=timezone(timedelta(hours=5))).utctimetuple())
print(dt.toordinal(), dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.ctime())

print(repr(dt + timedelta(hours=25.5)), repr(timedelta(1) + dt), repr(dt - timedelta(microseconds=1)))
print(repr(datetime(2024, 1, 1) - timedelta(microseconds=1)))
print(repr(datetime(2024, 1, 1) - datetime(2023, 1, 1, 12, 30)))
print(repr(datetime(2024, 3, 1, tzinfo=timezone.utc) - timedelta(days=1)))
x = datetime(2024, 1, 1, tzinfo=timezone.utc)
y = datetime(2024, 1, 1, 1, tzinfo=timezone(timedelta(hours=1)))
z = datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=1)))
print(x == y, x != y, x < z, x > z, repr(x - z), repr(z - x), hash(x) == hash(y))
show("sub-mixed", lambda: datetime(2024, 1, 1) - x)
show("lt-mixed", lambda: datetime(2024, 1, 1) < x)
print(datetime(2024, 1, 1) == x, datetime(2024, 1, 1) != x)
print(datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) == datetime(2024, 1, 1))
print(datetime(2024, 1, 1) != date(2024, 1, 1))
show("dt<date", lambda: datetime(2024, 1, 1) < date(2024, 1, 1))
show("date<dt", lambda: date(2024, 1, 1) < datetime(2024, 1, 1))
show("overflow", lambda: datetime.max + timedelta(1))
print(hash(datetime(2024, 1, 1)) == hash(datetime(2024, 1, 1, fold=1)))
print(sorted([datetime(2024, 1, 1, 5), datetime(2023, 6, 1), datetime(2024, 1, 1, 4, 59)]))

print(x.isoformat(), dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"))
print(datetime(2024, 1, 1, 1, 2, 3, 999999).isoformat(timespec="milliseconds"))
print(datetime(2024, 1, 1, 1, 2, 3, 999999).isoformat(sep=" ", timespec="hours"))
print(datetime(2024, 1, 1, 0, 0, 0, 5).isoformat(timespec="seconds"))
print(x.isoformat(timespec="microseconds"))
show("sep", lambda: dt.isoformat(sep="xx"))
show("timespec", lambda: dt.isoformat(timespec="nanoseconds"))
fmt = "%a %A %b %B %d %m %y %Y %H %I %M %S %f %p %j %U %W %w %z %Z %% %c %x %X %G %V %u"
print(datetime(2024, 5, 17, 13, 4, 5, 6).strftime(fmt))
print(datetime(2024, 5, 17, 13, 4, 5, 6, tzinfo=timezone.utc).strftime("%z %Z"))
tz = timezone(timedelta(hours=5, minutes=30, seconds=5))
print(datetime(2024, 1, 1, 1, 2, 3, 4, tzinfo=tz).strftime("%z %Z %f"))
tz = timezone(-timedelta(hours=5, minutes=30, microseconds=5))
print(datetime(2024, 1, 1, tzinfo=tz).strftime("%z|%Z"))
print(f"{dt:%Y/%m/%d %H.%M}", format(dt, ""), "{:%c}".format(dt))

print(repr(x.utcoffset()), x.dst(), x.tzname(), dt.utcoffset(), dt.dst(), dt.tzname())
print(x.timestamp(), datetime(2024, 1, 1, 12, tzinfo=timezone.utc).timestamp())
print(datetime(1970, 1, 1, tzinfo=timezone(timedelta(hours=-2))).timestamp())
print(repr(datetime.fromtimestamp(0, timezone.utc)), repr(datetime.fromtimestamp(1.5, UTC)))
print(repr(datetime.fromtimestamp(-1.0000005, timezone.utc)))
print(repr(datetime.fromtimestamp(0.9999999, timezone.utc)))
print(repr(datetime.fromtimestamp(1700000000, timezone(timedelta(hours=-8)))))
print(repr(datetime.utcfromtimestamp(1.5)), repr(datetime.utcfromtimestamp(-1.5)))
show("fromts-str", lambda: datetime.fromtimestamp("1"))
show("fromts-tz", lambda: datetime.fromtimestamp(0, 1))
show("fromts-big", lambda: datetime.fromtimestamp(2 ** 40, timezone.utc))
print(repr(x.astimezone(timezone(timedelta(hours=-5)))))
print(repr(datetime(2024, 1, 1, 12, tzinfo=timezone.utc).astimezone(timezone.utc)))
show("astz-bad", lambda: x.astimezone(1))
print(type(datetime.now()).__name__, datetime.now(timezone.utc).tzinfo, type(datetime.utcnow()).__name__)
print(type(datetime.today()).__name__, datetime.now(UTC).utcoffset())
print(datetime.now(timezone.utc) - datetime.now(timezone.utc) < timedelta(seconds=5))


class EST(tzinfo):
    """UTC-5 with a DST hour from March 10 to November 3 (2024 rules, simplified)."""

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 10, 2)
        end = datetime(dt.year, 11, 3, 1)
        if start <= dt.replace(tzinfo=None) < end:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "EST()"


e = EST()
w = datetime(2024, 1, 15, 12, tzinfo=e)
s = datetime(2024, 7, 4, 12, tzinfo=e)
print(w, w.tzname(), s, s.tzname(), repr(s.dst()), s.timetuple().tm_isdst, w.timetuple().tm_isdst)
print(repr(s.astimezone(timezone.utc)), repr(datetime(2024, 7, 4, 16, tzinfo=timezone.utc).astimezone(e)))
print(repr(datetime(2024, 1, 4, 16, tzinfo=timezone.utc).astimezone(e)))
print(s.strftime("%Z %z"), repr(s - w), s.timestamp())


class MyDT(datetime):
    pass


m = MyDT(2024, 1, 1, 12)
print(repr(m), type(m + timedelta(1)).__name__, type(MyDT.fromtimestamp(0, UTC)).__name__)
print(type(MyDT.combine(date(2024, 1, 1), time(1))).__name__, type(m.replace(hour=1)).__name__)
