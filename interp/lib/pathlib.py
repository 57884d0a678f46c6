"""Object-oriented filesystem paths (POSIX only).

A path is stored parsed: _root ('' , '/' or '//': POSIX keeps exactly two
leading slashes, more collapse to one) and _parts, the components with the
root as first element when there is one. Parsing drops empty components and
'.', never '..' (that would change the meaning across symbolic links).
The string form is computed once and cached.

PurePath / PurePosixPath only compute on names; Path / PosixPath add the
filesystem calls (through os). PureWindowsPath/WindowsPath are not provided.
glob() is a chain of selectors, one per pattern component: a literal name
(_Precise), a wildcard (_Wildcard, matching hidden names too, unlike the
glob module) and '**' (_RecursiveWildcard: the directory itself and every
directory below, not following symbolic links, each result yielded once).
"""
import fnmatch
import functools
import io
import os
import posixpath
import re
import sys
from errno import ENOENT, ENOTDIR, EBADF, ELOOP
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]

# Errors that mean "this path is not there" for exists()/is_*() and glob.
_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _ignore_error(exception):
    return getattr(exception, 'errno', None) in _IGNORED_ERRNOS


def _split_arg(a):
    """(root, names) of one path string."""
    root = ''
    if a.startswith('/'):
        stripped = a.lstrip('/')
        root = '//' if len(a) - len(stripped) == 2 else '/'
        a = stripped
    return root, [x for x in a.split('/') if x and x != '.']


def _parse_args(args):
    """(root, parts) of the path made by joining args; an absolute argument
    discards everything before it."""
    root = ''
    names = []
    for a in args:
        if isinstance(a, PurePath):
            r, n = a._root, (a._parts[1:] if a._root else a._parts)
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError(
                    "argument should be a str object or an os.PathLike "
                    "object returning str, not %r" % (type(a),))
            r, n = _split_arg(a)
        if r:
            root = r
            names = list(n)
        else:
            names.extend(n)
    return root, ([root] + names if root else names)


