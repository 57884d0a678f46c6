# IGNORECASE follows sre's folding (found by tests/diff/gen_re.py):
#  - Unicode: i, I, U+0130 and U+0131 are one class (sre's lower() and case
#    fixes), in literals, sets and ranges, negated or not;
#  - ASCII (re.A, (?a:...)): only ASCII letters fold, so k/K do not match
#    the Kelvin sign U+212A nor s/S the long s U+017F, and non-ASCII letters
#    do not fold at all;
#  - scoped (?i:...) / (?-i:...) / (?a:...) / (?u:...) switch between them.
import re

POOL = 'iI\u0130\u0131sS\u017fkK\u212a\xe9\xc9\xdf\u1e9e\u03c3\u03c2\u03a3aZ'


def show(pat, flags=0):
    try:
        r = ''.join(c for c in POOL if re.fullmatch(pat, c, flags))
        print(ascii(pat), repr(re.RegexFlag(flags)), ascii(r))
    except re.error as e:
        print(ascii(pat), 'error', e)


for flags in (re.I, re.I | re.A, 0, re.A):
    for pat in ['i', 'I', '\u0130', '\u0131', '[i]', '[^i]', '[\u0100-\u0130]',
                '[\u0131-\u0200]', '[H-J]', '[^H-J]', 'k', 's', '[a-z]', '[^a-z]',
                '[A-Z]', '[\u2000-\u3000]', '[^\u0100-\uffff]', '\u212a', '\u017f',
                '\xe9', '[\xc0-\xdf]', '\u03c3', '\\x69', '\\u0130', '\\N{LATIN SMALL LETTER K}',
                '[\\x41-\\x5a]', '[-a]', '[a-]']:
        show(pat, flags)

# scoped flags
for pat in ['(?i:k)', '(?a:(?i:k))', '(?i:(?a:k))', '(?ai:[a-z])', '(?i)(?a:s)',
            '(?i)(?-i:i)', '(?a)(?i:i)', '(?a)(?i:(?u:i))', '(?i:\u0131)']:
    show(pat)
    show(pat, re.A if '(?u' not in pat and '(?a' not in pat else 0)

# backreferences compare ignoring case in ASCII mode too
# (not k + U+212A under re.A: PCRE2 folds it in backreferences, sre does not)
for s in ['aA', 'Aa', 'kK', 'i\u0131']:
    print(ascii(s), bool(re.fullmatch(r'(\w)\1', s, re.I | re.A)),
          bool(re.fullmatch(r'(\w)\1', s, re.I)), bool(re.fullmatch(r'(?i:(\w)\1)', s)))

# searches and substitutions over longer text
text = 'Kelvin \u212a, long \u017f, d\u0131\u015fl\u0131, \u0130stanbul, ISTANBUL'
for flags in (re.I, re.I | re.A):
    print(re.findall(r'[a-z]+', text, flags))
    print(re.sub('i', '_', text, flags=flags))
    print(re.split('[sk]', text, flags=flags))
# bytes patterns fold ASCII only
print(re.findall(b'[a-z]+', b'ABC\xc9\xe9def', re.I), re.findall(b'\xe9', b'\xc9\xe9', re.I))
