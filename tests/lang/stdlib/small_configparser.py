import configparser
import io
import os

def err(fn, *a, **k):
    try:
        r = fn(*a, **k)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, '|', str(e), '|', e.args)

TEXT = """
# leading comment
[DEFAULT]
base = /srv
Debug = yes

[paths]
home = %(base)s/home
data: %(home)s/data
pct = 100%%
multi = first line
    second line

    after blank
; comment in section
[numbers]
int = 42
float = 2.5
bool_on = on
bool_bad = maybe
neg = -7
"""

cp = configparser.ConfigParser()
cp.read_string(TEXT)
print(cp.sections(), cp.defaults())
print(cp.options('paths'))
print(cp.get('paths', 'data'), cp.get('paths', 'DATA', raw=True))
print(repr(cp.get('paths', 'multi')), cp.get('paths', 'pct'))
print(cp.getint('numbers', 'int'), cp.getint('numbers', 'neg'), cp.getfloat('numbers', 'float'))
print(cp.getboolean('numbers', 'bool_on'), cp.getboolean('paths', 'debug'))
err(cp.getboolean, 'numbers', 'bool_bad')
err(cp.getint, 'numbers', 'float')
print(cp.getint('numbers', 'missing', fallback=-1), cp.get('nosect', 'x', fallback='fb'),
      cp.getboolean('nosect', 'x', fallback=None))
err(cp.get, 'nosect', 'x')
err(cp.get, 'paths', 'nothere')
print(cp.get('paths', 'home', vars={'base': '/opt'}))
print(cp.items('paths'))
print(cp.items('paths', raw=True))
print(cp.items('DEFAULT'))
print([(k, v.name) for k, v in cp.items()])
print(cp.has_section('paths'), cp.has_section('DEFAULT'), cp.has_option('paths', 'BASE'),
      cp.has_option('paths', 'zz'), cp.has_option('nosect', 'base'), cp.has_option(None, 'debug'))

# mapping protocol
print(list(cp), len(cp), 'paths' in cp, 'DEFAULT' in cp, 'x' in cp)
sec = cp['paths']
print(repr(sec), sec.name, sec.parser is cp, sorted(sec), len(sec), sec['home'], 'base' in sec)
print(sec.get('nope'), sec.get('nope', 'dflt'), sec.getint('nope', 5), cp['numbers'].getint('int'))
sec['new'] = 'value'
print(cp.get('paths', 'new'))
del sec['new']
err(sec.__delitem__, 'new')
err(sec.__getitem__, 'new')
err(sec.__setitem__, 'x', 5)
err(cp.__getitem__, 'nosect')
err(cp.__delitem__, 'DEFAULT')
err(cp.__delitem__, 'nosect')
cp['fresh'] = {'a': 1, 'B': 'two'}
print(dict(cp['fresh']))
cp['fresh'] = {'c': 3}
print(dict(cp['fresh']))
cp['fresh'] = cp['fresh']
print(dict(cp['fresh']))

# set/remove
cp.set('numbers', 'int', '43')
print(cp.getint('numbers', 'int'))
err(cp.set, 'nosect', 'a', 'b')
err(cp.set, 'numbers', 'a', 5)
err(cp.set, 'numbers', 'a', 'bad % value')
err(cp.set, 'numbers', 'a', '%(ok)s and %')
cp.set('numbers', 'a', '100%% fine %(base)s')
print(cp.get('numbers', 'a'))
print(cp.remove_option('numbers', 'a'), cp.remove_option('numbers', 'a'))
err(cp.remove_option, 'nosect', 'a')
print(cp.remove_section('fresh'), cp.remove_section('fresh'))
err(cp.add_section, 'paths')
err(cp.add_section, 'DEFAULT')
err(cp.add_section, 5)

out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:4])

# interpolation errors
ip = configparser.ConfigParser()
ip.read_string("""
[s]
missing = %(nothere)s
loop = %(loop)s
bad = %(broken
bad2 = 50% off
deep1 = %(deep2)s
deep2 = %(deep1)s
""")
for opt in ('missing', 'loop', 'bad', 'bad2', 'deep1'):
    err(ip.get, 's', opt)
e = None
try:
    ip.get('s', 'missing')
except configparser.InterpolationMissingOptionError as ex:
    e = ex
print(e.option, e.section, e.reference, isinstance(e, configparser.InterpolationError))
err(ip.items, 's')

# extended interpolation
ep = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ep.read_string("""
[common]
root = /usr
lib = ${root}/lib
cost = $$5
[app]
path = ${common:lib}/app
self = ${name}-x
name = myapp
bad = ${a:b:c}
miss = ${nosect:x}
syntax = $oops
""")
print(ep.get('common', 'lib'), ep.get('common', 'cost'), ep.get('app', 'path'), ep.get('app', 'self'))
for opt in ('bad', 'miss', 'syntax'):
    err(ep.get, 'app', opt)
