"""timeit -- measure the execution time of small code snippets.

Design: a Timer turns the setup and statement (strings or callables) into
the source of one function `inner(_it, _timer)` that runs setup once, then
loops over `_it` (an itertools.repeat of length `number`) executing the
statement, and returns the elapsed timer difference.  The function is
compiled once per Timer so the loop body runs as ordinary bytecode with no
per-iteration call overhead for string statements.  Garbage collection is
switched off while timing, as CPython does, so collections do not add noise.
"""

import gc
import sys
import time
import itertools

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
# CPython's defaults: one million loops, five repetitions.
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def _indent(src, spaces):
    return src.replace("\n", "\n" + " " * spaces)


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # Compile alone first so a syntax error points at the setup.
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + '\n'
            setup = _indent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = _indent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = ("def inner(_it, _timer%s):\n"
               "    %s\n"
               "    _t0 = _timer()\n"
               "    for _i in _it:\n"
               "        %s\n"
               "        pass\n"
               "    _t1 = _timer()\n"
               "    return _t1 - _t0\n") % (init, setup, stmt)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        it = itertools.repeat(None, number)
        gcold = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        # Try 1, 2, 5, 10, 20, 50, ... loops until one run takes at least
        # 0.2 seconds (CPython's threshold).
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def main(args=None, *, _wrap_timer=None):
    """Minimal command-line interface: timeit [-n N] [-r N] [-s S] stmt..."""
    if args is None:
        args = sys.argv[1:]
    number = 0
    rep = default_repeat
    setup = []
    stmts = []
    args = list(args)
    while args:
        a = args.pop(0)
        if a in ('-n', '--number'):
            number = int(args.pop(0))
        elif a.startswith('--number='):
            number = int(a.split('=', 1)[1])
        elif a in ('-r', '--repeat'):
            rep = max(1, int(args.pop(0)))
        elif a in ('-s', '--setup'):
            setup.append(args.pop(0))
        elif a in ('-h', '--help'):
            print(__doc__, end='')
            return 0
        elif a == '--':
            stmts.extend(args)
            break
        else:
            stmts.append(a)
    stmt = "\n".join(stmts) or "pass"
    setup = "\n".join(setup) or "pass"
    timer = default_timer
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    try:
        if number == 0:
            number, _ = t.autorange()
        raw = t.repeat(rep, number)
    except BaseException:
        t.print_exc()
        return 1
    best = min(raw) / number
    units = [("nsec", 1e-9), ("usec", 1e-6), ("msec", 1e-3), ("sec", 1.0)]
    for unit, scale in reversed(units):
        if best >= scale:
            break
    print("%d loop%s, best of %d: %.3g %s per loop"
          % (number, 's' if number != 1 else '', rep, best / scale, unit))
    return None


if __name__ == "__main__":
    sys.exit(main())
