"""datetime for gilpy: dates, times, durations and fixed-offset time zones.

Written for gilpy in pure Python after the documented behaviour of CPython
3.11's datetime module (reprs, messages and rounding follow CPython's C
implementation, which is what `python3` runs).

Dates are proleptic Gregorian. Internally a date is reduced to its ordinal
(0001-01-01 is day 1) whenever arithmetic is needed, and a timedelta to a
whole number of microseconds.
"""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_DELTA_DAYS = 999999999

# ---------------------------------------------------------------------------
# calendar arithmetic

_MONTH_LEN = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_BEFORE_MONTH = [0, 0]
for _n in _MONTH_LEN[1:-1]:
    _BEFORE_MONTH.append(_BEFORE_MONTH[-1] + _n)
del _n

_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_len(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _MONTH_LEN[m]


def _days_before_year(y):
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _days_before_month(y, m):
    n = _BEFORE_MONTH[m]
    if m > 2 and _is_leap(y):
        n += 1
    return n


def _to_ordinal(y, m, d):
    return _days_before_year(y) + _days_before_month(y, m) + d


_DAYS_400Y = _days_before_year(401)     # 146097
_DAYS_100Y = _days_before_year(101)     # 36524
_DAYS_4Y = _days_before_year(5)         # 1461
_MAX_ORDINAL = _to_ordinal(MAXYEAR, 12, 31)
_EPOCH_ORDINAL = _to_ordinal(1970, 1, 1)


def _from_ordinal(n):
    """(year, month, day) of ordinal n (the year may fall outside 1..9999)."""
    k = n - 1
    q400, k = divmod(k, _DAYS_400Y)
    q100, k = divmod(k, _DAYS_100Y)
    q4, k = divmod(k, _DAYS_4Y)
    q1, k = divmod(k, 365)
    year = q400 * 400 + q100 * 100 + q4 * 4 + q1 + 1
    if q1 == 4 or q100 == 4:
        # the last day of a leap cycle: December 31 of the previous year
        return year - 1, 12, 31
    month = 12
    while _days_before_month(year, month) > k:
        month -= 1
    return year, month, k - _days_before_month(year, month) + 1


def _weekday(y, m, d):
    return (_to_ordinal(y, m, d) + 6) % 7


def _iso_week1_monday(year):
    first = _to_ordinal(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _iso_calendar_of(ordinal, year):
    monday = _iso_week1_monday(year)
    week, day = divmod(ordinal - monday, 7)
    if week < 0:
        year -= 1
        week, day = divmod(ordinal - _iso_week1_monday(year), 7)
    elif week >= 52 and ordinal >= _iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, day + 1


def _iso_ordinal(year, week, day):
    """Ordinal of an ISO calendar date; ValueError describes a bad part."""
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            first = _weekday(year, 1, 1)
            ok = first == 3 or (first == 2 and _is_leap(year))
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    return _iso_week1_monday(year) + (week - 1) * 7 + day - 1


# ---------------------------------------------------------------------------
# argument checking helpers

def _index(x):
    if isinstance(x, int):
        return int(x)
    try:
        meth = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return meth(x)


def _tpname(obj):
    cls = type(obj)
    if cls.__module__ == "datetime":
        return "datetime." + cls.__name__
    return cls.__name__


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_len(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    fold = _index(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)


def _check_offset(name, offset):
    """Validate what tzinfo.utcoffset()/dst() returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _divide_nearest(a, b):
    """a / b rounded to the nearest integer, ties to even."""
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        up = r2 > b or (r2 == b and q & 1)
    else:
        up = r2 < b or (r2 == b and q & 1)
    return q + 1 if up else q


def _format_offset(off, sep):
    """'+HH<sep>MM[<sep>SS[.ffffff]]' for a timedelta, '' for None."""
    if off is None:
        return ""
    us = off._to_us()
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    secs, us = divmod(us, _US_PER_SECOND)
    mins, secs = divmod(secs, 60)
    hh, mm = divmod(mins, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if secs or us:
        s += "%s%02d" % (sep, secs)
        if us:
            s += ".%06d" % us
    return s


def _format_clock(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _strftime(obj, fmt, timetuple):
    """Expand %f, %z and %Z ourselves; the C library does the rest."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    zcache = None
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%":
            out.append(c)
            continue
        if i >= n:
            out.append("%")
            break
        c = fmt[i]
        i += 1
        if c == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif c == "z":
            if zcache is None:
                zcache = ""
                if isinstance(obj, (time, datetime)):
                    zcache = _format_offset(obj.utcoffset(), "")
            out.append(zcache)
        elif c == "Z":
            name = None
            if isinstance(obj, (time, datetime)):
                name = obj.tzname()
            if name:
                out.append(name.replace("%", "%%"))
        else:
            out.append("%" + c)
    return _time.strftime("".join(out), timetuple)


def _check_format_arg(fmt):
    if not isinstance(fmt, str):
        raise TypeError("must be str, not %s" % type(fmt).__name__)


# ---------------------------------------------------------------------------
# timedelta

def _accumulate(tag, total, num, factor, leftover):
    """Add num*factor microseconds to total; float fractions of a
    microsecond go to leftover[0]."""
    if isinstance(num, int):
        return total + num * factor
    if isinstance(num, float):
        frac, whole = _math.modf(num)
        total += int(whole) * factor
        if frac == 0.0:
            return total
        frac, whole = _math.modf(frac * factor)
        leftover[0] += frac
        return total + int(whole)
    raise TypeError("unsupported type for timedelta %s component: %s"
                    % (tag, type(num).__name__))


def _new_delta(us, cls=None):
    secs, micro = divmod(us, _US_PER_SECOND)
    days, secs = divmod(secs, 86400)
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        if not -(1 << 31) <= days < (1 << 31):
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= %d"
                            % (days, _MAX_DELTA_DAYS))
    self = object.__new__(cls if cls is not None else timedelta)
    self._days = days
    self._seconds = secs
    self._microseconds = micro
    self._hashcode = -1
    return self


class timedelta:
    """Difference between two datetime values."""
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        leftover = [0.0]
        total = 0
        total = _accumulate("microseconds", total, microseconds, 1, leftover)
        total = _accumulate("milliseconds", total, milliseconds, 1000, leftover)
        total = _accumulate("seconds", total, seconds, _US_PER_SECOND, leftover)
        total = _accumulate("minutes", total, minutes, 60 * _US_PER_SECOND, leftover)
        total = _accumulate("hours", total, hours, 3600 * _US_PER_SECOND, leftover)
        total = _accumulate("days", total, days, _US_PER_DAY, leftover)
        total = _accumulate("weeks", total, weeks, 7 * _US_PER_DAY, leftover)
        left = leftover[0]
        if left != 0.0:
            lo = _math.floor(left)
            if left - lo == 0.5:
                # exactly half way: keep the total even
                extra = int(lo)
                if (total + extra) & 1:
                    extra += 1
            else:
                extra = int(round(left))
            total += extra
        return _new_delta(total, cls)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_us() / _US_PER_SECOND

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (_tpname(self), ", ".join(parts))

    def __str__(self):
        mins, secs = divmod(self._seconds, 60)
        hours, mins = divmod(mins, 60)
        s = "%d:%02d:%02d" % (hours, mins, secs)
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            s = "%d day%s, %s" % (self._days, plural, s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    # -- arithmetic --
    def __add__(self, other):
        if isinstance(other, timedelta):
            return _new_delta(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _new_delta(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _new_delta(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _new_delta(-self._to_us())

    def __pos__(self):
        return _new_delta(self._to_us())

    def __abs__(self):
        if self._days < 0:
            return _new_delta(-self._to_us())
        return _new_delta(self._to_us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _new_delta(self._to_us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _new_delta(_divide_nearest(self._to_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            den = other._to_us()
            if den == 0:
                raise ZeroDivisionError("division by zero")
            return self._to_us() / den
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _new_delta(_divide_nearest(self._to_us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _new_delta(_divide_nearest(self._to_us() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            den = other._to_us()
            if den == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_us() // den
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _new_delta(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            den = other._to_us()
            if den == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _new_delta(self._to_us() % den)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            den = other._to_us()
            if den == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_us(), den)
            return q, _new_delta(r)
        return NotImplemented

    # -- comparisons --
    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timedelta.min = _new_delta(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _new_delta((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _new_delta(1)
_ONE_DAY = _new_delta(_US_PER_DAY)
_ZERO = _new_delta(0)


# ---------------------------------------------------------------------------
# ISO 8601 parsing (fromisoformat)

_DIGITS = "0123456789"


def _digits_at(s, p, n):
    if p + n > len(s):
        return None
    v = 0
    for k in range(p, p + n):
        c = s[k]
        if c not in _DIGITS:
            return None
        v = v * 10 + ord(c) - 48
    return v


def _parse_iso_date(s):
    """(y, m, d) from the front of s, or None when malformed."""
    n = len(s)
    y = _digits_at(s, 0, 4)
    if y is None:
        return None
    p = 4
    dashed = p < n and s[p] == "-"
    if dashed:
        p += 1
    if p < n and s[p] == "W":
        p += 1
        week = _digits_at(s, p, 2)
        if week is None:
            return None
        p += 2
        day = 1
        if p < n:
            if dashed:
                if s[p] != "-":
                    return None
                p += 1
            day = _digits_at(s, p, 1)
            if day is None:
                return None
        try:
            return _from_ordinal(_iso_ordinal(y, week, day))
        except ValueError:
            return None
    m = _digits_at(s, p, 2)
    if m is None:
        return None
    p += 2
    if dashed:
        if p >= n or s[p] != "-":
            return None
        p += 1
    d = _digits_at(s, p, 2)
    if d is None:
        return None
    return y, m, d


def _parse_hms(s):
    """[h, m, s, us] from hh[:mm[:ss]][.fff] (or the compact form)."""
    n = len(s)
    vals = [0, 0, 0, 0]
    p = 0
    extended = False
    for i in range(3):
        v = _digits_at(s, p, 2)
        if v is None:
            return None
        vals[i] = v
        p += 2
        if p >= n:
            return vals
        c = s[p]
        if c == "." or c == ",":
            p += 1
            break
        if i == 2:
            return None
        if i == 0:
            extended = c == ":"
        if extended:
            if c != ":":
                return None
            p += 1
    frac = s[p:]
    if not frac:
        return None
    for c in frac:
        if c not in _DIGITS:
            return None
    vals[3] = int((frac + "00000")[:6])
    return vals


def _parse_iso_time(s):
    """(h, m, s, us, tz) or None."""
    pos = 0
    n = len(s)
    while pos < n and s[pos] not in "Z+-":
        pos += 1
    main = _parse_hms(s[:pos])
    if main is None:
        return None
    if pos == n:
        return main[0], main[1], main[2], main[3], None
    if s[pos] == "Z":
        if pos + 1 != n:
            return None
        return main[0], main[1], main[2], main[3], timezone.utc
    sign = -1 if s[pos] == "-" else 1
    off = _parse_hms(s[pos + 1:])
    if off is None:
        return None
    secs = sign * (off[0] * 3600 + off[1] * 60 + off[2])
    us = sign * off[3]
    if secs == 0 and us == 0:
        tz = timezone.utc
    else:
        tz = timezone(timedelta(seconds=secs, microseconds=us))
    return main[0], main[1], main[2], main[3], tz


def _iso_separator(s):
    """Where the date part of an ISO datetime string ends."""
    n = len(s)
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] == "W":
            if n > 8 and s[8] == "-":
                if n == 9:
                    return -1
                if n > 10 and s[10] in _DIGITS:
                    return 8
                return 10
            return 8
        return 10
    if s[4] == "W":
        k = 7
        while k < n and s[k] in _DIGITS:
            k += 1
        if k < 9:
            return k
        return 7 if k % 2 == 0 else 8
    return 8


def _invalid_iso(s):
    return ValueError("Invalid isoformat string: %r" % (s,))


# ---------------------------------------------------------------------------
# date

class date:
    """date(year, month, day) --> date object"""
    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        if month is None and day is None:
            state = _pickle_state(year, 4, 2, 1, 12, "date", 0xff)
            if state is not None:
                self = object.__new__(cls)
                self._year = state[0] << 8 | state[1]
                self._month = state[2]
                self._day = state[3]
                self._hashcode = -1
                return self
        if month is None or day is None:
            # The C constructor converts the arguments given before it
            # notices the missing ones: date('x') is a "cannot be
            # interpreted as an integer" error.
            _index(year)
            if month is None:
                raise TypeError("function missing required argument 'month' (pos 2)")
            _index(month)
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # -- alternative constructors --
    @classmethod
    def fromtimestamp(cls, t):
        secs = _floor_timestamp(t)
        lt = _time.localtime(secs)
        return cls(lt.tm_year, lt.tm_mon, lt.tm_mday)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _from_ordinal(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = None
        if len(date_string) in (7, 8, 10):
            ymd = _parse_iso_date(date_string)
        if ymd is None:
            raise _invalid_iso(date_string)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        n = _iso_ordinal(_index(year), _index(week), _index(day))
        y, m, d = _from_ordinal(n)
        return cls(y, m, d)

    # -- fields --
    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # -- representations --
    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tpname(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (
            _DAY_ABBR[self.weekday()], _MONTH_ABBR[self._month], self._day, self._year)

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        _check_format_arg(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day,
                                  -1))

    # -- calendar --
    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return IsoCalendarDate(*_iso_calendar_of(self.toordinal(), self._year))

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # -- comparisons --
    def _date_key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._date_key() != other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    # -- arithmetic --
    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if 0 < n <= _MAX_ORDINAL:
                y, m, d = _from_ordinal(n)
                return type(self)(y, m, d)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() - other._days
            if 0 < n <= _MAX_ORDINAL:
                y, m, d = _from_ordinal(n)
                return type(self)(y, m, d)
            raise OverflowError("date value out of range")
        if self._comparable(other):
            return _new_delta((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def __reduce__(self):
        # CPython's pickle state: the packed fields as bytes.
        return (type(self), (bytes((self._year >> 8, self._year & 0xff,
                                    self._month, self._day)),))

    def __reduce_ex__(self, protocol):
        return self.__reduce__()


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = _new_delta(_US_PER_DAY)


class IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_tpname(self), self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _floor_timestamp(t):
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        secs = _math.floor(t)
    else:
        secs = _index(t)
    if not -(1 << 63) <= secs < (1 << 63):
        raise OverflowError("timestamp out of range for platform time_t")
    return secs


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, ties to even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t in (_math.inf, -_math.inf):
            raise OverflowError("timestamp out of range for platform time_t")
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        secs = int(whole)
        if us >= _US_PER_SECOND:
            us -= _US_PER_SECOND
            secs += 1
        elif us < 0:
            us += _US_PER_SECOND
            secs -= 1
    else:
        secs = _index(t)
        us = 0
    if not -(1 << 63) <= secs < (1 << 63):
        raise OverflowError("timestamp out of range for platform time_t")
    return secs, us


def _utc_fields(secs):
    days, rem = divmod(secs, 86400)
    y, m, d = _from_ordinal(days + _EPOCH_ORDINAL)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss


def _local_fields(secs):
    lt = _time.localtime(secs)
    return lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour, lt.tm_min, min(lt.tm_sec, 59)


def _local_wall_seconds(secs):
    """Local wall-clock time of UTC second `secs`, as seconds since 1970."""
    y, m, d, hh, mm, ss = _local_fields(secs)
    return (_to_ordinal(y, m, d) - _EPOCH_ORDINAL) * 86400 + hh * 3600 + mm * 60 + ss


# ---------------------------------------------------------------------------
# tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        std = off - dst
        if std:
            dt = dt + std
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                                 "cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        state = getattr(self, "__dict__", None) or None
        if state is None:
            return (type(self), args)
        return (type(self), args, state)


# ---------------------------------------------------------------------------
# time

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if second == 0 and microsecond == 0 and tzinfo is None:
            state = _pickle_state(hour, 6, 0, 0, 23, "time")
            if state is not None:
                tz = None if minute == 0 else minute
                _check_state_tzinfo(tz)
                self = object.__new__(cls)
                self._hour = state[0] & 0x7f
                self._minute = state[1]
                self._second = state[2]
                self._microsecond = state[3] << 16 | state[4] << 8 | state[5]
                self._tzinfo = tz
                self._fold = 1 if state[0] & 0x80 else 0
                self._hashcode = -1
                return self
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string
        if s[:1] == "T":
            s = s[1:]
        parts = _parse_iso_time(s)
        if parts is None:
            raise _invalid_iso(time_string)
        return cls(*parts)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # -- time zone --
    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        return _call_tzname(self._tzinfo, None)

    # -- representations --
    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_tpname(self), s)

    def isoformat(self, timespec="auto"):
        s = _format_clock(self._hour, self._minute, self._second,
                          self._microsecond, timespec)
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(self, format, tt)

    def __format__(self, fmt):
        _check_format_arg(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    # -- comparisons --
    def _clock_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND \
            + self._microsecond

    def _cmp(self, other, equality):
        """-1/0/1, or 2 for 'unequal' (naive against aware, == and != only)."""
        if self._tzinfo is other._tzinfo:
            a, b = self._clock_us(), other._clock_us()
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if myoff == otoff:
                a, b = self._clock_us(), other._clock_us()
            elif myoff is None or otoff is None:
                if equality:
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware times")
            else:
                a = self._clock_us() - myoff._to_us()
                b = other._clock_us() - otoff._to_us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash((self._hour, self._minute, self._second,
                                       self._microsecond))
            else:
                self._hashcode = hash(self._clock_us() - off._to_us())
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __reduce_ex__(self, protocol):
        # CPython's pickle state: packed bytes (fold in the hour byte's top
        # bit from protocol 4), then the tzinfo if any.
        us = self._microsecond
        hour = self._hour
        if self._fold and protocol > 3:
            hour += 128
        state = bytes((hour, self._minute, self._second,
                       us >> 16, (us >> 8) & 0xff, us & 0xff))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))


def _pickle_state(arg, size, at, lo, hi, what, mask=0x7f):
    """The constructors' pickle form: arg is CPython's packed state (bytes,
    or a str from a Python 2 pickle loaded as latin-1) of the right size
    whose byte `at` (less the fold bit) is in lo..hi.  The state as bytes,
    or None when arg is an ordinary argument."""
    if type(arg) is bytes:
        if len(arg) == size and lo <= (arg[at] & mask) <= hi:
            return arg
    elif isinstance(arg, str):
        if len(arg) == size and lo <= (ord(arg[at]) & mask) <= hi:
            try:
                return arg.encode('latin1')
            except UnicodeEncodeError:
                raise ValueError("Failed to encode latin1 string when "
                                 "unpickling a %s object. pickle.load(data, "
                                 "encoding='latin1') is assumed." % what) from None
    return None


def _check_state_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("bad tzinfo state arg")


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = _new_delta(1)


# ---------------------------------------------------------------------------
# datetime

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if day is None:
            state = _pickle_state(year, 10, 2, 1, 12, "datetime")
            if state is not None:
                _check_state_tzinfo(month)
                self = object.__new__(cls)
                self._year = state[0] << 8 | state[1]
                self._month = state[2] & 0x7f
                self._day = state[3]
                self._hour = state[4]
                self._minute = state[5]
                self._second = state[6]
                self._microsecond = state[7] << 16 | state[8] << 8 | state[9]
                self._tzinfo = month
                self._fold = 1 if state[2] & 0x80 else 0
                self._hashcode = -1
                return self
        if month is None or day is None:
            # The C constructor converts the arguments given before it
            # notices the missing ones: date('x') is a "cannot be
            # interpreted as an integer" error.
            _index(year)
            if month is None:
                raise TypeError("function missing required argument 'month' (pos 2)")
            _index(month)
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # -- alternative constructors --
    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        secs, us = _split_timestamp(t)
        if utc:
            fields = _utc_fields(secs)
        else:
            fields = _local_fields(secs)
        result = cls(*fields, us, tz)
        if tz is None and not utc:
            # A wall time that the clocks passed twice: is this the second?
            day = 86400
            wall = _local_wall_seconds(secs)
            shift = wall - _local_wall_seconds(secs - day) - day
            if shift < 0 and _local_wall_seconds(secs + shift) == wall:
                result = result.replace(fold=1)
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._from_timestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _from_ordinal(n)
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        n = _iso_ordinal(_index(year), _index(week), _index(day))
        y, m, d = _from_ordinal(n)
        return cls(y, m, d)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        if len(s) < 7:
            raise _invalid_iso(date_string)
        sep = _iso_separator(s)
        ymd = _parse_iso_date(s[:sep]) if sep > 0 else None
        if ymd is None:
            raise _invalid_iso(date_string)
        if sep < len(s):
            parts = _parse_iso_time(s[sep + 1:])
            if parts is None:
                raise _invalid_iso(date_string)
        else:
            parts = (0, 0, 0, 0, None)
        return cls(*ymd, *parts)

    @classmethod
    def strptime(cls, date_string, format):
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s"
                            % type(date_string).__name__)
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s"
                            % type(format).__name__)
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # -- parts --
    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond,
                          tzinfo, fold=fold)

    # -- time zone --
    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        return _call_tzname(self._tzinfo, self)

    def _local_seconds(self):
        """Seconds since the epoch of this naive local wall time; fold
        picks between the two readings of a repeated wall time, and a wall
        time the clocks skipped is read with the offset before the gap
        (fold=0) or after it (fold=1)."""
        if self.toordinal() == 1:
            raise ValueError("year 0 is out of range")
        wall = (self.toordinal() - _EPOCH_ORDINAL) * 86400 + \
            (self._hour * 60 + self._minute) * 60 + self._second
        local = _local_wall_seconds
        off_a = local(wall) - wall
        u1 = wall - off_a
        w1 = local(u1)
        if w1 == wall:
            # one reading found; is there another on the side fold asks for?
            probe = u1 + 86400 if self._fold else u1 - 86400
            off_b = local(probe) - probe
            if off_b == off_a:
                return u1
        else:
            off_b = w1 - u1
        u2 = wall - off_b
        if local(u2) == wall:
            return u2
        if w1 == wall:
            return u1
        # in a gap
        return min(u1, u2) if self._fold else max(u1, u2)

    def _local_timezone(self):
        secs = self._local_seconds()
        lt = _time.localtime(secs)
        return timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone)

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        mytz = self._tzinfo
        off = None
        if mytz is not None:
            if tz is mytz:
                return self
            off = self.utcoffset()
        if off is None:
            # naive: a local wall time
            mytz = self.replace(tzinfo=None)._local_timezone()
            if tz is mytz:
                return self
            off = mytz.utcoffset(None)
        utc = self.replace(tzinfo=None) - off
        if tz is None:
            secs = (utc - _EPOCH_NAIVE) // _new_delta(_US_PER_SECOND)
            lt = _time.localtime(secs)
            tz = timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone)
        return tz.fromutc(utc.replace(tzinfo=tz))

    # -- representations --
    def __repr__(self):
        s = "%d, %d, %d, %d, %d" % (self._year, self._month, self._day,
                                    self._hour, self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        # CPython's datetime repr puts fold before tzinfo (time's after).
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return "%s(%s)" % (_tpname(self), s)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_clock(self._hour, self._minute, self._second,
                           self._microsecond, timespec)
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBR[self.weekday()], _MONTH_ABBR[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            isdst = -1
        elif dst:
            isdst = 1
        else:
            isdst = 0
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day,
                                  isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self.replace(tzinfo=None) - off
        y, m, d = dt._year, dt._month, dt._day
        return _time.struct_time((y, m, d, dt._hour, dt._minute, dt._second,
                                  _weekday(y, m, d), _days_before_month(y, m) + d, 0))

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    # -- arithmetic --
    def _day_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND \
            + self._microsecond

    def _total_us(self):
        return self.toordinal() * _US_PER_DAY + self._day_us()

    def _shifted(self, delta_us):
        days, rest = divmod(self._day_us() + delta_us, _US_PER_DAY)
        n = self.toordinal() + days
        if not 0 < n <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _from_ordinal(n)
        secs, us = divmod(rest, _US_PER_SECOND)
        mins, ss = divmod(secs, 60)
        hh, mm = divmod(mins, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(-other._to_us())
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._total_us() - other._total_us()
        if self._tzinfo is not other._tzinfo:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if (myoff is None) != (otoff is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if myoff is not None:
                diff -= myoff._to_us() - otoff._to_us()
        return _new_delta(diff)

    # -- comparisons --
    def _cmp(self, other, equality):
        if self._tzinfo is other._tzinfo:
            a, b = self._total_us(), other._total_us()
            return (a > b) - (a < b)
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if equality:
            # times in a repeated/skipped interval never equal other zones' times
            if myoff != self.replace(fold=not self._fold).utcoffset():
                return 2
            if otoff != other.replace(fold=not other._fold).utcoffset():
                return 2
        if myoff == otoff:
            a, b = self._total_us(), other._total_us()
        elif myoff is None or otoff is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        else:
            a = self._total_us() - myoff._to_us()
            b = other._total_us() - otoff._to_us()
        return (a > b) - (a < b)

    def _mixed(self, other, op):
        """Comparison against a plain date: never equal, never ordered."""
        if op == "==":
            return False
        if op == "!=":
            return True
        raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) < 0
        if isinstance(other, date):
            return self._mixed(other, "<")
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) <= 0
        if isinstance(other, date):
            return self._mixed(other, "<=")
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) > 0
        if isinstance(other, date):
            return self._mixed(other, ">")
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) >= 0
        if isinstance(other, date):
            return self._mixed(other, ">=")
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash((self._year, self._month, self._day, self._hour,
                                       self._minute, self._second, self._microsecond))
            else:
                self._hashcode = hash(self._total_us() - off._to_us())
        return self._hashcode

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __reduce_ex__(self, protocol):
        # CPython's pickle state: packed bytes (fold in the month byte's
        # top bit from protocol 4), then the tzinfo if any.
        us = self._microsecond
        month = self._month
        if self._fold and protocol > 3:
            month += 128
        state = bytes((self._year >> 8, self._year & 0xff, month, self._day,
                       self._hour, self._minute, self._second,
                       us >> 16, (us >> 8) & 0xff, us & 0xff))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = _new_delta(1)


# ---------------------------------------------------------------------------
# timezone

class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if name is None and not offset and cls is timezone:
            return timezone.utc
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             "not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        # tzinfo.__reduce__'s form in CPython: (cls, initargs, state None).
        return (type(self), self.__getinitargs__(), None)

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_tpname(self), self._offset)
        return "%s(%r, %r)" % (_tpname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    @staticmethod
    def _check_dt(what, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        self._check_dt("dst", dt)
        return None

    def tzname(self, dt):
        self._check_dt("tzname", dt)
        if self._name is not None:
            return self._name
        return self._name_from_offset(self._offset)

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        us = delta._to_us()
        sign = "+"
        if us < 0:
            sign = "-"
            us = -us
        secs, us = divmod(us, _US_PER_SECOND)
        mins, secs = divmod(secs, 60)
        hh, mm = divmod(mins, 60)
        s = "UTC%s%02d:%02d" % (sign, hh, mm)
        if secs or us:
            s += ":%02d" % secs
            if us:
                s += ".%06d" % us
        return s

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = timezone._create(_new_delta(0))
timezone.min = timezone._create(-_new_delta((23 * 3600 + 59 * 60) * _US_PER_SECOND))
timezone.max = timezone._create(_new_delta((23 * 3600 + 59 * 60) * _US_PER_SECOND))
UTC = timezone.utc

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)