err(ep.set, 'app', 'x', 'a $ b')
ep.set('app', 'x', '$${ok}')
print(ep.get('app', 'x'))

# raw parser, defaults, no values
rp = configparser.RawConfigParser(defaults={'n': 5, 'K': None})
rp.add_section('s')
rp.set('s', 'num', 7)
print(rp.get('s', 'num'), rp.get('s', 'n'), rp.items('s'), rp.defaults())
rp.set('s', 'pct', '%(x)s')
print(rp.get('s', 'pct'))
cp2 = configparser.ConfigParser(defaults={'Key': 'v%'})
print(cp2.defaults(), cp2.get('DEFAULT', 'key', raw=True))
nv = configparser.ConfigParser(allow_no_value=True)
nv.read_string("[flags]\nverbose\nlevel = 3\n")
print(nv.items('flags'), nv.get('flags', 'verbose'))
out = io.StringIO()
nv.write(out)
print(repr(out.getvalue()))

# custom delimiters, comment prefixes, default section name, optionxform
cz = configparser.ConfigParser(delimiters=('->',), comment_prefixes=('//',),
                               inline_comment_prefixes=('#',), default_section='ALL',
                               empty_lines_in_values=False, strict=False)
cz.read_string("""
[ALL]
x -> 1
[a]
// comment
Key -> value # trailing
other -> has#hash
indented -> one
  two

  not continued -> 3
[a]
Key -> again
""")
print(cz.sections(), cz.items('a'), cz.default_section)
out = io.StringIO()
cz.write(out)
print(repr(out.getvalue()))
cs = configparser.ConfigParser()
cs.optionxform = str
cs.read_string("[S]\nMixedCase = 1\n")
print(cs.options('S'))

# parsing errors
for text in ("no header = 1\n", "[a]\nx=1\n[a]\n", "[a]\nx=1\nX=2\n",
             "[a]\ngarbage line\nok = 1\nmore garbage\n", "[a]\n= novalue\n"):
    err(configparser.ConfigParser().read_string, text, 'src.ini')
err(configparser.ConfigParser().read_string, "[a]\nx=1\n[a]\n")
try:
    configparser.ConfigParser().read_string("[a]\nbad1\nbad2\n", 'f')
except configparser.ParsingError as ex:
    print(ex.source, ex.errors, repr(ex.message))
try:
    configparser.ConfigParser().read_string("x=1")
except configparser.MissingSectionHeaderError as ex:
    print(ex.source, ex.lineno, repr(ex.line), isinstance(ex, configparser.ParsingError))
err(configparser.ConfigParser().read_dict, {'a': {'x': 1, 'X': 2}})
err(configparser.ParsingError)
err(configparser.ParsingError, 'a', 'b')
for exc in (configparser.NoSectionError('s'), configparser.NoOptionError('o', 's'),
            configparser.DuplicateSectionError('s'), configparser.DuplicateSectionError('s', 'f'),
            configparser.DuplicateOptionError('s', 'o'), configparser.DuplicateOptionError('s', 'o', 'f', 12),
            configparser.InterpolationError('o', 's', 'msg'),
            configparser.InterpolationDepthError('o', 's', 'raw'),
            configparser.Error('plain'), configparser.Error()):
    print(type(exc).__name__, repr(exc), exc.args)
err(configparser.ConfigParser, interpolation=5)

# read_dict, read files, converters
dp = configparser.ConfigParser(allow_no_value=True, converters={'list': lambda v: v.split(',')})
dp.read_dict({'sec': {'a': 1, 'b': 'x,y,z', 'c': None}, 3: {'k': 2.5}})
print(dp.sections(), dp.items('sec'), dp.getlist('sec', 'b'), dp['sec'].getlist('b'))
print(sorted(dp.converters), dp.converters['list'] is not None)
del dp.converters['list']
print(hasattr(dp, 'getlist'), sorted(dp.converters))
err(dp.converters.__setitem__, '', int)
fn = '_cfg_test.ini'
try:
    with open(fn, 'w') as f:
        f.write("[file]\nfrom = disk\n")
    fp = configparser.ConfigParser()
    print(fp.read([fn, '_cfg_missing.ini']), fp.get('file', 'from'))
    with open(fn) as f:
        fp.read_file(f)
    err(fp.read_file, io.StringIO("[file]\nfrom=again\n[file]\n"))
    print(fp.read(fn, encoding='utf-8'))
finally:
    os.unlink(fn)
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
pp = configparser.ConfigParser()
pp.read_string("[x]\na=1\n[y]\nb=2\n")
print(pp.popitem()[0], pp.sections())
