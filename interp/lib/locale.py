"""Locale services (gilpy's locale module, CPython 3.11 API, basic).

The low-level half (setlocale, localeconv, strcoll, strxfrm, nl_langinfo,
the LC_* constants, Error) comes from the C module _locale when gilpy has
one (it is listed in interp/modules/config.c). Without it, this module
emulates the C library for the locales every system has -- "C"/"POSIX" and
"C.UTF-8" -- and refuses the others with Error('unsupported locale
setting'), since their data (decimal point, grouping, collation) lives in
C library files that pure Python cannot apply. The emulation:
* keeps one locale name per category, the glibc way: LC_ALL queries
  return the common name, or "LC_CTYPE=...;LC_NUMERIC=...;..." when the
  categories differ; setlocale(cat, '') reads $LC_ALL, $LC_<cat>, $LANG;
* starts like CPython does: LC_CTYPE from the environment, coerced to
  C.UTF-8 when that is the plain C locale (PEP 538), the rest "C";
* answers localeconv() with the C locale's conventions.

The high-level half (getlocale, normalize, getpreferredencoding, atof,
format_string, ...) is written on top of either. normalize() knows a
small alias table only (CPython ships hundreds of entries): common
languages, every "C" spelling, and the encoding names; for other
lang_COUNTRY names it canonicalises the case and the encoding.
"""

import os
import re
import sys
import warnings

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding"]

_builtin_str = str


def _strcoll(a, b):
    """Compare two strings by code point: -1, 0 or 1."""
    return (a > b) - (a < b)


def _strxfrm(s):
    """The collation key of s: s itself under code-point collation."""
    return s


try:
    from _locale import *
except ImportError:
    # ---- emulation of _locale -------------------------------------------------------------
    # glibc's category numbers.
    LC_CTYPE = 0
    LC_NUMERIC = 1
    LC_TIME = 2
    LC_COLLATE = 3
    LC_MONETARY = 4
    LC_MESSAGES = 5
    LC_ALL = 6
    # "Not available" in localeconv() numbers (C's CHAR_MAX).
    CHAR_MAX = 127
    # nl_langinfo() items (glibc's values).
    CODESET = 14
    RADIXCHAR = 0x10000
    THOUSEP = 0x10001

    class Error(Exception):
        pass
    Error.__module__ = 'locale'

    # glibc's categories in its composite-name order: the six above, then
    # the glibc extensions that LC_ALL also sets (Python has no constants
    # for them, but they show in LC_ALL queries).
    _CATEGORY_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE',
                       'LC_MONETARY', 'LC_MESSAGES', 'LC_PAPER', 'LC_NAME',
                       'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
                       'LC_IDENTIFICATION']

    def _is_c_locale(name):
        return name in ('C', 'POSIX')

    def _is_c_utf8(name):
        m = re.fullmatch(r'C\.(.*)', name)
        return bool(m) and m.group(1).lower().replace('-', '') == 'utf8'

    def _env_locale(catname):
        for var in ('LC_ALL', catname, 'LANG'):
            value = os.environ.get(var)
            if value:
                return value
        return 'C'

    def _accept(name):
        # The name setlocale() reports for `name`, or Error.
        if _is_c_locale(name):
            return 'C'
        if _is_c_utf8(name):
            return name
        raise Error('unsupported locale setting')

    def _initial():
        current = ['C'] * len(_CATEGORY_NAMES)
        try:
            ctype = _accept(_env_locale('LC_CTYPE'))
        except Error:
            ctype = 'C'
        current[LC_CTYPE] = 'C.UTF-8' if ctype == 'C' else ctype
        return current

    _current = _initial()

    def _query_all():
        if all(name == _current[0] for name in _current):
            return _current[0]
        return ';'.join('%s=%s' % pair
                        for pair in zip(_CATEGORY_NAMES, _current))

    def setlocale(category, locale=None, /):
        """Activate `locale` for `category` (None: query only) and return
        the category's locale name."""
        if not isinstance(category, int):
            try:
                category = category.__index__()
            except AttributeError:
                raise TypeError("'%s' object cannot be interpreted as an "
                                "integer" % type(category).__name__) from None
        if category not in range(0, LC_ALL + 1):
            raise Error('locale query failed' if locale is None
                        else 'unsupported locale setting')
        if locale is None:
            if category == LC_ALL:
                return _query_all()
            return _current[category]
        if category == LC_ALL:
            if locale == '':
                names = [_accept(_env_locale(c)) for c in _CATEGORY_NAMES]
            elif ';' in locale:
                names = list(_current)
                for part in locale.split(';'):
                    cat, _, value = part.partition('=')
                    if cat not in _CATEGORY_NAMES:
                        raise Error('unsupported locale setting')
                    names[_CATEGORY_NAMES.index(cat)] = _accept(value)
            else:
                names = [_accept(locale)] * len(_CATEGORY_NAMES)
            _current[:] = names
            return _query_all()
        if locale == '':
            name = _accept(_env_locale(_CATEGORY_NAMES[category]))
        else:
            name = _accept(locale)
        _current[category] = name
        return name

    def localeconv():
        """The numeric and monetary conventions (the C locale's)."""
        return {'int_curr_symbol': '',
                'currency_symbol': '',
                'mon_decimal_point': '',
                'mon_thousands_sep': '',
                'mon_grouping': [],
                'positive_sign': '',
                'negative_sign': '',
                'int_frac_digits': CHAR_MAX,
                'frac_digits': CHAR_MAX,
                'p_cs_precedes': CHAR_MAX,
                'p_sep_by_space': CHAR_MAX,
                'n_cs_precedes': CHAR_MAX,
                'n_sep_by_space': CHAR_MAX,
                'p_sign_posn': CHAR_MAX,
                'n_sign_posn': CHAR_MAX,
                'decimal_point': '.',
                'thousands_sep': '',
                'grouping': []}

    def _check_str(value, n):
        if not isinstance(value, _builtin_str):
            raise TypeError('strcoll() argument %d must be str, not %s'
                            % (n, type(value).__name__))

    def strcoll(a, b, /):
        """Compare two strings under LC_COLLATE (code points in C)."""
        _check_str(a, 1)
        _check_str(b, 2)
        return _strcoll(a, b)

    def strxfrm(s, /):
        """A key that compares like strcoll() (s itself in C)."""
        if not isinstance(s, _builtin_str):
            raise TypeError('strxfrm() argument must be str, not %s'
                            % type(s).__name__)
        return _strxfrm(s)

    def _ctype_encoding():
        return 'UTF-8' if _is_c_utf8(_current[LC_CTYPE]) else 'ANSI_X3.4-1968'

    def nl_langinfo(key, /):
        """Locale information; only CODESET, RADIXCHAR and THOUSEP."""
        if key == CODESET:
            return _ctype_encoding()
        if key == RADIXCHAR:
            return '.'
        if key == THOUSEP:
            return ''
        raise ValueError('unsupported langinfo constant')

    def getencoding():
        """The encoding of the current LC_CTYPE locale."""
        return _ctype_encoding()


