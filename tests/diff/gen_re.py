"""gen_re.py SEED [COUNT] -- random differential cases for the re module.

Builds COUNT random patterns from SEED (random.Random(SEED): the same seed
gives the same cases on every interpreter), compiles each with random flags
(I, M, S, X, A; str and bytes patterns) and prints one line per observable
result, so that live_diff.sh can compare gilpy's output with CPython 3.11's
line by line:

  * compile errors: type, message, msg, pos, lineno, colno;
  * groups, groupindex (sorted), flags;
  * over random short subjects: findall, finditer (span, lastindex,
    lastgroup, groups), sub with a random template (including bad ones:
    the error is printed) and with a function, subn with a count, split
    with a maxsplit, match / fullmatch / search with groupdict, pos/endpos.

Subjects are short (at most 12 characters) so that backtracking stays cheap
on both engines.  Nothing printed depends on hash order or identity.
"""
import re
import sys
import random

SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 1
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 100
R = random.Random(SEED)

# Atoms valid in both str and bytes patterns.
ATOMS = ['a', 'b', 'A', 'B', 'x', ' ', '\n', '.', '-', '_', '1',
         r'\w', r'\W', r'\d', r'\D', r'\s', r'\S', r'\b', r'\B', r'\A', r'\Z',
         '^', '$', '[ab]', '[^a]', '[a-c]', r'[\w-]', r'[^\W\d]', '[.]', r'[\s1]',
         '[]a]', '[^]]', r'[\]]', '[a-]', r'\.', r'\-', r'\n', r'\t', r'\x41', r'\101',
         r'\0', '[A-Z]', '[_-a]', r'[\b]', r'\\', '(?#c)', '[a^]']
ZERO_WIDTH = {r'\b', r'\B', r'\A', r'\Z', '^', '$', '(?#c)'}
# Atoms for str patterns only.
STR_ATOMS = ['é', 'É', 'ß', 'ſ', 'K', 'K', 'ǅ', 'İ', 'ı', '١', '²', '\u00a0', '\u2028',
             r'\u00e9', r'\U0001F600', '😀', r'\N{LATIN SMALL LETTER A}', '[à-ÿ]',
             '[^\u0100-\uffff]', r'[\u00c0-\u00ff]', '\x85', '\x1c']
# Fragments that often make the pattern invalid.
BROKEN = ['(', ')', '[', '*', '+', '?', '{1,0}', '(?P<1>a)', '(?P<', '(?<', '\\',
          r'\9', '(?P=x)', '(?z)', '[b-a]', '(?i', '(?P<n>a)(?P<n>b)', r'\q', r'\x4',
          r'\u12', '(?<=a*)', '(?(9)a)', '{', 'a{2,1}', '(?-i:a)', '(?i)', 'a(?i)',
          r'\8', r'\400', '(?x', '(?<!a|bc)', '(?<=a|b)', '(?P>n)', r'\N{NOPE}',
          '(?a-i:a)', '(?u)', '(?L)', '[\\w-a]', '[a-\\w]', '**', 'a{,2}{3}', '(?P<a-b>x)']
QUANTS = ['', '', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{,2}', '{2,}',
          '{0}', '*+', '++', '?+', '{1,3}?']
# Subject alphabets.
ALPHA = 'aabbAB x\n1_-.'
STR_ALPHA = ALPHA + 'éÉßſKKsk١²\u00a0\u2028İı😀\x85\x1c'
BYTES_ALPHA = ALPHA + '\xe9\xff\x00'
TEMPLATES = ['-', '', r'\g<0>', r'\1', r'\g<1>', r'[\2]', r'\g<n>', r'<\g<0>\g<0>>', r'\n',
             r'\\', r'\q', r'\g<x', r'\9', '\\', r'\0', r'\12', r'\g<-1>', r'\g<name>',
             r'\x41', r'\t\g<1>', r'a\&b', r'\g<01>', r'\g<1a>']


def gen_atoms(is_bytes):
    pool = ATOMS if is_bytes else ATOMS + STR_ATOMS
    return pool


