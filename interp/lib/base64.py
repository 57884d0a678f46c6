"""Base16, Base32, Base64 (RFC 3548), Base85 and Ascii85 data encodings.

gilpy's implementation: base64 itself and hex are done by the binascii C
module; base32, base85 and Ascii85 are pure Python here. Error types and
messages follow CPython 3.11 (binascii.Error for base16/32/64 problems,
ValueError for the 85-family).
"""

import binascii
import struct

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _is_array(s):
    # gilpy's memoryview covers bytes and bytearray only, so array.array
    # (which CPython exports as a buffer) is recognised by type here.
    try:
        from array import array
    except ImportError:
        return False
    return isinstance(s, array)


def _buffer_bytes(s):
    """bytes(memoryview(s)) for any object exporting a buffer."""
    if _is_array(s):
        return s.tobytes()
    return memoryview(s).tobytes()


def _bytes_from_decode_data(s):
    """Decoder input: an ASCII str or any bytes-like object, as bytes."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return _buffer_bytes(s)
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


# ---- base64 ---------------------------------------------------------------

def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object.

    altchars, if given, is a 2-byte bytes-like object replacing '+' and '/'.
    """
    out = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        out = out.translate(bytes.maketrans(b'+/', altchars))
    return out


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s.

    With validate=False, characters outside the alphabet are discarded;
    with validate=True they raise binascii.Error.
    """
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet."""
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode s with the URL- and filesystem-safe alphabet ('-' and '_')."""
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """Decode s encoded with the URL- and filesystem-safe alphabet."""
    s = _bytes_from_decode_data(s)
    s = s.translate(_urlsafe_decode_translation)
    return b64decode(s)


# ---- base32 ---------------------------------------------------------------

_B32_STD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Number of '=' that end an encoding, by the count of bytes in the last group
# (the 8 characters of a full group carry 5 bytes; each byte short of that
# leaves whole characters unused).
_B32_PADS = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}
# Bytes of the last group, by the number of '=' in a valid encoding.
_B32_TAIL = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}
_b32_reverse = {}


def _b32enc(alphabet, s):
    if not isinstance(s, bytes_types):
        s = _buffer_bytes(s)
    out = bytearray()
    n = len(s)
    for i in range(0, n, 5):
        group = bytes(s[i:i + 5])
        used = len(group)
        value = int.from_bytes(group + bytes(5 - used), 'big')
        for shift in range(35, -5, -5):
            out.append(alphabet[(value >> shift) & 31])
    pads = _B32_PADS[n % 5]
    if pads:
        out[-pads:] = b'=' * pads
    return bytes(out)


def _b32dec(alphabet, s, casefold=False, map01=None):
    table = _b32_reverse.get(alphabet)
    if table is None:
        table = {c: i for i, c in enumerate(alphabet)}
        _b32_reverse[alphabet] = table
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    body = s.rstrip(b'=')
    pads = total - len(body)
    out = bytearray()
    value = 0
    for start in range(0, len(body), 8):
        value = 0
        for c in body[start:start + 8]:
            digit = table.get(c)
            if digit is None:
                raise binascii.Error('Non-base32 digit found')
            value = (value << 5) | digit
        out += value.to_bytes(5, 'big')
    if pads not in _B32_TAIL:
        raise binascii.Error('Incorrect padding')
    if pads and out:
        # the last group was read short: realign it and keep its real bytes
        last = (value << (5 * pads)).to_bytes(5, 'big')
        out[-5:] = last[:_B32_TAIL[pads]]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s using Base32 and return bytes."""
    return _b32enc(_B32_STD, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s.

    casefold accepts a lowercase alphabet; map01 (a single character) says
    which letter the digit 1 stands for ('I' or 'L'), the digit 0 always
    being read as the letter O.
    """
    return _b32dec(_B32_STD, s, casefold, map01)


def b32hexencode(s):
    """Encode s using the Extended Hex Alphabet of Base32 (RFC 4648)."""
    return _b32enc(_B32_HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode s encoded with the Extended Hex Alphabet of Base32."""
    return _b32dec(_B32_HEX, s, casefold)


# ---- base16 ---------------------------------------------------------------

_B16_DIGITS = frozenset(b'0123456789ABCDEF')


def b16encode(s):
    """Encode the bytes-like object s using Base16 and return bytes."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s.

    Lowercase digits are accepted only with casefold=True.
    """
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in _B16_DIGITS:
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- Ascii85 and base85 ----------------------------------------------------

_A85START = b"<~"
_A85END = b"~>"
_A85_ALPHABET = bytes(range(33, 118))
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85_reverse = None


def _85enc(b, alphabet, pad, fold_zero=False, fold_spaces=False):
    """Encode 4-byte big-endian words as 5 base-85 digits each."""
    if not isinstance(b, bytes_types):
        b = _buffer_bytes(b)
    short = -len(b) % 4
    data = bytes(b) + bytes(short)
    out = []
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], 'big')
        if fold_zero and word == 0:
            out.append(b'z')
        elif fold_spaces and word == 0x20202020:
            out.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digits[k] = divmod(word, 85)
            out.append(bytes(alphabet[d] for d in digits))
    if short and not pad:
        # the zero bytes added above are not part of the data: drop the
        # digits they account for (a folded 'z' is spelled out first)
        if out[-1] == b'z':
            out[-1] = alphabet[0:1] * 5
        out[-1] = out[-1][:-short]
    return b''.join(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode the bytes-like object b using Ascii85 and return bytes.

    foldspaces uses 'y' for four spaces; wrapcol > 0 wraps lines at that
    many characters; pad pads the input to a multiple of 4 bytes; adobe
    frames the result in <~ and ~>.
    """
    res = _85enc(b, _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        res = _A85START + res
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [res[i:i + width] for i in range(0, len(res), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        res = b'\n'.join(lines)
    if adobe:
        res += _A85END
    return res


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b.

    foldspaces accepts 'y' for four spaces; adobe expects the <~ ~> framing
    (the opening one is optional); ignorechars are skipped.
    """
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with "
                             "{!r}".format(_A85END))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = bytearray()
    group = []
    # four 'u' (the largest digit) complete a trailing partial group; the
    # bytes they contribute are cut off at the end
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                word = 0
                for d in group:
                    word = word * 85 + d
                if word > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += word.to_bytes(4, 'big')
                group = []
        elif c == 122:          # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:   # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    extra = 4 - len(group)
    if extra:
        del out[len(out) - extra:]
    return bytes(out)


