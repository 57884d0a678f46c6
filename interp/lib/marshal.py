"""marshal -- CPython's value serialization format (pure Python).

Covers the value types: None, bool, StopIteration, Ellipsis, int, float,
complex, str, bytes/bytearray, tuple, list, dict, set and frozenset (no
code objects: gilpy's bytecode is not CPython's). pstats and the
profilers save their statistics with it.

Writing follows CPython's format version 4 (version 0..3 accepted too):
small ints as TYPE_INT, others as TYPE_LONG in 15-bit digits, floats in
binary (text before version 2), short ASCII strings as TYPE_SHORT_ASCII and
tuples shorter than 256 as TYPE_SMALL_TUPLE (version 4). CPython also
flags objects shared by reference count (FLAG_REF) and marks interned
strings; neither is observable here, so this writer never emits
back-references and writes strings as non-interned. Its output therefore
equals CPython's for values whose parts are not shared or interned, and
CPython reads it back to equal values in every case. Reading accepts all
of CPython's encodings of these types, references included.
"""

import struct as _struct

version = 4

_NULL = b'0'
_FLAG_REF = 0x80
_INT32_MIN = -(1 << 31)
_INT32_MAX = (1 << 31) - 1
_MAX_DEPTH = 2000   # CPython's MAX_MARSHAL_STACK_DEPTH: deep nesting is an error, not a crash

_pack_i = _struct.Struct('<i').pack
_pack_d = _struct.Struct('<d').pack
_unpack_i = _struct.Struct('<i').unpack
_unpack_d = _struct.Struct('<d').unpack


class _Writer:
    def __init__(self, version):
        self.out = []
        self.version = version
        self.depth = 0

    def size(self, n):
        self.out.append(_pack_i(n))

    def float_bits(self, x):
        if self.version > 1:
            self.out.append(_pack_d(x))
        else:
            s = repr(x).encode('ascii')
            self.out.append(bytes((len(s),)) + s)

    def long(self, v):
        # sign in the digit count, then base 2**15 digits, least significant first
        n = -v if v < 0 else v
        digits = []
        while n:
            digits.append(n & 0x7FFF)
            n >>= 15
        self.out.append(b'l')
        self.size(-len(digits) if v < 0 else len(digits))
        self.out.append(_struct.pack('<%dH' % len(digits), *digits))

    def str_(self, s):
        try:
            data = s.encode('ascii')
            ascii = True
        except UnicodeEncodeError:
            data = s.encode('utf-8', 'surrogatepass')
            ascii = False
        if ascii and self.version >= 4:
            if len(data) < 256:
                self.out.append(b'z' + bytes((len(data),)))
            else:
                self.out.append(b'a')
                self.size(len(data))
        else:
            self.out.append(b'u')
            self.size(len(data))
        self.out.append(data)

    def items(self, seq):
        for x in seq:
            self.write(x)

    def write(self, v):
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ValueError("object too deeply nested to marshal")
        try:
            self.write1(v)
        finally:
            self.depth -= 1

    def write1(self, v):
        out = self.out
        t = type(v)
        if v is None:
            out.append(b'N')
        elif v is False:
            out.append(b'F')
        elif v is True:
            out.append(b'T')
        elif v is StopIteration:
            out.append(b'S')
        elif v is Ellipsis:
            out.append(b'.')
        elif t is int:
            if _INT32_MIN <= v <= _INT32_MAX:
                out.append(b'i' + _pack_i(v))
            else:
                self.long(v)
        elif t is float:
            out.append(b'g' if self.version > 1 else b'f')
            self.float_bits(v)
        elif t is complex:
            out.append(b'y' if self.version > 1 else b'x')
            self.float_bits(v.real)
            self.float_bits(v.imag)
        elif t is str:
            self.str_(v)
        elif t is tuple:
            if self.version >= 4 and len(v) < 256:
                out.append(b')' + bytes((len(v),)))
            else:
                out.append(b'(')
                self.size(len(v))
            self.items(v)
        elif t is list:
            out.append(b'[')
            self.size(len(v))
            self.items(v)
        elif t is dict:
            out.append(b'{')
            for k, x in v.items():
                self.write(k)
                self.write(x)
            out.append(_NULL)
        elif t is set or t is frozenset:
            out.append(b'<' if t is set else b'>')
            self.size(len(v))
            self.items(v)
        elif t is bytes or t is bytearray or isinstance(v, memoryview):
            data = bytes(v)
            out.append(b's')
            self.size(len(data))
            out.append(data)
        else:
            raise ValueError("unmarshallable object")


