"""Python regular-expression syntax -> PCRE2 syntax, with CPython's errors.

The matching engine is PCRE2 (the _pcre module).  Its syntax is close to
Python's but not equal, and it accepts things Python rejects, so a pattern
is parsed here first, the way CPython's re parser reads it: every error
Python raises is raised here, with its message and position.  The parse
writes a PCRE2 pattern that means the same thing:

  * groups become plain numbered groups; names live in groupindex;
    (?P=name) and \\1 become \\g{N}, (?(name)...) becomes (?(N)...);
  * \\Z becomes \\z, \\v is the vertical tab, \\x \\u \\U \\N{...} and octal
    escapes become \\x{...}, every other literal is written escaped;
  * x{,n} becomes x{0,n}; a '{' that is not a repeat is a literal;
  * VERBOSE is applied here (PCRE2's extended mode differs in details);
  * \\s of str patterns also takes U+001C..U+001F, as str.isspace() does;
  * IGNORECASE follows sre, not PCRE2's case folding (see _State.caseless):
    under ASCII only ASCII letters fold (PCRE2 10.42 in UTF mode would also
    fold k/K to U+212A and s/S to U+017F), so those parts are matched
    case-sensitively with the ASCII letters expanded ([kK]); under Unicode
    sre's lower() makes i, I, U+0130 and U+0131 one class, which PCRE2
    splits in three, so that class is written out.

Each parsed item carries its kind and its width (min, max) so that the
checks "nothing to repeat", "multiple repeat" and "look-behind requires
fixed-width pattern" behave as in CPython.
"""

import _pcre

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

T, I, L, M, S, U, X, DEBUG, A = 1, 2, 4, 8, 16, 32, 64, 128, 256
_FLAGS = {"i": I, "L": L, "m": M, "s": S, "x": X, "a": A, "t": T, "u": U}
_TYPE_FLAGS = A | L | U
_GLOBAL_FLAGS = DEBUG | T

