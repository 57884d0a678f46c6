"""Object serialization: the pickle protocols 0-5 (gilpy).

The stream format is CPython's, and the output is meant to be byte-for-byte
what CPython 3.11's C accelerator (_pickle) writes, because pickles travel
between gilpy and CPython processes and tests compare bytes.  Where the C
pickler and CPython's pure-Python pickler disagree (for instance the C one
ends an exact dict/set whose size is a multiple of the batch size with an
empty MARK ... SETITEMS group), the C behaviour is followed.

Layout:
  - opcodes and constants;
  - _Pickler: save() dispatches on the exact type for the builtin types and
    falls back to the reduction protocol (reducer_override, dispatch_table /
    copyreg.dispatch_table, __reduce_ex__, __reduce__).  Output goes into a
    bytearray holding the current frame; for protocol >= 4 a frame is cut
    (FRAME + 8-byte length) when it reaches _FRAME_SIZE_TARGET, checked at
    the start of each save() as CPython does.  Large bytes/str payloads are
    written outside frames.
  - _Unpickler: a 256-entry table of opcode handlers run over an in-memory
    buffer (loads, or the current frame when reading a file) with a file
    fallback; marks are kept as a stack of saved stacks.
  - module functions dump/dumps/load/loads, PickleBuffer.

gilpy has no _codecs module and no 'raw-unicode-escape' codec, so the
protocol 0 text encodings are done here, and codecs.encode is written under
CPython's name _codecs.encode (and read back from it).
"""

import sys
import copyreg
import codecs
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
from struct import pack, unpack
import io
import _compat_pickle

# The C fast paths (interp/modules/picklemodule.c): the save loop and the
# load loop for the builtin types, calling back here for everything else.
# Everything works without it.
try:
    import _pickle as _accel
except ImportError:
    _accel = None

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2",
           "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8",
           "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP",
           "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1",
           "EXT2", "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET",
           "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG",
           "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK",
           "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE",
           "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP", "POP_MARK", "PROTO",
           "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE",
           "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1",
           "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object,
    such as a security violation."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# --- opcodes -----------------------------------------------------------------

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
# protocol 2
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
# protocol 3
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
# protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
# protocol 5
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

# Items per MARK ... APPENDS/SETITEMS/ADDITEMS group; CPython's value, which
# the byte-identical output depends on.
_BATCHSIZE = 1000
# A frame is cut once it holds this many bytes (CPython's target, 64 KiB);
# payloads of at least this size are written outside any frame.
_FRAME_SIZE_TARGET = 64 * 1024
# Frames shorter than this are not worth a 9-byte header and are written
# bare, as CPython does.
_FRAME_SIZE_MIN = 4


# --- PickleBuffer ------------------------------------------------------------

class PickleBuffer:
    """Wrapper for potentially out-of-band buffers (protocol 5)."""

    __slots__ = ('_view',)

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        view = self._view
        if view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        if not view.contiguous:
            raise BufferError("cannot extract raw buffer from non-contiguous buffer")
        if view.ndim == 1 and view.format == 'B':
            return view
        return view.cast('B')

    def release(self):
        view = self._view
        if view is not None:
            self._view = None
            view.release()

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


# --- small helpers -----------------------------------------------------------

def _raw_unicode_escape(s):
    """Protocol 0 UNICODE argument: raw-unicode-escape plus the characters
    that would break the line-based format escaped as \\uXXXX."""
    if s.isascii():
        if ('\\' not in s and '\n' not in s and '\r' not in s
                and '\0' not in s and '\x1a' not in s):
            return s.encode('ascii')
    out = []
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out.append('\\U%08x' % c)
        elif c >= 0x100:
            out.append('\\u%04x' % c)
        elif ch in '\\\n\r\0\x1a':
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _raw_unicode_unescape(data):
    """Decode a protocol 0 UNICODE argument (raw-unicode-escape)."""
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != '\\':
            out.append(ch)
            i += 1
            continue
        # Count a run of backslashes: only an odd one escapes.
        j = i
        while j < n and text[j] == '\\':
            j += 1
        run = j - i
        if run % 2 == 0 or j >= n or text[j] not in 'uU':
            out.append(text[i:j])
            i = j
            continue
        out.append('\\' * (run - 1))
        width = 4 if text[j] == 'u' else 8
        digits = text[j + 1:j + 1 + width]
        if len(digits) != width or not all(d in '0123456789abcdefABCDEF'
                                           for d in digits):
            raise UnicodeDecodeError(
                'rawunicodeescape', data, j - 1, min(n, j + 1 + width),
                'truncated \\uXXXX escape' if width == 4 else
                'truncated \\UXXXXXXXX escape')
        code = int(digits, 16)
        if code > 0x10ffff:
            raise UnicodeDecodeError('rawunicodeescape', data, j - 1,
                                     j + 1 + width,
                                     '\\Uxxxxxxxx out of range')
        out.append(chr(code))
        i = j + 1 + width
    return ''.join(out)


