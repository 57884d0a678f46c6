"""_strptime for gilpy: parse a string against a strftime-style format.

Backs time.strptime() and datetime.datetime.strptime(). Written for gilpy
after the documented behaviour of CPython 3.11. Only the C locale is known:
English day and month names, AM/PM, and the C locale's %c, %x and %X.

A format is turned into a regular expression (cached), matched
case-insensitively against the whole input, and the captured fields are
combined into a date and time.
"""

import re as _re
import time as _time
from datetime import date as _date, timedelta as _timedelta, timezone as _timezone

__all__ = []

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday",
             "saturday", "sunday")
_WEEKDAYS_ABBR = tuple(n[:3] for n in _WEEKDAYS)
_MONTHS = ("", "january", "february", "march", "april", "may", "june", "july",
           "august", "september", "october", "november", "december")
_MONTHS_ABBR = ("",) + tuple(n[:3] for n in _MONTHS[1:])
_AM_PM = ("am", "pm")

# the C locale's composite formats
_COMPOSITE = {
    "c": "%a %b %d %H:%M:%S %Y",
    "x": "%m/%d/%y",
    "X": "%H:%M:%S",
}

# what each numeric directive accepts
_FIELD_RE = {
    "d": r"3[01]|[12]\d|0[1-9]|[1-9]| [1-9]",
    "f": r"[0-9]{1,6}",
    "H": r"2[0-3]|[0-1]\d|\d",
    "I": r"1[0-2]|0[1-9]|[1-9]",
    "G": r"\d\d\d\d",
    "j": r"36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
    "m": r"1[0-2]|0[1-9]|[1-9]",
    "M": r"[0-5]\d|\d",
    "S": r"6[0-1]|[0-5]\d|\d",
    "U": r"5[0-3]|[0-4]\d|\d",
    "W": r"5[0-3]|[0-4]\d|\d",
    "V": r"5[0-3]|0[1-9]|[1-4]\d|\d",
    "w": r"[0-6]",
    "u": r"[1-7]",
    "y": r"\d\d",
    "Y": r"\d\d\d\d",
    "z": r"[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z)",
}


def _alternatives(names):
    """A regex alternation of names, longest first (so 'may' loses to
    'mayday' style prefixes correctly)."""
    names = sorted((n for n in names if n), key=len, reverse=True)
    return "|".join(_re.escape(n) for n in names)


def _zone_names():
    """(names meaning no DST, names meaning DST) as lower-case sets."""
    std = {"utc", "gmt", _time.tzname[0].lower()}
    dst = set()
    if _time.daylight:
        dst.add(_time.tzname[1].lower())
    return std, dst


def _directive_re(c, fmt):
    if c in _FIELD_RE:
        return "(?P<%s>%s)" % (c, _FIELD_RE[c])
    if c == "A":
        return "(?P<A>%s)" % _alternatives(_WEEKDAYS)
    if c == "a":
        return "(?P<a>%s)" % _alternatives(_WEEKDAYS_ABBR)
    if c == "B":
        return "(?P<B>%s)" % _alternatives(_MONTHS[1:])
    if c == "b":
        return "(?P<b>%s)" % _alternatives(_MONTHS_ABBR[1:])
    if c == "p":
        return "(?P<p>%s)" % _alternatives(_AM_PM)
    if c == "Z":
        std, dst = _zone_names()
        return "(?P<Z>%s)" % _alternatives(std | dst)
    if c == "%":
        return "%"
    if c in _COMPOSITE:
        return _pattern(_COMPOSITE[c])
    raise ValueError("'%s' is a bad directive in format '%s'" % (c, fmt))


def _pattern(fmt):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            out.append(_directive_re(fmt[i + 1], fmt))
            i += 2
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            out.append(_re.escape(c))
            i += 1
    return "".join(out)


_cache = {}
_CACHE_MAX = 64


def _compiled(fmt):
    rx = _cache.get(fmt)
    if rx is None:
        rx = _re.compile(_pattern(fmt), _re.IGNORECASE)
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        _cache[fmt] = rx
    return rx


def _julian_from_week(year, week, weekday, monday_first):
    """Day of the year of weekday (Mon=0) in week of %U (Sunday first) or
    %W (Monday first) numbering; may be <= 0 or past the year's end."""
    first = _date(year, 1, 1).weekday()
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    week0_len = (7 - first) % 7
    return 1 + week0_len + 7 * (week - 1) + weekday


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    """(year, day of year) of an ISO week date."""
    shift = _date(iso_year, 1, 4).isoweekday() + 3
    yday = iso_week * 7 + iso_weekday - shift
    if yday < 1:
        start = _date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        yday += start - _date(iso_year, 1, 1).toordinal()
    return iso_year, yday


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Parse; returns (11-tuple as for struct_time, microseconds,
    microseconds of the UTC offset)."""
    for pos, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (pos, type(arg)))
    rx = _compiled(format)
    found = rx.match(data_string)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if found.end() != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    isdst = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_year = iso_week = None
    week = None
    monday_first = False
    weekday = julian = None
    fields = found.groupdict()
    for key, value in fields.items():
        if value is None:
            continue
        if key == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = _MONTHS.index(value.lower())
        elif key == "b":
            month = _MONTHS_ABBR.index(value.lower())
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            ampm = (fields.get("p") or "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm" and hour != 12:
                hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif key == "A":
            weekday = _WEEKDAYS.index(value.lower())
        elif key == "a":
            weekday = _WEEKDAYS_ABBR.index(value.lower())
        elif key == "w":
            weekday = (int(value) + 6) % 7
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key == "U" or key == "W":
            week = int(value)
            monday_first = key == "W"
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            gmtoff, gmtoff_fraction = _parse_offset(value)
        elif key == "Z":
            name = value.lower()
            std, dst = _zone_names()
            if name in std:
                isdst = 0
                if _time.daylight and _time.tzname[0] == _time.tzname[1] \
                        and name not in ("utc", "gmt"):
                    isdst = -1
            elif name in dst:
                isdst = 1

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO "
                             "week directive '%V' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible "
                             "with ISO year directive '%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO "
                             "year directive '%G' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")

    # Without a year, February 29 is computed in a leap year (1904) and the
    # year reported as 1900.
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_fix = True
        else:
            year = 1900

    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 365

    if julian is None:
        julian = _date(year, month, day).toordinal() - _date(year, 1, 1).toordinal() + 1
    else:
        d = _date.fromordinal(_date(year, 1, 1).toordinal() + julian - 1)
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = _date(year, month, day).weekday()
    if leap_fix:
        year = 1900
    tzname = fields.get("Z")
    return ((year, month, day, hour, minute, second, weekday, julian, isdst,
             tzname, gmtoff), fraction, gmtoff_fraction)


def _parse_offset(text):
    """(seconds, microseconds) of a %z match."""
    if text == "Z":
        return 0, 0
    z = text
    if z[3] == ":":
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ":":
                raise ValueError("Inconsistent use of : in %s" % text)
            z = z[:5] + z[6:]
    hours = int(z[1:3])
    minutes = int(z[3:5])
    seconds = int(z[5:7] or 0)
    offset = (hours * 60 + minutes) * 60 + seconds
    frac = z[8:]
    us = int(frac + "0" * (6 - len(frac))) if frac else 0
    if z[0] == "-":
        return -offset, -us
    return offset, us


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime(): a struct_time."""
    tt = _strptime(data_string, format)[0]
    return _time.struct_time(tt)


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """datetime.strptime(): an instance of cls."""
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        delta = _timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = _timezone(delta, tzname)
        else:
            tz = _timezone(delta)
        args += (tz,)
    return cls(*args)
