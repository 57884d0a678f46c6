"""subprocess: spawn processes, connect to their pipes, get their status.

gilpy's version is written over the posix calls alone (there is no
_posixsubprocess): Popen forks, and the child -- still running Python --
moves the pipe ends onto 0/1/2, changes directory, closes the other
descriptors and execs. Whatever goes wrong in the child before or during
exec is reported to the parent through an "error pipe" (close-on-exec, so a
successful exec closes it with nothing written) as

    b"<exception name>:<errno in hex>:<message or 'noexec'>"

and the parent raises the matching exception, e.g.
FileNotFoundError: [Errno 2] No such file or directory: 'nosuchprog'.
The program is looked up along PATH in the parent; the child tries each
candidate, keeping the first error that is not "not found" (as execvpe).

communicate() multiplexes the pipes with a poll selector so that neither
side can block the other, and honours its timeout; the output collected
before a timeout is kept, so a later communicate() carries on.
"""
import builtins
import errno
import io
import os
import posix as _posix
import sys
import time
import types
import signal as _signal_mod
import _signal

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

# How much communicate() reads or writes per ready event: one atomic pipe
# write; larger chunks could block a writer whose reader is slow.
_PIPE_BUF = 4096

# How much of the child's error report the parent reads: a message longer
# than this would be a bug in the child code.
_ERRPIPE_MAX = 50000


# ---- exceptions -------------------------------------------------------------

