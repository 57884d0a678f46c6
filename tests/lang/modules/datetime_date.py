# datetime.date: construction, calendar, formatting, arithmetic
from datetime import date, timedelta, MINYEAR, MAXYEAR
import datetime


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(MINYEAR, MAXYEAR, date.min, date.max, repr(date.resolution))
d = date(2024, 1, 2)
print(repr(d), str(d), d.year, d.month, d.day)
print(date(year=2024, month=2, day=29))
show("year0", lambda: date(0, 1, 1))
show("year10000", lambda: date(10000, 1, 1))
show("month13", lambda: date(2024, 13, 1))
show("month0", lambda: date(2024, 0, 1))
show("feb30", lambda: date(2024, 2, 30))
show("feb29", lambda: date(2023, 2, 29))
show("strarg", lambda: date("2024", 1, 1))
show("floatarg", lambda: date(2024.0, 1, 1))

for x in [date(2024, 1, 1), date(2024, 12, 30), date(2021, 1, 3), date(2020, 12, 31),
          date(1, 1, 1), date(9999, 12, 31), date(2000, 2, 29), date(1900, 3, 1)]:
    print(x, x.toordinal(), x.weekday(), x.isoweekday(), x.isocalendar(),
          tuple(x.isocalendar()), x.ctime())
ic = date(2024, 1, 2).isocalendar()
print(ic.year, ic.week, ic.weekday, ic[0], len(ic), type(ic).__name__)
print(date.fromordinal(738886), date.fromordinal(1), date.fromordinal(3652059))
show("ord0", lambda: date.fromordinal(0))
show("ordbig", lambda: date.fromordinal(3652060))
print(date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7))
show("isocal-week", lambda: date.fromisocalendar(2024, 53, 1))
show("isocal-day", lambda: date.fromisocalendar(2024, 1, 8))
show("isocal-year", lambda: date.fromisocalendar(0, 1, 1))
# local time: noon UTC is the same date in every zone within 12 hours
print(date.fromtimestamp(43200), date.fromtimestamp(43200.7))
print(date.fromtimestamp(86400 * 365 + 43200), date.fromtimestamp(-86400 + 43200))
print(type(date.today()).__name__)

print(d.replace(year=2025), d.replace(month=3, day=31), d.replace(2000))
show("replace-bad", lambda: date(2024, 2, 29).replace(year=2023))
print(d.timetuple())
print(d + timedelta(days=30), timedelta(days=1) + d, d - timedelta(days=3))
print(d + timedelta(hours=25), d - timedelta(hours=1))
print(repr(d - date(2023, 1, 1)), repr(date(2023, 1, 1) - d))
show("overflow+", lambda: date.max + timedelta(1))
show("overflow-", lambda: date.min - timedelta(1))

print(d == date(2024, 1, 2), d != date(2024, 1, 2), d < date(2024, 1, 3),
      d > date(2024, 1, 3), d <= d, d >= d, d == 5, d != "x")
print(hash(d) == hash(date(2024, 1, 2)))
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 1)]))
print(max(date(2024, 5, 1), date(2023, 1, 1)), {date(2024, 1, 1): 1}[date(2024, 1, 1)])

fmt = "%a %A %b %B %d %m %y %Y %H %I %M %S %f %p %j %U %W %w %z %Z %% %c %x %X %G %V %u"
print(date(2024, 5, 17).strftime(fmt))
print(date(1, 1, 1).strftime("%Y %G %y|%j"))
print(date(2024, 1, 1).strftime("%"), date(2024, 1, 1).strftime("100%% %d"))
print(f"{d:%d/%m/%Y}", format(d, ""), format(d, "%B"), "{:%j}".format(d))
show("strftime-type", lambda: d.strftime(1))
print(datetime.date is date, date.__name__)


class MyDate(date):
    def tomorrow(self):
        return self + timedelta(days=1)


m = MyDate(2024, 2, 28)
print(repr(m), type(m.tomorrow()).__name__, m.tomorrow(), type(m.replace(day=1)).__name__)
print(type(MyDate.fromordinal(1)).__name__, type(MyDate.fromisoformat("2024-01-01")).__name__)
print(m == date(2024, 2, 28), isinstance(m, date))
