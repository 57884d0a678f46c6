"""Line tracing and coverage counting (CPython 3.11's trace module).

Design: Trace picks, once in __init__, a global trace function (the 'call'
event handler given to sys.settrace) and a local one (per-frame 'line'
handler) according to the requested mode: line counting, printing each line
as it runs, recording called functions, or recording caller->callee pairs.
Results are plain dicts keyed like CPython's so that CoverageResults can
merge them, pickle them (infile/outfile) and write annotated ".cover" copies
of the sources in CPython's layout ("%5d: " hit count, ">>>>>> " for an
executable line never run).

gilpy has no tokenize module, so the docstring lines excluded from the
"executable but missed" marks are found by a small scanner of our own
(_find_strings); it recognises string statements opening an indented block
or the file, which is what CPython's token-based rule amounts to.
"""

import inspect
import linecache
import os
import pickle
import sys
import threading
from time import monotonic as _time

__all__ = ['Trace', 'CoverageResults']

# Lines containing this marker are never flagged as missed.
PRAGMA_NOCOVER = "#pragma NO COVER"


class _Ignore:
    """Memo of which modules (by name or by directory) are not traced."""

    def __init__(self, modules=None, dirs=None):
        self._mods = set(modules) if modules else set()
        self._dirs = [os.path.normpath(d) for d in dirs] if dirs else []
        self._ignore = {'<string>': 1}

    def names(self, filename, modulename):
        if modulename in self._ignore:
            return self._ignore[modulename]
        verdict = 0
        if modulename in self._mods:
            verdict = 1
        elif any(modulename.startswith(m + '.') for m in self._mods):
            verdict = 1
        elif filename is None:
            # Built-in or frozen code has no file to report on.
            verdict = 1
        elif any(filename.startswith(d + os.sep) for d in self._dirs):
            verdict = 1
        self._ignore[modulename] = verdict
        return verdict


def _modname(path):
    """Module name of a file path, ignoring packages: its base name."""
    return os.path.splitext(os.path.basename(path))[0]


def _fullmodname(path):
    """Dotted module name of path relative to the longest sys.path entry."""
    compare = os.path.normcase(path)
    longest = ""
    for d in sys.path:
        d = os.path.normcase(d)
        if compare.startswith(d) and compare[len(d):len(d) + 1] == os.sep:
            if len(d) > len(longest):
                longest = d
    base = path[len(longest) + 1:] if longest else path
    base = os.path.splitdrive(base)[1].replace(os.sep, ".")
    if os.altsep:
        base = base.replace(os.altsep, ".")
    return os.path.splitext(base)[0].lstrip(".")


def _string_prefix_len(text):
    """Length of the string literal's prefix+quote opening text, else 0."""
    i = 0
    while i < len(text) and i < 2 and text[i] in "rRbBuUfF":
        i += 1
    if i < len(text) and text[i] in "'\"":
        return i + 1
    return 0


def _find_strings(filename, encoding=None):
    """{lineno: 1} for every line of a docstring-like string statement."""
    found = {}
    with open(filename, encoding=encoding) as f:
        lines = f.readlines()
    opens_block = True          # start of file counts like an INDENT
    prev_indent = 0
    n = 0
    while n < len(lines):
        raw = lines[n]
        text = raw.strip()
        n += 1
        if not text or text.startswith('#'):
            continue
        indent = len(raw) - len(raw.lstrip())
        start = n
        if (opens_block or indent > prev_indent) and _string_prefix_len(text):
            q = _string_prefix_len(text)
            quote = text[q - 1]
            triple = text[q - 1:q + 2] == quote * 3
            if triple:
                delim = quote * 3
                rest = text[q + 2:]
                while delim not in rest and n < len(lines):
                    rest = lines[n]
                    n += 1
            for ln in range(start, n + 1):
                found[ln] = 1
            opens_block = False
            prev_indent = indent
            continue
        opens_block = False
        prev_indent = indent
        stripped = text.split('#', 1)[0].rstrip()
        if stripped.endswith(':'):
            prev_indent = indent
    return found