class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run(check=True) or check_call()/check_output() see a
    non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (
                    self.cmd, _signal_mod.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (
                    self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (
            self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout of a wait or communicate expires."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


# ---- helpers ----------------------------------------------------------------

def list2cmdline(seq):
    """Join arguments into one command line quoted by the rules of the
    Microsoft C runtime (what Windows programs parse argv with)."""
    out = []
    for arg in map(os.fsdecode, seq):
        if out:
            out.append(' ')
        quote = not arg or ' ' in arg or '\t' in arg
        if quote:
            out.append('"')
        pending = 0             # backslashes not yet written
        for c in arg:
            if c == '\\':
                pending += 1
            elif c == '"':
                # backslashes before a quote are doubled, then the quote escaped
                out.append('\\' * (pending * 2) + '\\"')
                pending = 0
            else:
                out.append('\\' * pending + c)
                pending = 0
        # before the closing quote they are doubled too
        out.append('\\' * (pending * 2 if quote else pending))
        if quote:
            out.append('"')
    return ''.join(out)


def _text_encoding():
    return 'utf-8'


def _translate_newlines(data, encoding, errors):
    data = data.decode(encoding, errors)
    return data.replace("\r\n", "\n").replace("\r", "\n")


# Popen objects dropped while their child still ran: reaped later so that
# they do not stay zombies.
_active = []


def _cleanup():
    for inst in _active[:]:
        res = inst._internal_poll(_deadstate=sys.maxsize)
        if res is not None:
            try:
                _active.remove(inst)
            except ValueError:
                pass


# ---- high-level functions ---------------------------------------------------

def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it, return its returncode."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Like call(), but raise CalledProcessError on a non-zero status."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; CalledProcessError on failure."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError('%s argument not allowed, it will be overridden.' % kw)
    if 'input' in kwargs and kwargs['input'] is None:
        # an explicit input=None means "no stdin" for check_output, not "inherit"
        if kwargs.get('universal_newlines') or kwargs.get('text') or \
                kwargs.get('encoding') or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


class CompletedProcess(object):
    """The result of run(): args, returncode, stdout, stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args),
                 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            parts.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            parts.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(parts))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()   # the exception already holds the output so far
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exitcode, output) of a shell command; one trailing newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output (stdout and stderr) of a shell command."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


# ---- Popen --------------------------------------------------------------------

class Popen:
    """Execute a child program in a new process."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        _cleanup()
        self._waitpid_lock = None
        self._input = None
        self._communication_started = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if not isinstance(pipesize, int):
            raise TypeError("pipesize must be an integer")
        if pass_fds and not close_fds:
            import warnings
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if user is not None or group is not None or extra_groups is not None:
            raise ValueError("user, group and extra_groups are not supported by gilpy")
        if process_group is not None and not hasattr(os, 'setpgid'):
            raise ValueError("process_group is not supported by gilpy")

        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize

        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = _text_encoding()

        line_buffering = False
        if bufsize == 1:
            line_buffering = True
            if not self.text_mode:
                import warnings
                warnings.warn("line buffering (buffering=1) isn't supported in "
                              "binary mode, the default buffer size will be used",
                              RuntimeWarning)
                bufsize = -1

        (p2cread, p2cwrite, c2pread, c2pwrite,
         errread, errwrite) = self._get_handles(stdin, stdout, stderr)

        try:
            if p2cwrite != -1:
                self.stdin = io.open(p2cwrite, 'wb', bufsize)
                if self.text_mode:
                    self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                                  line_buffering=line_buffering,
                                                  encoding=encoding, errors=errors)
            if c2pread != -1:
                self.stdout = io.open(c2pread, 'rb', bufsize)
                if self.text_mode:
                    self.stdout = io.TextIOWrapper(self.stdout, encoding=encoding, errors=errors)
            if errread != -1:
                self.stderr = io.open(errread, 'rb', bufsize)
                if self.text_mode:
                    self.stderr = io.TextIOWrapper(self.stderr, encoding=encoding, errors=errors)

            self._execute_child(args, executable, preexec_fn, close_fds,
                                pass_fds, cwd, env, startupinfo, creationflags,
                                shell, p2cread, p2cwrite, c2pread, c2pwrite,
                                errread, errwrite, restore_signals,
                                process_group, umask, start_new_session)
        except:
            for f in filter(None, (self.stdin, self.stdout, self.stderr)):
                try:
                    f.close()
                except OSError:
                    pass
            if not getattr(self, '_closed_child_pipe_fds', False):
                for fd in (p2cread, c2pwrite, errwrite):
                    if fd != -1 and fd not in (p2cwrite, c2pread, errread) and \
                            fd in self._owned_fds:
                        try:
                            os.close(fd)
                        except OSError:
                            pass
            if hasattr(self, '_devnull'):
                os.close(self._devnull)
                del self._devnull
            raise

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def __repr__(self):
        r = "<%s: returncode: %s args: %r>" % (self.__class__.__name__, self.returncode, self.args)
        if len(r) > 80:
            r = r[:76] + "...>"
        return r

    __class_getitem__ = classmethod(types.GenericAlias)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def __del__(self):
        if not self._child_created or self.returncode is not None:
            return
        if self._internal_poll(_deadstate=sys.maxsize) is None:
            _active.append(self)   # reaped by a later Popen

    # -- descriptors --

    def _get_devnull(self):
        if not hasattr(self, '_devnull'):
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    def _get_handles(self, stdin, stdout, stderr):
        """(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite): the
        child's ends and the parent's ends of its standard streams, -1 where
        the stream is inherited."""
        self._owned_fds = set()
        p2cread, p2cwrite = -1, -1
        c2pread, c2pwrite = -1, -1
        errread, errwrite = -1, -1

        if stdin is None:
            pass
        elif stdin == PIPE:
            p2cread, p2cwrite = os.pipe()
            self._owned_fds.add(p2cread)
        elif stdin == DEVNULL:
            p2cread = self._get_devnull()
        elif isinstance(stdin, int):
            p2cread = stdin
        else:
            p2cread = stdin.fileno()

        if stdout is None:
            pass
        elif stdout == PIPE:
            c2pread, c2pwrite = os.pipe()
            self._owned_fds.add(c2pwrite)
        elif stdout == DEVNULL:
            c2pwrite = self._get_devnull()
        elif isinstance(stdout, int):
            c2pwrite = stdout
        else:
            c2pwrite = stdout.fileno()

        if stderr is None:
            pass
        elif stderr == PIPE:
            errread, errwrite = os.pipe()
            self._owned_fds.add(errwrite)
        elif stderr == STDOUT:
            if c2pwrite != -1:
                errwrite = c2pwrite
            else:
                errwrite = sys.__stdout__.fileno()
        elif stderr == DEVNULL:
            errwrite = self._get_devnull()
        elif isinstance(stderr, int):
            errwrite = stderr
        else:
            errwrite = stderr.fileno()

        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

    # -- starting the child --

    def _execute_child(self, args, executable, preexec_fn, close_fds,
                       pass_fds, cwd, env, startupinfo, creationflags,
                       shell, p2cread, p2cwrite, c2pread, c2pwrite,
                       errread, errwrite, restore_signals,
                       process_group, umask, start_new_session):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)

        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable

        if executable is None:
            executable = args[0]
        orig_executable = executable

        # Everything is converted before fork: bad arguments raise here.
        argv = [os.fsencode(a) for a in args]
        if env is not None:
            env_b = {}
            for k, v in env.items():
                k = os.fsencode(k)
                if b'=' in k:
                    raise ValueError("illegal environment variable name")
                env_b[k] = os.fsencode(v)
        else:
            env_b = None
        executable = os.fsencode(executable)
        if os.path.dirname(executable):
            candidates = (executable,)
        else:
            candidates = tuple(os.path.join(os.fsencode(d), executable)
                               for d in os.get_exec_path(env))
        if cwd is not None:
            cwd_b = os.fsencode(cwd)
        else:
            cwd_b = None
        keep = sorted(set(int(fd) for fd in pass_fds))
        if process_group is None:
            process_group = -1

        errpipe_read, errpipe_write = os.pipe()
        try:
            try:
                # CPython runs the os.register_at_fork callables only when
                # there is a preexec_fn (Python code in the child)
                pid = os.fork() if preexec_fn is not None else _posix._fork_no_hooks()
                if pid == 0:
                    _child_exec(candidates, argv, env_b, cwd_b, p2cread, c2pwrite,
                                errwrite, errpipe_write, close_fds, keep,
                                restore_signals, start_new_session,
                                process_group, umask, preexec_fn)
                    # not reached: _child_exec ends with exec or _exit
                self.pid = pid
                self._child_created = True
            finally:
                os.close(errpipe_write)
            self._close_pipe_fds(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

            # An empty read: exec succeeded (the pipe was close-on-exec).
            parts = []
            while True:
                part = os.read(errpipe_read, _ERRPIPE_MAX)
                if not part:
                    break
                parts.append(part)
                if sum(map(len, parts)) > _ERRPIPE_MAX:
                    break
            data = b''.join(parts)
        finally:
            os.close(errpipe_read)

        if data:
            try:
                pid, sts = os.waitpid(self.pid, 0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
                else:
                    self.returncode = sys.maxsize
            except ChildProcessError:
                pass
            try:
                exc_name, hex_errno, err_msg = data.split(b':', 2)
                err_msg = err_msg.decode()
            except ValueError:
                exc_name = b'SubprocessError'
                hex_errno = b'0'
                err_msg = 'Bad exception data from child: {!r}'.format(bytes(data))
            exc_type = getattr(builtins, exc_name.decode('ascii'), SubprocessError)
            if issubclass(exc_type, OSError) and hex_errno:
                errno_num = int(hex_errno, 16)
                if err_msg == "noexec":
                    # failed before exec: the only OSError there is chdir(cwd)
                    err_msg = ""
                    err_filename = cwd
                else:
                    err_filename = orig_executable
                if errno_num != 0:
                    err_msg = os.strerror(errno_num)
                raise exc_type(errno_num, err_msg, err_filename)
            raise exc_type(err_msg)

    def _close_pipe_fds(self, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite):
        # the child's ends of the pipes we made, and /dev/null
        devnull = getattr(self, '_devnull', None)
        if p2cread != -1 and p2cwrite != -1 and p2cread != devnull:
            os.close(p2cread)
        if c2pwrite != -1 and c2pread != -1 and c2pwrite != devnull:
            os.close(c2pwrite)
        if errwrite != -1 and errread != -1 and errwrite != devnull:
            os.close(errwrite)
        if devnull is not None:
            os.close(devnull)
            del self._devnull
        self._closed_child_pipe_fds = True

    # -- waiting --

    def _handle_exitstatus(self, sts):
        if os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def _internal_poll(self, _deadstate=None):
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except OSError as e:
                if _deadstate is not None:
                    self.returncode = _deadstate
                elif e.errno == errno.ECHILD:
                    # reaped by someone else (SIGCHLD ignored ...): status unknown
                    self.returncode = 0
        return self.returncode

    def poll(self):
        """The returncode if the child has terminated, else None."""
        return self._internal_poll()

    def _try_wait(self, wait_flags):
        try:
            return os.waitpid(self.pid, wait_flags)
        except ChildProcessError:
            # already reaped elsewhere: report success, as CPython does
            return self.pid, 0

    def wait(self, timeout=None):
        """Wait for the child to terminate; return its returncode.
        TimeoutExpired if it is still running after `timeout` seconds."""
        if self.returncode is not None:
            return self.returncode
        if timeout is not None:
            endtime = time.monotonic() + timeout
            # Poll with a growing delay: waitpid() has no timeout. The delay
            # starts small (a quick child is seen quickly) and is capped so
            # the wait overshoots the deadline by at most 50 ms.
            delay = 0.0005
            while True:
                pid, sts = self._try_wait(os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
                    break
                remaining = endtime - time.monotonic()
                if remaining <= 0:
                    raise TimeoutExpired(self.args, timeout)
                delay = min(delay * 2, remaining, .05)
                time.sleep(delay)
        else:
            while self.returncode is None:
                pid, sts = self._try_wait(0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
        return self.returncode

    # -- signals --

    def send_signal(self, sig):
        """Send a signal to the child (nothing if it has been reaped)."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(_signal.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(_signal.SIGKILL)

    # -- communicate --

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                raise

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - time.monotonic()

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq,
                       skip_check_and_raise=False):
        if endtime is None:
            return
        if skip_check_and_raise or time.monotonic() > endtime:
            raise TimeoutExpired(
                self.args, orig_timeout,
                output=b''.join(stdout_seq) if stdout_seq else None,
                stderr=b''.join(stderr_seq) if stderr_seq else None)

    def communicate(self, input=None, timeout=None):
        """Send input to stdin, read stdout and stderr until end of file,
        wait for the child. Returns (stdout_data, stderr_data)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")

        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            # one pipe at most: no need to multiplex
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return (stdout, stderr)

        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def _save_input(self, input):
        if self.stdin and self._input is None:
            self._input_offset = 0
            self._input = input
            if input is not None and self.text_mode:
                self._input = self._input.encode(self.stdin.encoding, self.stdin.errors)

    def _communicate(self, input, endtime, orig_timeout):
        import selectors
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass

        stdout = None
        stderr = None
        if not self._communication_started:
            self._fileobj2output = {}
            if self.stdout:
                self._fileobj2output[self.stdout] = []
            if self.stderr:
                self._fileobj2output[self.stderr] = []
        if self.stdout:
            stdout = self._fileobj2output[self.stdout]
        if self.stderr:
            stderr = self._fileobj2output[self.stderr]

        self._save_input(input)
        if self._input is not None:
            input_view = memoryview(self._input)

        with selectors.PollSelector() as selector:
            if self.stdin and input:
                selector.register(self.stdin, selectors.EVENT_WRITE)
            if self.stdout and not self.stdout.closed:
                selector.register(self.stdout, selectors.EVENT_READ)
            if self.stderr and not self.stderr.closed:
                selector.register(self.stderr, selectors.EVENT_READ)

            while selector.get_map():
                timeout = self._remaining_time(endtime)
                if timeout is not None and timeout < 0:
                    self._check_timeout(endtime, orig_timeout, stdout, stderr,
                                        skip_check_and_raise=True)
                ready = selector.select(timeout)
                self._check_timeout(endtime, orig_timeout, stdout, stderr)

                for key, events in ready:
                    if key.fileobj is self.stdin:
                        chunk = input_view[self._input_offset:self._input_offset + _PIPE_BUF]
                        try:
                            self._input_offset += os.write(key.fd, chunk)
                        except BrokenPipeError:
                            selector.unregister(key.fileobj)
                            key.fileobj.close()
                        else:
                            if self._input_offset >= len(self._input):
                                selector.unregister(key.fileobj)
                                key.fileobj.close()
                    elif key.fileobj in (self.stdout, self.stderr):
                        data = os.read(key.fd, 32768)
                        if not data:
                            selector.unregister(key.fileobj)
                            key.fileobj.close()
                        self._fileobj2output[key.fileobj].append(data)

        self.wait(timeout=self._remaining_time(endtime))

        if stdout is not None:
            stdout = b''.join(stdout)
        if stderr is not None:
            stderr = b''.join(stderr)
        if self.text_mode:
            if stdout is not None:
                stdout = _translate_newlines(stdout, self.stdout.encoding, self.stdout.errors)
            if stderr is not None:
                stderr = _translate_newlines(stderr, self.stderr.encoding, self.stderr.errors)
        return (stdout, stderr)


# ---- the child side -------------------------------------------------------------

def _child_report(fd, exc_name, err, msg):
    try:
        os.write(fd, b"%s:%x:%s" % (exc_name.encode('ascii'), err, msg.encode('utf-8', 'replace')))
    except BaseException:
        pass


def _child_exec(candidates, argv, env, cwd, p2cread, c2pwrite, errwrite,
                errpipe_write, close_fds, keep, restore_signals,
                start_new_session, process_group, umask, preexec_fn):
    """Runs in the forked child: set up and exec, or report and _exit."""
    try:
        reached_exec = False
        try:
            # A descriptor about to be overwritten by an earlier dup2 is
            # moved out of the way first.
            if c2pwrite == 0:
                c2pwrite = os.dup(c2pwrite)
            while errwrite in (0, 1):
                errwrite = os.dup(errwrite)
            for src, dst in ((p2cread, 0), (c2pwrite, 1), (errwrite, 2)):
                if src == dst:
                    os.set_inheritable(src, True)
                elif src != -1:
                    os.dup2(src, dst)
            if cwd is not None:
                os.chdir(cwd)
            if umask >= 0:
                os.umask(umask)
            if restore_signals:
                # what the interpreter ignores for itself, back to default
                _signal._restore_defaults([_signal.SIGPIPE, _signal.SIGXFSZ])
            if start_new_session:
                os.setsid()
            if process_group >= 0:
                os.setpgid(0, process_group)
            if preexec_fn is not None:
                try:
                    preexec_fn()
                except BaseException:
                    _child_report(errpipe_write, "SubprocessError", 0,
                                  "Exception occurred in preexec_fn.")
                    os._exit(255)
            for fd in keep:
                os.set_inheritable(fd, True)
            if close_fds:
                _close_fds(set(keep) | {errpipe_write})
            reached_exec = True
            first_err = None
            last_err = errno.ENOENT
            for path in candidates:
                try:
                    if env is None:
                        os.execv(path, argv)
                    else:
                        os.execve(path, argv, env)
                except OSError as e:
                    last_err = e.errno
                    if first_err is None and e.errno not in (errno.ENOENT, errno.ENOTDIR):
                        first_err = e.errno
            _child_report(errpipe_write, "OSError",
                          first_err if first_err is not None else last_err, "")
        except OSError as e:
            _child_report(errpipe_write, "OSError", e.errno or 0,
                          "" if reached_exec else "noexec")
        except BaseException as e:
            _child_report(errpipe_write, type(e).__name__, 0, str(e))
    finally:
        os._exit(255)


def _close_fds(keep):
    try:
        fds = [int(name) for name in os.listdir('/proc/self/fd')]
    except OSError:
        # no /proc: the usual range (descriptors above it are rare)
        fds = range(3, 1024)
    for fd in fds:
        if fd >= 3 and fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass
