"""typing for gilpy: the names scripts annotate with.

Like CPython, nothing here checks types at runtime; what matters is that the
objects behave as CPython 3.11's do when a script looks at them: their
repr(), equality, get_origin()/get_args(), subscription with TypeVar
substitution, use as base classes (Generic[T], Protocol, NamedTuple,
TypedDict) and the TypeErrors for misuse.

Object model (a simplified version of CPython's):
  _SpecialForm        Any, Union, Optional, ClassVar, Literal, ...: a name
                      whose subscription is computed by a function.
  _GenericAlias       X[args]: __origin__ + __args__ (+ __parameters__, the
                      TypeVars still free in the args).
  _SpecialGenericAlias  the bare deprecated aliases List, Dict, Callable...:
                      know their origin class and how many args they take.
  _UnionGenericAlias, _LiteralGenericAlias, _CallableGenericAlias,
  _AnnotatedAlias     subclasses that differ in repr/equality.
"""
import collections
import collections.abc as _abc
import sys as _sys
import types as _types
from abc import ABCMeta as _ABCMeta, abstractmethod

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _types.GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    arg = _type_convert(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ('ClassVar', 'Final'):
        raise TypeError(f"{arg} is not valid as type argument")
    if isinstance(arg, (int, float, complex, bytes)) and not isinstance(arg, bool) \
            or arg is True or arg is False:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if isinstance(t, TypeVar):
            if t not in params:
                params.append(t)
        elif isinstance(t, (list, tuple)):
            for x in _collect_parameters(t):
                if x not in params:
                    params.append(x)
        else:
            for x in getattr(t, '__parameters__', ()):
                if x not in params:
                    params.append(x)
    return tuple(params)


def _subst(arg, mapping):
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_subst(a, mapping) for a in arg]
    params = getattr(arg, '__parameters__', ())
    if params and isinstance(arg, (_GenericAlias, _types.GenericAlias)):
        return arg[tuple(mapping.get(p, p) for p in params)]
    return arg