def _find_lines(code, strs):
    """{lineno: 1} of the line starts of code and its nested code objects."""
    linenos = {}
    for _, _, lineno in code.co_lines():
        if lineno is not None and lineno not in strs:
            linenos[lineno] = 1
    for c in code.co_consts:
        if inspect.iscode(c):
            linenos.update(_find_lines(c, strs))
    return linenos


def _find_executable_linenos(filename):
    try:
        with open(filename, encoding='utf-8') as f:
            prog = f.read()
    except OSError as err:
        print(("Not printing coverage data for %r: %s" % (filename, err)),
              file=sys.stderr)
        return {}
    code = compile(prog, filename, "exec")
    strs = _find_strings(filename, 'utf-8')
    return _find_lines(code, strs)


class CoverageResults:
    def __init__(self, counts=None, calledfuncs=None, infile=None,
                 callers=None, outfile=None):
        self.counts = {} if counts is None else counts
        self.counter = self.counts.copy()
        self.calledfuncs = {} if calledfuncs is None else calledfuncs.copy()
        self.callers = {} if callers is None else callers.copy()
        self.infile = infile
        self.outfile = outfile
        if self.infile:
            # Merge counts saved by an earlier run.
            try:
                with open(self.infile, 'rb') as f:
                    counts, calledfuncs, callers = pickle.load(f)
                self.update(self.__class__(counts, calledfuncs, callers=callers))
            except (OSError, EOFError, ValueError) as err:
                print(("Skipping counts file %r: %s" % (self.infile, err)),
                      file=sys.stderr)

    def is_ignored_filename(self, filename):
        return filename.startswith('<') and filename.endswith('>')

    def update(self, other):
        for key, n in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + n
        for key in other.calledfuncs:
            self.calledfuncs[key] = 1
        for key in other.callers:
            self.callers[key] = 1

    def write_results(self, show_missing=True, summary=False, coverdir=None):
        if self.calledfuncs:
            print()
            print("functions called:")
            for filename, modulename, funcname in sorted(self.calledfuncs):
                print(("filename: %s, modulename: %s, funcname: %s"
                       % (filename, modulename, funcname)))
        if self.callers:
            print()
            print("calling relationships:")
            lastfile = lastcfile = ""
            for (pfile, pmod, pfunc), (cfile, cmod, cfunc) in sorted(self.callers):
                if pfile != lastfile:
                    print()
                    print("***", pfile, "***")
                    lastfile = pfile
                    lastcfile = ""
                if cfile != pfile and lastcfile != cfile:
                    print("  -->", cfile)
                    lastcfile = cfile
                print("    %s.%s -> %s.%s" % (pmod, pfunc, cmod, cfunc))

        per_file = {}
        for (filename, lineno), n in self.counts.items():
            per_file.setdefault(filename, {})[lineno] = n
        sums = {}
        for filename, hits in per_file.items():
            if self.is_ignored_filename(filename):
                continue
            if filename.endswith(".pyc"):
                filename = filename[:-1]
            if coverdir is None:
                outdir = os.path.dirname(os.path.abspath(filename))
                modulename = _modname(filename)
            else:
                outdir = coverdir
                if not os.path.exists(outdir):
                    os.makedirs(outdir)
                modulename = _fullmodname(filename)
            executable = _find_executable_linenos(filename) if show_missing else {}
            source = linecache.getlines(filename)
            coverpath = os.path.join(outdir, modulename + ".cover")
            n_hits, n_lines = self.write_results_file(coverpath, source,
                                                      executable, hits, 'utf-8')
            if summary and n_lines:
                percent = int(100 * n_hits / n_lines)
                sums[modulename] = n_lines, percent, modulename, filename
        if summary and sums:
            print("lines   cov%   module   (path)")
            for m in sorted(sums):
                print("%5d   %3d%%   %s   (%s)" % sums[m])
        if self.outfile:
            try:
                with open(self.outfile, 'wb') as f:
                    pickle.dump((self.counts, self.calledfuncs, self.callers), f, 1)
            except OSError as err:
                print("Can't save counts files because %s" % err, file=sys.stderr)

    def write_results_file(self, path, lines, lnotab, lines_hit, encoding=None):
        """Write the annotated copy of one source; return (hit, executable)."""
        try:
            outfile = open(path, "w", encoding=encoding)
        except OSError as err:
            print(("trace: Could not open %r for writing: %s - skipping"
                   % (path, err)), file=sys.stderr)
            return 0, 0
        n_lines = n_hits = 0
        with outfile:
            for lineno, line in enumerate(lines, 1):
                if lineno in lines_hit:
                    outfile.write("%5d: " % lines_hit[lineno])
                    n_hits += 1
                    n_lines += 1
                elif lineno in lnotab and PRAGMA_NOCOVER not in line:
                    outfile.write(">>>>>> ")
                    n_lines += 1
                else:
                    outfile.write("       ")
                outfile.write(line.expandtabs(8))
        return n_hits, n_lines