class _PathParents:
    """The read-only sequence of a path's ancestors (path.parents)."""

    __slots__ = ('_pathcls', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._pathcls._from_parsed(self._root, self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


# Characters as_uri() leaves unescaped (RFC 3986 unreserved, plus '/').
_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


class PurePath:
    """A filesystem path that supports only computations on its text."""

    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _from_args(cls, args):
        root, parts = _parse_args(args)
        return cls._from_parsed(root, parts)

    @classmethod
    def _from_parsed(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = parts
        self._str = None
        self._hash = None
        return self

    def _make_child(self, args):
        root, parts = _parse_args(args)
        if root:
            return self._from_parsed(root, parts)
        return self._from_parsed(self._root, self._parts + parts)

    def _make_child_relpath(self, name):
        return self._from_parsed(self._root, self._parts + [name])

    def __str__(self):
        s = self._str
        if s is None:
            if self._root:
                s = self._root + '/'.join(self._parts[1:])
            else:
                s = '/'.join(self._parts) or '.'
            self._str = s
        return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as a string with forward slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        out = []
        for b in os.fsencode(str(self)):
            if b in _URI_SAFE:
                out.append(chr(b))
            else:
                out.append('%%%02X' % b)
        return 'file://' + ''.join(out)

    # ---- comparison ------------------------------------------------------

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts == other._parts

    def __hash__(self):
        h = self._hash
        if h is None:
            h = self._hash = hash(tuple(self._parts))
        return h

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts < other._parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts <= other._parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts > other._parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts >= other._parts

    # ---- components ------------------------------------------------------

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(self._parts)

    @property
    def name(self):
        parts = self._parts
        if len(parts) == (1 if self._root else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        parts = self._parts
        if not parts or (self._root and len(parts) == 1):
            return self
        return self._from_parsed(self._root, parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        """A new path with the final component replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or name.endswith('/') or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """A new path with the stem (name without suffix) replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """A new path with the suffix replaced (added; removed if empty)."""
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """The path relative to other; ValueError if it is not below it."""
        if not other:
            raise TypeError("need at least one argument")
        to_root, to_parts = _parse_args(other)
        n = len(to_parts)
        if (self._root if n == 0 else self._parts[:n] != to_parts):
            formatted = self._from_parsed(to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._from_parsed('', self._parts[n:])

    def is_relative_to(self, *other):
        """Whether the path is relative to other."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """Join with each argument in turn (an absolute one restarts)."""
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key, self))
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Whether the path matches a glob-style pattern, from the right
        (from the left too when the pattern is absolute)."""
        root, pat_parts = _parse_args((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        parts = self._parts
        if root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class PurePosixPath(PurePath):
    """PurePath for POSIX systems."""
    __slots__ = ()


# ---- glob selectors ------------------------------------------------------------

def _is_wildcard_pattern(pat):
    return '*' in pat or '?' in pat or '[' in pat


def _make_selector(pattern_parts):
    pat = pattern_parts[0]
    child_parts = pattern_parts[1:]
    if pat == '**':
        cls = _RecursiveWildcardSelector
    elif '**' in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    elif _is_wildcard_pattern(pat):
        cls = _WildcardSelector
    else:
        cls = _PreciseSelector
    return cls(pat, child_parts)


class _Selector:
    def __init__(self, child_parts):
        self.child_parts = child_parts
        if child_parts:
            self.successor = _make_selector(child_parts)
            self.dironly = True
        else:
            self.successor = _TerminatingSelector()
            self.dironly = False

    def select_from(self, parent_path):
        if not parent_path.is_dir():
            return iter([])
        return self._select_from(parent_path)


class _TerminatingSelector:
    def _select_from(self, parent_path):
        yield parent_path


class _PreciseSelector(_Selector):
    def __init__(self, name, child_parts):
        self.name = name
        _Selector.__init__(self, child_parts)

    def _select_from(self, parent_path):
        try:
            if self.name:
                path = parent_path._make_child_relpath(self.name)
            else:
                path = parent_path      # a trailing '/' in the pattern
            if (path.is_dir() if self.dironly else path.exists()):
                yield from self.successor._select_from(path)
        except PermissionError:
            return


class _WildcardSelector(_Selector):
    def __init__(self, pat, child_parts):
        self.match = re.compile(fnmatch.translate(pat)).fullmatch
        _Selector.__init__(self, child_parts)

    def _select_from(self, parent_path):
        try:
            entries = list(os.scandir(parent_path))
        except PermissionError:
            return
        for entry in entries:
            if self.dironly:
                try:
                    if not entry.is_dir():
                        continue
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                    continue
            name = entry.name
            if self.match(name):
                path = parent_path._make_child_relpath(name)
                yield from self.successor._select_from(path)


class _RecursiveWildcardSelector(_Selector):
    def __init__(self, pat, child_parts):
        _Selector.__init__(self, child_parts)

    def _iterate_directories(self, parent_path):
        yield parent_path
        try:
            entries = list(os.scandir(parent_path))
        except PermissionError:
            return
        for entry in entries:
            try:
                is_dir = entry.is_dir() and not entry.is_symlink()
            except OSError as e:
                if not _ignore_error(e):
                    raise
                is_dir = False
            if is_dir:
                path = parent_path._make_child_relpath(entry.name)
                yield from self._iterate_directories(path)

    def _select_from(self, parent_path):
        yielded = set()
        try:
            for start in self._iterate_directories(parent_path):
                for p in self.successor._select_from(start):
                    if p not in yielded:
                        yield p
                        yielded.add(p)
        finally:
            yielded.clear()


# ---- concrete paths ------------------------------------------------------------

class Path(PurePath):
    """A PurePath that can also do filesystem calls."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory (as os.path.expanduser('~'))."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Whether other_path is the same file (same device and inode)."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """The entries of the directory (not '.' and '..'), as paths."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _glob_parts(self, pattern):
        root, parts = _parse_args((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == '/':
            parts.append('')
        return parts

    def glob(self, pattern):
        """The existing paths below this one that match pattern."""
        sys.audit("pathlib.Path.glob", self, pattern) if hasattr(sys, 'audit') else None
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        selector = _make_selector(tuple(self._glob_parts(pattern)))
        yield from selector.select_from(self)

    def rglob(self, pattern):
        """glob() with '**/' in front of pattern: matches at any depth."""
        sys.audit("pathlib.Path.rglob", self, pattern) if hasattr(sys, 'audit') else None
        selector = _make_selector(('**',) + tuple(self._glob_parts(pattern)))
        yield from selector.select_from(self)

    def absolute(self):
        """The path made absolute with the current directory (no
        normalisation, no symbolic link resolution)."""
        if self.is_absolute():
            return self
        return self._from_args((os.getcwd(),) + tuple(self._parts))

    def resolve(self, strict=False):
        """The absolute path with symbolic links and '..' resolved; with
        strict, a missing component raises."""
        s = os.path.realpath(self, strict=strict)
        return self._from_args((s,))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def owner(self):
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file like the built-in open()."""
        if "b" not in mode and hasattr(io, 'text_encoding'):
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        if hasattr(io, 'text_encoding'):
            encoding = io.text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        if hasattr(io, 'text_encoding'):
            encoding = io.text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The path a symbolic link points to."""
        return self._from_args((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or update its times if it exists (exist_ok)."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and missing parents with parents=True)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or symbolic link (no error if missing_ok and absent)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        """Rename to target; return the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename to target, replacing it if it exists; return the new path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(target, self)

    def hardlink_to(self, target):
        """Make this path a hard link to target."""
        os.link(target, self)

    def _test_mode(self, test, follow=True):
        try:
            st = self.stat() if follow else self.lstat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return test(st.st_mode)

    def exists(self):
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def is_dir(self):
        return self._test_mode(S_ISDIR)

    def is_file(self):
        return self._test_mode(S_ISREG)

    def is_symlink(self):
        return self._test_mode(S_ISLNK, follow=False)

    def is_socket(self):
        return self._test_mode(S_ISSOCK)

    def is_fifo(self):
        return self._test_mode(S_ISFIFO)

    def is_block_device(self):
        return self._test_mode(S_ISBLK)

    def is_char_device(self):
        return self._test_mode(S_ISCHR)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        dev = self.stat().st_dev
        if dev != parent_dev:
            return True
        return self.stat().st_ino == self.parent.stat().st_ino

    def expanduser(self):
        """Replace a leading ~ or ~user with the home directory."""
        parts = self._parts
        if not self._root and parts and parts[0][:1] == '~':
            homedir = os.path.expanduser(parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_args((homedir,) + tuple(parts[1:]))
        return self


class PosixPath(Path, PurePosixPath):
    """Path for POSIX systems."""
    __slots__ = ()
