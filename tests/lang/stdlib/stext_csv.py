import csv, io

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def rd(lines, *a, **kw):
    return lambda: list(csv.reader(lines, *a, **kw))

def w(rows, **kw):
    s = io.StringIO()
    try:
        wr = csv.writer(s, **kw)
        for r in rows:
            wr.writerow(r)
        print('W', repr(s.getvalue()))
    except Exception as e:
        print('W', type(e).__name__, e, repr(s.getvalue()))

# ---- reading
t('r1', rd(['a,b,c\r\n', '1,2,3\n', 'x']))
t('r2', rd(['a\0b']))
t('r3', rd([b'ab']))
t('r4', rd(['x', 5]))
t('r5', rd(['a\rb']))
t('r6', rd(['"a\n', 'b"']))
t('r7', rd(['"a']))
t('r8', rd(['"a'], strict=True))
t('r9', rd(['"a"b'], strict=True))
t('r10', rd(['"a"b,c']))
t('r11', rd(['', '\r\n', 'a', '\n', '  ']))
t('r12', rd(['1,"2", 3 ,'], quoting=csv.QUOTE_NONNUMERIC))
t('r13', rd(['1,x'], quoting=csv.QUOTE_NONNUMERIC))
t('r14', rd(['a\\,b,"c\\"d",e\\'], escapechar='\\'))
t('r15', rd(['a,  b,  "c",  '], skipinitialspace=True))
t('r16', rd(['"a""b",c""d']))
t('r17', rd(['"a""b"'], doublequote=False))
t('r18', rd(['a,"b'], quoting=csv.QUOTE_NONE))
t('r19', rd(['a\\'], escapechar='\\'))
t('r20', rd(['a\\\n', 'b'], escapechar='\\'))
t('r21', rd(['"a\\'], escapechar='\\'))
t('r22', rd(['"abc"  ,d']))
t('r23', rd(['a,', ',', '']))
t('r24', rd(['"",x']))
t('r25', rd(["'a;b';c"], delimiter=';', quotechar="'"))
t('r26', rd(['a\r']))
t('r27', rd(['a\rb\r']))
t('r28', rd(['"a\rb"']))
t('r29', rd(['"a"\rb']))
t('r30', rd(['a', '"b'], strict=True))
t('r31', rd(['a\tb\t"c\td"'], dialect='excel-tab'))
t('r32', rd(['a  b   c'], delimiter=' ', skipinitialspace=True))
t('r33', rd(['"x" , "y"'], skipinitialspace=True))
t('r34', rd(['a,b\n', '"multi\n', 'line",c\n', 'd,e\n']))
t('r35', rd(['"a"', '"b"\r\n', '"c""d"""\n']))
t('r36', rd(['é,ü"x"']))
t('r37', rd(['a|b|"c|d"'], delimiter='|'))
t('r38', rd(['x'], dialect=csv.excel))
t('r39', rd(['1,2'], quoting=csv.QUOTE_NONNUMERIC, skipinitialspace=True))
r = csv.reader(['a', 'b\n', '"c\n', 'd"'])
print(r.line_num, next(r), r.line_num, next(r), next(r), r.line_num)
t('stop', lambda: next(r))
r = csv.reader(['ok', '"bad"x,"y', 'next'], strict=True)
print(next(r)); t('err', lambda: next(r)); print(next(r), r.line_num)
print(csv.field_size_limit(5))
t('fl1', rd(['abcdef']))
t('fl2', rd(['abcde,x']))
t('fl3', rd(['"abcdef"']))
t('fl4', rd(['"ab', 'cdef"']))
print(csv.field_size_limit(131072), csv.field_size_limit())
t('fl5', lambda: csv.field_size_limit('x'))
t('fl6', lambda: csv.field_size_limit(1, 2))

# ---- dialect validation
for kw in [dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(delimiter=None),
           dict(quotechar=''), dict(quotechar=None), dict(quotechar=None, quoting=0),
           dict(escapechar=''), dict(escapechar='ab'), dict(lineterminator=1), dict(lineterminator=None),
           dict(quoting=9), dict(quoting='a'), dict(quoting=True), dict(bogus=1), dict(doublequote=0),
           dict(strict='x'), dict(delimiter=';', quoting=csv.QUOTE_ALL)]:
    def f(kw=kw):
        d = csv.reader([], **kw).dialect
        return (d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace,
                d.lineterminator, d.quoting, d.strict)
    t(sorted(kw.items()), f)
t('rd0', lambda: csv.reader())
t('rd3', lambda: csv.reader([], 'excel', 3))
t('rd5', lambda: csv.reader(5))
t('wr5', lambda: csv.writer(5))
t('wrnd', lambda: csv.reader([], 'nope'))
t('gd', lambda: csv.get_dialect('nope'))
t('ud', lambda: csv.unregister_dialect('nope'))
t('rg', lambda: csv.register_dialect(1))
t('rg2', lambda: csv.register_dialect('y', delimiter=5))
t('rg3', lambda: csv.register_dialect('y', 'excel', 1))
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
print(csv.get_dialect('semi').delimiter, csv.get_dialect('semi').quoting, sorted(csv.list_dialects()))
t('semi', rd(['"a";b'], dialect='semi'))
w([['a', 'b']], dialect='semi')
csv.unregister_dialect('semi')
print(sorted(csv.list_dialects()))
class D:
    delimiter = ':'
