"""csv -- CSV parsing and writing.

The parser, writer and dialect registry live in _csv; this module adds the
class-based Dialect definitions (excel, excel-tab, unix), the dict-based
reader/writer and the format Sniffer.
"""

import re
from _csv import (Error, __version__, writer, reader, register_dialect,
                  unregister_dialect, get_dialect, list_dialects,
                  field_size_limit,
                  QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE)
from _csv import Dialect as _Dialect
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]


class Dialect:
    """Describe a CSV dialect: subclass and set the class attributes."""
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            # the C-level TypeError becomes csv.Error here
            raise Error(str(e))


class excel(Dialect):
    """Properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Properties of a CSV file generated on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames          # reads the header line
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:             # blank lines are skipped
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        nf, nr = len(names), len(row)
        if nf < nr:
            d[self.restkey] = row[nf:]
        elif nf > nr:
            for key in names[nr:]:
                d[key] = self.restval
        return d

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# ---- Sniffer -------------------------------------------------------------

# Patterns tried in order to find a quoted field and what surrounds it:
#   ,"x",   "x",   ,"x"   "x"   (start/end of line standing for a delimiter)
_QUOTE_PATTERNS = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


class Sniffer:
    """Deduce the format of a CSV file from a sample."""

    def __init__(self):
        # delimiters tried first when several are equally plausible
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass describing the sample."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        # Look for quoted fields; the characters around them reveal the
        # quote character and the delimiter.
        matches = []
        for pat in _QUOTE_PATTERNS:
            regexp = re.compile(pat, re.DOTALL | re.MULTILINE)
            matches = list(regexp.finditer(data))
            if matches:
                break
        if not matches:
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        names = regexp.groupindex
        for m in matches:
            q = m.group('quote')
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if 'delim' not in names:
                continue
            d = m.group('delim')
            if d and (delimiters is None or d in delimiters):
                delims[d] = delims.get(d, 0) + 1
            if 'space' not in names:
                continue
            if m.group('space'):
                spaces += 1

        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':       # a lone quoted field per line
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0

        # doubled quotes inside a field?
        dq = re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
            % {'delim': re.escape(delim), 'quote': quotechar}, re.MULTILINE)
        doublequote = bool(dq.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        # A delimiter occurs the same number of times on (nearly) every
        # line. Build, chunk by chunk of lines, the distribution of each
        # ASCII character's per-line count; its mode and how many lines
        # agree with it give a consistency score. The first characters to
        # reach the threshold win, ties going to self.preferred.
        lines = [x for x in data.split('\n') if x]
        chars = [chr(c) for c in range(127)]
        chunk = min(10, len(lines))
        rounds = 0
        freq = {}
        modes = {}
        delims = {}
        start, end = 0, chunk
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for ch in chars:
                    hist = freq.get(ch, {})
                    k = line.count(ch)
                    hist[k] = hist.get(k, 0) + 1
                    freq[ch] = hist

            for ch in freq.keys():
                items = list(freq[ch].items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    best = max(items, key=lambda kv: kv[1])
                    items.remove(best)
                    # the mode, weighted down by the lines disagreeing with it
                    modes[ch] = (best[0], best[1] - sum(kv[1] for kv in items))
                else:
                    modes[ch] = items[0]

            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            threshold = 0.9
            while len(delims) == 0 and consistency >= threshold:
                for ch, (count, agree) in modes.items():
                    if count > 0 and agree > 0:
                        if (agree / total >= consistency and
                                (delimiters is None or ch in delimiters)):
                            delims[ch] = (count, agree)
                consistency -= 0.01

            if len(delims) == 1:
                delim = list(delims.keys())[0]
                skip = lines[0].count(delim) == lines[0].count("%c " % delim)
                return (delim, skip)

            start = end
            end += chunk

        if not delims:
            return ('', 0)

        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    skip = lines[0].count(d) == lines[0].count("%c " % d)
                    return (d, skip)

        ranked = sorted((v, k) for (k, v) in delims.items())
        delim = ranked[-1][1]
        skip = lines[0].count(delim) == lines[0].count("%c " % delim)
        return (delim, skip)

    def has_header(self, sample):
        """Guess whether the first row of the sample is a header: columns
        whose later values are all numbers (or all one length) but whose
        first value is not vote for a header."""
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = next(rdr)
        ncols = len(header)
        kinds = {}
        for i in range(ncols):
            kinds[i] = None

        checked = 0
        for row in rdr:
            if checked > 20:        # a sample of 20 rows is enough
                break
            checked += 1
            if len(row) != ncols:
                continue
            for col in list(kinds.keys()):
                kind = complex
                try:
                    kind(row[col])
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]      # inconsistent column: no vote

        votes = 0
        for col, kind in kinds.items():
            if type(kind) == type(0):
                if len(header[col]) != kind:
                    votes += 1
                else:
                    votes -= 1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
