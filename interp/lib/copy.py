"""Shallow and deep copies of arbitrary objects: copy.copy(x),
copy.deepcopy(x[, memo]).  Objects that cannot be copied raise copy.Error.

How an object is copied (the order matters and is CPython 3.11's):

  copy(x)      1. a per-type table: immutable built-ins are returned as they
                  are, list/dict/set/bytearray use their .copy() method;
               2. classes (instances of type) are returned as they are;
               3. cls.__copy__(x) if the class defines __copy__;
               4. the reduction protocol: copyreg.dispatch_table[cls], else
                  x.__reduce_ex__(4), else x.__reduce__(); a string
                  result means "a global, copy is identity"; a tuple is
                  rebuilt by _reconstruct().
  deepcopy(x)  the same steps, with x.__deepcopy__(memo) in place of
               __copy__, container-aware copiers for list/tuple/dict/methods,
               and a `memo` dict (id(original) -> copy) that makes shared
               references and cycles come out shared and cyclic in the copy.
               The memo also keeps every copied original alive (under the key
               id(memo)), so an id() cannot be reused by a new temporary while
               the copy is being built.
"""

import types
from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error   # backward compatibility

__all__ = ["Error", "copy", "deepcopy"]

try:
    # the C module: `weakref` itself would pull in collections.abc & co.
    from _weakref import ref as _weakref_type
except ImportError:         # a build without weak references
    _weakref_type = None


# ---- shallow copy ----------------------------------------------------------

def copy(x):
    """Return a shallow copy of x (see the module docstring for the rules)."""
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        # metaclass instances: classes are never copied
        return _copy_immutable(x)

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    reductor = dispatch_table.get(cls, None)
    if reductor is not None:
        rv = reductor(x)
    else:
        reductor = getattr(x, "__reduce_ex__", None)
        if reductor is not None:
            rv = reductor(4)
        else:
            reductor = getattr(x, "__reduce__", None)
            if reductor:
                rv = reductor()
            else:
                raise Error("un(shallow)copyable object of type %s" % cls)

    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (type(None), int, float, bool, complex, str, tuple,
          bytes, frozenset, type, range, slice, property,
          types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
          types.FunctionType, _weakref_type):
    if t is not None:
        d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy

del d, t


# ---- deep copy -------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x; memo maps id(original) -> copy."""
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                reductor = dispatch_table.get(cls)
                if reductor:
                    rv = reductor(x)
                else:
                    reductor = getattr(x, "__reduce_ex__", None)
                    if reductor is not None:
                        rv = reductor(4)
                    else:
                        reductor = getattr(x, "__reduce__", None)
                        if reductor:
                            rv = reductor()
                        else:
                            raise Error(
                                "un(deep)copyable object of type %s" % cls)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    # An object that is its own copy needs no memo entry.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)   # id(x) must stay unique while memo lives
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (type(None), type(Ellipsis), type(NotImplemented), int, float,
          bool, complex, bytes, str, types.CodeType, type, range,
          types.BuiltinFunctionType, types.FunctionType, _weakref_type,
          property):
    if t is not None:
        d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y          # before the items: a list may contain itself
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple cannot be memoized before its items exist, so a cycle through
    # it may already have produced its copy while the items were copied.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x                # every item is its own copy: share the tuple
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):   # bound method: same function, copied self
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


d[types.MethodType] = _deepcopy_method

del d, t


def _keep_alive(x, memo):
    """Hold a reference to x in memo[id(memo)].

    The memo is keyed by id(); if an original were a temporary that died,
    a later temporary could get its address and wrongly hit its memo entry.
    id(memo) is a key no copied object can have while the memo is alive."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ---- rebuilding from a reduction ---------------------------------------------

def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
