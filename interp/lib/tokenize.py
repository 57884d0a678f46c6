"""Pure-Python tokenizer with the API and token stream of CPython 3.11's tokenize.

Design: the source is consumed one physical line at a time through a readline
callable. A small state machine (_TokState) remembers what spans lines: the
indentation stack, bracket depth, a pending backslash continuation, and an
unfinished string (triple-quoted, or single-quoted continued by a backslash).
Within a line, one "pseudo token" regular expression -- optional blanks, then
a comment/number/operator/string-opening/name -- is matched repeatedly; the
first character of the match decides the token type. Anything the expression
cannot match is reported one character at a time as ERRORTOKEN, which is what
3.11 does (so e.g. a blank before '$' is itself an ERRORTOKEN).

tokenize() takes a bytes readline, sniffs the encoding first (PEP 263 cookie
or UTF-8 BOM, detect_encoding) and yields an ENCODING token; generate_tokens()
takes a str readline. untokenize() rebuilds source from full 5-tuples (exact
positions) or from (type, string) pairs (spacing approximated)."""

import re
import itertools as _itertools
from builtins import open as _builtin_open
from codecs import lookup, BOM_UTF8
import collections
import functools
from io import TextIOWrapper

import token
from token import *
from token import EXACT_TOKEN_TYPES

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)

