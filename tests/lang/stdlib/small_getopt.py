import getopt

def show(fn, args, short, long=[]):
    try:
        print(fn.__name__, args, '->', fn(args, short, long))
    except getopt.GetoptError as e:
        print(fn.__name__, args, 'error:', type(e).__name__, str(e), repr(e.msg), repr(e.opt), e.args)

for fn in (getopt.getopt, getopt.gnu_getopt):
    show(fn, ['-a', '-bval', '-c', 'x', 'file', '-a'], 'ab:c:')
    show(fn, ['-abfoo', 'rest'], 'ab:')
    show(fn, ['--alpha', '--beta=1', '--gam', '3', 'op'], '', ['alpha', 'beta=', 'gamma='])
    show(fn, ['--al', 'x'], '', 'alpha')
    show(fn, ['--', '-a'], 'a')
    show(fn, ['-', '-a'], 'a')
    show(fn, [], 'a')
    show(fn, ['-x'], 'a')
    show(fn, ['-b'], 'ab:')
    show(fn, ['--nope'], 'a', ['alpha'])
    show(fn, ['--al'], '', ['alpha', 'also'])
    show(fn, ['--alpha=3'], '', ['alpha'])
    show(fn, ['--beta'], '', ['beta='])
    show(fn, ['--beta=', 'x'], '', ['beta='])
    show(fn, ['--foo'], '', ['foo', 'foobar'])
    show(fn, ['--foo', 'v'], '', ['foo=', 'foobar'])
    show(fn, ['-:'], 'a:')
    show(fn, ['a', '-a', 'b', '--', '-b'], 'ab')

show(getopt.gnu_getopt, ['a', '-a', 'b'], '+a')
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('m')
print(repr(e.opt), e.args, str(e))
print(sorted(getopt.__all__))
