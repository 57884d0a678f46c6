"""Unix shell-style wildcard matching: * ? [seq] [!seq].

A pattern is translated once into a regular expression (the text that
translate() returns, identical to CPython's so that scripts printing it see
the same thing) and the compiled form is cached. The translation:
  - a run of '*' is one star; between two stars the fixed text is matched
    lazily inside an atomic group (?>.*?TEXT), so a pattern with many stars
    cannot backtrack exponentially; the last star becomes a plain .*
  - [..] keeps ranges, drops empty ones (z-a), escapes '-' that is not a
    range, backslashes, and & ~ | (future set operators of re)
  - an unclosed '[' is a literal '['.
Bytes patterns go through latin-1 so that every byte maps to one character.
"""
import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether NAME matches PAT (case is normalised with os.path.normcase)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


# Patterns seen by a program are few; a generous bound keeps the cache from
# growing without limit in programs that build patterns on the fly.
@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        text = translate(str(pat, 'ISO-8859-1'))
        return re.compile(text.encode('ISO-8859-1')).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """Return the subset of the list NAMES that match PAT."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    result = []
    if os.path is posixpath:
        # normcase does nothing on POSIX: skip the per-name call
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether NAME matches PAT, case-sensitively."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()    # marks a wildcard run in the list of translated pieces


def _set_body(pat, start, end):
    """Regex text for the inside of pat[start:end] ('[' and ']' excluded),
    or None when the set can match nothing."""
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # Cut at each '-' that begins a range end: chunks joined by '-' are
        # ranges; a '-' inside a chunk is a literal.
        chunks = []
        first = start + 1 if pat[start] == '!' else start
        pos = pat.find('-', first + 1, end)
        while pos >= 0:
            chunks.append(pat[start:pos])
            start = pos + 1
            pos = pat.find('-', pos + 3, end)
        tail = pat[start:end]
        if tail:
            chunks.append(tail)
        else:
            chunks[-1] += '-'
        # A range whose start is above its end matches nothing: drop it by
        # merging the two chunks around it.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        body = '-'.join(c.replace('\\', r'\\').replace('-', r'\-') for c in chunks)
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return None
    return body


def translate(pat):
    """Translate a shell PATTERN to a regular expression (no anchoring at
    the start, \\Z at the end)."""
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                pieces.append('\\[')
                continue
            body = _set_body(pat, i, j)
            i = j + 1
            if body is None:
                pieces.append('(?!)')
            elif body == '!':
                pieces.append('.')
            else:
                if body[0] == '!':
                    body = '^' + body[1:]
                elif body[0] in ('^', '['):
                    body = '\\' + body
                pieces.append('[' + body + ']')
        else:
            pieces.append(re.escape(c))

    out = []
    k, m = 0, len(pieces)
    while k < m and pieces[k] is not _STAR:
        out.append(pieces[k])
        k += 1
    while k < m:
        k += 1                      # the star itself
        if k == m:
            out.append('.*')
            break
        fixed = []
        while k < m and pieces[k] is not _STAR:
            fixed.append(pieces[k])
            k += 1
        fixed = ''.join(fixed)
        if k == m:
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
