"""html -- escape text for HTML and decode character references.

unescape() follows the HTML5 rules for character references in text:
numeric references map through the Windows-1252 fix-up table for
0x80-0x9F, invalid code points become U+FFFD or vanish, and a named
reference without ';' is resolved to the longest known prefix.
"""

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > by HTML-safe sequences; with quote (default),
    also the double and single quote characters."""
    s = s.replace("&", "&amp;")      # first, or the others get re-escaped
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


def _build_invalid_charrefs():
    # Numeric references the HTML5 parser replaces: NUL, CR, and the C1
    # range read as Windows-1252 (undefined cp1252 bytes map to themselves).
    table = {0x00: '\ufffd', 0x0d: '\r'}
    for n in range(0x80, 0xa0):
        try:
            table[n] = bytes([n]).decode('cp1252')
        except UnicodeDecodeError:
            table[n] = chr(n)
    return table


_invalid_charrefs = _build_invalid_charrefs()


def _build_invalid_codepoints():
    # control characters and noncharacters: references to them are dropped
    cps = set(range(0x1, 0x9))
    cps.add(0xb)
    cps.update(range(0xe, 0x20))
    cps.update(range(0x7f, 0xa0))
    cps.update(range(0xfdd0, 0xfdf0))
    for plane in range(0x11):
        cps.add(plane * 0x10000 + 0xfffe)
        cps.add(plane * 0x10000 + 0xffff)
    return frozenset(cps)


_invalid_codepoints = _build_invalid_codepoints()

_html5 = None


def _replace_charref(m):
    global _html5
    ref = m.group(1)
    if ref[0] == '#':
        if ref[1] in 'xX':
            num = int(ref[2:].rstrip(';'), 16)
        else:
            num = int(ref[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    if _html5 is None:
        from html.entities import html5 as table
        _html5 = table
    if ref in _html5:
        return _html5[ref]
    # the longest known name that prefixes the reference (at least 2 chars)
    for k in range(len(ref) - 1, 1, -1):
        head = ref[:k]
        if head in _html5:
            return _html5[head] + ref[k:]
    return '&' + ref


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Convert all named and numeric character references in s to the
    Unicode characters they stand for."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
