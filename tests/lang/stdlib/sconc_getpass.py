# getpass: getuser() from the environment and the password database,
# fallback_getpass()/_raw_input with substituted streams.
import getpass, os, sys, io, warnings

print(getpass.__all__, issubclass(getpass.GetPassWarning, UserWarning))
saved = {k: os.environ.pop(k, None) for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME')}
os.environ['USERNAME'] = 'dave'
print(getpass.getuser())
os.environ['LNAME'] = 'carol'
print(getpass.getuser())
os.environ['USER'] = ''
print(getpass.getuser())
os.environ['USER'] = 'bob'
os.environ['LOGNAME'] = 'alice'
print(getpass.getuser())
for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    del os.environ[k]
# from the password database: same name as /etc/passwd gives
name = getpass.getuser()
with open('/etc/passwd') as f:
    names = [l.split(':')[0] for l in f if l.split(':')[2:3] == [str(os.getuid())]]
print(name in names)
for k, v in saved.items():
    if v is not None:
        os.environ[k] = v

# the echoing fallback
old_stdin = sys.stdin
sys.stdin = io.StringIO('s3cret\nsecond line\n')
out = io.StringIO()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    pw = getpass.fallback_getpass('Key: ', stream=out)
print(repr(pw), repr(out.getvalue()))
print([(x.category.__name__, str(x.message)) for x in w])
print(repr(getpass._raw_input('> ', out)), repr(out.getvalue()[-2:]))
try:
    getpass._raw_input('again: ', out)
except EOFError:
    print('EOFError')
sys.stdin = io.StringIO('no newline')
print(repr(getpass._raw_input('', out, input=sys.stdin)))
sys.stdin = old_stdin
print(callable(getpass.getpass))
