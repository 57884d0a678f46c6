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
        import linecache
        result = klass()
        fnames = set()
        for f, lineno, lasti in items:
            co = f.f_code
            fnames.add(co.co_filename)
            # as CPython: a module whose file is not on disk gives its
            # lines through its __loader__.get_source
            linecache.lazycache(co.co_filename, f.f_globals)
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=False,
                                       locals=f.f_locals if capture_locals else None,
                                       _code=co, _lasti=lasti))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
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
            # the line linecache found (a module loader's source) when the
            # printer cannot read the file itself
            line = frame_summary._line
            text = _traceback.format_entry(frame_summary.filename, frame_summary.lineno,
                                           frame_summary.name, code, lasti,
                                           *((line,) if line else ()))
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
        triples.append((f, f.f_lineno, -1))
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


def _extract_tb_summary(tb, limit=None, lookup_lines=True, capture_locals=False):
    triples = []
    while tb is not None:
        triples.append((tb.tb_frame, tb.tb_lineno, tb.tb_lasti))
        tb = tb.tb_next
    return StackSummary._extract(triples, limit=limit, lookup_lines=lookup_lines,
                                 capture_locals=capture_locals)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    for line in te.format(chain=chain):
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
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += margin_char + ' '
        if isinstance(text_gen, str):
            text_gen = (text_gen,)
        for text in text_gen:
            yield ''.join(prefix + line for line in text.splitlines(True))


_cause_message = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')
_context_message = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = _extract_tb_summary(exc_traceback, limit, lookup_lines, capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        # Convert __cause__, __context__ and group members, breaking cycles.
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if e is None or id(e) in _seen:
                continue
            _seen.add(id(e))
            kw = dict(limit=limit, lookup_lines=lookup_lines,
                      capture_locals=capture_locals,
                      max_group_width=max_group_width,
                      max_group_depth=max_group_depth, _seen=_seen)
            cause = e.__cause__
            if cause is not None and id(cause) not in _seen:
                te.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, **kw)
            need_context = not (compact and (te.__cause__ is not None or e.__suppress_context__))
            ctx = e.__context__
            if need_context and ctx is not None and id(ctx) not in _seen:
                te.__context__ = TracebackException(type(ctx), ctx, ctx.__traceback__, **kw)
            if isinstance(e, BaseExceptionGroup):
                te.exceptions = [TracebackException(type(x), x, x.__traceback__, **kw)
                                 for x in e.exceptions]
        if not is_recursive_call:
            pass

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return self.exc_type.__qualname__ if self.exc_type is not None else None

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        notes = self.__notes__
        if _is_sequence(notes):
            for note in notes:
                note = _safe_string(note, 'note')
                yield from [part + '\n' for part in note.split('\n')]
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    pad = ''.join((ch if ch.isspace() else ' ') for ch in ltext[:colno])
                    yield '    {}{}\n'.format(pad, '^' * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, suffix)

    def format(self, *, chain=True, _ctx=None):
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    msg, nxt = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    msg, nxt = _context_message, exc.__context__
                else:
                    msg, nxt = None, None
                output.append((msg, exc))
                exc = nxt
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                toplevel = _ctx.exception_group_depth == 0
                if toplevel:
                    _ctx.exception_group_depth += 1
                if exc.stack:
                    yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                         margin_char='+' if toplevel else None)
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
                num = len(exc.exceptions)
                n = num if num <= self.max_group_width else self.max_group_width + 1
                _ctx.need_close = False
                for i in range(n):
                    last = i == n - 1
                    if last:
                        _ctx.need_close = True
                    truncated = i >= self.max_group_width
                    title = '...' if truncated else f'{i + 1}'
                    yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                           f'+---------------- {title} ----------------\n')
                    _ctx.exception_group_depth += 1
                    if not truncated:
                        yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
                    else:
                        rem = num - self.max_group_width
                        yield from _ctx.emit(f"and {rem} more exception{'s' if rem > 1 else ''}\n")
                    if last and _ctx.need_close:
                        yield _ctx.indent() + "+------------------------------------\n"
                        _ctx.need_close = False
                    _ctx.exception_group_depth -= 1
                if toplevel:
                    _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _is_sequence(obj):
    if obj is None or isinstance(obj, dict):
        return False
    if isinstance(obj, (list, tuple, str, bytes, range)):
        return True
    try:
        import collections.abc
        return isinstance(obj, collections.abc.Sequence)
    except ImportError:
        return hasattr(type(obj), '__getitem__') and hasattr(type(obj), '__len__')


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)
