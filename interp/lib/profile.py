"""profile -- the deterministic profiler written in Python, over sys.setprofile.

The profiler keeps its own stack of activations, parallel to the frames:
each record is (time to charge to the parent, inline time, time in
subcalls, function key, frame, parent record). The bottom record is a
simulated call of 'profiler' (and one of the command being run), so every
real call has a caller. Times come from a timer (time.process_time by
default); the time between two events is charged to the activation on top,
minus `bias` (a per-event calibration constant).

Statistics have pstats' dict form, with callers counted as plain call
counts: {(file, line, name): (primitive calls, calls, inline time,
cumulative time, {caller: count})}; builtins are ('', 0, name).
"""

import sys
import time
import marshal

__all__ = ["run", "runctx", "Profile"]


class _Utils:
    """What run() and runctx() share between profile and cProfile."""

    def __init__(self, profiler):
        self.profiler = profiler

    def run(self, statement, filename, sort):
        prof = self.profiler()
        try:
            prof.run(statement)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def runctx(self, statement, globals, locals, filename, sort):
        prof = self.profiler()
        try:
            prof.runctx(statement, globals, locals)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def _show(self, prof, filename, sort):
        if filename is not None:
            prof.dump_stats(filename)
        else:
            prof.print_stats(sort)


def run(statement, filename=None, sort=-1):
    """Run statement under profiler optionally saving results in filename

    This function takes a single argument that can be passed to the
    "exec" statement, and an optional file name.  In all cases this
    routine attempts to "exec" its first argument and gather profiling
    statistics from the execution. If no file name is present, then this
    function automatically prints a simple profiling report, sorted by the
    standard name string (file/line/function-name) that is presented in
    each line.
    """
    return _Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Run statement under profiler, supplying your own globals and locals,
    optionally saving results in filename.

    statement and filename have the same semantics as profile.run
    """
    return _Utils(Profile).runctx(statement, globals, locals, filename, sort)


class Profile:
    """Profiler class (see the module's documentation)."""

    bias = 0   # calibration constant, subtracted from every event's time

    class fake_code:
        def __init__(self, filename, line, name):
            self.co_filename = filename
            self.co_line = line
            self.co_name = name
            self.co_firstlineno = 0

        def __repr__(self):
            return repr((self.co_filename, self.co_line, self.co_name))

    class fake_frame:
        def __init__(self, code, prior):
            self.f_code = code
            self.f_back = prior

    def __init__(self, timer=None, bias=None):
        self.timings = {}
        self.cur = None
        self.cmd = ""
        self.c_func_name = ""
        self.bias = self.bias if bias is None else bias
        if not timer:
            self.timer = self.get_time = time.process_time
        else:
            self.timer = timer
            sample = timer()
            try:
                len(sample)
            except TypeError:
                self.get_time = timer
            else:
                def get_time_timer(timer=timer, sum=sum):
                    return sum(timer())
                self.get_time = get_time_timer
        self.dispatcher = self.trace_dispatch
        self.t = self.get_time()
        self.simulate_call('profiler')

    # ---- events ---------------------------------------------------------

    def trace_dispatch(self, frame, event, arg):
        get_time = self.get_time
        t = get_time() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            self.t = get_time()
        else:
            self.t = get_time() - t   # the event took no time: give it back

    # the other timer shapes of older versions all go through get_time
    trace_dispatch_i = trace_dispatch_l = trace_dispatch

    def _push(self, fn, frame, t):
        self.cur = (t, 0, 0, fn, frame, self.cur)
        stat = self.timings.get(fn)
        if stat is None:
            self.timings[fn] = 0, 0, 0, 0, {}
        else:
            cc, ns, tt, ct, callers = stat
            self.timings[fn] = cc, ns + 1, tt, ct, callers
        return 1

    def trace_dispatch_call(self, frame, t):
        if self.cur and frame.f_back is not self.cur[-2]:
            # the frame on top left without a 'return' we saw: close it
            top = self.cur[-2]
            if not isinstance(top, Profile.fake_frame):
                self.trace_dispatch_return(top, 0)
        code = frame.f_code
        return self._push((code.co_filename, code.co_firstlineno, code.co_name), frame, t)

    def trace_dispatch_c_call(self, frame, t):
        return self._push(("", 0, self.c_func_name), frame, t)

    def trace_dispatch_exception(self, frame, t):
        pt, it, et, fn, rframe, prev = self.cur
        if rframe is not frame and prev:
            return self.trace_dispatch_return(rframe, t)
        self.cur = pt, it + t, et, fn, rframe, prev
        return 1

    def trace_dispatch_return(self, frame, t):
        if frame is not self.cur[-2]:
            # an inner activation ended unseen: end it first
            self.trace_dispatch_return(self.cur[-2], 0)
        pt, it, et, fn, _, prev = self.cur
        it += t
        total = it + et
        ppt, pit, pet, pfn, pframe, pprev = prev
        self.cur = ppt, pit + pt, pet + total, pfn, pframe, pprev
        cc, ns, tt, ct, callers = self.timings[fn]
        if not ns:
            # the outermost activation of fn: its time counts once
            ct += total
            cc += 1
        callers[pfn] = callers.get(pfn, 0) + 1
        self.timings[fn] = cc, ns - 1, tt + it, ct, callers
        return 1

    dispatch = {
        "call": trace_dispatch_call,
        "exception": trace_dispatch_exception,
        "return": trace_dispatch_return,
        "c_call": trace_dispatch_c_call,
        "c_exception": trace_dispatch_return,
        "c_return": trace_dispatch_return,
    }

    # ---- simulated calls -------------------------------------------------

    def set_cmd(self, cmd):
        if self.cur[-1]:
            return   # a command is already on the stack
        self.cmd = cmd
        self.simulate_call(cmd)

    def simulate_call(self, name):
        prior = self.cur[-2] if self.cur else None
        frame = self.fake_frame(self.fake_code('profile', 0, name), prior)
        self.dispatch['call'](self, frame, 0)

    def simulate_cmd_complete(self):
        get_time = self.get_time
        t = get_time() - self.t
        while self.cur[-1]:
            self.dispatch['return'](self, self.cur[-2], t)
            t = 0
        self.t = get_time() - t

    # ---- results -----------------------------------------------------------

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {}
        for fn, (cc, ns, tt, ct, callers) in self.timings.items():
            callers = dict(callers)
            self.stats[fn] = cc, sum(callers.values()), tt, ct, callers

    # ---- running -------------------------------------------------------------

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self.dispatcher)
        try:
            exec(cmd, globals, locals)
        finally:
            sys.setprofile(None)
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self.dispatcher)
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)

    def calibrate(self, m, verbose=0):
        """Estimate the per-event overhead (the bias) from m calls."""
        if self.__class__ is not Profile:
            raise TypeError("Subclasses must override .calibrate().")
        saved = self.bias
        self.bias = 0
        try:
            return self._calibrate_inner(m, verbose)
        finally:
            self.bias = saved

    def _calibrate_inner(self, m, verbose):
        get_time = self.get_time

        def f1(n):
            for i in range(n):
                x = 1

        def f(m, f1=f1):
            for i in range(m):
                f1(100)

        f(m)   # warm up
        t0 = get_time()
        f(m)
        elapsed_noprofile = get_time() - t0
        p = Profile()
        t0 = get_time()
        p.runctx('f(m)', globals(), locals())
        elapsed_profile = get_time() - t0
        reported = 0.0
        for (filename, line, funcname), (cc, ns, tt, ct, callers) in p.timings.items():
            if funcname in ("f", "f1"):
                reported += tt
        if verbose:
            print("elapsed time without profiling =", elapsed_noprofile)
            print("elapsed time with profiling =", elapsed_profile)
            print("'CPU seconds' profiler reported =", reported)
            print("total # calls =", 2 * m + 1)
        mean = (reported - elapsed_noprofile) / 2.0 / (2 * m + 1)
        if verbose:
            print("mean stopwatch overhead per profile event =", mean)
        return mean