_RESERVED = object()   # a reference slot whose object is still being read


class _Reader:
    def __init__(self, read):
        self.read = read          # read(n) -> exactly n bytes or fewer at the end
        self.refs = []
        self.depth = 0

    def take(self, n):
        data = self.read(n)
        if len(data) < n:
            raise EOFError("marshal data too short")
        return data

    def int32(self):
        return _unpack_i(self.take(4))[0]

    def size(self):
        n = self.int32()
        if n < 0:
            raise ValueError("bad marshal data (size out of range)")
        return n

    def text_float(self):
        n = self.take(1)[0]
        return float(self.take(n).decode('ascii'))

    def object(self):
        code = self.read(1)
        if not code:
            raise EOFError("EOF read where object expected")
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ValueError("recursion limit exceeded")
        try:
            return self.object1(code[0])
        finally:
            self.depth -= 1

    def object1(self, byte):
        flag = byte & _FLAG_REF
        t = chr(byte & ~_FLAG_REF)
        slot = None
        if flag:
            slot = len(self.refs)
            self.refs.append(_RESERVED)

        def done(v):
            if flag:
                self.refs[slot] = v
            return v

        if t == '0':
            raise TypeError("NULL object in marshal data for object")
        if t == 'N':
            return done(None)
        if t == 'F':
            return done(False)
        if t == 'T':
            return done(True)
        if t == 'S':
            return done(StopIteration)
        if t == '.':
            return done(Ellipsis)
        if t == 'i':
            return done(self.int32())
        if t == 'l':
            n = self.int32()
            count = -n if n < 0 else n
            digits = _struct.unpack('<%dH' % count, self.take(2 * count))
            v = 0
            for d in reversed(digits):
                if d > 0x7FFF:
                    raise ValueError("bad marshal data (digit out of range in long)")
                v = (v << 15) | d
            return done(-v if n < 0 else v)
        if t == 'g':
            return done(_unpack_d(self.take(8))[0])
        if t == 'f':
            return done(self.text_float())
        if t == 'y':
            re = _unpack_d(self.take(8))[0]
            return done(complex(re, _unpack_d(self.take(8))[0]))
        if t == 'x':
            re = self.text_float()
            return done(complex(re, self.text_float()))
        if t in 'zZ':
            return done(self.take(self.take(1)[0]).decode('latin-1'))
        if t in 'aA':
            return done(self.take(self.size()).decode('latin-1'))
        if t in 'ut':
            return done(self.take(self.size()).decode('utf-8', 'surrogatepass'))
        if t == 's':
            return done(bytes(self.take(self.size())))
        if t in ')(':
            n = self.take(1)[0] if t == ')' else self.size()
            return done(tuple([self.object() for _ in range(n)]))
        if t == '[':
            n = self.size()
            v = done([])
            for _ in range(n):
                v.append(self.object())
            return v
        if t == '{':
            v = done({})
            while True:
                code = self.read(1)
                if not code:
                    raise EOFError("EOF read where object expected")
                if code == _NULL:
                    return v
                key = self.object1(code[0])
                v[key] = self.object()
        if t == '<':
            n = self.size()
            v = done(set())
            for _ in range(n):
                v.add(self.object())
            return v
        if t == '>':
            n = self.size()
            return done(frozenset([self.object() for _ in range(n)]))
        if t == 'r':
            n = self.int32()
            if n < 0 or n >= len(self.refs) or self.refs[n] is _RESERVED:
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[n]
        if t == 'c':
            raise ValueError("bad marshal data (code objects are not supported by gilpy)")
        raise ValueError("bad marshal data (unknown type code)")


def dumps(value, version=version, /):
    """Return the bytes object that would be written to a file by dump(value, file)."""
    w = _Writer(version)
    w.write(value)
    return b''.join(w.out)


def dump(value, file, version=version, /):
    """Write the value on the open file (opened in binary mode)."""
    file.write(dumps(value, version))


def loads(bytes, /):
    """Convert the bytes-like object to a value; extra bytes are ignored."""
    data = memoryview(bytes).tobytes()
    pos = 0

    def read(n):
        nonlocal pos
        chunk = data[pos:pos + n]
        pos += len(chunk)
        return chunk

    return _Reader(read).object()


def load(file, /):
    """Read one value from the open file (opened in binary mode)."""
    return _Reader(file.read).object()