def gen_pattern(depth, is_bytes, names):
    parts = []
    for _ in range(R.randint(1, 4)):
        k = R.random()
        if k < 0.06:
            parts.append(R.choice(BROKEN))
            continue
        if depth > 0 and k < 0.35:
            inner = gen_pattern(depth - 1, is_bytes, names)
            g = R.randint(0, 12)
            if g < 5:
                item = '(' + inner + ')'
            elif g < 7:
                item = '(?:' + inner + ')'
            elif g == 7:
                name = R.choice(['n', 'm', 'name'])
                if name in names:
                    item = '(?P=' + name + ')'
                else:
                    names.append(name)
                    item = '(?P<' + name + '>' + inner + ')'
            elif g == 8:
                item = R.choice(['(?=', '(?!', '(?<=', '(?<!']) + inner + ')'
            elif g == 9:
                item = R.choice(['(?i:', '(?s:', '(?m:', '(?x:', '(?-i:', '(?a:', '(?>']) + inner + ')'
            elif g == 10:
                item = '(?(1)' + inner + '|' + gen_pattern(0, is_bytes, names) + ')'
            elif g == 11:
                item = inner + '|' + gen_pattern(0, is_bytes, names)
            else:
                item = R.choice([r'\1', r'\2', '(?P=n)'])
        else:
            item = R.choice(gen_atoms(is_bytes))
            if item in ZERO_WIDTH and R.random() < 0.85:
                parts.append(item)      # repeating these is mostly an error
                continue
        parts.append(item + R.choice(QUANTS))
    return ''.join(parts)


def subject(is_bytes):
    alpha = BYTES_ALPHA if is_bytes else STR_ALPHA
    s = ''.join(R.choice(alpha) for _ in range(R.randint(0, 12)))
    return s.encode('latin-1') if is_bytes else s


def template(is_bytes):
    t = R.choice(TEMPLATES)
    return t.encode() if is_bytes else t


def err(e):
    s = type(e).__name__ + ': ' + str(e)
    if isinstance(e, re.error):
        s += ' [msg=%r pos=%r lineno=%r colno=%r]' % (
            e.msg, e.pos, getattr(e, 'lineno', None), getattr(e, 'colno', None))
    return s


def attempt(f):
    try:
        return repr(f())
    except (re.error, IndexError, TypeError, ValueError, OverflowError) as e:
        return 'ERR ' + err(e)


def mdesc(m):
    if m is None:
        return None
    return (m.span(), m.groups(), m.lastindex, m.lastgroup,
            sorted(m.groupdict().items()), [m.span(g) for g in range(len(m.groups()) + 1)])


def repl_fn(m):
    return type(m.group())('<%r|%r>' % (m.group(), m.lastindex)) if isinstance(m.group(), str) \
        else ('<%r|%r>' % (m.group(), m.lastindex)).encode()


def run_case(i):
    is_bytes = R.random() < 0.25
    names = []
    pat = gen_pattern(R.randint(0, 2), is_bytes, names)
    if R.random() < 0.1:
        pat = pat + '|' + gen_pattern(1, is_bytes, names)
    flags = 0
    for f in (re.I, re.M, re.S, re.X, re.A):
        if R.random() < 0.2:
            flags |= f
    if is_bytes:
        if R.random() < 0.03:
            flags |= re.U
        try:
            pat = pat.encode('latin-1')
        except UnicodeEncodeError:
            pat = pat.encode('ascii', 'backslashreplace')
    elif R.random() < 0.02:
        flags |= re.A | re.U
    try:
        p = re.compile(pat, flags)
    except (re.error, ValueError, OverflowError) as e:
        print(i, repr(pat), int(flags), 'COMPILE', err(e))
        return
    print(i, repr(pat), int(flags), 'groups', p.groups, sorted(p.groupindex.items()),
          int(p.flags))
    for j in range(R.randint(1, 4)):
        s = subject(is_bytes)
        tag = '%d.%d' % (i, j)
        print(tag, 'subj', repr(s))
        print(tag, 'findall', attempt(lambda: p.findall(s)))
        print(tag, 'finditer', attempt(lambda: [mdesc(m) for m in p.finditer(s)]))
        t = template(is_bytes)
        print(tag, 'sub', repr(t), attempt(lambda: p.sub(t, s)))
        cnt = R.randint(0, 3)
        print(tag, 'subn', cnt, attempt(lambda: p.subn(repl_fn, s, count=cnt)))
        ms = R.randint(0, 3)
        print(tag, 'split', ms, attempt(lambda: p.split(s, maxsplit=ms)))
        print(tag, 'match', attempt(lambda: mdesc(p.match(s))))
        print(tag, 'fullmatch', attempt(lambda: mdesc(p.fullmatch(s))))
        pos = R.randint(0, len(s) + 1)
        end = R.randint(0, len(s) + 1)
        print(tag, 'search', pos, end, attempt(lambda: mdesc(p.search(s, pos, end))))
        m = p.search(s)
        if m is not None:
            t = template(is_bytes)
            print(tag, 'expand', repr(t), attempt(lambda: m.expand(t)))
            print(tag, 'group', attempt(lambda: m.group(0, *range(1, p.groups + 1))),
                  attempt(lambda: m.group(p.groups + 1)), attempt(lambda: m['n']))


for i in range(COUNT):
    run_case(i)
