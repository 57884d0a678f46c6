"""JSON encoder and decoder for gilpy (the json module's common API).

dumps/dump/loads/load, JSONEncoder, JSONDecoder and JSONDecodeError, with
CPython's output format and error messages.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']

__version__ = '2.0.9'

import re as _re

# The scanners below lean on the C regex engine for the long runs (string
# bodies, numbers, whitespace) so that the Python-level loop runs once per
# token, not once per character.
_STR_STRICT = _re.compile(r'([^"\\\x00-\x1f]*)(["\\\x00-\x1f])', _re.S)
_STR_LAX = _re.compile(r'([^"\\]*)(["\\])', _re.S)
_NUMBER = _re.compile(r'(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?')
_WS_RUN = _re.compile(r'[ \t\n\r]*')
_ESC_ASCII = _re.compile(r'([\\"]|[^\ -~])')
_ESC_UNICODE = _re.compile(r'[\x00-\x1f\\"]')


# ---------------------------------------------------------------- errors --

class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'


# --------------------------------------------------------------- encoder --

_ESCAPES = {
    '\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
    '\n': '\\n', '\r': '\\r', '\t': '\\t',
}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def _encode_basestring(s):
    try:
        if _ESC_UNICODE.search(s) is None:
            return '"' + s + '"'
        return '"' + _ESC_UNICODE.sub(_escape_match, s) + '"'
    except ValueError:
        # gilpy's re rejects strings holding lone surrogates.
        return '"' + ''.join(_ESCAPES.get(c, c) for c in s) + '"'


def _escape_match(m):
    return _ESCAPES[m.group(0)]


def _escape_ascii_match(m):
    c = m.group(0)
    e = _ESCAPES.get(c)
    if e is not None:
        return e
    n = ord(c)
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def _encode_basestring_ascii(s):
    try:
        if _ESC_ASCII.search(s) is None:
            return '"' + s + '"'
        return '"' + _ESC_ASCII.sub(_escape_ascii_match, s) + '"'
    except ValueError:
        # gilpy's re rejects strings holding lone surrogates.
        return _encode_basestring_ascii_slow(s)


def _encode_basestring_ascii_slow(s):
    out = []
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
        elif c < '\x7f':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return _encode_basestring_ascii(o)
            return _encode_basestring(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        out = []
        self._markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self._indent_str = indent
        self._enc(o, 0, out)
        return iter(out)

    # -- internals
    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def _str(self, s):
        if self.ensure_ascii:
            return _encode_basestring_ascii(s)
        return _encode_basestring(s)

    def _enc(self, o, level, out):
        if isinstance(o, str):
            out.append(self._str(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._enc_list(o, level, out)
        elif isinstance(o, dict):
            self._enc_dict(o, level, out)
        else:
            markers = self._markers
            if markers is not None:
                mid = id(o)
                if mid in markers:
                    raise ValueError('Circular reference detected')
                markers[mid] = o
            self._enc(self.default(o), level, out)
            if markers is not None:
                del markers[mid]

    def _enter(self, o):
        markers = self._markers
        if markers is not None:
            mid = id(o)
            if mid in markers:
                raise ValueError('Circular reference detected')
            markers[mid] = o

    def _leave(self, o):
        if self._markers is not None:
            del self._markers[id(o)]

    def _enc_list(self, lst, level, out):
        if not lst:
            out.append('[]')
            return
        self._enter(lst)
        ind = self._indent_str
        if ind is not None:
            level += 1
            newline = '\n' + ind * level
            sep = self.item_separator + newline
            out.append('[' + newline)
        else:
            sep = self.item_separator
            out.append('[')
        first = True
        for v in lst:
            if first:
                first = False
            else:
                out.append(sep)
            self._enc(v, level, out)
        if ind is not None:
            level -= 1
            out.append('\n' + ind * level)
        out.append(']')
        self._leave(lst)

    def _enc_dict(self, dct, level, out):
        if not dct:
            out.append('{}')
            return
        self._enter(dct)
        ind = self._indent_str
        if ind is not None:
            level += 1
            newline = '\n' + ind * level
            sep = self.item_separator + newline
            out.append('{' + newline)
        else:
            sep = self.item_separator
            out.append('{')
        items = dct.items()
        if self.sort_keys:
            items = sorted(items)
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._float(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                out.append(sep)
            out.append(self._str(key))
            out.append(self.key_separator)
            self._enc(value, level, out)
        if ind is not None:
            level -= 1
            out.append('\n' + ind * level)
        out.append('}')
        self._leave(dct)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    enc = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
              check_circular=check_circular, allow_nan=allow_nan, indent=indent,
              separators=separators, default=default, sort_keys=sort_keys, **kw)
    for chunk in enc.iterencode(obj):
        fp.write(chunk)


# --------------------------------------------------------------- decoder --

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}
_SIMPLE_ESC = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
               'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'


class _StopScan(Exception):
    pass


class JSONDecoder:

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        end = _skip_ws(s, 0)
        obj, end = self.raw_decode(s, end)
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except _StopScan as e:
            raise JSONDecodeError('Expecting value', s, e.args[0]) from None

    # -- scanner
    def _value(self, s, i):
        c = s[i:i + 1]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        if c and (c in _DIGITS or c == '-'):
            return self._number(s, i)
        raise _StopScan(i)

    def _number(self, s, i):
        m = _NUMBER.match(s, i)
        if m is None:
            raise _StopScan(i)
        integer, frac, exp = m.groups()
        if frac or exp:
            return self.parse_float(integer + (frac or '') + (exp or '')), m.end()
        return self.parse_int(integer), m.end()

    def _number_slow(self, s, i):
        n = len(s)
        j = i
        if s[j] == '-':
            j += 1
        if j >= n or s[j] not in _DIGITS:
            raise _StopScan(i)
        if s[j] == '0':
            j += 1
        else:
            while j < n and s[j] in _DIGITS:
                j += 1
        is_float = False
        if j + 1 < n and s[j] == '.' and s[j + 1] in _DIGITS:
            j += 2
            while j < n and s[j] in _DIGITS:
                j += 1
            is_float = True
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k] in _DIGITS:
                while k < n and s[k] in _DIGITS:
                    k += 1
                j = k
                is_float = True
        text = s[i:j]
        if is_float:
            return self.parse_float(text), j
        return self.parse_int(text), j

    def _string(self, s, end):
        begin = end - 1
        chunks = []
        n = len(s)
        scan = (_STR_STRICT if self.strict else _STR_LAX).match
        while True:
            try:
                m = scan(s, end)
            except ValueError:
                m = _scan_chunk_slow(s, end, self.strict)
            if m is None:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            j = m.end() - 1
            c = s[j]
            if c == '"':
                if not chunks:
                    return m.group(1), j + 1
                chunks.append(m.group(1))
                return ''.join(chunks), j + 1
            if j > end:
                chunks.append(m.group(1))
            if c != '\\':
                raise JSONDecodeError('Invalid control character at', s, j)
            esc = s[j + 1:j + 2]
            if not esc:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            if esc != 'u':
                ch = _SIMPLE_ESC.get(esc)
                if ch is None:
                    raise JSONDecodeError('Invalid \\escape', s, j)
                chunks.append(ch)
                end = j + 2
                continue
            uni = self._hex4(s, j + 1)
            end = j + 6
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = self._hex4(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            chunks.append(chr(uni))

    @staticmethod
    def _hex4(s, pos):
        # pos is the index of the 'u'
        h = s[pos + 1:pos + 5]
        if len(h) != 4 or not all(c in _HEX for c in h):
            raise JSONDecodeError('Invalid \\uXXXX escape', s, pos)
        return int(h, 16)

    def _object(self, s, end):
        pairs = []
        end = _skip_ws(s, end)
        c = s[end:end + 1]
        if c != '"':
            if c == '}':
                end += 1
                if self.object_pairs_hook is not None:
                    return self.object_pairs_hook(pairs), end
                obj = {}
                if self.object_hook is not None:
                    obj = self.object_hook(obj)
                return obj, end
            raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end)
        end += 1
        while True:
            key, end = self._string(s, end)
            end = _skip_ws(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            try:
                value, end = self._value(s, end)
            except _StopScan as e:
                raise JSONDecodeError('Expecting value', s, e.args[0]) from None
            pairs.append((key, value))
            end = _skip_ws(s, end)
            c = s[end:end + 1]
            end += 1
            if c == '}':
                break
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
            c = s[end:end + 1]
            end += 1
            if c != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes',
                                      s, end - 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), end
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj, end

    def _array(self, s, end):
        values = []
        end = _skip_ws(s, end)
        if s[end:end + 1] == ']':
            return values, end + 1
        while True:
            try:
                value, end = self._value(s, end)
            except _StopScan as e:
                raise JSONDecodeError('Expecting value', s, e.args[0]) from None
            values.append(value)
            end = _skip_ws(s, end)
            c = s[end:end + 1]
            end += 1
            if c == ']':
                break
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
        return values, end


class _SlowMatch:
    """The two groups of _STR_STRICT/_STR_LAX, found by a character loop
    (for text the regex engine refuses: lone surrogates)."""

    def __init__(self, s, start, stop):
        self._body = s[start:stop]
        self._end = stop + 1

    def group(self, n):
        return self._body

    def end(self):
        return self._end


def _scan_chunk_slow(s, i, strict):
    j = i
    n = len(s)
    while j < n:
        c = s[j]
        if c == '"' or c == '\\' or (c < ' ' and strict):
            return _SlowMatch(s, i, j)
        j += 1
    return None


def _skip_ws(s, i):
    if s[i:i + 1] in _WS_CHARS:
        return _WS_RUN.match(s, i).end()
    return i


_WS_CHARS = frozenset(' \t\n\r')


_default_decoder = JSONDecoder()


def detect_encoding(b):
    """Guess the encoding of JSON bytes from a BOM or from where the zero
    bytes fall in the first characters (JSON text starts with ASCII)."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def _decode_bytes(b):
    enc = detect_encoding(b)
    if enc == 'utf-8-sig':
        b = b[3:]
        enc = 'utf-8'
    return b.decode(enc, 'surrogatepass')


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = _decode_bytes(bytes(s))
    if (cls is None and object_hook is None and parse_int is None and
            parse_float is None and parse_constant is None and
            object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


JSONEncoder.__module__ = 'json.encoder'
JSONDecoder.__module__ = 'json.decoder'