def _class_of_code(code):
    """Name of the class whose method code is, or None.

    CPython walks gc referrers (code -> function -> class dict -> class);
    the qualified name carries the same answer without the walk."""
    parts = getattr(code, 'co_qualname', code.co_name).split('.')
    if len(parts) >= 2 and not parts[-2].startswith('<'):
        return parts[-2]
    return None


class Trace:
    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0,
                 ignoremods=(), ignoredirs=(), infile=None, outfile=None,
                 timing=False):
        self.infile = infile
        self.outfile = outfile
        self.ignore = _Ignore(ignoremods, ignoredirs)
        self.counts = {}
        self.pathtobasename = {}
        self.donothing = 0
        self.trace = trace
        self._calledfuncs = {}
        self._callers = {}
        self._caller_cache = {}
        self.start_time = _time() if timing else None
        if countcallers:
            self.globaltrace = self.globaltrace_trackcallers
        elif countfuncs:
            self.globaltrace = self.globaltrace_countfuncs
        elif trace and count:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_trace_and_count
        elif trace:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_trace
        elif count:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_count
        else:
            self.donothing = 1

    def run(self, cmd):
        import __main__
        d = __main__.__dict__
        self.runctx(cmd, d, d)

    def runctx(self, cmd, globals=None, locals=None):
        if globals is None:
            globals = {}
        if locals is None:
            locals = {}
        if not self.donothing:
            threading.settrace(self.globaltrace)
            sys.settrace(self.globaltrace)
        try:
            exec(cmd, globals, locals)
        finally:
            if not self.donothing:
                sys.settrace(None)
                threading.settrace(None)

    def runfunc(self, func, /, *args, **kw):
        result = None
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            result = func(*args, **kw)
        finally:
            if not self.donothing:
                sys.settrace(None)
        return result

    def file_module_function_of(self, frame):
        code = frame.f_code
        filename = code.co_filename
        modulename = _modname(filename) if filename else None
        funcname = code.co_name
        if code not in self._caller_cache:
            self._caller_cache[code] = _class_of_code(code)
        clsname = self._caller_cache[code]
        if clsname is not None:
            funcname = "%s.%s" % (clsname, funcname)
        return filename, modulename, funcname

    def globaltrace_trackcallers(self, frame, why, arg):
        if why == 'call':
            this_func = self.file_module_function_of(frame)
            parent_func = self.file_module_function_of(frame.f_back)
            self._callers[(parent_func, this_func)] = 1

    def globaltrace_countfuncs(self, frame, why, arg):
        if why == 'call':
            self._calledfuncs[self.file_module_function_of(frame)] = 1

    def globaltrace_lt(self, frame, why, arg):
        if why != 'call':
            return None
        filename = frame.f_globals.get('__file__', None)
        if not filename:
            return None
        modulename = _modname(filename)
        if modulename is not None and not self.ignore.names(filename, modulename):
            if self.trace:
                print((" --- modulename: %s, funcname: %s"
                       % (modulename, frame.f_code.co_name)))
            return self.localtrace
        return None

    def _print_line(self, frame):
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        if self.start_time:
            print('%.2f' % (_time() - self.start_time), end=' ')
        line = linecache.getline(filename, lineno)
        if line:
            print("%s(%d): %s" % (os.path.basename(filename), lineno, line), end='')
        else:
            print("%s(%d)" % (os.path.basename(filename), lineno))

    def _count_line(self, frame):
        key = frame.f_code.co_filename, frame.f_lineno
        self.counts[key] = self.counts.get(key, 0) + 1

    def localtrace_trace_and_count(self, frame, why, arg):
        if why == "line":
            self._count_line(frame)
            self._print_line(frame)
        return self.localtrace

    def localtrace_trace(self, frame, why, arg):
        if why == "line":
            self._print_line(frame)
        return self.localtrace

    def localtrace_count(self, frame, why, arg):
        if why == "line":
            self._count_line(frame)
        return self.localtrace

    def results(self):
        return CoverageResults(self.counts, infile=self.infile,
                               outfile=self.outfile,
                               calledfuncs=self._calledfuncs,
                               callers=self._callers)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='trace')
    parser.add_argument('--version', action='version', version='trace 2.0')
    grp = parser.add_argument_group('Main options')
    grp.add_argument('-c', '--count', action='store_true')
    grp.add_argument('-t', '--trace', action='store_true')
    grp.add_argument('-l', '--listfuncs', action='store_true')
    grp.add_argument('-T', '--trackcalls', action='store_true')
    grp.add_argument('-r', '--report', action='store_true')
    grp.add_argument('-R', '--no-report', action='store_true')
    grp = parser.add_argument_group('Modifiers')
    grp.add_argument('-f', '--file')
    grp.add_argument('-C', '--coverdir')
    grp.add_argument('-m', '--missing', action='store_true')
    grp.add_argument('-s', '--summary', action='store_true')
    grp.add_argument('-g', '--timing', action='store_true')
    grp = parser.add_argument_group('Filters')
    grp.add_argument('--ignore-module', action='append', default=[])
    grp.add_argument('--ignore-dir', action='append', default=[])
    parser.add_argument('--module', action='store_true')
    parser.add_argument('progname', nargs='?')
    parser.add_argument('arguments', nargs=argparse.REMAINDER)
    opts = parser.parse_args()

    def parse_ignore_dir(s):
        s = os.path.expanduser(os.path.expandvars(s))
        return os.path.normpath(s)

    opts.ignore_module = [mod.strip() for i in opts.ignore_module
                          for mod in i.split(',')]
    opts.ignore_dir = [parse_ignore_dir(s) for i in opts.ignore_dir
                       for s in i.split(os.pathsep)]
    if opts.report:
        if not opts.file:
            parser.error('-r/--report requires -f/--file')
        results = CoverageResults(infile=opts.file, outfile=opts.file)
        return results.write_results(opts.missing, opts.summary, opts.coverdir)
    if not any([opts.trace, opts.count, opts.listfuncs, opts.trackcalls]):
        parser.error('must specify one of --trace, --count, --report, '
                     '--listfuncs, or --trackcalls')
    if opts.listfuncs and (opts.count or opts.trace):
        parser.error('cannot specify both --listfuncs and (--trace or --count)')
    if opts.summary and not opts.count:
        parser.error('--summary can only be used with --count or --report')
    if opts.progname is None:
        parser.error('progname is missing: required with the main options')

    t = Trace(opts.count, opts.trace, countfuncs=opts.listfuncs,
              countcallers=opts.trackcalls, ignoremods=opts.ignore_module,
              ignoredirs=opts.ignore_dir, infile=opts.file,
              outfile=opts.file, timing=opts.timing)
    try:
        if opts.module:
            import runpy
            sys.argv = [opts.progname, *opts.arguments]
            code = "run_module(modname, run_name='__main__')"
            globs = {'run_module': runpy.run_module, 'modname': opts.progname}
        else:
            sys.argv = [opts.progname, *opts.arguments]
            sys.path[0] = os.path.dirname(opts.progname)
            with open(opts.progname, 'rb') as fp:
                code = compile(fp.read(), opts.progname, 'exec')
            globs = {'__file__': opts.progname, '__name__': '__main__',
                     '__package__': None, '__cached__': None}
        t.runctx(code, globs, globs)
    except OSError as err:
        sys.exit("Cannot run file %r because: %s" % (sys.argv[0], err))
    except SystemExit:
        pass
    results = t.results()
    if not opts.no_report:
        results.write_results(opts.missing, opts.summary, opts.coverdir)


if __name__ == '__main__':
    main()
