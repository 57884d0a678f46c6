"""codecs -- codec registry, incremental coders and stream wrappers.

Design: gilpy has no C _codecs module; the actual transcoding is done by
str.encode / bytes.decode, which support UTF-8, ASCII, Latin-1, UTF-16,
UTF-32 (with their -LE/-BE variants), cp1252, cp437 and cp850 with the standard error
handlers. This module adds on top:
  * the registry: lookup() returns CodecInfo objects for those codecs,
    then asks functions added with register();
  * the "_decode(data, errors, final)" primitives CPython exposes
    (utf_8_decode, ...), which hold back an incomplete trailing sequence
    when not final -- the basis of incremental decoders and StreamReader;
  * error handlers by name: register_error()/lookup_error(). Handlers
    registered here are honoured by the functions of this module (they
    re-run the built-in codec strictly and call the handler on each
    error); str.encode/bytes.decode only know the built-in handler names.
"""

import builtins
import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

# ---- byte order marks ----------------------------------------------------

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE

_NATIVE = 'le' if sys.byteorder == 'little' else 'be'

# ---- error handlers ------------------------------------------------------

_BUILTIN_ERRORS = frozenset(['strict', 'ignore', 'replace', 'surrogateescape',
                             'backslashreplace', 'surrogatepass',
                             'xmlcharrefreplace', 'namereplace'])


def _cant_handle(exc):
    return TypeError("don't know how to handle %s in error callback"
                     % type(exc).__name__)


