import fnmatch
for p in ['*','a*b','*.py','a*b*c','[!a-c]x','[]]','[!]','[','a?b*','**x*y*z','[a-]','[z-a]','[a-c-e]','[\\]','x[[]','*a*','a**b','[^ab]','[a&&b]','[a--b]','[!-]', '[a-z-]', '[--a]', '[!a-]', 'a[b-d-f-h]', '[!!]', '[[]', '[a|b~c]', '\\*', '.', '[]-a]']:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['a.py', 'b.txt', 'A.PY', '.hidden', 'x]', 'ab', 'a\nb']
for p in ['*.py', '*', '?b', '[a-b]*', '[!a]*', 'a?b', '*]', '.*', '*.PY']:
    print(p, fnmatch.filter(names, p), [fnmatch.fnmatch(n, p) for n in names], fnmatch.fnmatchcase('A.PY', p))
print(fnmatch.fnmatch(b'abc', b'a*'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
print(fnmatch.translate('a*b*'))
try:
    fnmatch.fnmatch('abc', b'a*')
except TypeError as e:
    print('TypeError', e)
try:
    fnmatch.fnmatch(1, 'a')
except TypeError as e:
    print('TypeError', e)