def b85encode(b, pad=False):
    """Encode the bytes-like object b in base85 (as used by git) to bytes.

    pad pads the input to a multiple of 4 bytes first.
    """
    return _85enc(b, _B85_ALPHABET, pad)


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b."""
    global _b85_reverse
    if _b85_reverse is None:
        _b85_reverse = {c: i for i, c in enumerate(_B85_ALPHABET)}
    b = _bytes_from_decode_data(b)
    extra = -len(b) % 5
    b = b + b'~' * extra
    out = bytearray()
    for start in range(0, len(b), 5):
        word = 0
        for j in range(start, start + 5):
            d = _b85_reverse.get(b[j])
            if d is None:
                raise ValueError('bad base85 character at position %d' % j)
            word = word * 85 + d
        if word > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += word.to_bytes(4, 'big')
    if extra:
        del out[len(out) - extra:]
    return bytes(out)


# ---- MIME-style line-wrapped base64 -----------------------------------------

MAXLINESIZE = 76                      # characters per line, excluding the newline
MAXBINSIZE = (MAXLINESIZE // 4) * 3   # input bytes that fill one line


def _input_type_check(s):
    if _is_array(s):
        fmt, ndim = s.typecode, 1
    else:
        try:
            m = memoryview(s)
        except TypeError as err:
            raise TypeError("expected bytes-like object, not %s"
                            % s.__class__.__name__) from err
        fmt = getattr(m, 'format', 'B')
        ndim = getattr(m, 'ndim', 1)
    if fmt not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s" %
                        (fmt, s.__class__.__name__))
    if ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s" %
                        (ndim, s.__class__.__name__))


def encodebytes(s):
    """Encode a bytestring into bytes holding lines of at most 76 base64
    characters, each ending in a newline."""
    _input_type_check(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode a bytestring of base64 lines, as made by encodebytes()."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encode the binary file object input to the binary file output as
    base64 lines."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode base64 lines from the binary file input to the binary file
    output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def main():
    """Small command line interface: base64 [-d|-e|-u|-t] [file]."""
    import sys
    import getopt
    usage = ("usage: %s [-h|-d|-e|-u|-t] [file|-]\n"
             "        -h: print this help message and exit\n"
             "        -d, -u: decode\n"
             "        -e: encode (default)\n"
             "        -t: encode and decode string 'Aladdin:open sesame'"
             % sys.argv[0])
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hdeut')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print(usage)
        sys.exit(2)
    func = encode
    for o, _ in opts:
        if o == '-e':
            func = encode
        if o in ('-d', '-u'):
            func = decode
        if o == '-t':
            s0 = b"Aladdin:open sesame"
            s1 = encodebytes(s0)
            s2 = decodebytes(s1)
            print(s0, repr(s1), s2)
            return
        if o == '-h':
            print(usage)
            return
    if args and args[0] != '-':
        with open(args[0], 'rb') as f:
            func(f, sys.stdout.buffer)
    else:
        func(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == '__main__':
    main()
