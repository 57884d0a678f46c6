"""Cache lines from Python source files (gilpy).

As CPython's linecache: `cache` maps a filename to (size, mtime, lines,
fullname) once read, or to a 1-tuple (get_lines,) registered by lazycache()
from a module's __loader__.get_source, read on first use. A relative name
not found as given is looked for along sys.path.

gilpy addition: the library modules are embedded in the interpreter and
their code carries the filename "<frozen NAME>" (CPython's name for frozen
modules). CPython shows their lines from the library's files on disk; here
they come from the embedded text, which their loader's get_source(NAME)
returns (entries with mtime None, like any loader-provided source).
"""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}

# This module is itself embedded, so its own loader is the one that holds
# the text of every embedded module; used when the caller passes no globals.
_embedded_loader = globals().get('__loader__')

_FROZEN_PREFIX = '<frozen '


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """The line `lineno` (1-based, with its newline) of the file, or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """The lines of the file, read and cached on first use; [] if unknown."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop the entries whose file changed on disk since it was read."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue            # lazy: nothing read yet
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue            # came from a loader, not a file
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _is_pseudo(filename):
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def _loader_of(module_globals):
    loader = module_globals.get('__loader__')
    if loader is None:
        spec = module_globals.get('__spec__')
        if spec is not None:
            loader = getattr(spec, 'loader', None)
    return loader


def _embedded_lines(filename, module_globals):
    """The lines of "<frozen NAME>" from NAME's loader, cached; [] if the
    name is not an embedded module."""
    name = filename[len(_FROZEN_PREFIX):-1]
    loader = None
    if module_globals and module_globals.get('__name__') == name:
        loader = _loader_of(module_globals)
    if loader is None:
        loader = _embedded_loader
    get_source = getattr(loader, 'get_source', None)
    if get_source is None:
        return []
    try:
        data = get_source(name)
    except (ImportError, OSError):
        return []
    if data is None:
        return []
    lines = [line + '\n' for line in data.splitlines()]
    cache[filename] = (len(data), None, lines, filename)
    return lines


def _source_encoding(head):
    """The encoding a source file declares (PEP 263 cookie in its first two
    lines, or a UTF-8 BOM); UTF-8 when none."""
    if head.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    for raw in head.split(b'\n')[:2]:
        line = raw.lstrip(b' \t\f')
        if not line.startswith(b'#'):
            if line.strip():
                break           # code before any cookie: no cookie later
            continue
        i = line.find(b'coding')
        if i < 0 or len(line) <= i + 6 or line[i + 6:i + 7] not in (b':', b'='):
            continue
        rest = line[i + 7:].lstrip(b' \t')
        end = 0
        while end < len(rest) and (rest[end:end + 1].isalnum() or rest[end:end + 1] in b'-_.'):
            end += 1
        if end:
            return rest[:end].decode('ascii')
    return 'utf-8'


def _read_lines(fullname):
    with open(fullname, 'rb') as f:
        head = f.read(1024)
    encoding = _source_encoding(head)
    with open(fullname, encoding=encoding) as f:
        return f.readlines()


def updatecache(filename, module_globals=None):
    """(Re)read the file into the cache and return its lines; [] when it
    cannot be found or read."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if isinstance(filename, str) and filename.startswith(_FROZEN_PREFIX) and filename.endswith('>'):
        return _embedded_lines(filename, module_globals)
    if _is_pseudo(filename):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []   # the loader has no source for it
                lines = [line + '\n' for line in data.splitlines()]
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        # a relative name: look along the module search path
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        lines = _read_lines(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Register the module's loader to provide the file's lines on first
    use. True if such an entry now exists (it is never replaced)."""
    if filename in cache:
        return len(cache[filename]) == 1
    if _is_pseudo(filename):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        get_source = getattr(_loader_of(module_globals), 'get_source', None)
        if name and get_source:
            import functools
            cache[filename] = (functools.partial(get_source, name),)
            return True
    return False
