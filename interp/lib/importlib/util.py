"""importlib.util for gilpy: finding specs and building modules from them.

Design: find_spec() asks, in the importer's own order (vm/import.c), the
built-in modules, the embedded modules and then the file system (the
parent package's __path__ or sys.path); a module already imported answers
with its __spec__. spec_from_file_location()/module_from_spec() plus
spec.loader.exec_module() load a .py file by hand exactly as CPython
scripts do. Not provided: MAGIC_NUMBER and source_hash (gilpy writes no
bytecode), LazyLoader, namespace packages.
"""
import sys
from importlib.machinery import (ModuleSpec, BuiltinImporter, FrozenImporter,
                                 SourceFileLoader, PathFinder, _cache_from)

_POPULATE = object()


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    return _resolve_name(name[level:], package, level)


def decode_source(source_bytes):
    """Decode bytes of Python source (PEP 263 coding line, universal newlines)."""
    encoding = 'utf-8'
    data = bytes(source_bytes)
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    else:
        for line in data.split(b'\n', 2)[:2]:
            stripped = line.lstrip(b' \t\f')
            if not stripped.startswith(b'#'):
                if stripped.strip():
                    break
                continue
            pos = stripped.find(b'coding')
            if pos >= 0 and stripped[pos + 6:pos + 7] in (b':', b'='):
                rest = stripped[pos + 7:].lstrip(b' \t')
                end = 0
                while end < len(rest) and (chr(rest[end]).isalnum() or rest[end] in b'-_.'):
                    end += 1
                if end:
                    encoding = rest[:end].decode('ascii')
                break
    text = data.decode(encoding)
    if text.endswith('\r'):
        # CPython's newline decoder is not told the input is final and
        # holds a trailing '\r' back (it might start '\r\n'): it is lost
        text = text[:-1]
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _find_spec(fullname, path):
    if path is None:
        spec = BuiltinImporter.find_spec(fullname)
        if spec is not None:
            return spec
    if FrozenImporter is not None:
        try:
            is_pkg = FrozenImporter.is_package(fullname)
        except ImportError:
            pass
        else:
            return ModuleSpec(fullname, FrozenImporter, origin='frozen', is_package=is_pkg)
    return PathFinder.find_spec(fullname, path)


def find_spec(name, package=None):
    """Return the spec of module `name` (imported or not), or None."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f'__path__ attribute not found on {parent_name!r} '
                    f'while trying to find {fullname!r}', name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError(f'{name}.__spec__ is not set') from None
    if spec is None:
        if fullname in sys.builtin_module_names:
            # modules created before the importer runs (sys, builtins)
            return BuiltinImporter.find_spec(fullname)
        raise ValueError(f'{name}.__spec__ is None')
    return spec


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for a module loaded from a file."""
    import os
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = os.fspath(location)
        if location and not location.startswith('/'):
            try:
                location = os.path.join(os.getcwd(), location)
            except OSError:
                pass
    if loader is None:
        if location.endswith('.py'):
            loader = SourceFileLoader(name, location)
        else:
            return None
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                if loader.is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == [] and location:
        spec.submodule_search_locations.append(os.path.split(location)[0])
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec built from what the loader can tell."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """Create a module from a spec (its code is not run: see exec_module)."""
    module = None
    loader = spec.loader
    if hasattr(loader, 'create_module'):
        module = loader.create_module(spec)
    elif hasattr(loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    for attr, value in (('__name__', spec.name), ('__loader__', loader),
                        ('__package__', spec.parent), ('__spec__', spec)):
        try:
            if attr in ('__name__', '__loader__', '__package__') and \
                    getattr(module, attr, None) is not None:
                continue
            setattr(module, attr, value)
        except AttributeError:
            pass
    if spec.submodule_search_locations is not None:
        try:
            module.__path__ = spec.submodule_search_locations
        except AttributeError:
            pass
    if spec.has_location:
        try:
            module.__file__ = spec.origin
            module.__cached__ = spec.cached
        except AttributeError:
            pass
    return module


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The path of the bytecode cache CPython would use for a source file."""
    import os
    return _cache_from(os.fspath(path))


def source_from_cache(path):
    """The source path of a __pycache__/NAME.TAG.pyc path."""
    import os
    path = os.fspath(path)
    head, pycache_filename = os.path.split(path)
    head, pycache = os.path.split(head)
    if pycache != '__pycache__':
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    base = pycache_filename.partition('.')[0]
    return os.path.join(head, base + '.py')
