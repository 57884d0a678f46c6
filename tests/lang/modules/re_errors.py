# Differential test: re.error messages, positions, line/column; other exceptions.
import re

BAD = [
    '(', '(a', 'a)', 'a))', '(?:a', '*', '+a', '?', 'a**', 'a*??', 'a{2}{3}', '^*', r'\b+',
    r'\q', r'\e', r'[\q]', r'\A+', '[a', '[', '[^', '[]', '[a-', 'a{2,1}', '[z-a]', r'[\d-z]', r'[a-\d]',
    '(?P<1>a)', '(?P<a-b>x)', '(?P<>x)', '(?P<a', '(?P=b)', '(?P<a>a)(?P<a>b)', '(?P<a>(?P=a))',
    '(?Px)', '(?P', '(?', '(?<x)', '(?<', '(?#abc', '(?z)', 'a(?i)b', '(?i', '(?-i)', '(?i-i:a)',
    '(?a-a:x)', '(?L)a', '(?au)x', '(?-', '(?i-', '(?i-x', '(?i-z:a)', '(?iz)', '(?i+)', '(?(1)a|b|c)',
    '(?(a)b)', '(?(0)a)', '(?(-1)a)', '(?(1)a)', '(?(x-y)a)', r'(a)\2', r'\1', r'(a\1)',
    '(?<=a+)b', '(?<=a|bc)d', '(?<!a*)b', r'\x4', r'\xg', r'\u12', r'\U0011ffff', r'\U1234',
    r'\N', r'\Nx', r'\N{', r'\N{LATIN', r'\N{NO SUCH NAME}', r'\777', r'[\777]', r'[\8]', r'\8',
    'a\\', '\\', 'ab\ncd(', 'x\n\n  )', '(?x)a\n  # c\n  (', '(?(1', '(?(1)', '(?<=(a)\\1)b',
    b'(', b'\\q', b'(?u)x', b'[z-a]', b'\\u1234',
]

for p in BAD:
    try:
        re.compile(p)
        print(repr(p), 'compiled?!')
    except re.error as e:
        print(repr(p), '->', e)
        print('   msg=%r pos=%r lineno=%r colno=%r' % (e.msg, e.pos, e.lineno, e.colno))
    except Exception as e:
        print(repr(p), type(e).__name__, e)

# errors raised by other arguments
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: re.compile('a', re.L))
show(lambda: re.compile(b'a', re.U))
show(lambda: re.compile(b'a', re.A | re.L))
show(lambda: re.compile('a', re.A | re.U))
show(lambda: re.compile(re.compile('a'), re.I))
show(lambda: re.compile(1))
show(lambda: re.compile('a{4294967296}'))
show(lambda: re.match('a', 1))
show(lambda: re.match('a', b'a'))
show(lambda: re.match(b'a', 'a'))
show(lambda: re.compile('a').match())
show(lambda: re.compile('a').match('a', pos='x'))
show(lambda: re.compile('a').match('a').group(3))
show(lambda: re.compile('a').match('a').group('nope'))
show(lambda: re.compile('a').match('a').start(1))
show(lambda: re.compile('a').match('a')[1])
show(lambda: re.sub('(a)', r'\2', 'a'))
show(lambda: re.sub('(a)', r'\g<x>', 'a'))
show(lambda: re.sub('(a)', r'\g<1', 'a'))
show(lambda: re.sub('(a)', r'\g1', 'a'))
show(lambda: re.sub('(a)', r'\g<a-b>', 'a'))
show(lambda: re.sub('(a)', r'\q', 'a'))
show(lambda: re.sub('(a)', '\\', 'a'))
show(lambda: re.sub('(a)', r'\400', 'a'))
show(lambda: re.sub('a', lambda m: 1, 'a'))
show(lambda: re.sub('a', lambda m: 1, 'xa'))
show(lambda: re.sub('a', 1, 'a'))
show(lambda: re.compile('(?P<n>a)').match('a').expand(r'\g<m>'))
show(lambda: re.compile('(a)').match('a').expand(r'[\3]'))
try:
    re.compile('(')
except re.error as e:
    print(isinstance(e, Exception), type(e).__name__, type(e).__module__, e.args)