class ForwardRef:
    """A string annotation, kept unevaluated."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _SpecialForm:
    """A typing name with no runtime class of its own (Union, ClassVar...)."""

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _one_type(self, parameters, what='accepts only single type.'):
    if isinstance(parameters, tuple) and len(parameters) != 1 or parameters == ():
        raise TypeError(f"{self} {what} Got {parameters!r:.100}.")
    if isinstance(parameters, tuple):
        parameters = parameters[0]
    item = _type_check(parameters, f'{self} {what}')
    return _GenericAlias(self, (item,))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, "Union[arg, ...]: each arg must be a type.")
        if isinstance(p, _UnionGenericAlias):
            flat.extend(p.__args__)
        elif isinstance(p, _types.UnionType):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    args = []
    for p in flat:
        if p not in args:
            args.append(p)
    if len(args) == 1:
        return args[0]
    return _UnionGenericAlias(self, tuple(args))


def _optional_getitem(self, parameters):
    if isinstance(parameters, tuple) and len(parameters) != 1:
        raise TypeError(f"typing.Optional requires a single type. Got {parameters!r:.100}.")
    if isinstance(parameters, tuple):
        parameters = parameters[0]
    arg = _type_check(parameters, "Optional[t] requires a single type.")
    return Union[arg, _NoneType]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    args = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            for a in p.__args__:
                if a not in args:
                    args.append(a)
        elif not any(a == p and type(a) is type(p) for a in args):
            args.append(p)
    return _LiteralGenericAlias(self, tuple(args))


def _concat_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


def _not_generic(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _one_type)
Final = _SpecialForm('Final', _one_type)
Literal = _SpecialForm('Literal', _literal_getitem)
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate', _concat_getitem)
TypeGuard = _SpecialForm('TypeGuard', _one_type)
Unpack = _SpecialForm('Unpack', _one_type)
Required = _SpecialForm('Required', _one_type)
NotRequired = _SpecialForm('NotRequired', _one_type)


class _GenericAlias:
    """X[args]: a parameterised generic."""

    def __init__(self, origin, args, *, inst=True, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._inst = inst
        self._name = name
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def _args_repr(self):
        if not self.__args__:
            return '()'
        return ', '.join(_type_repr(a) for a in self.__args__)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        return f'{name}[{self._args_repr()}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        n = len(self.__parameters__)
        if len(args) != n:
            raise TypeError(f"Too {'many' if len(args) > n else 'few'} arguments for {self};"
                            f" actual {len(args)}, expected {n}")
        mapping = dict(zip(self.__parameters__, args))
        new = self.__class__.__new__(self.__class__)
        new.__dict__.update(self.__dict__)
        new.__args__ = tuple(_subst(a, mapping) for a in self.__args__)
        new.__parameters__ = _collect_parameters(new.__args__)
        return new

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if not (isinstance(self.__origin__, type) and issubclass(self.__origin__, Generic)):
                res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if '__origin__' in self.__dict__ and not (attr[:2] == attr[-2:] == '__'):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return f'typing.Union[{self._args_repr()}]'

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def _args_repr(self):
        return ', '.join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'


class _SpecialGenericAlias(_GenericAlias):
    """The bare deprecated alias (List, Dict, Callable...)."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name or origin.__name__
        self.__args__ = ()
        self.__parameters__ = ()

    def __repr__(self):
        return 'typing.' + self._name

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        n = self._nparams
        if len(params) != n:
            raise TypeError(f"Too {'many' if len(params) > n else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {n}")
        return _GenericAlias(self.__origin__, params, inst=self._inst, name=self._name)

    def __mro_entries__(self, bases):
        return _GenericAlias.__mro_entries__(self, bases)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), inst=False, name='Tuple')
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            return _GenericAlias(tuple, (_type_check(params[0], msg), ...),
                                 inst=False, name='Tuple')
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        return _GenericAlias(tuple, tuple(_type_check(p, msg) for p in params),
                             inst=False, name='Tuple')


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = tuple(_type_convert(a) for a in args) + (_type_convert(result),)
        else:
            params = (args, _type_convert(result))
        return _CallableGenericAlias(self.__origin__, params, name='Callable')


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (
            _type_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


class Annotated:
    """Annotated[T, x, ...]: T with metadata attached."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))


def _alias(origin, nparams, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


List = _alias(list, 1, inst=False, name='List')
Dict = _alias(dict, 2, inst=False, name='Dict')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
Tuple = _TupleAlias(tuple, -1, inst=False, name='Tuple')
Type = _alias(type, 1, name='Type')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
Deque = _alias(collections.deque, 1, name='Deque')
ChainMap = _alias(collections.ChainMap, 2)
Callable = _CallableAlias(_abc.Callable, 2, name='Callable')
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Generator = _alias(_abc.Generator, 3)
Reversible = _alias(_abc.Reversible, 1)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
AbstractSet = _alias(_abc.Set, 1, name='AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1)
Sized = _alias(_abc.Sized, 0)
Hashable = _alias(_abc.Hashable, 0)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
MappingView = _alias(_abc.MappingView, 1)
ByteString = _alias(_abc.ByteString, 0)
for _n in ('Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator'):
    if hasattr(_abc, _n):
        globals()[_n] = _alias(getattr(_abc, _n),
                               {'Coroutine': 3, 'AsyncGenerator': 2}.get(_n, 1))
del _n
Text = str


class TypeVar:
    """A type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(_type_convert(c) for c in constraints)
        self.__bound__ = _type_convert(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        try:
            self.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class Generic:
    """Base of generic classes: class Box(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, TypeVar) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _GenericAlias(cls, params)
        n = len(cls.__parameters__)
        if not n:
            raise TypeError(f"{cls} is not a generic class")
        if len(params) != n:
            raise TypeError(f"Too {'many' if len(params) > n else 'few'} arguments for {cls};"
                            f" actual {len(params)}, expected {n}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        gvars = None
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                if gvars is not None and base.__origin__ is Generic:
                    raise TypeError("Cannot inherit from Generic[...] multiple types.")
                gvars = base.__parameters__
        if '__orig_bases__' in cls.__dict__:
            tvars = list(_collect_parameters(cls.__orig_bases__))
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                raise TypeError("Some type variables (%s) are not listed in Generic[%s]"
                                % (', '.join(map(str, missing)), ', '.join(map(str, gvars))))
            tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


Generic.__parameters__ = ()

_SPECIAL_NAMES = frozenset((
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__parameters__', '__orig_bases__', '__qualname__',
    '__init_subclass__', '__match_args__', '__protocol_attrs__',
    '_is_protocol', '_is_runtime_protocol', '__non_callable_proto_members__',
))


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for attr in names:
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if super().__instancecheck__(instance):
                return True
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    return False
            return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if getattr(cls, '_is_protocol', False) and cls.__dict__.get('_is_protocol'):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return False
                        break
                else:
                    return False
            return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types: class Closable(Protocol): def close(self): ..."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init

    def __new__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False) or cls is Protocol:
            raise TypeError('Protocols cannot be instantiated')
        return super().__new__(cls)


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls._is_protocol):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


class SupportsInt(Protocol):
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        pass


class SupportsFloat(Protocol):
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        pass


class SupportsIndex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __index__(self):
        pass


class SupportsAbs(Protocol):
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


for _p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs):
    _p._is_runtime_protocol = True
del _p


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        default_names = []
        for name in types:
            if name in ns:
                default_names.append(name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow "
                                f"default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
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


class _NamedTupleBase(metaclass=_NamedTupleMeta):
    _root = True


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed namedtuple: class P(NamedTuple): x: int, or NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    fields = list(fields)
    try:
        module = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        module = None
    nt = collections.namedtuple(typename, [n for n, t in fields], module=module)
    nt.__annotations__ = {n: _type_convert(t) for n, t in fields}
    return nt


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = {n: _type_convert(t) for n, t in ns.get('__annotations__', {}).items()}
        annotations.update(own)
        for key, tp in own.items():
            origin = get_origin(tp)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys; at runtime, a plain dict."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields)}
    try:
        ns['__module__'] = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


class NewType:
    """NewType('UserId', int): a distinct name for a type; calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            self.__module__ = '__main__'

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                        f"looking for: `{self.__name__} = NewType({self.__name__!r}, {self.__name__})`")

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def overload(func):
    return func


def get_overloads(func):
    return []


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def dataclass_transform(**kwargs):
    return lambda cls: cls


def _eval_hint(tp, globalns, localns):
    if tp is None:
        return _NoneType
    if isinstance(tp, str):
        tp = ForwardRef(tp)
    if isinstance(tp, ForwardRef):
        return _eval_hint(eval(tp.__forward_arg__, globalns, localns), globalns, localns)
    if isinstance(tp, _GenericAlias) and not isinstance(tp, _SpecialGenericAlias):
        if isinstance(tp, _AnnotatedAlias):
            origin = _eval_hint(tp.__origin__, globalns, localns)
            return tp if origin is tp.__origin__ else _AnnotatedAlias(origin, tp.__metadata__)
        args = tuple(_eval_hint(a, globalns, localns) if not isinstance(tp, _LiteralGenericAlias)
                     else a for a in tp.__args__)
        if args != tp.__args__:
            if isinstance(tp, _UnionGenericAlias):
                return Union[args]
            new = tp.__class__.__new__(tp.__class__)
            new.__dict__.update(tp.__dict__)
            new.__args__ = args
            new.__parameters__ = _collect_parameters(args)
            return new
    return tp


def _strip_annotations(tp):
    if isinstance(tp, _AnnotatedAlias):
        return _strip_annotations(tp.__origin__)
    return tp


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj, with string annotations evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                mod = _sys.modules.get(base.__module__)
                base_globals = getattr(mod, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
    else:
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if isinstance(obj, (_types.FunctionType, _types.ModuleType, _types.MethodType)):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        if globalns is None:
            if isinstance(obj, _types.ModuleType):
                globalns = obj.__dict__
            else:
                nsobj = obj
                while hasattr(nsobj, '__wrapped__'):
                    nsobj = nsobj.__wrapped__
                globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
        for name, value in ann.items():
            hints[name] = _eval_hint(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(v) for k, v in hints.items()}


def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _types.GenericAlias)):
        if isinstance(tp, _SpecialGenericAlias):
            return tp.__origin__
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    return None


def get_args(tp):
    """The subscription arguments: get_args(Dict[str, int]) == (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _SpecialGenericAlias):
        return ()
    if isinstance(tp, (_GenericAlias, _types.GenericAlias)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and not (len(res) == 2 and res[0] is ...):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _types.UnionType):
        return tp.__args__
    return ()


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def assert_never(arg, /):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def get_protocol_members(tp):
    return frozenset(_protocol_attrs(tp))


IO = _alias(object, 1, name='IO')
TextIO = IO
BinaryIO = IO
Pattern = _alias(type(__import__('re').compile('')), 1, name='Pattern')
Match = _alias(type(__import__('re').match('', '')), 1, name='Match')