def strict_errors(exc):
    """Implements the 'strict' error handling: raises the exception."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    """Implements the 'ignore' error handling: skips the bad data."""
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    raise _cant_handle(exc)


def replace_errors(exc):
    """Implements the 'replace' error handling: '?' or U+FFFD."""
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise _cant_handle(exc)


def xmlcharrefreplace_errors(exc):
    """Implements the 'xmlcharrefreplace' error handling (encoding only)."""
    if isinstance(exc, UnicodeEncodeError):
        s = exc.object[exc.start:exc.end]
        return (''.join('&#%d;' % ord(c) for c in s), exc.end)
    raise _cant_handle(exc)


def backslashreplace_errors(exc):
    """Implements the 'backslashreplace' error handling."""
    if isinstance(exc, UnicodeDecodeError):
        b = exc.object[exc.start:exc.end]
        return (''.join('\\x%02x' % c for c in b), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        s = exc.object[exc.start:exc.end]
        return (s.encode('ascii', 'backslashreplace').decode('ascii'), exc.end)
    raise _cant_handle(exc)


def namereplace_errors(exc):
    """Implements the 'namereplace' error handling (encoding only)."""
    if isinstance(exc, UnicodeEncodeError):
        s = exc.object[exc.start:exc.end]
        return (s.encode('ascii', 'namereplace').decode('ascii'), exc.end)
    raise _cant_handle(exc)


def _surrogateescape_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        b = exc.object[exc.start:exc.end]
        out = []
        for c in b[:4]:
            if c < 128:
                raise exc
            out.append(chr(0xdc00 + c))
        return (''.join(out), exc.start + len(out))
    if isinstance(exc, UnicodeEncodeError):
        s = exc.object[exc.start:exc.end]
        out = bytearray()
        for c in s:
            n = ord(c)
            if not 0xdc80 <= n <= 0xdcff:
                raise exc
            out.append(n - 0xdc00)
        return (bytes(out), exc.end)
    raise _cant_handle(exc)


def _surrogatepass_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        s = exc.object[exc.start:exc.end]
        return (s.encode(exc.encoding, 'surrogatepass'), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        s = exc.object[exc.start:].decode(exc.encoding, 'surrogatepass')
        return (s[:1], exc.start + len(s[:1].encode(exc.encoding, 'surrogatepass')))
    raise _cant_handle(exc)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
    'surrogateescape': _surrogateescape_errors,
    'surrogatepass': _surrogatepass_errors,
}


def register_error(name, handler):
    """Register `handler` (called with a UnicodeError, returning
    (replacement, resume_position)) under `name`."""
    if not isinstance(name, str):
        raise TypeError("register_error() argument 1 must be str, not %s"
                        % type(name).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    """Return the error handler registered under `name`."""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s"
                        % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _check_errors(errors, func):
    if errors is None:
        return 'strict'
    if not isinstance(errors, str):
        raise TypeError("%s() argument 2 must be str or None, not %s"
                        % (func, type(errors).__name__))
    return errors


def _encode_with(s, enc, errors):
    # str.encode, plus support for handlers registered with register_error
    if errors in _BUILTIN_ERRORS:
        return s.encode(enc, errors)
    handler = lookup_error(errors)
    out = []
    pos = 0
    while True:
        try:
            out.append(s[pos:].encode(enc, 'strict'))
            return b''.join(out)
        except UnicodeEncodeError as e:
            out.append(s[pos:pos + e.start].encode(enc, 'strict'))
            exc = UnicodeEncodeError(e.encoding, s, pos + e.start, pos + e.end, e.reason)
            rep, newpos = handler(exc)
            out.append(rep.encode(enc, 'strict') if isinstance(rep, str) else bytes(rep))
            pos = newpos if newpos >= 0 else len(s) + newpos


def _decode_with(b, enc, errors):
    if errors in _BUILTIN_ERRORS:
        return bytes(b).decode(enc, errors)
    handler = lookup_error(errors)
    b = bytes(b)
    out = []
    pos = 0
    while True:
        try:
            out.append(b[pos:].decode(enc, 'strict'))
            return ''.join(out)
        except UnicodeDecodeError as e:
            out.append(b[pos:pos + e.start].decode(enc, 'strict'))
            exc = UnicodeDecodeError(e.encoding, b, pos + e.start, pos + e.end, e.reason)
            rep, newpos = handler(exc)
            out.append(rep)
            pos = newpos if newpos >= 0 else len(b) + newpos


# ---- the codec primitives --------------------------------------------------

def _need_str(func, s):
    if not isinstance(s, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (func, type(s).__name__))


def _need_bytes(data):
    if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return bytes(data)


def _utf8_complete(data):
    # Length of the prefix of `data` that does not end inside a (so far
    # valid) multi-byte sequence.
    n = len(data)
    for back in range(1, min(3, n) + 1):
        lead = data[n - back]
        if lead < 0x80:
            return n
        if lead >= 0xc0:
            if 0xc2 <= lead <= 0xdf:
                need = 2
            elif 0xe0 <= lead <= 0xef:
                need = 3
            elif 0xf0 <= lead <= 0xf4:
                need = 4
            else:
                return n
            if back >= need:
                return n
            if back >= 2:
                # (0xED + 0xA0..0xBF, a surrogate, still counts as pending)
                second = data[n - back + 1]
                lo, hi = 0x80, 0xbf
                if lead == 0xe0:
                    lo = 0xa0
                elif lead == 0xf0:
                    lo = 0x90
                elif lead == 0xf4:
                    hi = 0x8f
                if not lo <= second <= hi:
                    return n
            return n - back
    return n


def utf_8_encode(s, errors=None):
    _need_str('utf_8_encode', s)
    return (_encode_with(s, 'utf-8', _check_errors(errors, 'utf_8_encode')), len(s))


def utf_8_decode(data, errors=None, final=False):
    data = _need_bytes(data)
    n = len(data) if final else _utf8_complete(data)
    return (_decode_with(data[:n], 'utf-8', _check_errors(errors, 'utf_8_decode')), n)


def latin_1_encode(s, errors=None):
    _need_str('latin_1_encode', s)
    return (_encode_with(s, 'latin-1', _check_errors(errors, 'latin_1_encode')), len(s))


def latin_1_decode(data, errors=None, final=False):
    data = _need_bytes(data)
    return (_decode_with(data, 'latin-1', _check_errors(errors, 'latin_1_decode')), len(data))


def ascii_encode(s, errors=None):
    _need_str('ascii_encode', s)
    return (_encode_with(s, 'ascii', _check_errors(errors, 'ascii_encode')), len(s))


def ascii_decode(data, errors=None, final=False):
    data = _need_bytes(data)
    return (_decode_with(data, 'ascii', _check_errors(errors, 'ascii_decode')), len(data))


def charmap_encode_cp1252(s, errors=None):
    _need_str('charmap_encode', s)
    return (_encode_with(s, 'cp1252', _check_errors(errors, 'charmap_encode')), len(s))


def charmap_decode_cp1252(data, errors=None, final=False):
    data = _need_bytes(data)
    return (_decode_with(data, 'cp1252', _check_errors(errors, 'charmap_decode')), len(data))


def _charmap_pair(name):
    # encode/decode functions of a table-driven single-byte codec built into str
    def encode(s, errors=None):
        _need_str('charmap_encode', s)
        return (_encode_with(s, name, _check_errors(errors, 'charmap_encode')), len(s))

    def decode(data, errors=None, final=False):
        data = _need_bytes(data)
        return (_decode_with(data, name, _check_errors(errors, 'charmap_decode')), len(data))
    return encode, decode


def _wide_decode(data, errors, final, width, order, func):
    # UTF-16/UTF-32 with a known (order='le'/'be') or to-be-detected (None)
    # byte order. Returns (text, consumed, order).
    data = _need_bytes(data)
    errors = _check_errors(errors, func)
    start = 0
    if order is None:
        bom_le = BOM_UTF16_LE if width == 2 else BOM_UTF32_LE
        bom_be = BOM_UTF16_BE if width == 2 else BOM_UTF32_BE
        if len(data) < width and not final:
            return ('', 0, None)
        if data[:width] == bom_le:
            order, start = 'le', width
        elif data[:width] == bom_be:
            order, start = 'be', width
        elif len(data) >= width:
            order = _NATIVE
        else:
            order = None
    enc = 'utf-%d-%s' % (width * 8, order or _NATIVE)
    end = len(data)
    if not final:
        end = start + (end - start) // width * width
        if width == 2 and end - start >= 2:
            hi = data[end - 1] if (order or _NATIVE) == 'le' else data[end - 2]
            if 0xd8 <= hi <= 0xdb:      # a high surrogate waits for its pair
                end -= 2
    return (_decode_with(data[start:end], enc, errors), end, order)


def _wide_encode(s, errors, width, order, func):
    _need_str(func, s)
    errors = _check_errors(errors, func)
    if order is None:
        bom = BOM_UTF16 if width == 2 else BOM_UTF32
        return (bom + _encode_with(s, 'utf-%d-%s' % (width * 8, _NATIVE), errors), len(s))
    return (_encode_with(s, 'utf-%d-%s' % (width * 8, order), errors), len(s))


def utf_16_encode(s, errors=None, byteorder=0):
    order = None if byteorder == 0 else ('le' if byteorder < 0 else 'be')
    return _wide_encode(s, errors, 2, order, 'utf_16_encode')


def utf_16_le_encode(s, errors=None):
    return _wide_encode(s, errors, 2, 'le', 'utf_16_le_encode')


def utf_16_be_encode(s, errors=None):
    return _wide_encode(s, errors, 2, 'be', 'utf_16_be_encode')


def utf_16_decode(data, errors=None, final=False):
    return _wide_decode(data, errors, final, 2, None, 'utf_16_decode')[:2]


def utf_16_le_decode(data, errors=None, final=False):
    return _wide_decode(data, errors, final, 2, 'le', 'utf_16_le_decode')[:2]


def utf_16_be_decode(data, errors=None, final=False):
    return _wide_decode(data, errors, final, 2, 'be', 'utf_16_be_decode')[:2]


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    order = None if byteorder == 0 else ('le' if byteorder < 0 else 'be')
    text, n, order = _wide_decode(data, errors, final, 2, order, 'utf_16_ex_decode')
    return (text, n, 0 if order is None else (-1 if order == 'le' else 1))


def utf_32_encode(s, errors=None, byteorder=0):
    order = None if byteorder == 0 else ('le' if byteorder < 0 else 'be')
    return _wide_encode(s, errors, 4, order, 'utf_32_encode')


def utf_32_le_encode(s, errors=None):
    return _wide_encode(s, errors, 4, 'le', 'utf_32_le_encode')


def utf_32_be_encode(s, errors=None):
    return _wide_encode(s, errors, 4, 'be', 'utf_32_be_encode')


def utf_32_decode(data, errors=None, final=False):
    return _wide_decode(data, errors, final, 4, None, 'utf_32_decode')[:2]


def utf_32_le_decode(data, errors=None, final=False):
    return _wide_decode(data, errors, final, 4, 'le', 'utf_32_le_decode')[:2]


def utf_32_be_decode(data, errors=None, final=False):
    return _wide_decode(data, errors, final, 4, 'be', 'utf_32_be_decode')[:2]


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    order = None if byteorder == 0 else ('le' if byteorder < 0 else 'be')
    text, n, order = _wide_decode(data, errors, final, 4, order, 'utf_32_ex_decode')
    return (text, n, 0 if order is None else (-1 if order == 'le' else 1))


# ---- codec classes -----------------------------------------------------------

class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


class Codec:
    """Stateless encoder/decoder interface."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes input in multiple steps, keeping state between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder keeping unencoded input between calls."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """Decodes input in multiple steps, keeping state between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder keeping undecoded input between calls."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes encoded data to a byte stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads and decodes data from a byte stream."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        """Decode up to `chars` characters (all with -1), reading at most
        about `size` bytes per underlying read."""
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size          # for backwards compatibility
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, consumed = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, consumed = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[consumed:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        """Read one line (at most `size` characters if given)."""
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                # a trailing '\r' may be the first half of '\r\n'
                if (isinstance(data, str) and data.endswith("\r")) or \
                        (isinstance(data, bytes) and data.endswith(b"\r")):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    line = line0withend if keepends else line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """Wraps a byte stream with a reader and a writer of one codec."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    """Reads/writes data in one encoding on a stream holding another."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, consumed = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        data = self.reader.readline() if size is None else self.reader.readline(size)
        data, consumed = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, consumed = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        data, consumed = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, consumed = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        data = b''.join(list)
        data, consumed = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# ---- the built-in codecs ---------------------------------------------------