_DIGITS = frozenset("0123456789")
_OCTDIGITS = frozenset("01234567")
_HEXDIGITS = frozenset("0123456789abcdefABCDEF")
_ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_WHITESPACE = frozenset(" \t\n\r\v\f")
_SPECIAL = frozenset(".\\[{()*+?^$|")
_REPEAT = frozenset("*+?{")
_SIMPLE_ESCAPES = {"\\a": 7, "\\f": 12, "\\n": 10, "\\r": 13, "\\t": 9, "\\v": 11, "\\\\": 92}


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos (index in the
    pattern), lineno and colno (the line and column of pos)."""

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


class _Source:
    """The pattern as a stream of tokens: one character, or a backslash and
    the character after it."""

    def __init__(self, pattern):
        self.istext = isinstance(pattern, str)
        self.pattern = pattern
        self.s = pattern if self.istext else str(pattern, 'latin1')
        self.i = 0
        self._step()

    def _step(self):
        s, i = self.s, self.i
        if i >= len(s):
            self.next = None
            return
        c = s[i]
        if c == "\\":
            if i + 1 >= len(s):
                raise error("bad escape (end of pattern)", self.pattern, len(self.pattern) - 1)
            c = s[i:i + 2]
        self.i = i + len(c)
        self.next = c

    def match(self, c):
        if c == self.next:
            self._step()
            return True
        return False

    def get(self):
        c = self.next
        self._step()
        return c

    def getwhile(self, n, charset):
        out = ''
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            out += c
            self._step()
        return out

    def getuntil(self, terminator, name):
        out = ''
        while True:
            c = self.next
            self._step()
            if c is None:
                if not out:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(out))
            if c == terminator:
                if not out:
                    raise self.error("missing " + name, 1)
                return out
            out += c

    def tell(self):
        return self.i - len(self.next or '')

    def seek(self, index):
        self.i = index
        self._step()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.pattern, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, len(name) + offset)


class _State:
    def __init__(self, flags, istext):
        self.flags = flags
        self.istext = istext
        self.groupdict = {}
        self.groupwidths = [None]       # index 0: the whole match
        self.parents = [0]
        self.parent_stack = [0]
        self.open = set()
        self.lookbehindgroups = None
        self.grouprefpos = {}
        self.bad_lookbehind = False
        self.scoped_ascii = 0           # inside (?a:...)
        self.scoped_unicode = 0         # inside (?u:...)
        self.has_atomic = False         # atomic group or possessive repeat seen
        self.has_assert = False         # lookahead or lookbehind seen
        self.icase_stack = []           # IGNORECASE inside (?i:...) / (?-i:...)

    def icase(self):
        """Is IGNORECASE in effect here?"""
        return self.icase_stack[-1] if self.icase_stack else bool(self.flags & I)

    def ascii_mode(self):
        """Is a str pattern under ASCII semantics here?"""
        return self.istext and ((bool(self.flags & A) and not self.scoped_unicode)
                                or self.scoped_ascii > 0)

    def caseless(self):
        """Is PCRE2's caseless matching on here?  Only for Unicode str
        parts and bytes: ASCII str parts fold by hand (_icase_lit)."""
        return self.icase() and not self.ascii_mode()

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = self.groups
        self.groupwidths.append(None)
        self.parents.append(self.parent_stack[-1])
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            old = self.groupdict.get(name)
            if old is not None:
                raise error("redefinition of group name %r as group %d; was group %d"
                            % (name, gid, old))
            self.groupdict[name] = gid
        self.open.add(gid)
        return gid

    def closegroup(self, gid, lo, hi):
        self.groupwidths[gid] = (lo, hi)
        self.open.discard(gid)

    def checkgroup(self, gid):
        return gid < self.groups and gid not in self.open

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise source.error('cannot refer to group defined in the same '
                                   'lookbehind subpattern')

    def widths(self, gid):
        return self.groupwidths[gid] or (0, MAXREPEAT)


# ---- writing PCRE2 text --------------------------------------------------

def _lit(c, istext):
    """A literal code point as PCRE2 text (outside or inside a class)."""
    if c < 128:
        ch = chr(c)
        if ch.isalnum() or ch == '_':
            return ch
        if 32 <= c < 127:
            return '\\' + ch
        return '\\x{%x}' % c
    if istext and not (0xD800 <= c <= 0xDFFF):
        return chr(c)
    return '\\x{%x}' % c


# sre's lower() maps all four to 'i' (or keeps U+0131, which CPython's
# case fixes tie to 'i'); PCRE2 folds them as {i, I}, {U+0130}, {U+0131}.
_I_CLASS = frozenset((0x49, 0x69, 0x130, 0x131))
_I_CLASS_TEXT = 'iI\u0130\u0131'


def _icase_lit(c, st):
    """A literal code point outside a set, folded the way sre folds it."""
    if st.istext and st.icase():
        if st.ascii_mode():
            if c < 128 and chr(c).isalpha():
                return '[%s%s]' % (chr(c).lower(), chr(c).upper())
        elif c in _I_CLASS:
            return '[%s]' % _I_CLASS_TEXT
    return _lit(c, st.istext)


def _icase_set_extra(lits, ranges, st):
    """What a set must add so that PCRE2 folds it as sre does."""
    if not (st.istext and st.icase()):
        return ''
    if st.ascii_mode():
        out = []
        for c in lits:
            if c < 128 and chr(c).isalpha():
                out.append(chr(c).swapcase())
        for lo, hi in ranges:
            for base, other in ((0x61, 0x41), (0x41, 0x61)):
                a, b = max(lo, base), min(hi, base + 25)
                if a <= b:
                    out.append('%s-%s' % (chr(a - base + other), chr(b - base + other)))
        return ''.join(out)
    if any(c in _I_CLASS for c in lits) or \
            any(lo <= c <= hi for lo, hi in ranges for c in _I_CLASS):
        return _I_CLASS_TEXT
    return ''


_ASCII_CATS = {'d': '0-9', 'w': 'A-Za-z0-9_', 's': ' \\t\\n\\r\\f\\x{b}'}
_UNI_CATS = {'d': '\\p{Nd}', 'w': '\\p{L}\\p{N}_', 's': '\\s\\x{1c}-\\x{1f}\\p{Z}\\x{85}'}


def _category(letter, st, in_class):
    """\\d \\D \\s \\S \\w \\W for the current flags."""
    low = letter.lower()
    neg = letter != low
    if not st.istext:
        return '\\' + letter
    compiled_ascii = bool(st.flags & A)
    want_ascii = (compiled_ascii and not st.scoped_unicode) or st.scoped_ascii > 0
    if want_ascii == compiled_ascii:
        if low == 's' and not compiled_ascii:
            # str.isspace() also takes the four ASCII separators U+001C..U+001F
            if in_class:
                return '\\S' if neg else '\\s\\x{1c}-\\x{1f}'
            return '[^\\s\\x{1c}-\\x{1f}]' if neg else '[\\s\\x{1c}-\\x{1f}]'
        return '\\' + letter
    body = _ASCII_CATS[low] if want_ascii else _UNI_CATS[low]
    if in_class:
        return '\\' + letter if neg else body
    return '[%s%s]' % ('^' if neg else '', body)


# ---- escapes -------------------------------------------------------------

def _code_escape(source, escape, in_class):
    """The literal escapes shared by sets and the rest: returns a code point,
    or None when escape is not one of them."""
    c = escape[1:2]
    if escape in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[escape]
    if c == "x":
        escape += source.getwhile(2, _HEXDIGITS)
        if len(escape) != 4:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return int(escape[2:], 16)
    if c == "u" and source.istext:
        escape += source.getwhile(4, _HEXDIGITS)
        if len(escape) != 6:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return int(escape[2:], 16)
    if c == "U" and source.istext:
        escape += source.getwhile(8, _HEXDIGITS)
        if len(escape) != 10:
            raise source.error("incomplete escape %s" % escape, len(escape))
        v = int(escape[2:], 16)
        if v > 0x10FFFF:
            raise source.error("bad escape %s" % escape, len(escape))
        return v
    if c == "N" and source.istext:
        import unicodedata
        if not source.match('{'):
            raise source.error("missing {")
        charname = source.getuntil('}', 'character name')
        try:
            return ord(unicodedata.lookup(charname))
        except (KeyError, TypeError):
            raise source.error("undefined character name %r" % charname,
                               len(charname) + len(r'\N{}')) from None
    return None


def _class_escape(source, escape, st):
    """An escape inside [...]: ('lit', code) or ('cat', text)."""
    if escape == "\\b":
        return 'lit', 8
    c = escape[1:2]
    if c in "dDsSwW" and c:
        return 'cat', _category(c, st, True)
    v = _code_escape(source, escape, True)
    if v is not None:
        return 'lit', v
    if c in _OCTDIGITS:
        escape += source.getwhile(2, _OCTDIGITS)
        v = int(escape[1:], 8)
        if v > 0o377:
            raise source.error('octal escape value %s outside of range 0-0o377' % escape,
                               len(escape))
        return 'lit', v
    if c in _DIGITS:
        raise source.error("bad escape %s" % escape, len(escape))
    if len(escape) == 2:
        if c in _ASCIILETTERS:
            raise source.error('bad escape %s' % escape, len(escape))
        return 'lit', ord(c)
    raise source.error("bad escape %s" % escape, len(escape))


# Python's \B never matches in an empty string (nor does PCRE2's after a
# fix-up: "not at the start of an empty subject").
_ANCHORS = {"\\A": "\\A", "\\Z": "\\z", "\\b": "\\b", "\\B": "(?:\\B(?!\\A\\z))"}


def _escape(source, escape, st):
    """An escape outside a set: an item (kind, text, lo, hi)."""
    c = escape[1:2]
    a = _ANCHORS.get(escape)
    if a is not None:
        return ('at', a, 0, 0)
    if c in "dDsSwW" and c:
        return ('x', _category(c, st, False), 1, 1)
    v = _code_escape(source, escape, False)
    if v is not None:
        return ('x', _icase_lit(v, st), 1, 1)
    if c == "0":
        escape += source.getwhile(2, _OCTDIGITS)
        return ('x', _icase_lit(int(escape[1:], 8), st), 1, 1)
    if c in _DIGITS:
        # an octal escape or a group reference
        if source.next in _DIGITS:
            escape += source.get()
            if (escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS and
                    source.next in _OCTDIGITS):
                escape += source.get()
                v = int(escape[1:], 8)
                if v > 0o377:
                    raise source.error('octal escape value %s outside of range 0-0o377'
                                       % escape, len(escape))
                return ('x', _icase_lit(v, st), 1, 1)
        gid = int(escape[1:])
        if gid < st.groups:
            if not st.checkgroup(gid):
                raise source.error("cannot refer to an open group", len(escape))
            st.checklookbehindgroup(gid, source)
            lo, hi = st.widths(gid)
            return ('x', _backref(gid, st), lo, hi)
        raise source.error("invalid group reference %d" % gid, len(escape) - 1)
    if len(escape) == 2:
        if c in _ASCIILETTERS:
            raise source.error("bad escape %s" % escape, len(escape))
        return ('x', _icase_lit(ord(c), st), 1, 1)
    raise source.error("bad escape %s" % escape, len(escape))


def _backref(gid, st):
    # an ASCII part runs without PCRE2's caseless mode, a backreference in it
    # still compares ignoring case
    if st.istext and st.icase() and st.ascii_mode():
        return '(?i:\\g{%d})' % gid
    return '\\g{%d}' % gid


# ---- the parser ----------------------------------------------------------

def _parse_sub(source, st, verbose, nested):
    """Alternatives: (text, lo, hi)."""
    branches = []
    while True:
        branches.append(_parse(source, st, verbose, nested + 1, not nested and not branches))
        if not source.match("|"):
            break
    if len(branches) == 1:
        return branches[0]
    return ('|'.join(b[0] for b in branches), min(b[1] for b in branches),
            max(b[2] for b in branches))


def _join(items):
    lo = hi = 0
    for it in items:
        lo += it[2]
        hi += it[3]
    return ''.join(it[1] for it in items), min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)


def _parse_set(source, st):
    here = source.tell() - 1
    istext = source.istext
    negate = source.match("^")
    parts = []
    lits = []
    ranges = []
    while True:
        this = source.get()
        if this is None:
            raise source.error("unterminated character set", source.tell() - here)
        if this == "]" and parts:
            break
        if this[0] == "\\":
            code1 = _class_escape(source, this, st)
        else:
            code1 = ('lit', ord(this))
        if source.match("-"):
            that = source.get()
            if that is None:
                raise source.error("unterminated character set", source.tell() - here)
            if that == "]":
                if code1[0] == 'lit':
                    parts.append(_lit(code1[1], istext))
                    lits.append(code1[1])
                else:
                    parts.append(code1[1])
                parts.append('\\-')
                lits.append(0x2d)
                break
            if that[0] == "\\":
                code2 = _class_escape(source, that, st)
            else:
                code2 = ('lit', ord(that))
            if code1[0] != 'lit' or code2[0] != 'lit' or code2[1] < code1[1]:
                msg = "bad character range %s-%s" % (this, that)
                raise source.error(msg, len(this) + 1 + len(that))
            parts.append('%s-%s' % (_lit(code1[1], istext), _lit(code2[1], istext)))
            ranges.append((code1[1], code2[1]))
        elif code1[0] == 'lit':
            parts.append(_lit(code1[1], istext))
            lits.append(code1[1])
        else:
            parts.append(code1[1])
    parts.append(_icase_set_extra(lits, ranges, st))
    return ('x', '[%s%s]' % ('^' if negate else '', ''.join(parts)), 1, 1)


def _parse_flags(source, st, char):
    add_flags = del_flags = 0
    if char != "-":
        while True:
            flag = _FLAGS[char]
            if source.istext:
                if char == 'L':
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            else:
                if char == 'u':
                    raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add_flags |= flag
            if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in _FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        st.flags |= add_flags
        return None
    if add_flags & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in _FLAGS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = _FLAGS[char]
            if flag & _TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in _FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if del_flags & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


def _pcre_flags(add, dele, caseless_before, caseless_after):
    # PCRE2's i follows st.caseless(), not Python's I (see _State.caseless)
    on = ''.join(ch for ch, b in (('m', M), ('s', S)) if add & b)
    off = ''.join(ch for ch, b in (('m', M), ('s', S)) if dele & b)
    if caseless_after and not caseless_before:
        on = 'i' + on
    elif caseless_before and not caseless_after:
        off = 'i' + off
    return on + ('-' + off if off else '')


def _parse(source, st, verbose, nested, first=False):
    """One alternative: (text, lo, hi)."""
    items = []
    append = items.append
    istext = source.istext
    while True:
        this = source.next
        if this is None or this == "|" or this == ")":
            break
        source.get()
        if verbose:
            if this in _WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue

        if this[0] == "\\":
            append(_escape(source, this, st))
        elif this not in _SPECIAL:
            append(('x', _icase_lit(ord(this), st), 1, 1))
        elif this == "[":
            append(_parse_set(source, st))
        elif this in _REPEAT:
            here = source.tell()
            if this == "?":
                lo, hi = 0, 1
            elif this == "*":
                lo, hi = 0, MAXREPEAT
            elif this == "+":
                lo, hi = 1, MAXREPEAT
            else:
                if source.next == "}":
                    append(('x', '\\{', 1, 1))
                    continue
                lo, hi = 0, MAXREPEAT
                los = his = ""
                while source.next in _DIGITS:
                    los += source.get()
                if source.match(","):
                    while source.next in _DIGITS:
                        his += source.get()
                else:
                    his = los
                if not source.match("}"):
                    append(('x', '\\{', 1, 1))
                    source.seek(here)
                    continue
                if los:
                    lo = int(los)
                    if lo >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                if his:
                    hi = int(his)
                    if hi >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                    if hi < lo:
                        raise source.error("min repeat greater than max repeat",
                                           source.tell() - here)
            if not items or items[-1][0] == 'at':
                raise source.error("nothing to repeat", source.tell() - here + len(this))
            if items[-1][0] == 'rep':
                raise source.error("multiple repeat", source.tell() - here + len(this))
            if (lo, hi) == (0, 1):
                q = '?'
            elif (lo, hi) == (0, MAXREPEAT):
                q = '*'
            elif (lo, hi) == (1, MAXREPEAT):
                q = '+'
            elif hi == MAXREPEAT:
                q = '{%d,}' % lo
            elif lo == hi:
                q = '{%d}' % lo
            else:
                q = '{%d,%d}' % (lo, hi)
            if source.match("?"):
                q += '?'
            elif source.match("+"):
                q += '+'
                st.has_atomic = True
            _, text, ilo, ihi = items[-1]
            items[-1] = ('rep', text + q, min(ilo * lo, MAXREPEAT - 1),
                         MAXREPEAT if hi == MAXREPEAT and ihi else min(ihi * hi, MAXREPEAT))
        elif this == ".":
            append(('x', '.', 1, 1))
        elif this == "(":
            r = _parse_group(source, st, verbose, nested, first, items)
            if r is None:
                continue
            if r == 'flags':
                verbose = st.flags & X
                continue
            append(r)
        elif this == "^":
            append(('at', '^', 0, 0))
        elif this == "$":
            append(('at', '$', 0, 0))
    return _join(items)


def _parse_group(source, st, verbose, nested, first, items):
    """After '(': an item, None (nothing to add), or 'flags' (global flags)."""
    start = source.tell() - 1
    capture = True
    atomic = False
    name = None
    add_flags = del_flags = 0
    if source.match("?"):
        char = source.get()
        if char is None:
            raise source.error("unexpected end of pattern")
        if char == "P":
            if source.match("<"):
                name = source.getuntil(">", "group name")
                source.checkgroupname(name, 1)
            elif source.match("="):
                name = source.getuntil(")", "group name")
                source.checkgroupname(name, 1)
                gid = st.groupdict.get(name)
                if gid is None:
                    raise source.error("unknown group name %r" % name, len(name) + 1)
                if not st.checkgroup(gid):
                    raise source.error("cannot refer to an open group", len(name) + 1)
                st.checklookbehindgroup(gid, source)
                lo, hi = st.widths(gid)
                return ('x', _backref(gid, st), lo, hi)
            else:
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                raise source.error("unknown extension ?P" + char, len(char) + 2)
        elif char == ":":
            capture = False
        elif char == "#":
            while True:
                if source.next is None:
                    raise source.error("missing ), unterminated comment",
                                       source.tell() - start)
                if source.get() == ")":
                    break
            return None
        elif char in "=!<":
            behind = False
            if char == "<":
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char not in "=!":
                    raise source.error("unknown extension ?<" + char, len(char) + 2)
                behind = True
                saved = st.lookbehindgroups
                if saved is None:
                    st.lookbehindgroups = st.groups
            st.has_assert = True
            text, lo, hi = _parse_sub(source, st, verbose, nested + 1)
            if behind:
                if saved is None:
                    st.lookbehindgroups = None
                if lo != hi:
                    st.bad_lookbehind = True
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            return ('x', '(?%s%s%s)' % ('<' if behind else '', char, text), 0, 0)
        elif char == "(":
            condname = source.getuntil(")", "group name")
            if condname.isidentifier():
                source.checkgroupname(condname, 1)
                condgroup = st.groupdict.get(condname)
                if condgroup is None:
                    raise source.error("unknown group name %r" % condname, len(condname) + 1)
            else:
                try:
                    condgroup = int(condname)
                    if condgroup < 0:
                        raise ValueError
                except ValueError:
                    raise source.error("bad character in group name %r" % condname,
                                       len(condname) + 1) from None
                if not condgroup:
                    raise source.error("bad group number", len(condname) + 1)
                if condgroup >= MAXGROUPS:
                    raise source.error("invalid group reference %d" % condgroup,
                                       len(condname) + 1)
                if condgroup not in st.grouprefpos:
                    st.grouprefpos[condgroup] = source.tell() - len(condname) - 1
            st.checklookbehindgroup(condgroup, source)
            yes = _parse(source, st, verbose, nested + 1)
            no = None
            if source.match("|"):
                no = _parse(source, st, verbose, nested + 1)
                if source.next == "|":
                    raise source.error("conditional backref with more than two branches")
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            if no is not None:
                return ('x', '(?(%d)%s|%s)' % (condgroup, yes[0], no[0]),
                        min(yes[1], no[1]), max(yes[2], no[2]))
            return ('x', '(?(%d)%s)' % (condgroup, yes[0]), 0, yes[2])
        elif char == ">":
            capture = False
            atomic = True
            st.has_atomic = True
        elif char in _FLAGS or char == "-":
            flags = _parse_flags(source, st, char)
            if flags is None:
                if not first or items:
                    raise source.error('global flags not at the start of the expression',
                                       source.tell() - start)
                return 'flags'
            add_flags, del_flags = flags
            capture = False
        else:
            raise source.error("unknown extension ?" + char, len(char) + 1)

    if capture:
        try:
            gid = st.opengroup(name)
        except error as err:
            raise source.error(err.msg, len(name) + 1) from None
        st.parent_stack.append(gid)
    else:
        gid = None
    sub_verbose = ((verbose or (add_flags & X)) and not (del_flags & X))
    sa = 1 if add_flags & A else 0
    su = 1 if add_flags & U else 0
    caseless_before = st.caseless()
    st.scoped_ascii += sa
    st.scoped_unicode += su
    scoped_case = (add_flags | del_flags) & I
    if scoped_case:
        st.icase_stack.append(bool(add_flags & I))
    caseless_after = st.caseless()
    text, lo, hi = _parse_sub(source, st, sub_verbose, nested + 1)
    if scoped_case:
        st.icase_stack.pop()
    st.scoped_ascii -= sa
    st.scoped_unicode -= su
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)
    if gid is not None:
        st.parent_stack.pop()
        st.closegroup(gid, lo, hi)
        return ('x', '(%s)' % text, lo, hi)
    if atomic:
        return ('x', '(?>%s)' % text, lo, hi)
    return ('x', '(?%s:%s)' % (_pcre_flags(add_flags, del_flags, caseless_before,
                                           caseless_after), text), lo, hi)


def _fix_flags(src, flags):
    if isinstance(src, str):
        if flags & L:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & A:
            flags |= U
        elif flags & U:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & U:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & L and flags & A:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def parse(pattern, flags):
    """(state, PCRE2 text) for a Python pattern; raises error."""
    source = _Source(pattern)
    st = _State(flags, source.istext)
    if source.istext and flags & L:
        # CPython checks this after parsing; the parse does not depend on it
        pass
    text, lo, hi = _parse_sub(source, st, flags & X, 0)
    st.flags = _fix_flags(pattern, st.flags)
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    if st.istext and st.flags & I and st.flags & A:
        # _pcre turns PCRE2's caseless mode on for I; ASCII parts fold by hand
        text = '(?-i)' + text
    for g in st.grouprefpos:
        if g >= st.groups:
            raise error("invalid group reference %d" % g, pattern, st.grouprefpos[g])
    if st.bad_lookbehind:
        raise error("look-behind requires fixed-width pattern")
    return st, text


def compile(pattern, flags):
    st, text = parse(pattern, flags)
    code = text if st.istext else text.encode('latin-1')
    indexgroup = [None] * st.groups
    for name, gid in st.groupdict.items():
        indexgroup[gid] = name
    # PCRE2 10.42 work-arounds (see remodule.c): 1 no JIT, 2 no start optimisation
    quirks = (1 if st.has_atomic and st.groups > 1 else 0) | (2 if st.has_assert else 0)
    return _pcre.compile(pattern, st.flags, code, st.groups - 1, dict(st.groupdict),
                         tuple(indexgroup), tuple(st.parents), quirks)


# ---- replacement templates -----------------------------------------------

def compile_template(pattern, repl):
    """The template repl for pattern as a list of literal chunks and group
    numbers (what _pcre expands for sub() and Match.expand())."""
    if not isinstance(repl, (str, bytes)):
        if isinstance(repl, (bytearray, memoryview)):
            repl = bytes(repl)
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(repl).__name__)
    s = _Source(repl)
    groupindex = pattern.groupindex
    ngroups = pattern.groups
    out = []
    lit = []

    def addgroup(index, pos):
        if index > ngroups:
            raise s.error("invalid group reference %d" % index, pos)
        if lit:
            out.append(''.join(lit))
            del lit[:]
        out.append(index)

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] != "\\":
            lit.append(this)
            continue
        c = this[1]
        if c == "g":
            if not s.match("<"):
                raise s.error("missing <")
            name = s.getuntil(">", "group name")
            if name.isidentifier():
                s.checkgroupname(name, 1)
                try:
                    index = groupindex[name]
                except KeyError:
                    raise IndexError("unknown group name %r" % name) from None
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise s.error("bad character in group name %r" % name,
                                  len(name) + 1) from None
                if index >= MAXGROUPS:
                    raise s.error("invalid group reference %d" % index, len(name) + 1)
            addgroup(index, len(name) + 1)
        elif c == "0":
            if s.next in _OCTDIGITS:
                this += s.get()
                if s.next in _OCTDIGITS:
                    this += s.get()
            lit.append(chr(int(this[1:], 8) & 0xff))
        elif c in _DIGITS:
            isoctal = False
            if s.next in _DIGITS:
                this += s.get()
                if c in _OCTDIGITS and this[2] in _OCTDIGITS and s.next in _OCTDIGITS:
                    this += s.get()
                    isoctal = True
                    v = int(this[1:], 8)
                    if v > 0o377:
                        raise s.error('octal escape value %s outside of range 0-0o377'
                                      % this, len(this))
                    lit.append(chr(v))
            if not isoctal:
                addgroup(int(this[1:]), len(this) - 1)
        else:
            v = _SIMPLE_ESCAPES.get(this)
            if v is not None:
                lit.append(chr(v))
            else:
                if c in _ASCIILETTERS:
                    raise s.error('bad escape %s' % this, len(this))
                lit.append(this)
    if lit:
        out.append(''.join(lit))
    if not s.istext:
        out = [x.encode('latin-1') if isinstance(x, str) else x for x in out]
    return out
