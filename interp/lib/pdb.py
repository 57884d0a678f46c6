"""The Python debugger: a minimal subset of CPython 3.11's pdb.

Design: Pdb = bdb.Bdb (when to stop) + cmd.Cmd (reading commands). Every
stop goes through interaction(): print the "> file(line)func()" header and
read commands until one of them resumes execution (step/next/continue/
return/quit set the bdb stop info and return 1 to end the command loop).
Output and messages follow CPython's formats so scripted sessions (commands
fed through stdin) produce the same transcript. Supported commands: step,
next, continue, return, quit, p, pp, list, where, up, down, args, break,
clear, help; aliases as in CPython (s n c r q l w bt u d a b cl h).
Not supported: commands/condition/ignore/tbreak/jump/display/alias/
interact/retval/source, .pdbrc files, post-mortem and `python -m pdb`.
"""

import bdb
import cmd
import linecache
import os
import pprint
import reprlib
import sys
import traceback

__all__ = ["run", "runeval", "runctx", "runcall", "set_trace", "Pdb"]

line_prefix = '\n-> '


class Restart(Exception):
    """Causes a debugger to be restarted for the debugged python program."""


class Pdb(bdb.Bdb, cmd.Cmd):

    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None,
                 nosigint=False, readrc=True):
        bdb.Bdb.__init__(self, skip=skip)
        cmd.Cmd.__init__(self, completekey, stdin, stdout)
        if stdout:
            self.use_rawinput = 0
        self.prompt = '(Pdb) '
        self.aliases = {}
        self.mainpyfile = ''
        self._wait_for_mainpyfile = False
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None

    # ---- output ------------------------------------------------------------

    def message(self, msg):
        print(msg, file=self.stdout)

    def error(self, msg):
        print('***', msg, file=self.stdout)

    # ---- bdb hooks -----------------------------------------------------------

    def reset(self):
        bdb.Bdb.reset(self)
        self.forget()

    def forget(self):
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None

    def setup(self, f, tb):
        self.forget()
        self.stack, self.curindex = self.get_stack(f, tb)
        self.curframe = self.stack[self.curindex][0]
        self.curframe_locals = self.curframe.f_locals

    def user_call(self, frame, argument_list):
        if self._wait_for_mainpyfile:
            return
        if self.stop_here(frame):
            self.message('--Call--')
            self.interaction(frame, None)

    def user_line(self, frame):
        if self._wait_for_mainpyfile:
            return
        self.interaction(frame, None)

    def user_return(self, frame, return_value):
        if self._wait_for_mainpyfile:
            return
        frame.f_locals['__return__'] = return_value
        self.message('--Return--')
        self.interaction(frame, None)

    def user_exception(self, frame, exc_info):
        if self._wait_for_mainpyfile:
            return
        exc_type, exc_value, exc_traceback = exc_info
        frame.f_locals['__exception__'] = exc_type, exc_value
        # StopIteration without a traceback is a generator finishing.
        prefix = 'Internal ' if (not exc_traceback
                                 and exc_type is StopIteration) else ''
        self.message('%s%s' % (prefix, self._format_exc(exc_value)))
        self.interaction(frame, exc_traceback)

    def _format_exc(self, exc):
        return traceback.format_exception_only(exc)[-1].strip()

    def interaction(self, frame, traceback):
        self.setup(frame, traceback)
        self.print_stack_entry(self.stack[self.curindex])
        self.cmdloop()
        self.forget()

    # ---- command loop plumbing ------------------------------------------------

    def default(self, line):
        if line[:1] == '!':
            line = line[1:]
        locals = self.curframe_locals
        globals = self.curframe.f_globals
        try:
            code = compile(line + '\n', '<stdin>', 'single')
            save_stdout = sys.stdout
            save_stdin = sys.stdin
            save_displayhook = sys.displayhook
            try:
                sys.stdin = self.stdin
                sys.stdout = self.stdout
                sys.displayhook = self.displayhook
                exec(code, globals, locals)
            finally:
                sys.stdout = save_stdout
                sys.stdin = save_stdin
                sys.displayhook = save_displayhook
        except:
            self._error_exc()

    def displayhook(self, obj):
        if obj is not None:
            self.message(repr(obj))

    def _error_exc(self):
        self.error(self._format_exc(sys.exc_info()[1]))

    def onecmd(self, line):
        return cmd.Cmd.onecmd(self, line)

    def _getval(self, arg):
        try:
            return eval(arg, self.curframe.f_globals, self.curframe_locals)
        except:
            self._error_exc()
            raise

    # ---- commands ---------------------------------------------------------------

    def do_step(self, arg):
        """s(tep)\nExecute the current line, stop at the first possible occasion."""
        self.set_step()
        return 1
    do_s = do_step

    def do_next(self, arg):
        """n(ext)\nContinue execution until the next line in the current function."""
        self.set_next(self.curframe)
        return 1
    do_n = do_next

    def do_return(self, arg):
        """r(eturn)\nContinue execution until the current function returns."""
        self.set_return(self.curframe)
        return 1
    do_r = do_return

    def do_continue(self, arg):
        """c(ont(inue))\nContinue execution, only stop when a breakpoint is encountered."""
        self.set_continue()
        return 1
    do_c = do_cont = do_continue

    def do_quit(self, arg):
        """q(uit)\nexit\nQuit from the debugger."""
        self._user_requested_quit = True
        self.set_quit()
        return 1
    do_q = do_exit = do_quit

    def do_EOF(self, arg):
        self.message('')
        self._user_requested_quit = True
        self.set_quit()
        return 1

    def do_p(self, arg):
        """p expression\nPrint the value of the expression."""
        try:
            self.message(repr(self._getval(arg)))
        except:
            pass

    def do_pp(self, arg):
        """pp expression\nPretty-print the value of the expression."""
        try:
            self.message(pprint.pformat(self._getval(arg)))
        except:
            pass

    def do_args(self, arg):
        """a(rgs)\nPrint the argument list of the current function."""
        co = self.curframe.f_code
        loc = self.curframe_locals
        n = co.co_argcount + co.co_kwonlyargcount
        if co.co_flags & 4:
            n += 1
        if co.co_flags & 8:
            n += 1
        for name in co.co_varnames[:n]:
            if name in loc:
                self.message('%s = %r' % (name, loc[name]))
            else:
                self.message('%s = *** undefined ***' % (name,))
    do_a = do_args

    def do_where(self, arg):
        """w(here)\nPrint a stack trace, with the most recent frame at the bottom."""
        self.print_stack_trace()
    do_w = do_bt = do_where

    def _select_frame(self, number):
        self.curindex = number
        self.curframe = self.stack[self.curindex][0]
        self.curframe_locals = self.curframe.f_locals
        self.print_stack_entry(self.stack[self.curindex])
        self.lineno = None

    def do_up(self, arg):
        """u(p) [count]\nMove the current frame count (default one) levels up."""
        if self.curindex == 0:
            self.error('Oldest frame')
            return
        try:
            count = int(arg or 1)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return
        newframe = 0 if count < 0 else max(0, self.curindex - count)
        self._select_frame(newframe)
    do_u = do_up

    def do_down(self, arg):
        """d(own) [count]\nMove the current frame count (default one) levels down."""
        if self.curindex + 1 == len(self.stack):
            self.error('Newest frame')
            return
        try:
            count = int(arg or 1)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return
        if count < 0:
            newframe = len(self.stack) - 1
        else:
            newframe = min(len(self.stack) - 1, self.curindex + count)
        self._select_frame(newframe)
    do_d = do_down

    def do_list(self, arg):
        """l(ist) [first[, last] | .]\nList source code for the current file."""
        self.lastcmd = 'list'
        last = None
        if arg and arg != '.':
            try:
                if ',' in arg:
                    first, last = arg.split(',')
                    first = int(first.strip())
                    last = int(last.strip())
                    if last < first:
                        last = first + last
                else:
                    first = max(1, int(arg.strip()) - 5)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return
        elif self.lineno is None or arg == '.':
            first = max(1, self.curframe.f_lineno - 5)
        else:
            first = self.lineno + 1
        if last is None:
            last = first + 10
        filename = self.curframe.f_code.co_filename
        lines = linecache.getlines(filename, self.curframe.f_globals)
        self._print_lines(lines[first - 1:last], first,
                          self.get_file_breaks(filename), self.curframe)
        self.lineno = min(last, len(lines))
        if len(lines) < last:
            self.message('[EOF]')
    do_l = do_list

    def _print_lines(self, lines, start, breaks=(), frame=None):
        current_lineno = frame.f_lineno if frame else -1
        exc_lineno = -1
        for lineno, line in enumerate(lines, start):
            s = str(lineno).rjust(3)
            if len(s) < 4:
                s += ' '
            s += 'B' if lineno in breaks else ' '
            if lineno == current_lineno:
                s += '->'
            elif lineno == exc_lineno:
                s += '>>'
            self.message(s + '\t' + line.rstrip())

    def do_break(self, arg, temporary=0):
        """b(reak) [ ([filename:]lineno | function) [, condition] ]"""
        if not arg:
            if self.breaks:
                self.message("Num Type         Disp Enb   Where")
                for bp in bdb.Breakpoint.bpbynumber:
                    if bp:
                        self.message(bp.bpformat())
            return
        cond = None
        comma = arg.find(',')
        if comma > 0:
            cond = arg[comma + 1:].lstrip()
            arg = arg[:comma].rstrip()
        colon = arg.rfind(':')
        funcname = None
        if colon >= 0:
            filename = arg[:colon].rstrip()
            f = self.lookupmodule(filename)
            if not f:
                self.error('%r not found from sys.path' % filename)
                return
            filename = f
            try:
                lineno = int(arg[colon + 1:].lstrip())
            except ValueError:
                self.error('Bad lineno: %s' % arg[colon + 1:].lstrip())
                return
        else:
            try:
                lineno = int(arg)
                filename = self.curframe.f_code.co_filename
            except ValueError:
                try:
                    func = eval(arg, self.curframe.f_globals, self.curframe_locals)
                except:
                    func = None
                code = getattr(getattr(func, '__func__', func), '__code__', None)
                if code is None:
                    self.error('The specified object %r is not a function '
                               'or was not found along sys.path.' % arg)
                    return
                funcname = code.co_name
                lineno = code.co_firstlineno
                filename = code.co_filename
        if funcname is None and not self.checkline(filename, lineno):
            return
        err = self.set_break(filename, lineno, temporary, cond, funcname)
        if err:
            self.error(err)
        else:
            bp = self.get_breaks(filename, lineno)[-1]
            self.message("Breakpoint %d at %s:%d" % (bp.number, bp.file, bp.line))
    do_b = do_break

    def checkline(self, filename, lineno):
        """lineno if a breakpoint can go there, else 0 (after saying why)."""
        globs = self.curframe.f_globals if self.curframe else None
        line = linecache.getline(filename, lineno, globs)
        if not line:
            self.message('End of file')
            return 0
        line = line.strip()
        if (not line or line[0] == '#' or line[:3] == '"""'
                or line[:3] == "'''"):
            self.error('Blank or comment')
            return 0
        return lineno

    def lookupmodule(self, filename):
        if os.path.isabs(filename) and os.path.exists(filename):
            return filename
        f = os.path.join(sys.path[0], filename)
        if os.path.exists(f) and self.canonic(f) == self.mainpyfile:
            return f
        root, ext = os.path.splitext(filename)
        if ext == '':
            filename = filename + '.py'
        if os.path.isabs(filename):
            return filename
        for dirname in sys.path:
            while os.path.islink(dirname):
                dirname = os.readlink(dirname)
            fullname = os.path.join(dirname, filename)
            if os.path.exists(fullname):
                return fullname
        return None

    def do_clear(self, arg):
        """cl(ear) [bpnumber [bpnumber...]]\nDelete breakpoints."""
        if not arg:
            try:
                reply = input('Clear all breaks? ')
            except EOFError:
                reply = 'no'
            if reply.strip().lower() in ('y', 'yes'):
                bplist = [bp for bp in bdb.Breakpoint.bpbynumber if bp]
                self.clear_all_breaks()
                for bp in bplist:
                    self.message('Deleted %s' % bp)
            return
        if ':' in arg:
            i = arg.rfind(':')
            filename = arg[:i]
            try:
                lineno = int(arg[i + 1:])
            except ValueError:
                err = "Invalid line number (%s)" % arg
            else:
                bplist = self.get_breaks(filename, lineno)[:]
                err = self.clear_break(filename, lineno)
            if err:
                self.error(err)
            else:
                for bp in bplist:
                    self.message('Deleted %s' % bp)
            return
        for i in arg.split():
            try:
                bp = self.get_bpbynumber(i)
            except ValueError as err:
                self.error(err)
            else:
                self.clear_bpbynumber(i)
                self.message('Deleted %s' % bp)
    do_cl = do_clear

    def do_help(self, arg):
        """h(elp)\nWithout argument, print the list of available commands."""
        return cmd.Cmd.do_help(self, arg)
    do_h = do_help

    # ---- stack printing -----------------------------------------------------------

    def print_stack_trace(self):
        try:
            for frame_lineno in self.stack:
                self.print_stack_entry(frame_lineno)
        except KeyboardInterrupt:
            pass

    def print_stack_entry(self, frame_lineno, prompt_prefix=line_prefix):
        frame, lineno = frame_lineno
        prefix = '> ' if frame is self.curframe else '  '
        self.message(prefix + self.format_stack_entry(frame_lineno, prompt_prefix))


# ---- module-level helpers --------------------------------------------------

def run(statement, globals=None, locals=None):
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    return Pdb().runcall(*args, **kwds)


def set_trace(*, header=None):
    pdb = Pdb()
    if header is not None:
        pdb.message(header)
    pdb.set_trace(sys._getframe().f_back)
