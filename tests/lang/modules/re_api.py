# Differential test: Pattern/Match objects, flags, reprs, cache, escape, misc.
import re

p = re.compile(r'(?P<key>\w+)\s*=\s*(?P<val>\d+)?', re.I | re.M)
print(repr(p), p.pattern, p.flags, p.groups, dict(p.groupindex), p.groupindex['val'])
print(type(p).__name__, type(p).__module__, isinstance(p, re.Pattern))
m = p.search('  alpha = 42; beta=')
print(repr(m), type(m).__name__, isinstance(m, re.Match))
print(m.group(), m.group(0), m.group(1), m.group('val'), m.group(1, 'val', 0), m[0], m['key'], m[2])
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.span(2), m.start('val'), m.end('key'))
print(m.pos, m.endpos, m.re is p, m.string, m.lastindex, m.lastgroup, m.regs)
m2 = p.search('beta=')
print(m2.groups(), m2.groups('-'), m2.groups(default=0), m2.groupdict('?'), m2.span('val'), m2.start(2), m2['val'])
print(m2.group(True), m.group(False))
m3 = re.match('(a)(b)?', 'a', 0)
print(m3.lastindex, m3.groups(), m3.regs, m3.expand(r'[\1\2]'))
print(re.match('a', 'a').lastindex, re.match('a', 'a').lastgroup, re.match('a', 'a').groups())
print(bool(re.match('', '')), re.match('', ''))
# pos/endpos
q = re.compile(r'\d+')
print(q.match('ab12cd', 2), q.match('ab12cd', 2, 3), q.search('ab12cd', 3), q.search('ab12cd', 0, 2))
print(q.match('ab12cd', pos=2, endpos=4).span(), q.search('12', -5, 99), q.search('12', 5), q.search('12', 1, 0))
r = re.compile('^a')
print(r.search('ba', 1), re.compile('a$').search('ab', 0, 1), re.compile(r'\Bb').search('ab', 1))
mm = q.search('xx123yy', 1, 6)
print(mm.pos, mm.endpos, mm, q.fullmatch('x123', 1), q.fullmatch('x123y', 1, 4))
# flags
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.DEBUG, re.NOFLAG, re.T)
print(re.I | re.M, re.M | re.I, re.A | re.I | re.X, re.IGNORECASE == 2, int(re.S), re.I | 1024)
print(repr(re.I), str(re.M), f'{re.I}', '%d' % re.X, re.I + 0, type(re.I | re.M).__name__)
print(re.RegexFlag.IGNORECASE, re.RegexFlag(10), re.I.value, re.I.name, (re.I | re.M) & re.M, ~re.I)
print(isinstance(re.I, int), re.I in (2,), hash(re.I) == hash(2))
for pat, fl in [('a+', 0), ('a+', re.I), ('a', re.I | re.M | re.S | re.X), ('a', re.A), ('a', re.U),
                (b'a', 0), (b'a', re.I | re.L), ('(?i)a', 0), ('(?ms)a', re.X), ('x' * 250, 0),
                ("it's", 0), ('a\nb', 0), (b'\xff', 0)]:
    c = re.compile(pat, fl)
    print(repr(c), c.flags)
# equality, hashing, cache
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I),
      re.compile('a') == re.compile(b'a'), re.compile('a') != re.compile('b'),
      hash(re.compile('xy')) == hash(re.compile('xy')))
print(re.compile('abc') is re.compile('abc'), re.compile(p) is p)
re.purge()
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m)
# escape
print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p#q&r~s-t\tu\nv'), re.escape('_0aZ'))
print(re.escape(b'a.b*\x00\xff'), re.match(re.escape('1+1=2?'), '1+1=2?'))
# module-level functions with flags keyword
print(re.findall('a', 'AaA', flags=re.I), re.split('x', 'AxBXc', flags=re.I), re.sub('x', '-', 'AxBXc', flags=re.I))
print(re.subn('x', '-', 'xXx', 2, re.I), re.split('x', 'axbxc', 1, re.I), re.fullmatch('A+', 'aa', re.I))
print(re.search('(?x) a  b # c', 'xaby'), re.search('a b', 'a b', re.VERBOSE), re.search(r'a\ b', 'a b', re.X))
print(re.match('.', '\n', re.DOTALL), re.findall('^.', 'a\nb', re.MULTILINE), re.findall('.$', 'a\nb\n', re.M))
print(re.findall(r'\w', 'aé', re.ASCII), re.compile('(?a)x').flags, re.compile('(?u)x').flags, re.compile('(?L)x'.encode()).flags)
# Scanner
sc = re.Scanner([(r'\d+', lambda s, t: ('NUM', t)), (r'[a-z]+', lambda s, t: ('ID', t)), (r'\s+', None)])
print(sc.scan('abc 12 de 3!x'))
# tokenizer idiom with lastgroup
spec = [('NUMBER', r'\d+(\.\d*)?'), ('ASSIGN', r':='), ('ID', r'[A-Za-z]+'), ('OP', r'[+\-*/]'), ('SKIP', r'[ \t]+')]
tok = re.compile('|'.join('(?P<%s>%s)' % pair for pair in spec))
print([(mo.lastgroup, mo.group()) for mo in tok.finditer('x := 3.5 + y1*2')])
print(re.Pattern, re.Match, re.error)
print(re.Pattern[str], re.Match[bytes])
def f(m: re.Match[str]) -> re.Pattern[bytes]: pass
print(f.__annotations__)
