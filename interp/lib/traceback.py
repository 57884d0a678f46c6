"""Extract, format and print exceptions and stacks (gilpy).

The text comes from the interpreter's own printer (module _traceback), so
traceback.print_exc() prints exactly what an uncaught exception prints,
caret lines included."""
import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', '_code', '_lasti',
                 'end_lineno', 'colno', 'end_colno')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None,
                 _code=None, _lasti=-1):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self._code = _code
        self._lasti = _lasti
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            import linecache
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        return klass._extract(((f, lineno, -1) for f, lineno in frame_gen), limit,
                              lookup_lines, capture_locals)

    @classmethod
    def _extract(klass, triples, limit=None, lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        items = list(triples)
        if limit is not None:
            items = items[:limit] if limit >= 0 else items[limit:]
        result = klass()
        for f, lineno, lasti in items:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None,
                                       _code=co, _lasti=lasti))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        code = frame_summary._code if isinstance(frame_summary, FrameSummary) else None
        lasti = frame_summary._lasti if isinstance(frame_summary, FrameSummary) else -1
        if code is not None:
            text = _traceback.format_entry(frame_summary.filename, frame_summary.lineno,
                                           frame_summary.name, code, lasti)
        else:
            text = '  File "{}", line {}, in {}\n'.format(
                frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if frame_summary.line:
                text += '    {}\n'.format(frame_summary.line.strip())
        if getattr(frame_summary, 'locals', None):
            for name, value in sorted(frame_summary.locals.items()):
                text += '    {name} = {value}\n'.format(name=name, value=value)
        return text

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if key == (last_file, last_line, last_name):
                count += 1
                if count > 3:
                    continue
            else:
                if count > 3:
                    n = count - 3
                    result.append(f'  [Previous line repeated {n} more '
                                  f'time{"s" if n > 1 else ""}]\n')
                last_file, last_line, last_name = key
                count = 1
            result.append(self.format_frame_summary(frame_summary))
        if count > 3:
            n = count - 3
            result.append(f'  [Previous line repeated {n} more '
                          f'time{"s" if n > 1 else ""}]\n')
        return result


def extract_tb(tb, limit=None):
    triples = []
    while tb is not None:
        triples.append((tb.tb_frame, tb.tb_lineno, tb.tb_lasti))
        tb = tb.tb_next
    return StackSummary._extract(triples, limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    triples = []
    while f is not None:
        triples.append((f, f.f_lineno, f.f_lasti))
        f = f.f_back
    triples.reverse()
    if limit is not None:
        triples = triples[-limit:] if limit >= 0 else triples[:-limit]
    return StackSummary._extract(triples)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def _with_tb(value, tb):
    if value is not None and tb is not value.__traceback__:
        value = value.with_traceback(tb)
    return value


def _split_lines(text):
    """The text as a list of chunks: one per traceback entry / line, each
    ending in a newline (as CPython's format_* lists)."""
    lines = text.splitlines(keepends=True)
    out = []
    for line in lines:
        if out and (line.startswith('    ') and out[-1].startswith('  File ')):
            out[-1] += line
        else:
            out.append(line)
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    value = _with_tb(value, tb)
    if limit is not None:
        te = TracebackException(type(value), value, tb, limit=limit)
        return list(te.format(chain=chain))
    return _split_lines(_traceback.format_exception(value, chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        return [f'{type(value).__name__}: {value}\n']
    return _split_lines(_traceback.format_exception_only(value))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    pass


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        self.exc_type = exc_type
        self._exc = exc_value
        self.stack = extract_tb(exc_traceback, limit=limit)
        self._limit = limit
        self._str = str(exc_value) if exc_value is not None else ''
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = str(exc_value.lineno) if exc_value.lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            seen = _seen if _seen is not None else set()
            seen.add(id(exc_value))
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    limit=limit, _seen=seen)
            ctx = exc_value.__context__
            if ctx is not None and id(ctx) not in seen:
                self.__context__ = TracebackException(type(ctx), ctx, ctx.__traceback__,
                                                      limit=limit, _seen=seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._exc is None:
            yield 'NoneType: None\n'
            return
        yield from _split_lines(_traceback.format_exception_only(self._exc))

    def format(self, *, chain=True):
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield ('\nThe above exception was the direct cause '
                       'of the following exception:\n\n')
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield ('\nDuring handling of the above exception, '
                       'another exception occurred:\n\n')
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            yield from self.stack.format()
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
