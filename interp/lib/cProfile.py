"""cProfile -- the deterministic profiler built on the C module _lsprof.

Profile is _lsprof.Profiler plus the profile module's conveniences
(run/runctx/runcall, a context manager, and statistics in the dict form
pstats reads: {(file, line, name): (primitive calls, calls, inline time,
cumulative time, {caller: (calls, primitive calls, inline, cumulative)})}).
Builtins appear as ('~', 0, label).
"""

__all__ = ["run", "runctx", "Profile"]

import _lsprof
import profile as _pyprofile


def run(statement, filename=None, sort=-1):
    return _pyprofile._Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    return _pyprofile._Utils(Profile).runctx(statement, globals, locals, filename, sort)


run.__doc__ = _pyprofile.run.__doc__
runctx.__doc__ = _pyprofile.runctx.__doc__


def label(code):
    """The pstats key of a profiled code object or builtin label."""
    if isinstance(code, str):
        return ('~', 0, code)   # '~' sorts builtins after the files
    return (code.co_filename, code.co_firstlineno, code.co_name)


class Profile(_lsprof.Profiler):
    """Profile(timer=None, timeunit=None, subcalls=True, builtins=True)

    Builds a profiler object using the specified timer function.
    The default timer is a fast built-in one based on real time.
    For custom timer functions returning integers, timeunit can
    be a float specifying a scale (i.e. how long each integer unit
    is, in seconds).
    """

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        entries = self.getstats()
        stats = {}
        callers_of = {}   # id(code) -> that function's callers dict
        for e in entries:
            callers = {}
            callers_of[id(e.code)] = callers
            stats[label(e.code)] = (e.callcount - e.reccallcount, e.callcount,
                                    e.inlinetime, e.totaltime, callers)
        for e in entries:
            if not e.calls:
                continue
            caller = label(e.code)
            for sub in e.calls:
                callers = callers_of.get(id(sub.code))
                if callers is None:
                    continue
                nc = sub.callcount
                row = (nc, nc - sub.reccallcount, sub.inlinetime, sub.totaltime)
                old = callers.get(caller)
                if old is not None:
                    row = tuple(a + b for a, b in zip(row, old))
                callers[caller] = row
        self.stats = stats

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()
