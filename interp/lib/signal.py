"""signal: set handlers for asynchronous events.

The work is done by the C module _signal; this layer, as CPython's, turns
the numbers it deals in into enums: Signals (SIG* names), Handlers
(SIG_DFL, SIG_IGN) and Sigmasks (SIG_BLOCK ...), and makes the functions
that take or return signal numbers accept and give back those members.
"""
import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _members(pred):
    # Members ordered by value then name, so that of two aliases of one value
    # (SIGABRT/SIGIOT, SIGCHLD/SIGCLD, SIGIO/SIGPOLL) the first name is the
    # canonical one, as enum's _convert_ picks it in CPython.
    g = _signal.__dict__
    items = [(name, g[name]) for name in g if pred(name)]
    items.sort(key=lambda kv: (kv[1], kv[0]))
    return items


Signals = _IntEnum('Signals', _members(
    lambda name: name.isupper() and name.startswith('SIG') and not name.startswith('SIG_')),
    module=__name__)
Handlers = _IntEnum('Handlers', _members(lambda name: name in ('SIG_DFL', 'SIG_IGN')),
                    module=__name__)
Sigmasks = _IntEnum('Sigmasks', _members(
    lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK')), module=__name__)

globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)


def _int_to_enum(value, enum_klass):
    """The member of enum_klass for an int, else the value unchanged."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """An int for an enum member (or anything int() accepts), else the value."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)

signal.__doc__ = _signal.signal.__doc__


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def pthread_sigmask(how, mask):
    sigs_set = _signal.pthread_sigmask(how, mask)
    return set(_int_to_enum(x, Signals) for x in sigs_set)


def sigpending():
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


def sigwait(sigset):
    retsig = _signal.sigwait(sigset)
    return _int_to_enum(retsig, Signals)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


del _members
