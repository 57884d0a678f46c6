"""Shallow and deep copy operations (copy.copy, copy.deepcopy)."""


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented), frozenset, slice,
           property)


def _is_atomic(x):
    t = type(x)
    return t in _atomic or t is type(_is_atomic) or isinstance(x, type)


def copy(x):
    cls = type(x)
    if _is_atomic(x) or cls is tuple:
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, *_reduce(x))


def _reduce(x):
    reductor = getattr(x, '__reduce_ex__', None)
    rv = None
    if reductor is not None:
        try:
            rv = reductor(4)
        except TypeError:
            rv = None
    if rv is None:
        reductor = getattr(x, '__reduce__', None)
        if reductor is not None:
            rv = reductor()
    if rv is None or isinstance(rv, str):
        return _default_reduce(x)
    return rv


def _default_reduce(x):
    cls = type(x)
    state = getattr(x, '__dict__', None)
    slots = {}
    for klass in cls.__mro__:
        for name in klass.__dict__.get('__slots__', ()):
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            if hasattr(x, name):
                slots[name] = getattr(x, name)
    if slots:
        state = (state or None, slots)
    elif state is not None and not state:
        state = None
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and getattr(cls, '__getstate__', None) is not getattr(object, '__getstate__', None):
        state = getstate()
    return (_new_instance, (cls,), state)


def _new_instance(cls):
    return cls.__new__(cls)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for v in x:
            y.add(deepcopy(v, memo))
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, *_reduce(x))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *ignored):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(a, memo) for a in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