_SIMPLE_ESCAPES = {'\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b',
                   'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
                   '\n': ''}


def _escape_decode(data):
    """Decode Python 2 string-literal escapes (the STRING opcode)."""
    text = data.decode('latin-1')
    if '\\' not in text:
        return data
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != '\\':
            out.append(ch)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        ch = text[i]
        if ch in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[ch])
            i += 1
        elif ch == 'x':
            digits = text[i + 1:i + 3]
            if len(digits) != 2 or not all(d in '0123456789abcdefABCDEF'
                                           for d in digits):
                raise ValueError("invalid \\x escape at position %d" % (i - 1))
            out.append(chr(int(digits, 16)))
            i += 3
        elif '0' <= ch <= '7':
            j = i
            while j < n and j < i + 3 and '0' <= text[j] <= '7':
                j += 1
            out.append(chr(int(text[i:j], 8) & 0xff))
            i = j
        else:
            out.append('\\' + ch)
            i += 1
    return ''.join(out).encode('latin-1')


def _encode_long(x):
    """Little-endian two's complement, as short as possible (LONG1/LONG4)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def _getattribute(obj, dotted):
    for sub in dotted:
        obj = getattr(obj, sub)
    return obj


def _dotted_path(name):
    """Split a qualified name; '<locals>' parts cannot be looked up."""
    path = name.split('.')
    if '<locals>' in path:
        raise AttributeError("Can't pickle local object %r" % (name,))
    return path


def whichmodule(obj, name):
    """Find the module an object belongs to (its __module__, else the
    sys.modules entry it can be found in, else __main__)."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    path = name.split('.') if isinstance(name, str) else name
    for module_name, module in sys.modules.copy().items():
        if (module_name == '__main__' or module_name == '__mp_main__'
                or module is None):
            continue
        try:
            if _getattribute(module, path) is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


# Objects gilpy defines somewhere other than where CPython does, written
# under CPython's name so that the bytes (and the other side) agree.
_GLOBAL_ALIASES = {id(codecs.encode): ('_codecs', 'encode')}
_GLOBAL_ALIAS_TARGETS = {('_codecs', 'encode'): codecs.encode}


# --- the pickler -------------------------------------------------------------

