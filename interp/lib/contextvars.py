"""Context variables, in pure Python (gilpy's contextvars, CPython 3.11 API).

A Context maps ContextVar -> value. Its mapping is a dict that is never
mutated once published: ContextVar.set() installs a modified copy in the
current context. So copy_context() is O(1) (the copy shares the dict) and
a copy is unaffected by later sets, which is the semantics CPython gets
from its immutable HAMT. A set costs O(number of variables in the context);
contexts hold few variables in practice.

The "current context" is per thread (kept in a threading.local). Like
CPython, a new thread starts in a new, empty context -- it does not inherit
the creating thread's values. Context.run() swaps the thread's current
context for the duration of the call and refuses to enter a context that
is already entered (in any thread).

gilpy has no asyncio, so nothing here deals with tasks or event-loop
callbacks; the contexts only follow threads and explicit Context.run().

The classes claim the module name `_contextvars` (where CPython defines
them) so that reprs and error messages read the same; like CPython's they
cannot be subclassed.
"""

from threading import local as _local
import types

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

# Marks "no value": a variable without a default, a Token.old_value of a
# variable that was unset.
_NO_DEFAULT = object()

# Holds the attribute `ctx` (the thread's current Context) per thread.
_state = _local()


def _current():
    ctx = getattr(_state, 'ctx', None)
    if ctx is None:
        ctx = Context()
        _state.ctx = ctx
    return ctx


def _final(cls):
    """Make `cls` refuse subclasses like CPython's C types."""
    name = '_contextvars.' + cls.__name__

    def __init_subclass__(sub, **kwargs):
        raise TypeError("type '%s' is not an acceptable base type" % name)
    cls.__init_subclass__ = classmethod(__init_subclass__)
    cls.__module__ = '_contextvars'
    return cls


def _check_key(key):
    if not isinstance(key, ContextVar):
        raise TypeError("a ContextVar key was expected, got %r" % (key,))


@_final
class Context:
    """A mapping of context variables to their values; see run()."""

    __slots__ = ('_data', '_entered', '__weakref__')

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        """Call callable(*args, **kwargs) with this context as the current
        one; variables it sets change this context. Returns its result."""
        if self._entered:
            raise RuntimeError(
                'cannot enter context: %r is already entered' % (self,))
        saved = getattr(_state, 'ctx', None)
        self._entered = True
        _state.ctx = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.ctx = saved
            self._entered = False

    def copy(self):
        """A shallow copy of the context."""
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        _check_key(var)
        return self._data[var]

    def __contains__(self, var):
        _check_key(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        """The value of `var` in this context, or `default`."""
        _check_key(var)
        return self._data.get(var, default)

    def keys(self):
        """The variables set in this context."""
        return self._data.keys()

    def values(self):
        """Their values."""
        return self._data.values()

    def items(self):
        """(variable, value) pairs."""
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


def copy_context():
    """A copy of the current thread's current context."""
    return _current().copy()


@_final
class ContextVar:
    """A context variable: its value depends on the current context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, *args, **kwargs):
        if len(args) != 1:
            if not args:
                raise TypeError('ContextVar() takes exactly 1 positional '
                                'argument (0 given)')
            raise TypeError('ContextVar() takes at most 1 positional '
                            'argument (%d given)' % len(args))
        default = kwargs.pop('default', _NO_DEFAULT)
        for key in kwargs:
            raise TypeError("ContextVar() got an unexpected keyword "
                            "argument '%s'" % key)
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', default)

    @property
    def name(self):
        return self._name

    def __setattr__(self, attr, value):
        if attr == 'name':
            raise AttributeError('readonly attribute')
        raise AttributeError("'_contextvars.ContextVar' object has no "
                             "attribute '%s'" % attr)

    def get(self, default=_NO_DEFAULT, /):
        """The variable's value in the current context; else `default`;
        else the variable's default; else LookupError."""
        data = _current()._data
        try:
            return data[self]
        except KeyError:
            pass
        if default is not _NO_DEFAULT:
            return default
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value, /):
        """Set the value in the current context; returns a Token for
        reset()."""
        ctx = _current()
        data = ctx._data
        old = data.get(self, _NO_DEFAULT)
        new = dict(data)
        new[self] = value
        ctx._data = new
        return Token._make(ctx, self, old)

    def reset(self, token, /):
        """Restore the value the variable had before the set() that
        returned `token` (in the same context); each token works once."""
        if not isinstance(token, Token):
            raise TypeError('expected an instance of Token, got %r'
                            % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar'
                             % (token,))
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError('%r was created in a different Context'
                             % (token,))
        token._used = True
        new = dict(ctx._data)
        if token._old is _NO_DEFAULT:
            new.pop(self, None)
        else:
            new[self] = token._old
        ctx._data = new

    def __repr__(self):
        parts = ['<ContextVar name=%r' % (self._name,)]
        if self._default is not _NO_DEFAULT:
            parts.append(' default=%r' % (self._default,))
        parts.append(' at 0x%x>' % id(self))
        return ''.join(parts)

    __class_getitem__ = classmethod(types.GenericAlias)


class _MissingType:
    """Type of Token.MISSING."""
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'

    def __reduce__(self):
        return 'Token.MISSING'


_MISSING = _MissingType()


@_final
class Token:
    """Returned by ContextVar.set(); ContextVar.reset(token) undoes it."""

    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _MISSING

    def __new__(cls, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    @classmethod
    def _make(cls, ctx, var, old):
        self = object.__new__(cls)
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False
        return self

    @property
    def var(self):
        """The ContextVar that created the token."""
        return self._var

    @property
    def old_value(self):
        """The variable's value before the set(), or Token.MISSING."""
        return _MISSING if self._old is _NO_DEFAULT else self._old

    def __repr__(self):
        return '<Token%s var=%r at 0x%x>' % (
            ' used' if self._used else '', self._var, id(self))

    __class_getitem__ = classmethod(types.GenericAlias)
