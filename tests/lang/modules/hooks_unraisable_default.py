# expect-error
# The default sys.unraisablehook (stderr checked): "Exception ignored in:
# <repr>" or "<err_msg>: <repr>", the traceback, then "module.Qualname: str"
# -- no chained exceptions, no notes. A failing hook is reported in its
# place. The script itself succeeds.
import atexit
import sys
import weakref


class Callback:
    """A weakref callback with a stable repr (the report shows it)."""

    def __init__(self, name, exc):
        self.name, self.exc = name, exc

    def __repr__(self):
        return '<Callback %s>' % self.name

    def __call__(self, ref):
        raise self.exc


class O:
    pass


def drop(name, exc):
    o = O()
    w = weakref.ref(o, Callback(name, exc))
    del o
    print('dropped', name, flush=True)
    return w


drop('plain', ValueError('boom'))
drop('empty message', ValueError())
drop('no args', KeyError)


class Outer:
    class Error(Exception):
        pass


class Foreign(Exception):
    pass


Foreign.__module__ = 'some.package'
drop('nested class', Outer.Error('nested'))
drop('other module', Foreign('from elsewhere'))


def chained():
    try:
        {}['missing']
    except KeyError:
        try:
            raise TypeError('inner')
        except TypeError as e:
            return e


drop('chained', chained())
noted = RuntimeError('with a note')
noted.add_note('the note is not shown')
drop('note', noted)


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError('no str')


drop('bad str', BadStr())


class BadRepr:
    def __repr__(self):
        raise RuntimeError('no repr')

    def __call__(self, ref):
        raise LookupError('callback with a bad repr')


o = O()
w = weakref.ref(o, BadRepr())
del o
print('dropped bad repr', flush=True)


class Hook:
    def __init__(self, exc):
        self.exc = exc

    def __repr__(self):
        return '<Hook raising %s>' % type(self.exc).__name__

    def __call__(self, args):
        raise self.exc


sys.unraisablehook = Hook(OSError('hook failed'))
drop('hook raises', ValueError('lost'))
sys.unraisablehook = 42
drop('hook not callable', ValueError('lost too'))
sys.unraisablehook = None
drop('hook None', ValueError('default writer'))
del sys.unraisablehook
drop('hook missing', ValueError('default writer again'))
sys.unraisablehook = sys.__unraisablehook__

# the default hook called directly
captured = []
sys.unraisablehook = captured.append
drop('capture', ValueError('captured'))
sys.unraisablehook = sys.__unraisablehook__
U = type(captured[0])
sys.__unraisablehook__(captured[0])
print('direct calls', flush=True)
sys.__unraisablehook__(U((ValueError, ValueError('v'), None, 'Custom message', 'OBJ')))
sys.__unraisablehook__(U((ValueError, ValueError('v'), None, 'Message only', None)))
sys.__unraisablehook__(U((ValueError, None, None, None, None)))
sys.__unraisablehook__(U((KeyError, 5, None, None, 'five')))
sys.__unraisablehook__(U((ValueError, ValueError('v'), 'not a traceback', None, None)))

# stderr None: nothing is written
saved, sys.stderr = sys.stderr, None
drop('stderr None', ValueError('nowhere'))
sys.stderr = saved


class AtExit:
    def __repr__(self):
        return '<AtExit>'

    def __call__(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError('in atexit')


atexit.register(AtExit())
print('done', flush=True)
