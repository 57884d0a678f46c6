"""reprlib -- size-limited repr() and a guard against recursive reprs.

Design: Repr.repr1 dispatches on the type name of the object to a method
called repr_<typename>; containers share one helper (_seq) that renders at
most `max<kind>` elements and appends `fillvalue` when it had to cut.  Each
nesting level lowers `level`; at level 0 a non-empty container is shown as
its brackets around `fillvalue`.  recursive_repr() keeps a set of
(id(obj), thread id) pairs that are currently being repr'ed so a
self-referencing object prints `fillvalue` instead of recursing forever.
"""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice
from _thread import get_ident


def recursive_repr(fillvalue='...'):
    'Decorator to make a repr function return fillvalue for a recursive call'

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = (id(self), get_ident())
            if key in running:
                return fillvalue
            running.add(key)
            try:
                result = user_function(self)
            finally:
                running.discard(key)
            return result

        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            try:
                setattr(wrapper, attr, getattr(user_function, attr))
            except AttributeError:
                pass
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function


def _cut(s, limit, fill):
    # Keep the head and the tail of s so that the result is `limit` long.
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return s[:head] + fill + s[len(s) - tail:]


def _maybe_sorted(x):
    # Sorting gives stable output for sets/dicts of comparable keys; mixed
    # key types fall back to iteration order.
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:

    def __init__(self):
        # The limits CPython documents as the defaults of reprlib.Repr.
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        name = type(x).__name__
        if ' ' in name:
            name = '_'.join(name.split())
        meth = getattr(self, 'repr_' + name, None)
        if meth is not None:
            return meth(x, level)
        return self.repr_instance(x, level)

    def _seq(self, x, level, left, right, limit, trail=''):
        n = len(x)
        if level <= 0 and n:
            body = self.fillvalue
        else:
            sub = level - 1
            parts = [self.repr1(item, sub) for item in islice(x, limit)]
            if n > limit:
                parts.append(self.fillvalue)
            body = ', '.join(parts)
            if n == 1 and trail:
                right = trail + right
        return left + body + right

    def repr_tuple(self, x, level):
        return self._seq(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._seq(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._seq(x, level, "array('%s', [" % x.typecode, '])',
                         self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._seq(_maybe_sorted(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._seq(_maybe_sorted(x), level, 'frozenset({', '})',
                         self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._seq(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        sub = level - 1
        parts = []
        for key in islice(_maybe_sorted(x), self.maxdict):
            parts.append('%s: %s' % (self.repr1(key, sub),
                                     self.repr1(x[key], sub)))
        if n > self.maxdict:
            parts.append(self.fillvalue)
        return '{%s}' % ', '.join(parts)

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            s = builtins.repr(x[:head] + x[len(x) - tail:])
            s = s[:head] + self.fillvalue + s[len(s) - tail:]
        return s

    def repr_int(self, x, level):
        s = builtins.repr(x)
        if len(s) > self.maxlong:
            s = _cut(s, self.maxlong, self.fillvalue)
        return s

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(s) > self.maxother:
            s = _cut(s, self.maxother, self.fillvalue)
        return s


aRepr = Repr()
repr = aRepr.repr
