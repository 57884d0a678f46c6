# which objects can be weakly referenced
import collections
import sys
import weakref


class C:
    def m(self):
        pass


class S:
    __slots__ = ('a',)


class SW:
    __slots__ = ('a', '__weakref__')


class Sub(S):
    pass


class L(list):
    pass


class I(int):
    pass


class Tup(tuple):
    pass


def gen():
    yield 1


def func():
    pass


c = C()
ok = [
    ('instance', c),
    ('class', C),
    ('function', func),
    ('lambda', lambda: 0),
    ('bound method', c.m),
    ('builtin function', len),
    ('set', {1}),
    ('frozenset', frozenset()),
    ('generator', gen()),
    ('module', sys),
    ('code', func.__code__),
    ('deque', collections.deque()),
    ('slots with __weakref__', SW()),
    ('subclass of slotted class', Sub()),
    ('list subclass', L()),
    ('type', type),
]
keep = []
for name, ob in ok:
    try:
        r = weakref.ref(ob)
        keep.append(ob)
        print(name, r() is ob, weakref.getweakrefcount(ob) >= 1)
    except TypeError as e:
        print(name, 'TypeError', e)

bad = [
    ('int', 1), ('big int', 10 ** 30), ('bool', True), ('float', 1.5), ('str', 'abc'),
    ('bytes', b''), ('bytearray', bytearray()), ('tuple', ()), ('list', []), ('dict', {}),
    ('None', None), ('object', object()), ('slots', S()), ('int subclass', I(3)),
    ('tuple subclass', Tup()), ('range', range(3)), ('complex', 1j),
    ('weakref', weakref.ref(c)), ('proxy', weakref.proxy(c)),
]
for name, ob in bad:
    try:
        weakref.ref(ob)
        print(name, 'allowed')
    except TypeError as e:
        print(name, 'TypeError', e)
    try:
        weakref.proxy(ob)
        print(name, 'proxy allowed')
    except TypeError as e:
        print(name, 'proxy TypeError', e)
    print(name, weakref.getweakrefcount(ob), weakref.getweakrefs(ob))

print(hasattr(S(), '__weakref__'), hasattr(SW(), '__weakref__'), SW().__weakref__)
sw = SW()
r = weakref.ref(sw)
print(sw.__weakref__ is r, c.__weakref__ is None, C.__weakref__.__name__)

# the referents die with their last reference
for name, make in [('function', lambda: (lambda: 0)), ('generator', gen),
                   ('set', lambda: {1, 2}), ('deque', collections.deque),
                   ('bound method', lambda: C().m)]:
    ob = make()
    events = []
    r = weakref.ref(ob, lambda w: events.append('cb'))
    del ob
    print(name, r(), events)