# LC_MESSAGES is exported where the C library has it (all POSIX systems).
if 'LC_MESSAGES' in globals():
    __all__.append('LC_MESSAGES')


# ---- number formatting ------------------------------------------------------------------------

def _grouping_intervals(grouping):
    # Widths of the digit groups, from the right; CHAR_MAX stops grouping,
    # 0 repeats the previous width forever.
    last_interval = None
    for interval in grouping:
        if interval == CHAR_MAX:
            return
        if interval == 0:
            if last_interval is None:
                raise ValueError("invalid grouping")
            while True:
                yield last_interval
        yield interval
        last_interval = interval


def _group(s, monetary=False):
    conv = localeconv()
    thousands_sep = conv[monetary and 'mon_thousands_sep' or 'thousands_sep']
    grouping = conv[monetary and 'mon_grouping' or 'grouping']
    if not grouping:
        return (s, 0)
    if s[-1] == ' ':
        stripped = s.rstrip()
        right_spaces = s[len(stripped):]
        s = stripped
    else:
        right_spaces = ''
    left_spaces = ''
    groups = []
    for interval in _grouping_intervals(grouping):
        if not s or s[-1] not in "0123456789":
            # Only spaces or a sign left.
            left_spaces = s
            s = ''
            break
        groups.append(s[-interval:])
        s = s[:-interval]
    if s:
        groups.append(s)
    groups.reverse()
    return (left_spaces + thousands_sep.join(groups) + right_spaces,
            len(thousands_sep) * (len(groups) - 1))


def _strip_padding(s, amount):
    # Remove `amount` padding spaces the grouping separators made room for.
    lpos = 0
    while amount and s[lpos] == ' ':
        lpos += 1
        amount -= 1
    rpos = len(s) - 1
    while amount and s[rpos] == ' ':
        rpos -= 1
        amount -= 1
    return s[lpos:rpos + 1]


