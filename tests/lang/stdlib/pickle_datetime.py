# datetime objects pickle to CPython's bytes (packed state) for every
# protocol, and the constructors accept that state back.
import pickle
from datetime import date, time, datetime, timedelta, timezone

tz1 = timezone(timedelta(hours=5, minutes=30))
tz2 = timezone(timedelta(hours=-3), "BRT")
objs = [
    date(2020, 1, 2), date(1, 1, 1), date(9999, 12, 31),
    time(0, 0), time(13, 45, 59, 123456), time(1, 2, 3, 4, tzinfo=tz1),
    time(1, 2, 3, fold=1), time(23, 59, 59, 999999, tz2, fold=1),
    datetime(2020, 1, 2, 3, 4, 5, 678901), datetime(1, 1, 1),
    datetime(2021, 11, 7, 1, 30, fold=1), datetime(2000, 2, 29, 12, tzinfo=tz2),
    datetime(2000, 2, 29, 12, tzinfo=timezone.utc, fold=1),
    timedelta(0), timedelta(days=-1, seconds=5, microseconds=7),
    timedelta(days=999999999, seconds=86399, microseconds=999999),
    timezone.utc, tz1, tz2,
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for o in objs:
        s = pickle.dumps(o, proto)
        back = pickle.loads(s)
        print(proto, repr(o), s)
        print("  ", back == o, type(back).__name__, getattr(back, "fold", None),
              getattr(back, "tzinfo", None) == getattr(o, "tzinfo", None))

# everything together, with shared tzinfo objects
data = [datetime(2020, 5, 17, tzinfo=tz1), time(3, tzinfo=tz1), [tz1, tz1], date.today() == date.today()]
for proto in range(6):
    s = pickle.dumps(data, proto)
    print(proto, s)
    back = pickle.loads(s)
    print(back[0].tzinfo is back[1].tzinfo, back == data)

# reduce forms
print(date(2020, 1, 2).__reduce__())
print(time(1, 2, 3, fold=1).__reduce_ex__(2), time(1, 2, 3, fold=1).__reduce_ex__(4))
print(time(1, 2, 3, fold=1).__reduce__())
print(datetime(2020, 1, 2, fold=1).__reduce_ex__(3), datetime(2020, 1, 2, fold=1).__reduce_ex__(5))
print(timedelta(1, 2, 3).__reduce__(), tz2.__reduce__())

# the bytes-state constructors
print(repr(date(b'\x07\xe4\x01\x02')))
print(repr(datetime(b'\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x07')), datetime(b'\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x07').fold)
print(repr(datetime(b'\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x07', tz2)))
print(repr(time(b'\x81\x02\x03\x00\x00\x09')), time(b'\x81\x02\x03\x00\x00\x09').fold)
print(repr(time(b'\x01\x02\x03\x00\x00\x09', tz1)))
print(repr(date('\x07\xe4\x01\x02')))
for bad in [lambda: datetime(b'\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x07', 5),
            lambda: time(b'\x01\x02\x03\x00\x00\x09', 'x'),
            lambda: date(b'\x07\xe4\x0d\x02'),
            lambda: date(b'abc')]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)

class MyDate(date):
    pass

class MyDT(datetime):
    pass

for o in [MyDate(2001, 2, 3), MyDT(2001, 2, 3, 4, 5, 6, fold=1)]:
    s = pickle.dumps(o, 4)
    print(s)
    b = pickle.loads(s)
    print(type(b).__name__, b == o)
