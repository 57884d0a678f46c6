"""_csv -- the CSV parser and writer behind the csv module (pure Python).

Design: the reader is the same character state machine CPython's C parser
runs (START_RECORD, IN_FIELD, IN_QUOTED_FIELD, ...), fed one input line at
a time with an end-of-line pseudo character after each, so it accepts and
rejects exactly the same inputs. Two accelerations keep it usable on large
files without changing results:
  * a line that begins a record and contains no quote, escape or embedded
    CR/LF is split with str.split (the overwhelmingly common case);
  * inside a field, runs of ordinary characters are taken as one slice
    (found with str.find) instead of one character per step.
The writer decides quoting/escaping per field with one scan, like CPython.
Dialect validation mirrors CPython's messages and check order.
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
# maximum field size; CPython's default is 128 KiB
_field_limit = 128 * 1024


class Error(Exception):
    pass


# ---- dialects -----------------------------------------------------------

_DIALECT_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                  'quotechar', 'quoting', 'skipinitialspace', 'strict')


def _char(name, value, default, allow_none):
    if value is _MISSING:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_MISSING = object()


class Dialect(object):
    """CSV dialect: the validated, read-only formatting parameters."""

    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator',
                 '_quotechar', '_quoting', '_skipinitialspace', '_strict')

    def __new__(cls, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _DIALECT_ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        if (type(dialect) is Dialect and not kwargs):
            return dialect      # already validated, immutable: share it

        def attr(name):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None:
                return getattr(dialect, name, _MISSING)
            return _MISSING

        self = object.__new__(cls)
        self._delimiter = _char('delimiter', attr('delimiter'), ',', False)
        v = attr('doublequote')
        self._doublequote = True if v is _MISSING else bool(v)
        self._escapechar = _char('escapechar', attr('escapechar'), None, True)
        v = attr('lineterminator')
        if v is _MISSING:
            v = '\r\n'
        elif v is not None and not isinstance(v, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = v
        quotechar = attr('quotechar')
        self._quotechar = _char('quotechar', quotechar, '"', True)
        quoting = attr('quoting')
        if quoting is _MISSING:
            self._quoting = QUOTE_MINIMAL
        else:
            if type(quoting) is not int:
                raise TypeError('"quoting" must be an integer')
            if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
                raise TypeError('bad "quoting" value')
            self._quoting = quoting
        v = attr('skipinitialspace')
        self._skipinitialspace = False if v is _MISSING else bool(v)
        v = attr('strict')
        self._strict = False if v is _MISSING else bool(v)

        # quotechar=None without an explicit quoting means "no quoting"
        if quotechar is None and quoting is _MISSING:
            self._quoting = QUOTE_NONE
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self._lineterminator is None:
            raise TypeError("lineterminator must be set")
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' instances")


def register_dialect(*args, **kwargs):
    """Create a mapping from a string name to a dialect class."""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    name = args[0]
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(args[1] if len(args) > 1 else None, kwargs)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all known dialect names."""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Set/get the maximum field size the parser will accept."""
    global _field_limit
    if kwargs:
        if len(args) + len(kwargs) > 1 or 'new_limit' not in kwargs:
            raise TypeError("field_size_limit() got an unexpected keyword argument")
        args = (kwargs['new_limit'],)
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


def _make_dialect(dialect, kwargs):
    if 'dialect' in kwargs:
        kwargs = dict(kwargs)
        dialect = kwargs.pop('dialect')
    return Dialect(dialect, **kwargs)


def _dialect_from_args(args, kwargs):
    # args: what followed the file/iterable argument
    if len(args) > 1:
        raise TypeError(" expected at most 2 arguments, got %d" % (len(args) + 1))
    return _make_dialect(args[0] if args else None, kwargs)


# ---- reader -------------------------------------------------------------

(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD,
 ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL,
 AFTER_ESCAPED_CRNL) = range(9)

_NEWLINE_ERR = ("new-line character seen in unquoted field - "
                "do you need to open the file in universal-newline mode?")


class Reader(object):
    """CSV reader: iterating yields one list of fields per record."""

    def __init__(self, iterable, dialect):
        self._it = iter(iterable)
        self.dialect = dialect
        self.line_num = 0
        d = dialect
        self._delim = d.delimiter
        self._quote = d.quotechar if d.quoting != QUOTE_NONE else None
        self._esc = d.escapechar
        self._numeric = d.quoting == QUOTE_NONNUMERIC
        self._skipspace = d.skipinitialspace
        self._strict = d.strict
        # characters that end a run of ordinary characters in an unquoted
        # field / a quoted field
        self._stop_unquoted = tuple(c for c in (self._delim, self._esc, '\r', '\n') if c)
        self._stop_quoted = tuple(c for c in (self._quote, self._esc) if c)
        self._fast_ok = not (self._skipspace and self._delim == ' ')
        self._quoted_re = None
        q = self._quote
        if (q and d.doublequote and not self._skipspace and q != self._delim
                and q not in '\r\n' and self._delim not in '\r\n'):
            # records whose quoted fields all close on the same line, with
            # quotes only doubled inside them: `valid` recognises such a
            # line (prefixed with a delimiter), `field` takes it apart
            import re
            dl, qe = re.escape(self._delim), re.escape(q)
            field = '%s(?:%s((?:[^%s]|%s%s)*)%s|([^%s%s\r\n]*))' % (
                dl, qe, qe, qe, qe, qe, dl, qe)
            valid = '%s(?:[^%s]|%s%s)*%s|[^%s%s\r\n]*' % (qe, qe, qe, qe, qe, dl, qe)
            self._quoted_re = (re.compile('(?:%s(?:%s))*' % (dl, valid)),
                               re.compile(field), q + q, q)

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._flen = 0
        self._state = START_RECORD
        self._numfield = False

    def _add(self, s):
        if self._flen + len(s) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(s)
        self._flen += len(s)

    def _save(self):
        f = ''.join(self._field)
        self._field = []
        self._flen = 0
        if self._numfield:
            self._numfield = False
            f = float(f)
        self._fields.append(f)

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._flen != 0 or self._state == IN_QUOTED_FIELD:
                    if self._strict:
                        raise Error("unexpected end of data")
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            if self._state == START_RECORD and self._fast_ok and self._fast_line(line):
                break
            self._parse_line(line)
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _fast_line(self, line):
        # A whole record on one line without quotes, escapes or embedded
        # line breaks: split directly. Returns False to use the state machine.
        body = line.rstrip('\r\n')
        if '\r' in body or '\n' in body or (self._esc and self._esc in body):
            return False
        if not body:
            self._fields = []
            return True
        if self._quote and self._quote in body:
            return self._fast_quoted_line(body)
        fields = body.split(self._delim)
        limit = _field_limit
        for f in fields:
            if len(f) > limit:
                return False
        if self._skipspace:
            fields = [f.lstrip(' ') for f in fields]
        if self._numeric:
            fields = [float(f) if f else f for f in fields]
        self._fields = fields
        return True

    def _fast_quoted_line(self, body):
        if self._quoted_re is None:
            return False
        valid, field, qq, q = self._quoted_re
        body = self._delim + body
        if valid.fullmatch(body) is None:
            return False
        fields = []
        limit = _field_limit
        numeric = self._numeric
        for quoted, plain in field.findall(body):
            f = quoted.replace(qq, q) if quoted else plain
            if len(f) > limit:
                return False
            if plain and numeric:
                f = float(plain)
            fields.append(f)
        self._fields = fields
        return True

    def _parse_line(self, line):
        n = len(line)
        i = 0
        delim, quote, esc = self._delim, self._quote, self._esc
        while i <= n:
            # i == n is the end-of-line pseudo character (None)
            c = line[i] if i < n else None
            state = self._state
            if state == START_RECORD:
                if c is None:
                    return
                if c == '\n' or c == '\r':
                    self._state = EAT_CRNL
                    i += 1
                    continue
                state = self._state = START_FIELD
            if state == START_FIELD:
                if c is None or c == '\n' or c == '\r':
                    self._save()
                    self._state = START_RECORD if c is None else EAT_CRNL
                elif c == quote:
                    self._state = IN_QUOTED_FIELD
                elif c == esc:
                    self._state = ESCAPED_CHAR
                elif c == ' ' and self._skipspace:
                    pass
                elif c == delim:
                    self._save()
                else:
                    if self._numeric:
                        self._numfield = True
                    self._state = IN_FIELD
                    continue            # reprocess c in IN_FIELD
                i += 1
                continue
            if state == ESCAPED_CHAR:
                if c == '\n' or c == '\r':
                    self._add(c)
                    self._state = AFTER_ESCAPED_CRNL
                    i += 1
                    continue
                self._add('\n' if c is None else c)
                self._state = IN_FIELD
                i += 1
                continue
            if state == AFTER_ESCAPED_CRNL:
                if c is None:
                    return
                state = self._state = IN_FIELD
            if state == IN_FIELD:
                if c is None or c == '\n' or c == '\r':
                    self._save()
                    self._state = START_RECORD if c is None else EAT_CRNL
                elif c == esc:
                    self._state = ESCAPED_CHAR
                elif c == delim:
                    self._save()
                    self._state = START_FIELD
                else:
                    j = self._scan(line, i + 1, self._stop_unquoted)
                    self._add(line[i:j])
                    i = j
                    continue
                i += 1
                continue
            if state == IN_QUOTED_FIELD:
                if c is None:
                    pass
                elif c == esc:
                    self._state = ESCAPE_IN_QUOTED_FIELD
                elif c == quote:
                    self._state = QUOTE_IN_QUOTED_FIELD if self.dialect.doublequote else IN_FIELD
                else:
                    j = self._scan(line, i + 1, self._stop_quoted)
                    self._add(line[i:j])
                    i = j
                    continue
                i += 1
                continue
            if state == ESCAPE_IN_QUOTED_FIELD:
                self._add('\n' if c is None else c)
                self._state = IN_QUOTED_FIELD
                i += 1
                continue
            if state == QUOTE_IN_QUOTED_FIELD:
                if c is not None and c == quote:
                    self._add(c)
                    self._state = IN_QUOTED_FIELD
                elif c == delim:
                    self._save()
                    self._state = START_FIELD
                elif c is None or c == '\n' or c == '\r':
                    self._save()
                    self._state = START_RECORD if c is None else EAT_CRNL
                elif not self._strict:
                    self._add(c)
                    self._state = IN_FIELD
                else:
                    raise Error("'%c' expected after '%c'" % (delim, quote))
                i += 1
                continue
            if state == EAT_CRNL:
                if c == '\n' or c == '\r':
                    pass
                elif c is None:
                    self._state = START_RECORD
                else:
                    raise Error(_NEWLINE_ERR)
                i += 1
                continue
            raise Error("unknown parser state")

    @staticmethod
    def _scan(line, start, stops):
        end = len(line)
        for s in stops:
            k = line.find(s, start, end)
            if k >= 0:
                end = k
        return end


def reader(*args, **kwargs):
    """csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])"""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    dialect = _dialect_from_args(args[1:], kwargs)
    return Reader(args[0], dialect)


# ---- writer -------------------------------------------------------------

def _is_number(x):
    # what the C API's PyNumber_Check accepts
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or
            hasattr(t, '__float__') or isinstance(x, complex))


class Writer(object):
    """CSV writer: writerow() formats one record and passes it to the
    underlying file's write()."""

    def __init__(self, fileobj, dialect):
        write = getattr(fileobj, 'write', None)
        if write is None or not callable(write):
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self.dialect = dialect
        d = dialect
        self._delim = d.delimiter
        self._quote = d.quotechar
        self._esc = d.escapechar
        self._dq = d.doublequote
        self._quoting = d.quoting
        self._lt = d.lineterminator
        # characters that force quoting (QUOTE_MINIMAL) or escaping
        special = set(d.lineterminator)
        special.add(d.delimiter)
        if d.quotechar is not None:
            special.add(d.quotechar)
        if d.escapechar is not None:
            special.add(d.escapechar)
        self._special = special

    def _field(self, text, quoted):
        special = self._special
        for c in text:
            if c in special:
                break
        else:
            return ('%s%s%s' % (self._quote, text, self._quote)) if quoted else text
        out = []
        quote, esc = self._quote, self._esc
        for c in text:
            if c in special:
                want_escape = False
                if self._quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == quote:
                        if self._dq:
                            out.append(quote)
                        else:
                            want_escape = True
                    elif c == esc:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if esc is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(esc)
            out.append(c)
        text = ''.join(out)
        return ('%s%s%s' % (quote, text, quote)) if quoted else text

    def _format(self, row):
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        parts = []
        quoting = self._quoting
        for field in it:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = quoting == QUOTE_ALL
            if isinstance(field, str):
                text = field
            elif field is None:
                text = ''
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            parts.append(self._field(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            # a lone empty field must be visible, or the record vanishes
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = self._quote * 2
        return self._delim.join(parts) + self._lt

    def writerow(self, row):
        """Write one record; returns what the file's write() returned."""
        return self._write(self._format(row))

    def writerows(self, rows):
        """Write every record of an iterable of rows."""
        for row in rows:
            self._write(self._format(row))
        return None


def writer(*args, **kwargs):
    """csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])"""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    f = args[0]
    dialect = _dialect_from_args(args[1:], kwargs)
    return Writer(f, dialect)


Reader.__name__ = Reader.__qualname__ = 'reader'
Writer.__name__ = Writer.__qualname__ = 'writer'
