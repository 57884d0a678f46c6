"""importlib for gilpy: import_module, reload, invalidate_caches."""
import sys


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def reload(module):
    name = getattr(module, '__name__', None)
    if name is None or not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    filename = getattr(module, '__file__', None)
    if filename is None:
        # Built-in and embedded modules: import afresh.
        del sys.modules[name]
        try:
            new = __import__(name)
            new = sys.modules[name]
        finally:
            sys.modules[name] = module
        module.__dict__.update(new.__dict__)
        return module
    with open(filename, encoding='utf-8') as f:
        source = f.read()
    code = compile(source, filename, 'exec')
    exec(code, module.__dict__)
    return module


def invalidate_caches():
    pass
