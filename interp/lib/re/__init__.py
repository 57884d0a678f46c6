"""Support for regular expressions (RE), CPython 3.11's re API.

Patterns use Python's syntax; re._translate checks them (raising re.error
with CPython's messages) and rewrites them for PCRE2, which does the
matching (the _pcre module).

Functions: match, fullmatch, search, sub, subn, split, findall, finditer,
compile, purge, escape.  Flags: A/ASCII, I/IGNORECASE, L/LOCALE,
M/MULTILINE, S/DOTALL, X/VERBOSE, U/UNICODE, NOFLAG; DEBUG is accepted and
ignored (nothing is printed).
"""

import _pcre
from re import _translate
from re._translate import error

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(int):
    """The re flags: an int whose repr names the flags (re.IGNORECASE|re.MULTILINE)."""

    __module__ = 're'
    # Members in CPython's definition order (the order of names in reprs).
    _members = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
                ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
                ('DEBUG', 128))
    _all = 511

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        if v < 0:
            return 're.RegexFlag(%d)' % v
        parts = []
        for name, bit in self._members:
            if v & bit:
                parts.append('re.' + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return repr(self)
        return format(int(self), spec)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return 'NOFLAG'
        names = [n for n, b in self._members if v & b]
        return '|'.join(names) if names else None

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(self._all & ~int(self))

    def __reduce__(self):
        return (RegexFlag, (int(self),))


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)
for _n, _b in RegexFlag._members + (('NOFLAG', 0),):
    setattr(RegexFlag, _n, globals()[_n])
RegexFlag.A, RegexFlag.I, RegexFlag.L, RegexFlag.U = A, I, L, U
RegexFlag.M, RegexFlag.S, RegexFlag.X, RegexFlag.T = M, S, X, T
del _n, _b

Pattern = _pcre.Pattern
Match = _pcre.Match


# ---- module-level functions -------------------------------------------

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | T)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_special_chars_map).encode('latin1')


# ---- internals ----------------------------------------------------------

_cache = {}            # (type, pattern, flags) -> Pattern, oldest first
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(flags, int):
        flags = flags.__index__() if hasattr(flags, '__index__') else int(flags)
    p = _translate.compile(pattern, flags)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


_template_cache = {}


def _compile_template(pattern, repl):
    key = (pattern, type(repl), repl)
    try:
        return _template_cache[key]
    except (KeyError, TypeError):
        pass
    t = _translate.compile_template(pattern, repl)
    if len(_template_cache) >= _MAXCACHE:
        _template_cache.clear()
    try:
        _template_cache[key] = t
    except TypeError:
        pass
    return t


_pcre.set_hooks(_compile_template, error)


class Scanner:
    """Undocumented lexical scanner: a list of (pattern, action) pairs tried
    in order at each position."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        for i, (phrase, action) in enumerate(lexicon):
            # each phrase must not have capturing groups of its own for the
            # lastindex trick; wrap it so its group number is known
            parts.append('(%s)' % phrase)
        self._groups = []
        g = 1
        for phrase, action in lexicon:
            self._groups.append(g)
            g += 1 + compile(phrase, flags).groups
        self.scanner = compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.match
        i = 0
        while True:
            m = match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = None
            for k, g in enumerate(self._groups):
                if m.start(g) != -1:
                    action = self.lexicon[k][1]
                    break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