__all__ = token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                           "untokenize", "TokenInfo"]
del token


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        shown_type = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % (shown_type, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


# --- regular-expression building blocks (public names, as in CPython) --------

def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'\w+'

# Digits may be separated by single underscores: "_?" before each digit.
_DIGITS = r'[0-9](?:_?[0-9])*'
Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?' + _DIGITS
Pointfloat = group(_DIGITS + r'\.(?:' + _DIGITS + r')?',
                   r'\.' + _DIGITS) + maybe(Exponent)
Expfloat = _DIGITS + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(_DIGITS + r'[jJ]', Floatnumber + r'[jJ]')
# Order matters: the regex engine takes the first alternative that matches,
# so the longer forms (imaginary, float) are tried before plain integers.
Number = group(Imagnumber, Floatnumber, Intnumber)


def _all_string_prefixes():
    """Every spelling of every legal prefix, any case and order, plus ''."""
    found = {''}
    for base in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in _itertools.permutations(base):
            for cased in _itertools.product(*[(c, c.upper()) for c in order]):
                found.add(''.join(cased))
    return found


@functools.lru_cache
def _compile(expr):
    return re.compile(expr, re.UNICODE)


StringPrefix = group(*_all_string_prefixes())

# Bodies of strings after the opening quote, up to and including the closer.
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')

# Longest operators first so that e.g. '**=' wins over '**' and '*'.
Special = group(*map(re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = group(r'\r?\n', Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

# A single-quoted string start: either closed on this line or ended by a
# backslash-newline (continues on the next line).
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" +
                group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' +
                group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

# Opening text (prefix + quote(s)) -> pattern for the rest of the string.
endpats = {}
for _prefix in _all_string_prefixes():
    endpats[_prefix + "'"] = Single
    endpats[_prefix + '"'] = Double
    endpats[_prefix + "'''"] = Single3
    endpats[_prefix + '"""'] = Double3
del _prefix

single_quoted = set()
triple_quoted = set()
for _prefix in _all_string_prefixes():
    single_quoted.add(_prefix + "'")
    single_quoted.add(_prefix + '"')
    triple_quoted.add(_prefix + "'''")
    triple_quoted.add(_prefix + '"""')
del _prefix

# Tab stops for measuring indentation, as the compiler measures them.
tabsize = 8


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# --- untokenize ---------------------------------------------------------------

class Untokenizer:

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or (row == self.prev_row and col < self.prev_col):
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        skipped_rows = row - self.prev_row
        if skipped_rows:
            # Lines skipped between tokens can only be continuation lines.
            self.tokens.append("\\\n" * skipped_rows)
            self.prev_col = 0
        gap = col - self.prev_col
        if gap:
            self.tokens.append(" " * gap)

    def untokenize(self, iterable):
        stream = iter(iterable)
        indents = []
        at_line_start = False
        for tok in stream:
            if len(tok) == 2:
                self.compat(tok, stream)
                break
            kind, text, start, end, _line = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                current = indents[-1]
                if start[1] >= len(current):
                    self.tokens.append(current)
                    self.prev_col = len(current)
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, first, rest):
        """Rebuild from (type, string) pairs: positions are unknown, so names
        and numbers get a trailing blank and adjacent strings a separator."""
        indents = []
        out = self.tokens.append
        at_line_start = first[0] in (NEWLINE, NL)
        after_string = False
        for tok in _itertools.chain([first], rest):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                out(indents[-1])
                at_line_start = False
            out(text)


def untokenize(iterable):
    """Turn tokens back into source: str, or bytes when an ENCODING token was
    seen. With full 5-tuples the output tokenizes back to the same stream."""
    builder = Untokenizer()
    text = builder.untokenize(iterable)
    if builder.encoding is not None:
        text = text.encode(builder.encoding)
    return text


# --- encoding detection (PEP 263) ---------------------------------------------

def _get_normal_name(orig_enc):
    """Canonical spelling for the utf-8 and latin-1 families (only the first
    12 characters matter, as in the C tokenizer); others are left alone."""
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if (enc in ("latin-1", "iso-8859-1", "iso-latin-1") or
            enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-"))):
        return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """Read at most two lines to find the source encoding. Returns the
    encoding name and the list of lines consumed (bytes)."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    state = {'bom': False}

    def next_line():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie_of(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = "invalid or missing encoding declaration"
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        m = cookie_re.match(text)
        if not m:
            return None
        name = _get_normal_name(m.group(1))
        try:
            lookup(name)
        except LookupError:
            if filename is None:
                msg = "unknown encoding: " + name
            else:
                msg = "unknown encoding for {!r}: {}".format(filename, name)
            raise SyntaxError(msg)
        if state['bom']:
            if name != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            name += '-sig'
        return name

    default = 'utf-8'
    first = next_line()
    if first.startswith(BOM_UTF8):
        state['bom'] = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    found = cookie_of(first)
    if found:
        return found, [first]
    # The cookie may sit on line 2 only if line 1 is blank or a comment.
    if not blank_re.match(first):
        return default, [first]
    second = next_line()
    if not second:
        return default, [first]
    found = cookie_of(second)
    if found:
        return found, [first, second]
    return default, [first, second]


def open(filename):
    """Open a source file in text mode with the encoding detect_encoding finds."""
    buffer = _builtin_open(filename, 'rb')
    try:
        encoding, _consumed = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        buffer.close()
        raise


# --- the tokenizer -------------------------------------------------------------

def tokenize(readline):
    """Tokenize bytes from readline (called repeatedly, b'' or StopIteration at
    the end). The first token is ENCODING. The encoding is detected at once,
    before the first token is requested."""
    encoding, consumed = detect_encoding(readline)
    lines = _itertools.chain(consumed, iter(readline, b""),
                             _itertools.repeat(b""))
    return _tokenize(lines.__next__, encoding)


def generate_tokens(readline):
    """Tokenize str lines from readline; no ENCODING token."""
    return _tokenize(readline, None)


def _indent_column(line):
    """(index of first non-blank character, its column with tab stops)."""
    col = 0
    i = 0
    n = len(line)
    while i < n:
        ch = line[i]
        if ch == ' ':
            col += 1
        elif ch == '\t':
            col = (col // tabsize + 1) * tabsize
        elif ch == '\f':
            col = 0
        else:
            break
        i += 1
    return i, col


def _tokenize(readline, encoding):
    pseudo = _compile(PseudoToken)
    depth = 0               # open brackets
    continued = False       # previous line ended in a backslash
    indents = [0]
    pending = ''            # text of an unfinished string so far
    pending_lines = None    # the physical lines it spans
    pending_start = None
    pending_needs_backslash = False
    end_re = None
    lnum = 0

    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')

    prev_line = b''
    line = b''
    while True:
        try:
            prev_line = line
            line = readline()
        except StopIteration:
            line = b''
        if encoding is not None:
            line = line.decode(encoding)
        lnum += 1
        pos = 0
        size = len(line)

        if pending:
            if not line:
                raise TokenError("EOF in multi-line string", pending_start)
            m = end_re.match(line)
            if m:
                pos = m.end(0)
                yield TokenInfo(STRING, pending + line[:pos], pending_start,
                                (lnum, pos), pending_lines + line)
                pending = ''
                pending_needs_backslash = False
                pending_lines = None
            elif (pending_needs_backslash and not line.endswith('\\\n')
                  and not line.endswith('\\\r\n')):
                # A single-quoted string continued by backslash, whose next
                # line neither closes it nor continues it again.
                yield TokenInfo(ERRORTOKEN, pending + line, pending_start,
                                (lnum, len(line)), pending_lines)
                pending = ''
                pending_lines = None
                continue
            else:
                pending += line
                pending_lines += line
                continue

        elif depth == 0 and not continued:
            # Start of a logical line: measure indentation.
            if not line:
                break
            pos, column = _indent_column(line)
            if pos == size:
                break
            if line[pos] in '#\r\n':
                # Blank or comment-only lines never affect indentation.
                if line[pos] == '#':
                    text = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, text, (lnum, pos),
                                    (lnum, pos + len(text)), line)
                    pos += len(text)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, size), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            # Inside brackets or after a backslash: indentation is ignored.
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = False

        while pos < size:
            m = pseudo.match(line, pos)
            if not m:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos),
                                (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = m.span(1)
            pos = end
            if start == end:
                continue
            text = line[start:end]
            first = line[start]
            spos = (lnum, start)
            epos = (lnum, end)

            if first in '0123456789' or (first == '.' and text != '.'
                                          and text != '...'):
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif first in '\r\n':
                yield TokenInfo(NL if depth > 0 else NEWLINE, text, spos, epos,
                                line)
            elif first == '#':
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif text in triple_quoted:
                end_re = _compile(endpats[text])
                m2 = end_re.match(line, pos)
                if m2:
                    pos = m2.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos),
                                    line)
                else:
                    pending_start = spos
                    pending = line[start:]
                    pending_lines = line
                    break
            elif (first in single_quoted or text[:2] in single_quoted
                  or text[:3] in single_quoted):
                if text[-1] == '\n':
                    # Ended by backslash-newline: the string goes on.
                    pending_start = spos
                    end_re = _compile(endpats.get(first) or endpats.get(text[1])
                                      or endpats.get(text[2]))
                    pending = line[start:]
                    pending_needs_backslash = True
                    pending_lines = line
                    break
                yield TokenInfo(STRING, text, spos, epos, line)
            elif first.isidentifier():
                yield TokenInfo(NAME, text, spos, epos, line)
            elif first == '\\':
                continued = True
            else:
                if first in '([{':
                    depth += 1
                elif first in ')]}':
                    depth -= 1
                yield TokenInfo(OP, text, spos, epos, line)

    # Source not ending in a newline still gets a NEWLINE (but not after a
    # trailing comment line).
    if (prev_line and prev_line[-1] not in '\r\n'
            and not prev_line.strip().startswith("#")):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(prev_line)),
                        (lnum - 1, len(prev_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def _main(args=None):
    """Command line: python -m tokenize [-e] [file]."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    opts = parser.parse_args(args)
    try:
        if opts.filename:
            name = opts.filename
            with _builtin_open(name, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            name = "<stdin>"
            tokens = _tokenize(sys.stdin.readline, None)
        for tok in tokens:
            kind = tok.exact_type if opts.exact else tok.type
            where = "%d,%d-%d,%d:" % (tok.start + tok.end)
            print("%-20s%-15s%-15r" % (where, tok_name[kind], tok.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        sys.stderr.write("%s:%d:%d: error: %s\n" % (name, line, column, err.args[0]))
        sys.exit(1)
    except TokenError as err:
        line, column = err.args[1]
        sys.stderr.write("%s:%d:%d: error: %s\n" % (name, line, column, err.args[0]))
        sys.exit(1)
    except SyntaxError as err:
        sys.stderr.write("%s: error: %s\n" % (name, err))
        sys.exit(1)
    except OSError as err:
        sys.stderr.write("error: %s\n" % err)
        sys.exit(1)
    except KeyboardInterrupt:
        print("interrupted\n")


if __name__ == "__main__":
    _main()