t('cls', rd(['a:b'], D))
t('cls2', rd(['a:b'], D, delimiter='|'))
class MyD(csv.Dialect):
    delimiter = ';'
t('myd', lambda: MyD())
t('dial', lambda: csv.Dialect())
class Good(csv.excel):
    delimiter = '!'
print(Good().delimiter, Good._valid, csv.excel().delimiter)
t('good', rd(['a!b'], Good))
d = csv.get_dialect('excel')
print(type(d).__name__, d.delimiter, repr(d.escapechar), d.quoting, repr(d.lineterminator), d.strict)
print(csv.get_dialect('excel') is csv.get_dialect('excel'), repr(csv.get_dialect('excel-tab').delimiter),
      csv.get_dialect('unix').quoting, repr(csv.unix_dialect.lineterminator))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(issubclass(csv.Error, Exception), csv.excel.__mro__[1].__name__)

# ---- writing
w([['a', 'b,c', 'd"e', ' f', 'g\nh', 'i\rj', None, 1, 1.5, True, '', 'x y']])
w([[''], [None], [], ['', '']])
w([['']], quoting=csv.QUOTE_NONE)
w([['a,b']], quoting=csv.QUOTE_NONE)
w([['a,b', 'c"d', 'e\\f', '\n']], quoting=csv.QUOTE_NONE, escapechar='\\')
w([['a"b']], doublequote=False)
w([['a"b', 'c\\d', 'e,f']], doublequote=False, escapechar='\\')
w([['a', 1, None, 2.5, '', True, 3 + 4j]], quoting=csv.QUOTE_NONNUMERIC)
w([['a', 1, None]], quoting=csv.QUOTE_ALL)
w([['a\tb', 'c']], dialect='excel-tab')
w([['a', 'b']], dialect='unix')
w([['a', 'b;c', 'n\nx']], lineterminator=';')
w([['a']], quotechar=None)
w([['a,b']], quotechar=None)
w([['a,b']], quotechar=None, escapechar='\\')
w([['a']], quotechar=None, quoting=csv.QUOTE_ALL)
w([5])
w(['abc'])
w([[float('nan'), 1e100, 10**20, -0.0, 0.1]])
w([['a\0b', 'é']])
w([['#x', 'a#']], escapechar='#')
w([['a b']], delimiter=' ')
w([(x for x in 'ab')])
class Bad:
    def __str__(self):
        raise ValueError('bad')
w([[1, Bad()]])
s = io.StringIO()
wr = csv.writer(s)
print(wr.writerow(['ab', 'c']), wr.writerows([['x'], ['y', 'z']]), repr(s.getvalue()), type(wr.dialect).__name__)
class W:
    write = 5
t('nowrite', lambda: csv.writer(W()))
# round trip
rows = [['plain', 'with,comma', 'with "quote"', 'multi\nline', '', ' lead', 'trail '], ['1', '2']]
s = io.StringIO()
csv.writer(s).writerows(rows)
print(list(csv.reader(io.StringIO(s.getvalue(), newline=''))) == rows)

# ---- DictReader / DictWriter
data = 'name,age\r\nann,30\r\n\r\nbob,25,extra,more\r\ncy\r\n'
dr = csv.DictReader(io.StringIO(data))
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(io.StringIO('1;2;3\n'), fieldnames=['a', 'b'], restkey='rest', delimiter=';')
print(list(dr), dr.fieldnames)
dr = csv.DictReader(['x,y', '1'], restval='?')
print(list(dr))
print(csv.DictReader([]).fieldnames, list(csv.DictReader([])))
s = io.StringIO()
dw = csv.DictWriter(s, ['a', 'b', 'c'], restval='-')
print(dw.writeheader(), dw.writerow({'a': 1, 'c': 'x,y'}))
dw.writerows([{'b': 2}, {}])
t('extra', lambda: dw.writerow({'a': 1, 'zz': 2}))
dw2 = csv.DictWriter(s, iter(['a']), extrasaction='ignore', quoting=csv.QUOTE_ALL)
dw2.writerow({'a': 'v', 'other': 1})
print(repr(s.getvalue()))
t('ea', lambda: csv.DictWriter(s, ['a'], extrasaction='bogus'))

# ---- Sniffer
sn = csv.Sniffer()
for sample in ['a,b,c\n1,2,3\n4,5,6\n', 'a;b;c\n1;2;3\n', 'x\ty\n1\t2\n3\t4\n',
               '"a","b"\n"c","d"\n', "'x'; 'y'\n'z'; 'w'\n", 'name: age\nbob: 3\nann: 4\n',
               '"a""b",c\n"d",e\n', 'a b c\n1 2 3\n']:
    try:
        d = sn.sniff(sample)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.quoting,
              d.lineterminator == '\r\n', sn.has_header(sample))
    except csv.Error as e:
        print('Error', e)
t('sniff-fail', lambda: sn.sniff('abc'))
print(sn.sniff('a,b;c\n1,2;3\n', delimiters=';').delimiter, sn.preferred)
print(sn.has_header('name,age\nbob,30\nann,40\n'), sn.has_header('1,2\n3,4\n5,6\n'))
print(list(csv.reader(io.StringIO('a;b\n1;2\n'), sn.sniff('a;b\n1;2\n'))))
