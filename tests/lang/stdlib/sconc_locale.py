# locale: C/POSIX/C.UTF-8 handling, setlocale/getlocale, localeconv,
# normalize, number formatting, errors. Environment is set explicitly.
import locale as L, os, warnings
warnings.simplefilter('ignore', DeprecationWarning)

print(L.__all__)
print(L.LC_CTYPE, L.LC_NUMERIC, L.LC_TIME, L.LC_COLLATE, L.LC_MONETARY, L.LC_MESSAGES, L.LC_ALL, L.CHAR_MAX)
print(L.Error.__module__, L.Error.__mro__[1].__name__)
for n in ['C', 'POSIX', 'C.UTF-8', 'C.utf8', 'en_US.utf8', 'en_US', 'de_DE', 'fr_FR@euro',
          'ja_JP.eucjp', 'en_US.ISO8859-1', 'xx_YY', 'UTF-8', 'en_GB.UTF-8', 'zz', 'de_DE.utf8@euro',
          'en_US.UTF-8', 'EN_us.Utf-8', 'de_DE.latin1']:
    print(n, repr(L.normalize(n)))

print(L.setlocale(L.LC_ALL, 'POSIX'), L.setlocale(L.LC_ALL), L.getlocale(), L.getlocale(L.LC_TIME))
print(L.getencoding(), L.getpreferredencoding(False), L.nl_langinfo(L.CODESET))
print(L.setlocale(L.LC_CTYPE, 'C.utf8'), L.setlocale(L.LC_CTYPE), L.getencoding(), L.getlocale())
print(L.setlocale(L.LC_ALL))
try:
    L.getlocale(L.LC_ALL)
except TypeError as e:
    print('TypeError', e)
print(L.setlocale(L.LC_ALL, L.setlocale(L.LC_ALL)), L.setlocale(L.LC_NUMERIC))
print(L.setlocale(L.LC_ALL, 'C'), L.setlocale(L.LC_ALL, (None, None)), L.setlocale(L.LC_ALL, ['C', None]))

for k in ('LC_ALL', 'LC_CTYPE', 'LC_NUMERIC', 'LANG', 'LANGUAGE'):
    os.environ.pop(k, None)
os.environ['LANG'] = 'C.UTF-8'
os.environ['LC_NUMERIC'] = 'POSIX'
print(L.setlocale(L.LC_ALL, ''), L.getlocale(L.LC_NUMERIC), L.getlocale())
print(L.setlocale(L.LC_CTYPE, ''), L.getpreferredencoding(), L.getpreferredencoding(True))
print(L.getdefaultlocale(), L.getdefaultlocale(['LC_NUMERIC']), L.getdefaultlocale(['NOPE']))
os.environ['LC_ALL'] = 'C'
print(L.setlocale(L.LC_ALL, ''), L.setlocale(L.LC_TIME))
del os.environ['LC_ALL'], os.environ['LC_NUMERIC']
L.setlocale(L.LC_ALL, 'C')

for args in [('x',), (99,), (L.LC_ALL, 'xx_YY'), (L.LC_ALL, 5), (L.LC_ALL, ('a', 'b', 'c')),
             (L.LC_NUMERIC, 'no_SUCH.locale'), (99, 'C')]:
    try:
        print(L.setlocale(*args))
    except (L.Error, TypeError) as e:
        print(type(e).__name__, e)
print(L.setlocale(L.LC_ALL))

conv = L.localeconv()
print(sorted(conv.items()))
print(L.str(1.5), L.str(2.0), L.str(1e20), L.atof('1.5'), L.atof('7', int), L.atoi('12'))
print(L.format_string('%d|%5.2f|%s|%x', (1234567, 3.14159, 'x', 255), grouping=True))
print(L.format_string('%s and %%', ('x',)), L.format_string('%(a)d %(b).1f', {'a': 3, 'b': 2.25}),
      L.format_string('%.3f', 2.5), L.format_string('%10.1f|', 1234.5, grouping=True))
print(L.format('%.3f', 2.5), L.delocalize('1.5'), L.localize('1234.5', grouping=True))
try:
    L.format('%d %d', 1)
except ValueError as e:
    print('ValueError', e)
for intl in (False, True):
    try:
        L.currency(1, international=intl)
    except ValueError as e:
        print('ValueError', e)
print(L.strcoll('a', 'b'), L.strcoll('b', 'a'), L.strcoll('a', 'a'), L.strxfrm('abc'),
      sorted(['b', 'A', 'a', 'B'], key=L.strxfrm), sorted(['é', 'z', 'e'], key=L.strxfrm))
for f in (lambda: L.strcoll(1, 'a'), lambda: L.strcoll('a', 2), lambda: L.getlocale(99),
          lambda: L.atof('1,5'), lambda: L.atoi('x')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