def _simple_codec(name, enc, dec):
    """CodecInfo for a codec whose encoder is stateless and whose decoder
    only has to hold back an incomplete trailing sequence."""

    def encode(input, errors='strict'):
        return enc(input, errors)

    def decode(input, errors='strict'):
        return dec(input, errors, True)

    class IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input, self.errors)[0]

    class IncDecoder(BufferedIncrementalDecoder):
        _buffer_decode = staticmethod(dec)

    class Writer(StreamWriter):
        pass
    Writer.encode = staticmethod(enc)

    class Reader(StreamReader):
        pass
    Reader.decode = staticmethod(dec)

    for cls, kind in ((IncEncoder, 'IncrementalEncoder'), (IncDecoder, 'IncrementalDecoder'),
                      (Writer, 'StreamWriter'), (Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = kind
    return CodecInfo(name=name, encode=encode, decode=decode,
                     incrementalencoder=IncEncoder, incrementaldecoder=IncDecoder,
                     streamwriter=Writer, streamreader=Reader)


def _bom_codec(name, width, enc_native, dec_ex):
    """CodecInfo for UTF-16/UTF-32 with a BOM: the encoder writes the BOM
    once, the decoder detects the byte order from the first bytes."""
    native_enc = utf_16_le_encode if width == 2 else utf_32_le_encode
    if _NATIVE == 'be':
        native_enc = utf_16_be_encode if width == 2 else utf_32_be_encode

    def encode(input, errors='strict'):
        return enc_native(input, errors)

    def decode(input, errors='strict'):
        return dec_ex(input, errors, 0, True)[:2]

    class IncEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            if self.started:
                return native_enc(input, self.errors)[0]
            self.started = True
            return enc_native(input, self.errors)[0]

        def reset(self):
            self.started = False

        def getstate(self):
            return 0 if self.started else 2

        def setstate(self, state):
            self.started = not state

    class IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.byteorder = 0

        def _buffer_decode(self, input, errors, final):
            text, consumed, order = dec_ex(input, errors, self.byteorder, final)
            self.byteorder = order
            return text, consumed

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.byteorder = 0

    class Writer(StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self.started = False

        def reset(self):
            self.started = False

        def encode(self, input, errors='strict'):
            if self.started:
                return native_enc(input, errors)
            self.started = True
            return enc_native(input, errors)

    class Reader(StreamReader):
        byteorder = 0

        def reset(self):
            StreamReader.reset(self)
            self.byteorder = 0

        def decode(self, input, errors='strict'):
            text, consumed, order = dec_ex(input, errors, self.byteorder, False)
            self.byteorder = order
            return text, consumed

    for cls, kind in ((IncEncoder, 'IncrementalEncoder'), (IncDecoder, 'IncrementalDecoder'),
                      (Writer, 'StreamWriter'), (Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = kind
    return CodecInfo(name=name, encode=encode, decode=decode,
                     incrementalencoder=IncEncoder, incrementaldecoder=IncDecoder,
                     streamwriter=Writer, streamreader=Reader)


_builtin_codecs = {}


def _builtin(key):
    info = _builtin_codecs.get(key)
    if info is not None:
        return info
    if key == 'utf_8':
        info = _simple_codec('utf-8', utf_8_encode, utf_8_decode)
    elif key == 'ascii':
        info = _simple_codec('ascii', ascii_encode, ascii_decode)
    elif key == 'latin_1':
        info = _simple_codec('iso8859-1', latin_1_encode, latin_1_decode)
    elif key == 'cp1252':
        info = _simple_codec('cp1252', charmap_encode_cp1252, charmap_decode_cp1252)
    elif key in ('cp437', 'cp850'):
        info = _simple_codec(key, *_charmap_pair(key))
    elif key == 'utf_16':
        info = _bom_codec('utf-16', 2, utf_16_encode, utf_16_ex_decode)
    elif key == 'utf_32':
        info = _bom_codec('utf-32', 4, utf_32_encode, utf_32_ex_decode)
    elif key == 'utf_16_le':
        info = _simple_codec('utf-16-le', utf_16_le_encode, utf_16_le_decode)
    elif key == 'utf_16_be':
        info = _simple_codec('utf-16-be', utf_16_be_encode, utf_16_be_decode)
    elif key == 'utf_32_le':
        info = _simple_codec('utf-32-le', utf_32_le_encode, utf_32_le_decode)
    elif key == 'utf_32_be':
        info = _simple_codec('utf-32-be', utf_32_be_encode, utf_32_be_decode)
    else:
        return None
    _builtin_codecs[key] = info
    return info


# alias (normalised) -> codec key, after the encodings package's table
_aliases = {
    'utf8': 'utf_8', 'u8': 'utf_8', 'utf': 'utf_8', 'utf8_ucs2': 'utf_8',
    'utf8_ucs4': 'utf_8', 'cp65001': 'utf_8', 'utf_8': 'utf_8',
    'us_ascii': 'ascii', '646': 'ascii', 'ansi_x3.4_1968': 'ascii',
    'ansi_x3_4_1968': 'ascii', 'ansi_x3.4_1986': 'ascii', 'cp367': 'ascii',
    'csascii': 'ascii', 'ibm367': 'ascii', 'iso646_us': 'ascii',
    'iso_646.irv_1991': 'ascii', 'iso_ir_6': 'ascii', 'us': 'ascii', 'ascii': 'ascii',
    'latin_1': 'latin_1', 'latin1': 'latin_1', 'latin': 'latin_1', 'l1': 'latin_1',
    '8859': 'latin_1', 'cp819': 'latin_1', 'csisolatin1': 'latin_1', 'ibm819': 'latin_1',
    'iso8859': 'latin_1', 'iso8859_1': 'latin_1', 'iso_8859_1': 'latin_1',
    'iso_8859_1_1987': 'latin_1', 'iso_ir_100': 'latin_1',
    'utf_16': 'utf_16', 'utf16': 'utf_16', 'u16': 'utf_16',
    'utf_16le': 'utf_16_le', 'utf_16_le': 'utf_16_le', 'unicodelittleunmarked': 'utf_16_le',
    'utf_16be': 'utf_16_be', 'utf_16_be': 'utf_16_be', 'unicodebigunmarked': 'utf_16_be',
    'utf_32': 'utf_32', 'utf32': 'utf_32', 'u32': 'utf_32',
    'utf_32le': 'utf_32_le', 'utf_32_le': 'utf_32_le',
    'utf_32be': 'utf_32_be', 'utf_32_be': 'utf_32_be',
    'cp1252': 'cp1252', 'windows_1252': 'cp1252', '1252': 'cp1252',
    'cp437': 'cp437', '437': 'cp437', 'ibm437': 'cp437', 'cspc8codepage437': 'cp437',
    'cp850': 'cp850', '850': 'cp850', 'ibm850': 'cp850', 'cspc850multilingual': 'cp850',
}


def _normalize(encoding):
    # lower case; runs of characters other than alphanumerics and '.'
    # become one '_' (leading/trailing ones dropped)
    out = []
    pending = False
    for c in encoding.lower():
        if c.isalnum() or c == '.':
            if pending and out:
                out.append('_')
            pending = False
            out.append(c)
        else:
            pending = True
    return ''.join(out)


_search_functions = []
_cache = {}


def register(search_function):
    """Register a codec search function: called with a normalised name, it
    returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the lookup cache."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """Look up a codec in the registry; returns a CodecInfo."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    info = _cache.get(encoding)
    if info is not None:
        return info
    norm = encoding.lower().replace(' ', '_')
    key = _aliases.get(_normalize(encoding))
    info = _builtin(key) if key else None
    if info is None:
        for fn in _search_functions:
            info = fn(norm)
            if info is not None:
                if not isinstance(info, tuple) or len(info) != 4 and not isinstance(info, CodecInfo):
                    raise TypeError("codec search functions must return 4-tuples")
                break
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[encoding] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    if not isinstance(encoding, str):
        raise TypeError("encode() argument 'encoding' must be str, not %s" % type(encoding).__name__)
    if not isinstance(errors, str):
        raise TypeError("encode() argument 'errors' must be str, not %s" % type(errors).__name__)
    info = lookup(encoding)
    try:
        result = info.encode(obj, errors)
    except TypeError as e:
        raise TypeError("encoding with '%s' codec failed (TypeError: %s)" % (encoding, e)) from e
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    if not isinstance(encoding, str):
        raise TypeError("decode() argument 'encoding' must be str, not %s" % type(encoding).__name__)
    if not isinstance(errors, str):
        raise TypeError("decode() argument 'errors' must be str, not %s" % type(errors).__name__)
    info = lookup(encoding)
    try:
        result = info.decode(obj, errors)
    except TypeError as e:
        raise TypeError("decoding with '%s' codec failed (TypeError: %s)" % (encoding, e)) from e
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings of `iterator` incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the byte strings of `iterator` incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file in binary mode wrapped by the codec's StreamReaderWriter
    (plain builtins.open when encoding is None)."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """A StreamRecoder translating between data_encoding (what the caller
    reads/writes) and file_encoding (what the file holds)."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr
