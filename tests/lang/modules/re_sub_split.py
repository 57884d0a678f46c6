# Differential test: findall/finditer/split/sub/subn, templates, empty matches.
import re

subjects = ['', 'a', 'abc', 'a-b_c d', 'aaa bbb', 'x1y22z333', 'axbxxc', 'line1\nline2\n']
patterns = ['', 'x*', 'x', r'\d+', r'(\d)', r'(\w)(\d)?', r'\b', r'^', '$', r'(?m)^', r'(?m)$',
            r'\W+', r'(\W+)', r'(-)|(_)', r'a|', r'[ab]*?', r'(?=b)', r'\s*']
for p in patterns:
    c = re.compile(p)
    for s in subjects:
        print(repr(p), repr(s))
        print('  findall', c.findall(s))
        print('  finditer', [(m.span(), m.group()) for m in c.finditer(s)])
        print('  split', c.split(s), c.split(s, 1), c.split(s, maxsplit=2))
        print('  sub', repr(c.sub('<>', s)), c.subn('#', s), repr(c.sub('[\\g<0>]', s, count=2)))

# templates
m = re.compile(r'(?P<word>\w+)=(?P<num>\d+)?')
print(m.sub(r'\g<num>:\g<word>', 'a=1 b= c=3'))
print(m.sub(r'\2\1', 'a=1 b= c=3'))
print(m.sub(r'<\g<0>>\n\t\\', 'a=1'))
print(m.sub(r'\101\0\x', 'a=1') if False else m.sub(r'\101\060', 'a=1'))
print(re.sub(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'\11\10\g<1>0', 'abcdefghijk'))
print(re.sub('a', r'\\n', 'xax'), re.sub('a', '\\\\', 'xax'), re.sub('a', r'\n', 'xax'))
print(re.sub('a', 'b', 'aaaa', 0), re.sub('a', 'b', 'aaaa', count=3), re.subn('a', 'b', 'aaaa', -1))
print(re.sub('(b)|c', r'[\1]', 'abcd'))
print(re.sub('x', lambda m: None, 'axbxc'))
print(re.sub(r'\w+', lambda m: m.group().upper() + str(m.start()), 'hello big world'))
print(re.sub('', '-', 'abc'), re.sub('', '-', ''), re.sub('$', '!', 'ab\n'))
print(re.compile('a').sub('b', 'xyz') == 'xyz', re.sub('(?i)B', 'x', 'abBc'))
print(re.subn(r'\s+', ' ', '  lots   of    space  '))
print(re.split(r'[,;]\s*', 'a, b;c,   d'), re.split(r'(?:,)', 'a,b'), re.split('x', 'axbxc', -1))
print(re.split(r'(a)|(b)', 'xaybz'), re.split(r'\b', 'hi there'), re.split('', 'abc'))
print(re.findall(r'(\w+)=(\w*)', 'a=1 b= c=3'), re.findall(r'(a)|b', 'ab'))
print(re.findall('a', 'aaa', ), re.compile('a').findall('aaaa', 1, 3), re.compile('a').findall('aaaa', pos=2))
print([m.span() for m in re.compile(r'\w').finditer('abcd', 1, 3)])
it = re.finditer(r'\d', 'a1b2')
print(next(it).group(), next(it).group(), list(it), iter(it) is it)
m = re.match(r'(?P<a>x)(?P<b>y)?', 'xz')
print(m.expand(r'\g<a>-\g<b>-\1'), m.expand(b'\\1' .decode()))
# sub with a bytes subject and bytes templates
print(re.sub(rb'(\d+)', rb'<\1>', b'a12b3'), re.sub(b'x', lambda m: b'YY', b'axbx'))
print(re.split(rb'\s', b'a b\tc'), re.findall(rb'[a-z]+', b'ab12cd'))
print(re.sub(b'a', bytearray(b'z'), b'aba'), re.sub(b'b', b'\\n', bytearray(b'aba')))
print(re.findall(b'.', bytearray(b'ab')), re.match(b'a', memoryview(b'ab')).group())
