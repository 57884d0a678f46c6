"""itertools for gilpy, written in Python.

Every public name is a class (as in CPython), so that arguments are checked
when the object is created and type(...).__name__ is right. Most of them
drive a private generator stored in _g.
"""


def _noargs_kw(name, kwargs):
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)


def _nargs(name, args, lo, hi):
    n = len(args)
    if lo == hi and n != lo:
        raise TypeError('%s expected %d argument%s, got %d'
                        % (name, lo, '' if lo == 1 else 's', n))
    if n < lo:
        raise TypeError('%s expected at least %d argument%s, got %d'
                        % (name, lo, '' if lo == 1 else 's', n))
    if n > hi:
        raise TypeError('%s expected at most %d argument%s, got %d'
                        % (name, hi, '' if hi == 1 else 's', n))


_MISSING = object()


def _clinic(name, names, nreq, args, kwargs, kwonly=()):
    """Bind args/kwargs like an argument-clinic builtin; returns a list."""
    npos = len(names)
    if len(args) > npos:
        raise TypeError('%s() takes at most %d argument%s (%d given)'
                        % (name, npos, '' if npos == 1 else 's', len(args)))
    vals = list(args) + [_MISSING] * (npos - len(args))
    extra = {}
    for k, v in kwargs.items():
        if k in names:
            i = names.index(k)
            if i < len(args):
                raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                                % (name, k, i + 1))
            vals[i] = v
        elif k in kwonly:
            extra[k] = v
        else:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, name))
    for i in range(nreq):
        if vals[i] is _MISSING:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (name, names[i], i + 1))
    return vals, extra


def _index(v, what=None):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    if what:
        raise TypeError(what)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


class _GenIter:
    __slots__ = ('_g',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._g)


class count:
    __slots__ = ('_n', '_step')

    def __init__(self, *args, **kwargs):
        (start, step), _ = _clinic('count', ('start', 'step'), 0, args, kwargs)
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__') \
                    or isinstance(v, (str, bytes, list, tuple)):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class repeat:
    __slots__ = ('_obj', '_left')

    def __init__(self, *args, **kwargs):
        (obj, times), _ = _clinic('repeat', ('object', 'times'), 1, args, kwargs)
        self._obj = obj
        self._left = None if times is _MISSING else max(_index(times), 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %r)' % (self._obj, self._left)


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class cycle(_GenIter):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _noargs_kw('cycle', kwargs)
        _nargs('cycle', args, 1, 1)
        self._g = _cycle(iter(args[0]))


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class accumulate(_GenIter):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        (iterable, func), kw = _clinic('accumulate', ('iterable', 'func'), 1, args, kwargs,
                                       ('initial',))
        if func is _MISSING:
            func = None
        self._g = _accumulate(iter(iterable), func, kw.get('initial'))


def _chain(sources):
    for it in sources:
        yield from it


class chain(_GenIter):
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        _noargs_kw('chain', kwargs)
        self._g = _chain(iterables)

    @classmethod
    def from_iterable(cls, iterables):
        self = cls.__new__(cls)
        self._g = _chain(iter(iterables))
        return self

    def __class_getitem__(cls, item):
        return cls


class compress(_GenIter):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        (data, selectors), _ = _clinic('compress', ('data', 'selectors'), 2, args, kwargs)
        self._g = (d for d, s in zip(iter(data), iter(selectors)) if s)


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


class dropwhile(_GenIter):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _noargs_kw('dropwhile', kwargs)
        _nargs('dropwhile', args, 2, 2)
        self._g = _dropwhile(args[0], iter(args[1]))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


class takewhile(_GenIter):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _noargs_kw('takewhile', kwargs)
        _nargs('takewhile', args, 2, 2)
        self._g = _takewhile(args[0], iter(args[1]))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


class filterfalse(_GenIter):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _noargs_kw('filterfalse', kwargs)
        _nargs('filterfalse', args, 2, 2)
        self._g = _filterfalse(args[0], iter(args[1]))


class _grouper(_GenIter):
    __slots__ = ()


class groupby:
    __slots__ = ('_keyfunc', '_it', '_tgtkey', '_currkey', '_currvalue', '_marker', '_id')

    def __init__(self, *args, **kwargs):
        (iterable, key), _ = _clinic('groupby', ('iterable', 'key'), 1, args, kwargs)
        self._keyfunc = None if key is _MISSING else key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._marker = self._tgtkey
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is not self._marker and self._currkey == self._tgtkey:
            self._advance()
        if self._currkey is self._marker:
            self._advance()
        self._tgtkey = self._currkey
        g = _grouper.__new__(_grouper)
        g._g = self._grouper(self._tgtkey, self._id)
        return (self._currkey, g)

    def _advance(self):
        try:
            self._currvalue = next(self._it)
        except StopIteration:
            self._currkey = self._marker
            self._tgtkey = object()
            raise
        kf = self._keyfunc
        self._currkey = self._currvalue if kf is None else kf(self._currvalue)

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._advance()
            except StopIteration:
                return