class _Pickler:

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._buf = bytearray()
        self.write = self._buf.extend
        self._framing = False
        self._c_save = None

    def clear_memo(self):
        self.memo.clear()

    # -- output ---------------------------------------------------------------

    def _commit_frame(self):
        buf = self._buf
        n = len(buf)
        if n == 0:
            return
        if n >= _FRAME_SIZE_MIN:
            self._file_write(FRAME + pack('<Q', n))
        self._file_write(bytes(buf))
        buf.clear()

    def _write_large(self, header, payload):
        if self._framing:
            self._commit_frame()
            self._file_write(header)
            self._file_write(payload)
        else:
            self.write(header)
            self.write(payload)

    def dump(self, obj):
        if not hasattr(self, '_buf'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (type(self).__name__,))
        pid = getattr(self, 'persistent_id', None)
        if pid is not None and getattr(pid, '__func__', None) is _Pickler.persistent_id:
            pid = None
        self._persistent_id = pid
        ro = getattr(self, 'reducer_override', None)
        self._reducer_override = ro
        table = getattr(self, 'dispatch_table', None)
        self._dispatch_table = dispatch_table if table is None else table
        # The C save loop knows nothing of persistent ids and needs the
        # memo to be a plain dict.
        if _accel is not None and pid is None and type(self.memo) is dict:
            self._c_save = _accel.save
        else:
            self._c_save = None
        buf = self._buf
        if self.proto >= 2:
            buf.extend(PROTO + bytes((self.proto,)))
            if self.proto >= 4:
                # PROTO stays outside the first frame.
                self._file_write(bytes(buf))
                buf.clear()
                self._framing = True
        try:
            self.save(obj)
            buf.extend(STOP)
            if self._framing:
                self._commit_frame()
            else:
                self._file_write(bytes(buf))
                buf.clear()
        finally:
            self._framing = False
            self._c_save = None
            buf.clear()

    def persistent_id(self, obj):
        return None

    # -- memo -----------------------------------------------------------------

    def memoize(self, obj):
        if self.fast:
            return
        memo = self.memo
        idx = len(memo)
        memo[id(obj)] = idx, obj
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif self.bin:
            if idx < 256:
                self.write(BINPUT + bytes((idx,)))
            else:
                self.write(LONG_BINPUT + pack('<I', idx))
        else:
            self.write(PUT + repr(idx).encode('ascii') + b'\n')

    def _memo_get(self, idx):
        if self.bin:
            if idx < 256:
                self.write(BINGET + bytes((idx,)))
            elif idx <= 0xffffffff:
                self.write(LONG_BINGET + pack('<I', idx))
            else:
                raise PicklingError("memo id too large for LONG_BINGET")
        else:
            self.write(GET + repr(idx).encode('ascii') + b'\n')

    # -- the dispatcher ---------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        c_save = self._c_save
        if c_save is not None:
            c_save(self, obj)
            return
        if self._framing and len(self._buf) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
        if save_persistent_id and self._persistent_id is not None:
            pid = self._persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.save_float(obj)
            return
        if t is bool:
            self.save_bool(obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self._memo_get(x[0])
            return
        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        self._save_reduced(obj, t)

    def _save_other(self, obj):
        """save() for what the C save loop does not write itself (called
        from it after its memo check)."""
        t = type(obj)
        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        self._save_reduced(obj, t)

    def _save_reduced(self, obj, t):
        rv = NotImplemented
        ro = self._reducer_override
        if ro is not None:
            rv = ro(obj)
        if rv is NotImplemented:
            if t is type:
                self.save_type(obj)
                return
            if t is _FunctionType:
                self.save_global(obj)
                return
            try:
                reduce = self._dispatch_table[t]
            except KeyError:
                reduce = None
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce = getattr(obj, '__reduce_ex__', None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, '__reduce__', None)
                    if reduce is not None:
                        rv = reduce()
                    else:
                        raise PicklingError("can't pickle '%.200s' object: %r"
                                            % (t.__name__, obj))
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self._save_reduce_tuple(rv, obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                text = str(pid)
                self.write(PERSID + text.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be "
                                    "ASCII strings")

    def _save_reduce_tuple(self, rv, obj):
        n = len(rv)
        if n < 2 or n > 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if listitems is not None and not hasattr(type(listitems), '__next__'):
            raise PicklingError("fourth element of the tuple returned by "
                                "__reduce__ must be an iterator, not %s"
                                % type(listitems).__name__)
        if dictitems is not None and not hasattr(type(dictitems), '__next__'):
            raise PicklingError("fifth element of the tuple returned by "
                                "__reduce__ must be an iterator, not %s"
                                % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by "
                                "__reduce__ must be a function, not %s"
                                % type(state_setter).__name__)
        save = self.save
        write = self.write
        fname = getattr(func, '__name__', '') if self.proto >= 2 else ''
        if fname == '__newobj_ex__':
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple "
                                    "must be exactly 3, not %d" % len(args))
            cls, nargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple "
                                    "must be a class, not %.200s"
                                    % type(cls).__name__)
            if not isinstance(nargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple "
                                    "must be a tuple, not %.200s"
                                    % type(nargs).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple "
                                    "must be a dict, not %.200s"
                                    % type(kwargs).__name__)
            if self.proto >= 4:
                save(cls)
                save(nargs)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *nargs, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif fname == '__newobj__':
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                # Recursive: the object got memoized while saving its args.
                write(POP)
                self._memo_get(x[0])
                return
            self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- builtin types ------------------------------------------------------------

    _dispatch = {}

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self.write(BININT1 + bytes((obj,)))
                elif 0 <= obj <= 0xffff:
                    self.write(BININT2 + pack('<H', obj))
                else:
                    self.write(BININT + pack('<i', obj))
            else:
                self.write(INT + repr(obj).encode('ascii') + b'\n')
            return
        if self.proto >= 2:
            data = _encode_long(obj)
            n = len(data)
            if n < 256:
                self.write(LONG1 + bytes((n,)) + data)
            else:
                self.write(LONG4 + pack('<i', n) + data)
            return
        self.write(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(codecs.encode, (obj.decode('latin-1'), _LATIN1),
                                 obj=obj)
            return
        self._save_bytes_data(obj, obj)

    def _save_bytes_data(self, obj, data):
        n = len(data)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes((n,)))
            self.write(data)
        elif n <= 0xffffffff:
            if n >= _FRAME_SIZE_TARGET:
                self._write_large(BINBYTES + pack('<I', n), data)
            else:
                self.write(BINBYTES + pack('<I', n))
                self.write(data)
        elif self.proto >= 4:
            self._write_large(BINBYTES8 + pack('<Q', n), data)
        else:
            raise ValueError("serializing a bytes object larger than 4 GiB "
                             "requires pickle protocol 4 or higher")
        self.memoize(obj)

    def _save_bytearray_data(self, obj, data):
        n = len(data)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large(BYTEARRAY8 + pack('<Q', n), data)
        else:
            self.write(BYTEARRAY8 + pack('<Q', n))
            self.write(data)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._save_bytearray_data(obj, obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with "
                                "protocol >= 5")
        view = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if view.readonly:
                self._save_bytes_data(obj, view.tobytes())
            else:
                self._save_bytearray_data(obj, view.tobytes())
        else:
            self.write(NEXT_BUFFER)
            if view.readonly:
                self.write(READONLY_BUFFER)

    def save_str(self, obj):
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes((n,)))
                self.write(data)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + pack('<Q', n), data)
            elif n > 0xffffffff:
                raise ValueError("cannot serialize a string larger than 4GiB")
            elif n >= _FRAME_SIZE_TARGET:
                self._write_large(BINUNICODE + pack('<I', n), data)
            else:
                self.write(BINUNICODE + pack('<I', n))
                self.write(data)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        n = len(obj)
        write = self.write
        if n == 0:
            write(EMPTY_TUPLE if self.proto else MARK + TUPLE)
            return
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            x = memo.get(id(obj))
            if x is not None:
                write(POP * n)
                self._memo_get(x[0])
                return
            write(_tuplesize2code[n])
            self.memoize(obj)
            return
        write(MARK)
        for item in obj:
            save(item)
        x = memo.get(id(obj))
        if x is not None:
            if self.bin:
                write(POP_MARK)
            else:
                write(POP * (n + 1))
            self._memo_get(x[0])
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_appends(iter(obj))
            return
        save = self.save
        write = self.write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while total < len(obj):
            write(MARK)
            batch = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            write(APPENDS)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if self.proto == 0:
            for x in items:
                save(x)
                write(APPEND)
            return
        while True:
            try:
                first = next(items)
            except StopIteration:
                return
            try:
                second = next(items)
            except StopIteration:
                save(first)
                write(APPEND)
                return
            write(MARK)
            save(first)
            n = 1
            item = second
            while True:
                save(item)
                n += 1
                if n == _BATCHSIZE:
                    break
                try:
                    item = next(items)
                except StopIteration:
                    break
            write(APPENDS)
            if n != _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_setitems(iter(obj.items()))
            return
        save = self.save
        write = self.write
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        it = iter(obj.items())
        while True:
            write(MARK)
            i = 0
            for k, v in it:
                save(k)
                save(v)
                i += 1
                if i == _BATCHSIZE:
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if i != _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if self.proto == 0:
            for item in items:
                if not isinstance(item, tuple) or len(item) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(item[0])
                save(item[1])
                write(SETITEM)
            return
        while True:
            try:
                first = next(items)
            except StopIteration:
                return
            if not isinstance(first, tuple) or len(first) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            try:
                item = next(items)
            except StopIteration:
                save(first[0])
                save(first[1])
                write(SETITEM)
                return
            write(MARK)
            save(first[0])
            save(first[1])
            n = 1
            while True:
                if not isinstance(item, tuple) or len(item) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(item[0])
                save(item[1])
                n += 1
                if n == _BATCHSIZE:
                    break
                try:
                    item = next(items)
                except StopIteration:
                    break
            write(SETITEMS)
            if n != _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write = self.write
        save = self.save
        write(EMPTY_SET)
        self.memoize(obj)
        size = len(obj)
        if size == 0:
            return
        it = iter(obj)
        while True:
            write(MARK)
            i = 0
            for item in it:
                save(item)
                i += 1
                if i == _BATCHSIZE:
                    break
            write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if i != _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(type(obj), (list(obj),), obj=obj)
            return
        write = self.write
        save = self.save
        write(MARK)
        for item in obj:
            save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK)
            self._memo_get(x[0])
            return
        write(FROZENSET)
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_global(self, obj, name=None):
        write = self.write
        alias = _GLOBAL_ALIASES.get(id(obj))
        if alias is not None and name is None:
            module_name, name = alias
            path = [name]
            parent = module = None
        else:
            if name is None:
                name = getattr(obj, '__qualname__', None)
                if name is None:
                    name = obj.__name__
            path = _dotted_path(name)
            module_name = whichmodule(obj, path)
            try:
                __import__(module_name, level=0)
                module = sys.modules[module_name]
            except Exception:
                raise PicklingError("Can't pickle %r: import of module %r "
                                    "failed" % (obj, module_name)) from None
            parent = module
            try:
                found = module
                for sub in path:
                    parent = found
                    found = getattr(found, sub)
            except AttributeError:
                raise PicklingError("Can't pickle %r: attribute lookup %s on "
                                    "%s failed" % (obj, name, module_name)) from None
            if found is not obj:
                raise PicklingError("Can't pickle %r: it's not the same "
                                    "object as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + pack('<H', code))
                else:
                    write(EXT4 + pack('<i', code))
                return
        lastname = path[-1]
        if self.proto >= 4:
            # The module name is memoized by identity, so which globals share
            # one string decides the bytes.  CPython's are interned, except
            # that functions of the builtins module carry that module's own
            # (uninterned) name object.
            if (module_name == 'builtins' and type(obj) is _BuiltinFunctionType
                    and getattr(obj, '__self__', None) is _builtins_module):
                module_name = _BUILTINS_FUNC_MODULE
            else:
                module_name = sys.intern(module_name)
                if name is module_name and module_name in _C_TYPE_MODULES:
                    # CPython's class is a C type whose __qualname__ is a
                    # fresh string, never memo-shared with the module name.
                    name = name[:1] + name[1:]
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.proto < 3:
                gname = name
                if self.fix_imports:
                    r_name_mapping = _compat_pickle.REVERSE_NAME_MAPPING
                    r_import_mapping = _compat_pickle.REVERSE_IMPORT_MAPPING
                    if (module_name, gname) in r_name_mapping:
                        module_name, gname = r_name_mapping[(module_name, gname)]
                    elif module_name in r_import_mapping:
                        module_name = r_import_mapping[module_name]
                try:
                    mbytes = module_name.encode('ascii')
                except UnicodeEncodeError:
                    raise PicklingError("can't pickle module identifier '%s' "
                                        "using pickle protocol %d"
                                        % (module_name, self.proto)) from None
                try:
                    nbytes = gname.encode('ascii')
                except UnicodeEncodeError:
                    raise PicklingError("can't pickle global identifier '%s' "
                                        "using pickle protocol %d"
                                        % (gname, self.proto)) from None
            else:
                mbytes = module_name.encode('utf-8')
                nbytes = name.encode('utf-8')
            write(GLOBAL + mbytes + b'\n' + nbytes + b'\n')
        self.memoize(obj)


_FunctionType = type(_raw_unicode_escape)
_BuiltinFunctionType = type(len)
_builtins_module = sys.modules['builtins']
# A 'builtins' string object distinct from the interned one (see save_global).
_BUILTINS_FUNC_MODULE = ''.join(['built', 'ins'])
_LATIN1 = 'latin1'
# Modules whose classes are C types in CPython (see save_global).
_C_TYPE_MODULES = frozenset(['datetime'])

_Pickler._dispatch = {
    bytes: _Pickler.save_bytes,
    str: _Pickler.save_str,
    tuple: _Pickler.save_tuple,
    list: _Pickler.save_list,
    dict: _Pickler.save_dict,
    set: _Pickler.save_set,
    frozenset: _Pickler.save_frozenset,
    bytearray: _Pickler.save_bytearray,
    PickleBuffer: _Pickler.save_picklebuffer,
}


# --- the unpickler -----------------------------------------------------------

class _Unpickler:

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._file = file
        self._buf = b''
        self._pos = 0
        self._len = 0
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def _set_data(self, data):
        # loads(): the whole pickle is in memory; no file behind it.
        self._buf = data
        self._len = len(data)
        self._pos = 0
        self._file = None

    # -- input ------------------------------------------------------------------

    def _read(self, n):
        pos = self._pos
        end = pos + n
        if end <= self._len:
            self._pos = end
            return self._buf[pos:end]
        return self._read_more(n)

    def _read_more(self, n):
        part = self._buf[self._pos:self._len]
        self._buf = b''
        self._pos = self._len = 0
        if self._file is None:
            raise UnpicklingError("pickle data was truncated")
        need = n - len(part)
        more = self._file_read(need)
        if not isinstance(more, bytes):
            more = bytes(more)
        if len(more) < need:
            raise UnpicklingError("pickle data was truncated")
        return part + more

    def _readline(self):
        buf = self._buf
        pos = self._pos
        i = buf.find(b'\n', pos, self._len)
        if i >= 0:
            self._pos = i + 1
            return buf[pos:i + 1]
        part = buf[pos:self._len]
        self._buf = b''
        self._pos = self._len = 0
        if self._file is None:
            raise UnpicklingError("pickle data was truncated")
        line = part + bytes(self._file_readline())
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _read_op(self):
        if self._file is not None:
            b = self._file_read(1)
            if b:
                return b[0]
        raise EOFError("Ran out of input")

    # -- driver -----------------------------------------------------------------

    def load(self):
        if not hasattr(self, '_buf'):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (type(self).__name__,))
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        if _accel is not None:
            return _accel.load(self)
        dispatch = self._dispatch_table
        try:
            while True:
                pos = self._pos
                if pos < self._len:
                    key = self._buf[pos]
                    self._pos = pos + 1
                else:
                    key = self._read_op()
                dispatch[key](self)
        except _Stop as stop:
            return stop.value

    def _c_step(self, key):
        """Run one opcode for the C load loop: key, or the next one read
        from the file when key is -1.  Returns (value,) after STOP."""
        if key < 0:
            key = self._read_op()
        if key == 0x2e:     # STOP
            stack = self.stack
            if not stack:
                self._underflow()
            return (stack.pop(),)
        self._dispatch_table[key](self)
        return None

    def _bad_key(self):
        key = self._buf[self._pos - 1] if self._pos else None
        self._bad_key_value(key)

    def _underflow(self):
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def _pop(self):
        stack = self.stack
        if not stack:
            self._underflow()
        return stack.pop()

    def _top(self):
        stack = self.stack
        if not stack:
            self._underflow()
        return stack[-1]

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered,\nbut no persistent_load function "
                              "was specified.")

    def find_class(self, module, name):
        sys.audit('pickle.find_class', module, name) if hasattr(sys, 'audit') else None
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        target = _GLOBAL_ALIAS_TARGETS.get((module, name))
        if target is not None:
            return target
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4:
            path = name.split('.')
            if '<locals>' in path:
                raise AttributeError("Can't get local attribute %r on %r"
                                     % (name, mod))
        else:
            path = [name]
        obj = mod
        try:
            for sub in path:
                obj = getattr(obj, sub)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r"
                                 % (name, mod)) from None
        return obj

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    # -- opcode handlers ----------------------------------------------------------

    def load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size, = unpack('<Q', self._read(8))
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        if self._file is None:
            if self._pos + size > self._len:
                raise UnpicklingError("pickle data was truncated")
            return
        rest = self._buf[self._pos:self._len]
        data = self._file_read(size)
        if len(data) < size:
            raise UnpicklingError("pickle data was truncated")
        self._buf = rest + bytes(data)
        self._pos = 0
        self._len = len(self._buf)

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be "
                                  "ASCII strings")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            try:
                val = int(data[:-1], 0)
            except ValueError:
                raise ValueError("could not convert string to int") from None
        self.append(val)

    def load_binint(self):
        self.append(unpack('<i', self._read(4))[0])

    def load_binint1(self):
        self.append(self._read(1)[0])

    def load_binint2(self):
        self.append(unpack('<H', self._read(2))[0])

    def load_long(self):
        val = self._readline()[:-1]
        if val and val[-1] == 0x4c:    # 'L'
            val = val[:-1]
        try:
            self.append(int(val, 0))
        except ValueError:
            raise ValueError("could not convert string to int") from None

    def load_long1(self):
        n = self._read(1)[0]
        self.append(_decode_long(self._read(n)))

    def load_long4(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(_decode_long(self._read(n)))

    def load_float(self):
        text = self._readline()[:-1]
        try:
            self.append(float(text))
        except ValueError:
            raise ValueError("could not convert string to float") from None

    def load_binfloat(self):
        self.append(unpack('>d', self._read(8))[0])

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))

    def load_binbytes(self):
        n, = unpack('<I', self._read(4))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(self._read(n))

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.append(self._read(n))

    def load_binbytes8(self):
        n, = unpack('<Q', self._read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(self._read(n))

    def load_bytearray8(self):
        n, = unpack('<Q', self._read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(bytearray(self._read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buf)

    def load_readonly_buffer(self):
        buf = self._top()
        if isinstance(buf, PickleBuffer):
            view = buf.raw()
        else:
            view = memoryview(buf)
        if not view.readonly:
            self.stack[-1] = view.toreadonly()

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._readline()[:-1]))

    def load_binunicode(self):
        n, = unpack('<I', self._read(4))
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n, = unpack('<Q', self._read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        stack = self.stack
        if not stack:
            self._underflow()
        stack[-1] = (stack[-1],)

    def load_tuple2(self):
        stack = self.stack
        if len(stack) < 2:
            self._underflow()
        stack[-2:] = [(stack[-2], stack[-1])]

    def load_tuple3(self):
        stack = self.stack
        if len(stack) < 3:
            self._underflow()
        stack[-3:] = [(stack[-3], stack[-2], stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.append(d)

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or
                hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" %
                                (klass.__name__, str(err)), err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode("ascii")
        name = self._readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, "
                                  "not %s" % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, "
                                  "not %s" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, "
                                  "not %s" % type(kwargs).__name__)
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._readline()[:-1].decode("utf-8")
        name = self._readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self._read(1)[0])

    def load_ext2(self):
        self._get_extension(unpack('<H', self._read(2))[0])

    def load_ext4(self):
        self._get_extension(unpack('<i', self._read(4))[0])

    def _get_extension(self, code):
        obj = _extension_cache.get(code, _NOTHING)
        if obj is not _NOTHING:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        stack = self.stack
        args = self._pop()
        if not stack:
            self._underflow()
        func = stack[-1]
        stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        elif self.metastack:
            self.pop_mark()
        else:
            self._underflow()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def load_get(self):
        text = self._readline()[:-1]
        try:
            idx = int(text)
        except ValueError:
            raise ValueError("invalid literal for int() with base 10: %r"
                             % text.decode('latin-1')) from None
        self._memo_fetch(idx)

    def load_binget(self):
        self._memo_fetch(self._read(1)[0])

    def load_long_binget(self):
        self._memo_fetch(unpack('<I', self._read(4))[0])

    def _memo_fetch(self, idx):
        try:
            self.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def load_put(self):
        text = self._readline()[:-1]
        try:
            idx = int(text)
        except ValueError:
            raise ValueError("invalid literal for int() with base 10: %r"
                             % text.decode('latin-1')) from None
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = self._top()

    def load_binput(self):
        self.memo[self._read(1)[0]] = self._top()

    def load_long_binput(self):
        idx, = unpack('<I', self._read(4))
        if idx > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[idx] = self._top()

    def load_memoize(self):
        memo = self.memo
        memo[len(memo)] = self._top()

    def load_append(self):
        value = self._pop()
        if not self.stack:
            self._underflow()
        lst = self.stack[-1]
        if type(lst) is list:
            lst.append(value)
        else:
            lst.append(value)

    def load_appends(self):
        items = self.pop_mark()
        if not self.stack:
            self._underflow()
        lst = self.stack[-1]
        if type(lst) is list:
            lst.extend(items)
            return
        try:
            extend = lst.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = lst.append
        for item in items:
            append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        if not self.stack:
            self._underflow()
        self.stack[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        if not self.stack:
            self._underflow()
        d = self.stack[-1]
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        if not self.stack:
            self._underflow()
        s = self.stack[-1]
        if isinstance(s, set):
            s.update(items)
        else:
            add = s.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        stack = self.stack
        if not stack:
            self._underflow()
        raise _Stop(stack.pop())


_NOTHING = object()


def _bad_key_factory(code):
    def bad(self):
        c = code
        if 0x20 <= c <= 0x7e and c != 0x27 and c != 0x5c:
            raise UnpicklingError("invalid load key, '%c'." % c)
        raise UnpicklingError("invalid load key, '\\x%02x'." % c)
    return bad


def _build_dispatch():
    table = [_bad_key_factory(i) for i in range(256)]
    U = _Unpickler
    for op, fn in ((PROTO, U.load_proto), (FRAME, U.load_frame),
                   (PERSID, U.load_persid), (BINPERSID, U.load_binpersid),
                   (NONE, U.load_none), (NEWFALSE, U.load_false),
                   (NEWTRUE, U.load_true), (INT, U.load_int),
                   (BININT, U.load_binint), (BININT1, U.load_binint1),
                   (BININT2, U.load_binint2), (LONG, U.load_long),
                   (LONG1, U.load_long1), (LONG4, U.load_long4),
                   (FLOAT, U.load_float), (BINFLOAT, U.load_binfloat),
                   (STRING, U.load_string), (BINSTRING, U.load_binstring),
                   (SHORT_BINSTRING, U.load_short_binstring),
                   (BINBYTES, U.load_binbytes),
                   (SHORT_BINBYTES, U.load_short_binbytes),
                   (BINBYTES8, U.load_binbytes8),
                   (BYTEARRAY8, U.load_bytearray8),
                   (NEXT_BUFFER, U.load_next_buffer),
                   (READONLY_BUFFER, U.load_readonly_buffer),
                   (UNICODE, U.load_unicode), (BINUNICODE, U.load_binunicode),
                   (BINUNICODE8, U.load_binunicode8),
                   (SHORT_BINUNICODE, U.load_short_binunicode),
                   (TUPLE, U.load_tuple), (EMPTY_TUPLE, U.load_empty_tuple),
                   (TUPLE1, U.load_tuple1), (TUPLE2, U.load_tuple2),
                   (TUPLE3, U.load_tuple3), (EMPTY_LIST, U.load_empty_list),
                   (EMPTY_DICT, U.load_empty_dictionary),
                   (EMPTY_SET, U.load_empty_set),
                   (FROZENSET, U.load_frozenset), (LIST, U.load_list),
                   (DICT, U.load_dict), (INST, U.load_inst),
                   (OBJ, U.load_obj), (NEWOBJ, U.load_newobj),
                   (NEWOBJ_EX, U.load_newobj_ex), (GLOBAL, U.load_global),
                   (STACK_GLOBAL, U.load_stack_global), (EXT1, U.load_ext1),
                   (EXT2, U.load_ext2), (EXT4, U.load_ext4),
                   (REDUCE, U.load_reduce), (POP, U.load_pop),
                   (POP_MARK, U.load_pop_mark), (DUP, U.load_dup),
                   (GET, U.load_get), (BINGET, U.load_binget),
                   (LONG_BINGET, U.load_long_binget), (PUT, U.load_put),
                   (BINPUT, U.load_binput),
                   (LONG_BINPUT, U.load_long_binput),
                   (MEMOIZE, U.load_memoize), (APPEND, U.load_append),
                   (APPENDS, U.load_appends), (SETITEM, U.load_setitem),
                   (SETITEMS, U.load_setitems), (ADDITEMS, U.load_additems),
                   (BUILD, U.load_build), (MARK, U.load_mark),
                   (STOP, U.load_stop)):
        table[op[0]] = fn
    return table


_Unpickler._dispatch_table = _build_dispatch()


# --- module-level API --------------------------------------------------------

class _BytesSink:
    """The 'file' dumps() writes into: collects the pieces."""
    __slots__ = ('parts', 'write')

    def __init__(self):
        self.parts = []
        self.write = self.parts.append


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    _Pickler(file, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = _BytesSink()
    _Pickler(sink, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)
    parts = sink.parts
    if len(parts) == 1:
        return parts[0]
    return b''.join(parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
           buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(data, bytes):
        data = bytes(memoryview(data))
    u = _Unpickler(_NO_FILE, fix_imports=fix_imports, buffers=buffers,
                   encoding=encoding, errors=errors)
    u._set_data(data)
    return u.load()


class _NoFile:
    def read(self, n=-1):
        return b''

    def readline(self):
        return b''


_NO_FILE = _NoFile()

Pickler, Unpickler = _Pickler, _Unpickler
_dump, _dumps, _load, _loads = dump, dumps, load, loads
