# fileinput reading stdin; configparser deprecated names and their warnings
import fileinput, configparser, warnings, sys, io
fi = fileinput.input('-')
print(list(fi), fi.filename(), fileinput.isstdin())
fileinput.close()
sys.stdin = io.StringIO("s1\ns2\n")
for l in fileinput.input(['-']):
    print(repr(l), fileinput.filename(), fileinput.isstdin(), fileinput.lineno())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    p = configparser.SafeConfigParser()
    lp = configparser.ConfigParser(interpolation=configparser.LegacyInterpolation(), defaults={'a': 'A'})
    lp.read_string("[s]\nb = %(a)s-%(C)s\nc = see\nd=%(zz)s\n")
    print(lp.get('s', 'b'))
    try: lp.get('s', 'd')
    except Exception as e: print(type(e).__name__, e)
    e = configparser.ParsingError('x'); e.filename
    p.readfp(io.StringIO("[q]\nw=1\n"))
    print([(x.category.__name__, str(x.message)) for x in w])
