"""typing for gilpy: the names scripts annotate with. Subscripted forms are
kept as simple alias objects; gilpy does not check types at runtime (nor
does CPython)."""
import collections
import collections.abc as _abc

TYPE_CHECKING = False


class _Alias:
    """A subscriptable special form or generic alias (List, List[int], ...)."""

    def __init__(self, name, origin=None, args=(), module='typing'):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
        self.__module__ = module

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            return _Alias('Optional', self.__origin__, params)
        return _Alias(self._name, self.__origin__, params)

    def __repr__(self):
        if not self.__args__:
            return 'typing.' + self._name
        return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None or not callable(self.__origin__):
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self._name.lower()}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,) if isinstance(self.__origin__, type) else ()

    def __eq__(self, other):
        return (isinstance(other, _Alias) and self._name == other._name
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __instancecheck__(self, obj):
        if self.__args__:
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        if isinstance(self.__origin__, type):
            return isinstance(obj, self.__origin__)
        raise TypeError(f'typing.{self._name} cannot be used with isinstance()')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    return repr(obj)


Any = _Alias('Any')
NoReturn = _Alias('NoReturn')
Never = _Alias('Never')
Union = _Alias('Union')
Optional = _Alias('Optional')
ClassVar = _Alias('ClassVar')
Final = _Alias('Final')
Literal = _Alias('Literal')
Annotated = _Alias('Annotated')
Self = _Alias('Self')
LiteralString = _Alias('LiteralString')
TypeAlias = _Alias('TypeAlias')
Concatenate = _Alias('Concatenate')
TypeGuard = _Alias('TypeGuard')
Unpack = _Alias('Unpack')
Required = _Alias('Required')
NotRequired = _Alias('NotRequired')

List = _Alias('List', list)
Dict = _Alias('Dict', dict)
Set = _Alias('Set', set)
FrozenSet = _Alias('FrozenSet', frozenset)
Tuple = _Alias('Tuple', tuple)
Type = _Alias('Type', type)
DefaultDict = _Alias('DefaultDict', collections.defaultdict)
OrderedDict = _Alias('OrderedDict', collections.OrderedDict)
Counter = _Alias('Counter', collections.Counter)
Deque = _Alias('Deque', collections.deque)
ChainMap = _Alias('ChainMap', collections.ChainMap)
Callable = _Alias('Callable', _abc.Callable)
Iterable = _Alias('Iterable', _abc.Iterable)
Iterator = _Alias('Iterator', _abc.Iterator)
Generator = _Alias('Generator', _abc.Generator)
Reversible = _Alias('Reversible', _abc.Reversible)
Container = _Alias('Container', _abc.Container)
Collection = _Alias('Collection', _abc.Collection)
Sequence = _Alias('Sequence', _abc.Sequence)
MutableSequence = _Alias('MutableSequence', _abc.MutableSequence)
Mapping = _Alias('Mapping', _abc.Mapping)
MutableMapping = _Alias('MutableMapping', _abc.MutableMapping)
AbstractSet = _Alias('AbstractSet', _abc.Set)
MutableSet = _Alias('MutableSet', _abc.MutableSet)
Sized = _Alias('Sized', _abc.Sized)
Hashable = _Alias('Hashable', _abc.Hashable)
KeysView = _Alias('KeysView', _abc.KeysView)
ItemsView = _Alias('ItemsView', _abc.ItemsView)
ValuesView = _Alias('ValuesView', _abc.ValuesView)
ByteString = _Alias('ByteString', _abc.ByteString)
Text = str
AnyStr = None  # replaced below by a TypeVar


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(TypeVar):
    pass


class TypeVarTuple(TypeVar):
    pass


class Generic:
    """Base of generic classes; Generic[T] is Generic itself here."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    __slots__ = ()


def runtime_checkable(cls):
    return cls


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        defaults = [ns[n] for n in types if n in ns]
        nt = collections.namedtuple(typename, list(types), defaults=defaults or None,
                                    module=ns.get('__module__'))
        nt.__annotations__ = dict(types)
        for key, val in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__', '_root') or key in types:
                continue
            if key in ('_make', '_replace', '_asdict', '_fields', '_field_defaults', '__new__', '__init__'):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            setattr(nt, key, val)
        if '__qualname__' in ns:
            nt.__qualname__ = ns['__qualname__']
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    return dict


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', {}) or {})


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def assert_never(arg, /):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj
