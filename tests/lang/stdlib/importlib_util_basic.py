# importlib.util: specs from files, modules from specs, find_spec,
# resolve_name, decode_source.
import importlib.machinery
import importlib.util
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MOD = os.path.join(HERE, '_iu_tmp_mod.py')
PKG = os.path.join(HERE, '_iu_tmp_pkg')
with open(MOD, 'w') as f:
    f.write('A = 41 + 1\ndef f():\n    return __name__\n')
os.makedirs(PKG, exist_ok=True)
with open(os.path.join(PKG, '__init__.py'), 'w') as f:
    f.write('X = 1\n')
with open(os.path.join(PKG, 'sub.py'), 'w') as f:
    f.write('Y = 2\n')
try:
    spec = importlib.util.spec_from_file_location('loaded_by_hand', MOD)
    print(spec.name, spec.origin == MOD, repr(spec.parent), spec.has_location,
          spec.submodule_search_locations, type(spec.loader).__name__)
    print(spec.cached == os.path.join(HERE, '__pycache__', '_iu_tmp_mod.cpython-311.pyc'))
    print(spec.loader.get_filename() == MOD, spec.loader.is_package('loaded_by_hand'))
    m = importlib.util.module_from_spec(spec)
    print(m.__name__, m.__file__ == MOD, repr(m.__package__), m.__spec__ is spec,
          m.__loader__ is spec.loader, hasattr(m, 'A'))
    spec.loader.exec_module(m)
    print(m.A, m.f(), 'loaded_by_hand' in sys.modules)
    print(spec.loader.get_source('loaded_by_hand').splitlines()[0])

    print(importlib.util.find_spec('_iu_tmp_mod').origin == MOD)
    print('_iu_tmp_mod' in sys.modules)
    print(importlib.util.find_spec('no_such_module_anywhere'))
    pspec = importlib.util.find_spec('_iu_tmp_pkg')
    print(pspec.submodule_search_locations == [PKG], pspec.parent)
    print(importlib.util.find_spec('_iu_tmp_pkg.sub').name, '_iu_tmp_pkg' in sys.modules)
    print(importlib.util.find_spec('.sub', '_iu_tmp_pkg').name)
    print(importlib.util.find_spec('_iu_tmp_pkg.nothing'))
    import _iu_tmp_mod
    print(importlib.util.find_spec('_iu_tmp_mod').name)
    try:
        importlib.util.find_spec('_iu_tmp_mod.y')
    except ModuleNotFoundError as e:
        print('ModuleNotFoundError', e, e.name)
    sys.modules['_iu_none'] = None
    print(importlib.util.find_spec('_iu_none'))
    fake = type(sys)('_iu_fake')
    fake.__spec__ = None
    sys.modules['_iu_fake'] = fake
    try:
        importlib.util.find_spec('_iu_fake')
    except ValueError as e:
        print('ValueError', e)
    print(importlib.util.find_spec('sys').origin, importlib.util.find_spec('json').name)

    print(importlib.util.resolve_name('..a', 'p.q.r'), importlib.util.resolve_name('x', None),
          importlib.util.resolve_name('.', 'p.q'))
    for args in (('.a', None), ('...a', 'p')):
        try:
            importlib.util.resolve_name(*args)
        except ImportError as e:
            print('ImportError', e)
    s2 = importlib.util.spec_from_loader('zz', None)
    print(s2, repr(s2.parent), s2.has_location)
    s3 = importlib.util.spec_from_loader('pkgname', None, is_package=True)
    print(s3, s3.parent)
    print(importlib.machinery.ModuleSpec('a.b', None, origin='o', is_package=True))
    print(importlib.util.spec_from_file_location('q', os.path.join(HERE, 'x.txt')))
    ldr = importlib.machinery.SourceFileLoader('via_loader', MOD)
    s4 = importlib.util.spec_from_loader('via_loader', ldr)
    print(s4.origin == MOD, s4.has_location)
    m4 = importlib.util.module_from_spec(s4)
    s4.loader.exec_module(m4)
    print(m4.f())
    print(importlib.util.decode_source(b'# -*- coding: latin-1 -*-\nx = "\xe9"\r\ny = 1\r'))
    print(importlib.util.source_from_cache('/a/__pycache__/b.cpython-311.pyc'))
    print(importlib.machinery.SOURCE_SUFFIXES)
finally:
    os.remove(MOD)
    shutil.rmtree(PKG)
    shutil.rmtree(os.path.join(HERE, '__pycache__'), ignore_errors=True)
