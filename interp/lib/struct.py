"""Functions to convert between Python values and C structs (gilpy).

The work is done by the built-in _struct module; this module re-exports
its public interface, as CPython's struct.py does.
"""

__all__ = [
    # functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',
    # classes
    'Struct',
    # exceptions
    'error',
]

from _struct import (Struct, calcsize, error, iter_unpack, pack, pack_into,
                     unpack, unpack_from, _clearcache)
from _struct import __doc__
