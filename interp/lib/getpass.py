"""Prompt for a password without echo; find the login name (gilpy).

CPython 3.11's API:
  getpass(prompt='Password: ', stream=None)
      On Unix, talks to the controlling terminal (/dev/tty, else stdin)
      with echo switched off through termios. When echo cannot be
      controlled -- no termios module (gilpy has none yet), or the input
      is not a terminal -- it falls back to reading a line from stdin after
      a GetPassWarning and a notice on the stream, like CPython does.
  getuser()
      $LOGNAME, $USER, $LNAME, $USERNAME, then the password database for
      the current uid (the pwd module, or /etc/passwd read directly when
      gilpy lacks pwd).
"""

import contextlib
import io
import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def unix_getpass(prompt='Password: ', stream=None):
    """Prompt for a password with echo turned off, on the terminal.

    prompt: written to `stream` (default: the terminal, else stderr).
    Returns the line typed, without its newline; EOFError at end of input;
    KeyboardInterrupt restores the echo before propagating."""
    import termios

    passwd = None
    with contextlib.ExitStack() as stack:
        try:
            # The controlling terminal, so that redirected stdin/stdout do
            # not capture the password exchange.
            fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
            tty = io.FileIO(fd, 'w+')
            stack.enter_context(tty)
            input = io.TextIOWrapper(tty)
            stack.enter_context(input)
            if not stream:
                stream = input
        except OSError:
            # No terminal: use stdin and write to stderr.
            stack.close()
            try:
                fd = sys.stdin.fileno()
            except (AttributeError, ValueError):
                fd = None
                passwd = fallback_getpass(prompt, stream)
            input = sys.stdin
            if not stream:
                stream = sys.stderr

        if fd is not None:
            try:
                old = termios.tcgetattr(fd)
                new = old[:]
                new[3] &= ~termios.ECHO   # index 3: the local modes
                tcsetattr_flags = termios.TCSAFLUSH
                if hasattr(termios, 'TCSASOFT'):
                    tcsetattr_flags |= termios.TCSASOFT
                try:
                    termios.tcsetattr(fd, tcsetattr_flags, new)
                    passwd = _raw_input(prompt, stream, input=input)
                finally:
                    termios.tcsetattr(fd, tcsetattr_flags, old)
                    stream.flush()
            except termios.error:
                if passwd is not None:
                    # Read fine, but restoring the modes failed: a real
                    # problem, do not hide it.
                    raise
                # Not a terminal: fall back to echoing input.
                if stream is not input:
                    stack.close()
                passwd = fallback_getpass(prompt, stream)

        stream.write('\n')
        return passwd


def fallback_getpass(prompt='Password: ', stream=None):
    """Prompt and read a line from stdin, warning that it may be echoed."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning,
                  stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def _raw_input(prompt="", stream=None, input=None):
    # input() without readline, writing the prompt to `stream`.
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            # The stream cannot encode the prompt: write it escaped.
            prompt = prompt.encode(stream.encoding, 'replace')
            prompt = prompt.decode(stream.encoding)
            stream.write(prompt)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def _passwd_name(uid):
    # The login name of `uid` from the password database.
    try:
        import pwd
    except ImportError:
        pwd = None
    if pwd is not None:
        return pwd.getpwuid(uid)[0]
    try:
        with open('/etc/passwd', encoding='utf-8', errors='surrogateescape') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 3 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('getpwuid(): uid not found: %d' % uid)


def getuser():
    """The login name: the first of $LOGNAME, $USER, $LNAME and $USERNAME
    that is set and non-empty, else the password database entry of the
    current uid (KeyError if there is none)."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    return _passwd_name(os.getuid())


# Choose the implementation once, as CPython does: termios when present.
try:
    import termios
    # Its presence alone is not enough: these two are what we use.
    termios.tcgetattr, termios.tcsetattr
except (ImportError, AttributeError):
    getpass = fallback_getpass
else:
    getpass = unix_getpass