_ISLICE_MSG = " for islice() must be None or an integer: 0 <= x <= sys.maxsize."


def _islice_arg(v, what):
    if v is None:
        return None
    try:
        v = _index(v)
    except TypeError:
        raise ValueError(what + _ISLICE_MSG) from None
    if v < 0:
        raise ValueError(what + _ISLICE_MSG)
    return v


def _islice(it, start, stop, step):
    i = 0
    nexti = start
    if stop is not None and stop <= start:
        for _ in zip(range(stop), it):
            pass
        return
    for element in it:
        if i == nexti:
            yield element
            nexti += step
        i += 1
        if stop is not None and (i >= stop or nexti >= stop):
            if nexti >= stop and i < stop:
                for _ in zip(range(stop - i), it):
                    pass
            return


class islice(_GenIter):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _noargs_kw('islice', kwargs)
        _nargs('islice', args, 2, 4)
        iterable = args[0]
        if len(args) == 2:
            start, stop, step = None, _islice_arg(args[1], 'Stop argument'), None
        else:
            start = _islice_arg(args[1], 'Indices')
            stop = _islice_arg(args[2], 'Stop argument')
            step = None
            if len(args) == 4 and args[3] is not None:
                try:
                    step = _index(args[3])
                except TypeError:
                    step = 0
                if step <= 0:
                    raise ValueError("Step for islice() must be a positive integer or None.")
        self._g = _islice(iter(iterable), start or 0, stop, step or 1)


def _starmap(function, it):
    for args in it:
        if not hasattr(type(args), '__iter__') and not hasattr(type(args), '__getitem__'):
            raise TypeError("'%s' object is not iterable" % type(args).__name__)
        yield function(*args)


class starmap(_GenIter):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _noargs_kw('starmap', kwargs)
        _nargs('starmap', args, 2, 2)
        self._g = _starmap(args[0], iter(args[1]))


class _tee:
    """One branch of tee(): branches share a singly linked list of [value, next]."""
    __slots__ = ('_it', '_node', '__weakref__')

    def __iter__(self):
        return self

    def __next__(self):
        node = self._node
        if node[1] is None:
            value = next(self._it)
            node[0] = value
            node[1] = [None, None]
        self._node = node[1]
        return node[0]

    def __copy__(self):
        t = _tee.__new__(_tee)
        t._it = self._it
        t._node = self._node
        return t


def tee(*args, **kwargs):
    _noargs_kw('tee', kwargs)
    _nargs('tee', args, 1, 2)
    iterable = args[0]
    n = _index(args[1]) if len(args) > 1 else 2
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    if type(it) is _tee:
        first = it
    else:
        first = _tee.__new__(_tee)
        first._it = it
        first._node = [None, None]
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


class zip_longest(_GenIter):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        fillvalue = None
        if kwargs:
            if list(kwargs) != ['fillvalue']:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs['fillvalue']
        self._g = _zip_longest([iter(a) for a in args], fillvalue)


def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


class product(_GenIter):
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        for k, v in kwargs.items():
            if k != 'repeat':
                raise TypeError("'%s' is an invalid keyword argument for product()" % k)
            repeat = _index(v)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._g = _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class permutations(_GenIter):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        (iterable, r), _ = _clinic('permutations', ('iterable', 'r'), 1, args, kwargs)
        pool = tuple(iterable)
        if r is _MISSING or r is None:
            r = len(pool)
        else:
            r = _index(r, 'Expected int as r')
            if r < 0:
                raise ValueError('r must be non-negative')
        self._g = _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations(_GenIter):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        (iterable, r), _ = _clinic('combinations', ('iterable', 'r'), 2, args, kwargs)
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._g = _combinations(pool, r)


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_GenIter):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        (iterable, r), _ = _clinic('combinations_with_replacement', ('iterable', 'r'), 2,
                                   args, kwargs)
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._g = _cwr(pool, r)


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


class pairwise(_GenIter):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _noargs_kw('pairwise', kwargs)
        _nargs('pairwise', args, 1, 1)
        self._g = _pairwise(iter(args[0]))


for _c in (count, repeat, cycle, accumulate, chain, compress, dropwhile, takewhile,
           filterfalse, groupby, _grouper, islice, starmap, _tee, zip_longest, product,
           permutations, combinations, combinations_with_replacement, pairwise):
    _c.__module__ = 'itertools'
del _c