_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                         r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize(formatted, grouping, monetary)
    return formatted


def _localize(formatted, grouping=False, monetary=False):
    # Apply the locale's decimal point and (optionally) digit grouping to a
    # number formatted the C way.
    if '.' in formatted:
        seps = 0
        parts = formatted.split('.')
        if grouping:
            parts[0], seps = _group(parts[0], monetary=monetary)
        decimal_point = localeconv()[monetary and 'mon_decimal_point'
                                     or 'decimal_point']
        formatted = decimal_point.join(parts)
        if seps:
            formatted = _strip_padding(formatted, seps)
    else:
        seps = 0
        if grouping:
            formatted, seps = _group(formatted, monetary=monetary)
        if seps:
            formatted = _strip_padding(formatted, seps)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """f % val, with the locale's decimal point (and its digit grouping
    when `grouping`) in the numbers."""
    percents = list(_percent_re.finditer(f))
    new_f = _percent_re.sub('%s', f)

    if isinstance(val, dict):
        new_val = []
        for perc in percents:
            if perc.group()[-1] == '%':
                new_val.append('%')
            else:
                new_val.append(_format(perc.group(), val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        new_val = []
        i = 0
        for perc in percents:
            if perc.group()[-1] == '%':
                new_val.append('%')
            else:
                starcount = perc.group('modifiers').count('*')
                new_val.append(_format(perc.group(), val[i], grouping,
                                       monetary, *val[i + 1:i + 1 + starcount]))
                i += 1 + starcount
    val = tuple(new_val)
    return new_f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: format one %-specifier like format_string()."""
    warnings.warn(
        "This method will be removed in a future version of Python. "
        "Use 'locale.format_string()' instead.",
        DeprecationWarning, stacklevel=2)
    match = _percent_re.match(percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """Format a number as money, per LC_MONETARY."""
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    s = _localize(f'{abs(val):.{digits}f}', grouping, monetary=True)
    s = '<' + s + '>'
    if symbol:
        smb = conv[international and 'int_curr_symbol' or 'currency_symbol']
        precedes = conv[val < 0 and 'n_cs_precedes' or 'p_cs_precedes']
        separated = conv[val < 0 and 'n_sep_by_space' or 'p_sep_by_space']
        if precedes:
            s = smb + (separated and ' ' or '') + s
        else:
            if international and smb[-1] == ' ':
                smb = smb[:-1]
            s = s + (separated and ' ' or '') + smb
    sign_pos = conv[val < 0 and 'n_sign_posn' or 'p_sign_posn']
    sign = conv[val < 0 and 'negative_sign' or 'positive_sign']
    if sign_pos == 0:
        s = '(' + s + ')'
    elif sign_pos == 1:
        s = sign + s
    elif sign_pos == 2:
        s = s + sign
    elif sign_pos == 3:
        s = s.replace('<', sign)
    elif sign_pos == 4:
        s = s.replace('>', sign)
    else:
        # CHAR_MAX: the locale does not say; put the sign in front.
        s = sign + s
    return s.replace('<', '').replace('>', '')


def str(val):
    """Convert a float to a string like str(), with the locale's decimal
    point."""
    return _format("%.12g", val)


def delocalize(string):
    """Turn a localized number string into one float()/int() accept."""
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Turn a C-formatted number string into the locale's format."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    """Parse a localized number with `func` (float by default)."""
    return func(delocalize(string))


def atoi(string):
    """Parse a localized integer."""
    return int(delocalize(string))


# ---- locale names -----------------------------------------------------------------------------

# Lower-cased locale names -> canonical names (a small subset of CPython's
# table; see the module docstring).
locale_alias = {
    'c': 'C',
    'c.ascii': 'C',
    'c.en': 'C',
    'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8',
    'posix': 'C',
    'posix-utf2': 'C',
    'en': 'en_US.ISO8859-1',
    'en_us': 'en_US.ISO8859-1',
    'en_gb': 'en_GB.ISO8859-1',
    'de': 'de_DE.ISO8859-1',
    'de_de': 'de_DE.ISO8859-1',
    'fr': 'fr_FR.ISO8859-1',
    'fr_fr': 'fr_FR.ISO8859-1',
    'fr_fr@euro': 'fr_FR.ISO8859-15',
    'de_de@euro': 'de_DE.ISO8859-15',
    'es': 'es_ES.ISO8859-1',
    'es_es': 'es_ES.ISO8859-1',
    'it': 'it_IT.ISO8859-1',
    'it_it': 'it_IT.ISO8859-1',
    'ja_jp': 'ja_JP.eucJP',
    'ja_jp.ujis': 'ja_JP.eucJP',
    'universal.utf8@ucs4': 'en_US.UTF-8',
}

# Normalised encoding names (lower case, no '-' or '_') -> the spelling
# locale names use.
locale_encoding_alias = {
    'utf8': 'UTF-8',
    'iso88591': 'ISO8859-1',
    'iso885915': 'ISO8859-15',
    'iso88592': 'ISO8859-2',
    'iso88595': 'ISO8859-5',
    'latin1': 'ISO8859-1',
    'latin9': 'ISO8859-15',
    'eucjp': 'eucJP',
    'euckr': 'eucKR',
    'koi8r': 'KOI8-R',
    'koi8u': 'KOI8-U',
    'cp1251': 'CP1251',
    'cp1252': 'CP1252',
    'gb2312': 'gb2312',
    'gbk': 'GBK',
    'big5': 'big5',
}


def _replace_encoding(code, encoding):
    langname = code.split('.', 1)[0] if '.' in code else code
    norm = encoding.lower().replace('-', '').replace('_', '')
    return langname + '.' + locale_encoding_alias.get(norm, encoding)


def _append_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        _, _, encoding = code.partition('.')
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _replace_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """The canonical spelling of a locale name, e.g. 'en_US.utf8' ->
    'en_US.UTF-8'; unknown names are returned unchanged."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname = code
        encoding = ''

    lang_enc = langname
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')
    lookup = lang_enc + ('@' + modifier if modifier else '')
    found = locale_alias.get(lookup)
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            if '@' not in found:
                return _append_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(langname + ('@' + modifier if modifier
                                             else ''))
        if found is None and modifier:
            found = locale_alias.get(langname)
            if found is not None and '@' not in found:
                found = _append_modifier(found, modifier)
                if '@' in found:
                    code, mod = found.split('@', 1)
                    return _replace_encoding(code, encoding) + '@' + mod
                return _replace_encoding(found, encoding)
        if found is not None:
            if '@' not in found:
                return _replace_encoding(found, encoding)
            code, mod = found.split('@', 1)
            return _replace_encoding(code, encoding) + '@' + mod
        # Not in our table: canonical lang_COUNTRY case, known encoding.
        m = re.fullmatch(r'([a-z]{2,3})_([a-z]{2})', langname)
        norm = encoding.replace('-', '').replace('_', '')
        if m and norm in locale_encoding_alias:
            result = '%s_%s.%s' % (m.group(1), m.group(2).upper(),
                                   locale_encoding_alias[norm])
            return result + ('@' + modifier if modifier else '')
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        # Keep the modifiers CPython knows to be encodings.
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    elif code == 'C':
        return None, None
    elif code == 'UTF-8':
        # macOS sets LC_CTYPE=UTF-8 without a language.
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of `category`'s current locale;
    (None, None) for the C locale. LC_ALL is refused when its categories
    differ."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Deprecated: (language code, encoding) from the environment."""
    warnings.warn(
        "Use setlocale(), getencoding() and getlocale() instead",
        DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    """Deprecated: set `category` to the environment's locale."""
    warnings.warn(
        'Use locale.setlocale(locale.LC_ALL, "") instead',
        DeprecationWarning, stacklevel=2)
    setlocale(category, _build_localename(getdefaultlocale()))


if 'getencoding' not in globals():
    def getencoding():
        """The encoding of the current LC_CTYPE locale."""
        return nl_langinfo(CODESET) if 'nl_langinfo' in globals() else 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: 'utf-8' in UTF-8 mode,
    otherwise the encoding of the user's locale (do_setlocale=True looks at
    the environment's locale rather than the current LC_CTYPE)."""
    if getattr(sys.flags, 'utf8_mode', 0):
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    old = setlocale(LC_CTYPE)
    try:
        try:
            setlocale(LC_CTYPE, '')
        except Error:
            pass
        return getencoding()
    finally:
        setlocale(LC_CTYPE, old)


# setlocale() also accepts (language, encoding) pairs.
_setlocale = setlocale


def setlocale(category, locale=None):
    """Set the locale of `category` (a string, a (language, encoding) pair,
    or None to only query); returns the category's locale name."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)
