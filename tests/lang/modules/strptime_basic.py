# time.strptime and datetime.strptime: directives and computed fields
import time
from datetime import datetime


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


cases = [
    ("2024-05-17 13:04:05", "%Y-%m-%d %H:%M:%S"),
    ("Friday 17 May 2024 1:04:05 pm", "%A %d %B %Y %I:%M:%S %p"),
    ("fri may 17 13:04:05 2024", "%c"),
    ("Fri May 17 13:04:05 2024", None),
    ("05/17/24", "%x"),
    ("13:04:05", "%X"),
    ("69", "%y"), ("68", "%y"), ("1.5", "%S.%f"),
    ("2024 100", "%Y %j"), ("100", "%j"), ("2024 366", "%Y %j"), ("2023 366", "%Y %j"),
    ("2024 5 3", "%Y %U %w"), ("2024 5", "%Y %U"), ("2024 0 0", "%Y %W %w"),
    ("2023 0 0", "%Y %U %w"), ("2023 53 6", "%Y %W %w"), ("2024 53 1", "%Y %W %w"),
    ("1 2 2024", "%w %U %Y"), ("Mon 2024", "%a %Y"),
    ("2024 1 1", "%G %V %u"), ("2024 1 1", "%G %u %V"), ("2020 53 7", "%G %V %u"),
    ("2024 1 1", "%G %V %w"),
    ("Feb 29", "%b %d"), (" 5", "%d"), ("15", "%m%d"), ("0 5", "%w %d"), ("7", "%u"),
    ("2024  \t 5", "%Y %m"), ("2024 5", "%Y  %m"), ("2024.5", "%Y.%m"), ("(2024)", "(%Y)"),
    ("%2024", "%%%Y"), ("2024 61", "%Y %S"), ("x", "x"), ("X", "x"), ("", ""),
    ("2024 utc", "%Y %Z"), ("2024 GMT", "%Y %Z"), ("12 AM", "%I %p"), ("PM", "%p"),
    ("2024 PM 3", "%Y %p %I"), ("1 PM", "%H %p"), ("123", "%f"),
    ("2024-05-17T01:02:03.123Z", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("2024-05-17 -01:02:03.5", "%Y-%m-%d %z"), ("+05:30", "%z"), ("+05:30:45", "%z"),
    ("JANUARY 1 1999", "%B %d %Y"), ("sep 9 2001", "%b %d %Y"), ("SUNDAY", "%A"),
]
for data, fmt in cases:
    st = time.strptime(data) if fmt is None else time.strptime(data, fmt)
    print(repr(data), repr(fmt), tuple(st), st.tm_zone, st.tm_gmtoff)
print(type(time.strptime("2024", "%Y")).__name__)

for data, fmt in [
    ("2024-05-17T01:02:03.123Z", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("2024-05-17 -01:02:03.5", "%Y-%m-%d %z"),
    ("2024 +0530 UTC", "%Y %z %Z"), ("2024 GMT", "%Y %Z"), ("2024 +00:00", "%Y %z"),
    ("12 pm", "%I %p"), ("12 am", "%H %p"), ("1 PM", "%I %p"), ("7", "%u"),
    ("1 2 2024", "%w %U %Y"), ("", ""), ("17/05/2024 23:59:59.999999", "%d/%m/%Y %H:%M:%S.%f"),
    ("Thu, 01 Feb 2024 10:00:00 +0100", "%a, %d %b %Y %H:%M:%S %z"),
]:
    print(repr(datetime.strptime(data, fmt)))


class MyDT(datetime):
    pass


print(repr(MyDT.strptime("2024-01-01", "%Y-%m-%d")))
show("feb29-dt", lambda: datetime.strptime("Feb 29", "%b %d"))

# %V is ignored when %U or %W is present
for data, fmt in [("45/2002/45/10", "%V/%Y/%U/%d"), ("1947:18:22:Wed:23", "%Y:%S:%W:%a:%V"),
                  ("10 33 228 33", "%I %V %j %W")]:
    print(repr(data), repr(fmt), repr(datetime.strptime(data, fmt)))
