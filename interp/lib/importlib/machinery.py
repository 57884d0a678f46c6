"""importlib.machinery for gilpy: ModuleSpec and the loaders.

Design: gilpy's importer is written in C (vm/import.c) and searches, in
order, built-in C modules, the modules embedded in the binary and the file
system; it does not consult sys.meta_path. This module gives Python code
the objects CPython scripts build by hand: ModuleSpec, SourceFileLoader
(which executes a .py file into a module), and names for the built-in and
embedded ("frozen") loaders. There is no bytecode cache, so
SourceFileLoader never reads or writes .pyc files.
"""
import sys

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []

# The loader class of the embedded modules (vm/import.c's FrozenImporter).
FrozenImporter = __loader__ if isinstance(__loader__, type) else None


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class BuiltinImporter:
    """The loader of the modules compiled into the interpreter."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or fullname not in sys.builtin_module_names:
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN)

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError(f'{spec.name!r} is not a built-in module', name=spec.name)
        if spec.name in sys.modules:
            return sys.modules[spec.name]
        __import__(spec.name)
        return sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


def _cache_from(path):
    # the path CPython would give the bytecode cache of a source file
    # (reported as spec.cached; gilpy never writes it)
    head, _, tail = path.rpartition('/')
    base = tail.rpartition('.')[0] if '.' in tail else tail
    tag = sys.implementation.cache_tag or 'cpython-311'
    name = f'__pycache__/{base}.{tag}.pyc'
    return f'{head}/{name}' if head or path.startswith('/') else name


class ModuleSpec:
    """The import-related information about a module."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        locs = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and
                    self.origin == other.origin and locs == other.submodule_search_locations and
                    self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith('.py'):
                self._cached = _cache_from(self.origin)
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class FileLoader:
    """Base of the loaders that read a module from a file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check(self, name):
        if name is None:
            name = self.name
        elif self.name != name:
            raise ImportError(f'loader for {self.name} cannot handle {name}', name=name)
        return name

    def get_filename(self, name=None):
        self._check(name)
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_resource_reader(self, module):
        return None


class SourceLoader:
    """Mixin: a loader that executes Python source it obtains with get_data()."""

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition('/')[2]
        return filename.rsplit('.', 1)[0] == '__init__'

    def get_source(self, fullname):
        from importlib.util import decode_source
        return decode_source(self.get_data(self.get_filename(fullname)))

    def source_to_code(self, data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)

    def load_module(self, fullname):
        from importlib.util import spec_from_loader, module_from_spec
        spec = spec_from_loader(fullname, self)
        module = module_from_spec(spec)
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


class SourceFileLoader(FileLoader, SourceLoader):
    """Loads a module from a .py file."""

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}


class PathFinder:
    """Finds modules on sys.path or a package's __path__."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import os
        from importlib.util import spec_from_file_location
        last = fullname.rpartition('.')[2]
        for entry in (sys.path if path is None else path):
            if not isinstance(entry, str):
                continue
            base = os.path.join(entry, last) if entry else last
            init = os.path.join(base, '__init__.py')
            if os.path.isdir(base) and os.path.isfile(init):
                return spec_from_file_location(fullname, init, submodule_search_locations=[base])
            if os.path.isfile(base + '.py'):
                return spec_from_file_location(fullname, base + '.py')
        return None

    @classmethod
    def invalidate_caches(cls):
        pass
