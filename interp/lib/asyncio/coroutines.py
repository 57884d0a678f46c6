"""asyncio.coroutines -- coroutine predicates.

gilpy's native coroutines are types.CoroutineType; anything registered as a
collections.abc.Coroutine counts too, as in CPython.
"""

import collections.abc
import inspect
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

# Marker CPython sets on functions decorated by the removed
# @asyncio.coroutine; still honoured by iscoroutinefunction().
_is_coroutine = object()

# 3.11 still counts plain generators (legacy generator-based coroutines).
_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType,
                    collections.abc.Coroutine)


def iscoroutinefunction(func):
    """True if func is a coroutine function (async def)."""
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


def iscoroutine(obj):
    """True if obj is a coroutine object."""
    return isinstance(obj, _COROUTINE_TYPES)


def _format_coroutine(coro):
    """'main() running at file:line' style description used by Task reprs."""
    name = getattr(coro, '__qualname__', None) or \
        getattr(coro, '__name__', None) or type(coro).__name__
    code = getattr(coro, 'cr_code', None)
    frame = getattr(coro, 'cr_frame', None)
    filename = code.co_filename if code is not None else '?'
    if frame is not None:
        return f'{name}() running at {filename}:{frame.f_lineno}'
    lineno = code.co_firstlineno if code is not None else 0
    return f'{name}() done, defined at {filename}:{lineno}'
