# datetime.timezone and tzinfo basics
from datetime import timezone, timedelta, tzinfo, datetime, UTC
import datetime as dtmod


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(repr(timezone.utc), str(timezone.utc), UTC is timezone.utc, dtmod.UTC is timezone.utc)
print(repr(timezone(timedelta(0))), timezone(timedelta(0)) is timezone.utc)
print(repr(timezone(timedelta(hours=1))), repr(timezone(timedelta(hours=1), "CET")))
print(repr(timezone(timedelta(hours=-3, minutes=-30))), repr(timezone(offset=timedelta(hours=3))))
print(repr(timezone(timedelta(microseconds=-7))), repr(timezone(timedelta(0), "Z")))
print(repr(timezone.min), repr(timezone.max))
for off in [timedelta(hours=5, minutes=30), timedelta(hours=-5), timedelta(hours=-5, seconds=7),
            timedelta(seconds=1), timedelta(microseconds=1), timedelta(hours=23, minutes=59)]:
    tz = timezone(off)
    print(tz.tzname(None), str(tz), repr(tz.utcoffset(None)), tz.dst(None))
print(timezone(timedelta(hours=3), "EEST").tzname(None), timezone.utc.tzname(None))
show("arg1", lambda: timezone(1))
show("arg2", lambda: timezone(timedelta(0), 1))
show("range", lambda: timezone(timedelta(1)))
show("range-", lambda: timezone(-timedelta(1)))
show("utcoffset-arg", lambda: timezone.utc.utcoffset(1))
show("tzname-arg", lambda: timezone(timedelta(hours=1)).tzname(1))
show("dst-arg", lambda: timezone.utc.dst("x"))
show("fromutc-arg", lambda: timezone.utc.fromutc(1))
show("fromutc-self", lambda: timezone.utc.fromutc(datetime(2024, 1, 1)))
tz = timezone(timedelta(hours=3))
print(repr(tz.fromutc(datetime(2024, 1, 1, tzinfo=tz))))
print(timezone(timedelta(hours=1), "A") == timezone(timedelta(hours=1), "B"),
      timezone(timedelta(hours=1)) == timezone(timedelta(hours=2)), tz == 1, tz != 1)
print(hash(timezone(timedelta(hours=1), "A")) == hash(timezone(timedelta(hours=1))))
print(isinstance(timezone.utc, tzinfo), issubclass(timezone, tzinfo))

show("abstract-utcoffset", lambda: tzinfo().utcoffset(None))
show("abstract-tzname", lambda: tzinfo().tzname(None))
show("abstract-dst", lambda: tzinfo().dst(None))
show("abstract-fromutc", lambda: tzinfo().fromutc(1))
show("abstract-fromutc2", lambda: tzinfo().fromutc(datetime(2024, 1, 1)))


class NoDst(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)

    def dst(self, dt):
        return None


show("fromutc-nodst", lambda: datetime(2024, 1, 1, tzinfo=NoDst()).astimezone(NoDst()))
n = NoDst()
show("fromutc-nodst2", lambda: n.fromutc(datetime(2024, 1, 1, tzinfo=n)))


class Plain(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-4)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return "P"


p = Plain()
print(repr(p.fromutc(datetime(2024, 1, 1, 12, tzinfo=p)).hour))
print(datetime(2024, 1, 1, 12, tzinfo=timezone.utc).astimezone(p).isoformat())
print(datetime(2024, 1, 1, 12, tzinfo=p).astimezone(timezone(timedelta(hours=9), "JST")))
