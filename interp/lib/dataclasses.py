"""dataclasses for gilpy: generated __init__/__repr__/__eq__/ordering/
__hash__ from class annotations. Methods are built from source with exec
so that their signatures and error messages are the ordinary ones."""
import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
           'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,'
                'repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare, self.metadata,
                   self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    """ClassVar, ClassVar[...] or a string annotation spelling one: such a
    name is a class attribute, not a field."""
    if isinstance(tp, str):
        head = tp.strip().split('[', 1)[0].strip()
        return head in ('ClassVar', 'typing.ClassVar')
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return tp is typing.ClassVar or getattr(tp, '__origin__', None) is typing.ClassVar


def _get_field(cls, name, tp, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = '_FIELD'
    if _is_classvar(tp):
        f._field_type = '_FIELD_CLASSVAR'
        if f.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')
    elif isinstance(tp, InitVar) or tp is InitVar:
        f._field_type = '_FIELD_INITVAR'
    elif tp is KW_ONLY:
        pass
    if f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type == '_FIELD' and f.default is not MISSING and \
            f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{name} is not allowed: use default_factory')
    return f


def _create_fn(name, args, body, globals_, locals_, qualname):
    src = f'def {name}({", ".join(args)}):\n' + ''.join(f'  {b}\n' for b in body)
    ns = {}
    exec(src, {**globals_, **locals_}, ns)
    fn = ns[name]
    fn.__qualname__ = f'{qualname}.{name}'
    return fn


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'
    return '(' + ','.join(f'{obj_name}.{f.name}' for f in fields) + ',)'


def _init_fn(cls, fields, frozen, has_post_init, self_name, globals_):
    seen_default = False
    for f in fields:
        if f.init and not f.kw_only:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    locals_ = {'MISSING': MISSING, '__dataclass_builtins_object__': object}
    body = []
    args = [self_name]
    kw_args = []
    for f in fields:
        if f.default_factory is not MISSING:
            locals_[f'_dflt_{f.name}'] = f.default_factory
        elif f.default is not MISSING:
            locals_[f'_dflt_{f.name}'] = f.default
        if f.init:
            if f.default is not MISSING:
                p = f'{f.name}=_dflt_{f.name}'
            elif f.default_factory is not MISSING:
                p = f'{f.name}=MISSING'
            else:
                p = f.name
            (kw_args if f.kw_only else args).append(p)
        if f._field_type == '_FIELD_INITVAR':
            continue
        if f.default_factory is not MISSING:
            if f.init:
                value = f'_dflt_{f.name}() if {f.name} is MISSING else {f.name}'
            else:
                value = f'_dflt_{f.name}()'
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            value = f'_dflt_{f.name}'
        else:
            continue
        if frozen:
            body.append(f'__dataclass_builtins_object__.__setattr__({self_name},{f.name!r},{value})')
        else:
            body.append(f'{self_name}.{f.name}={value}')
    if has_post_init:
        initvars = ','.join(f.name for f in fields if f._field_type == '_FIELD_INITVAR')
        body.append(f'{self_name}.__post_init__({initvars})')
    if not body:
        body = ['pass']
    if kw_args:
        args = args + ['*'] + kw_args
    return _create_fn('__init__', args, body, globals_, locals_, cls.__qualname__)


def _repr_fn(cls, fields):
    fn = _create_fn('__repr__', ('self',),
                    ['return self.__class__.__qualname__ + f"(' +
                     ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in fields) + ')"'],
                    {}, {}, cls.__qualname__)
    fn = _recursive_repr(fn)
    fn._dataclass_repr = True  # lets pprint recognise a generated __repr__
    return fn


def _recursive_repr(user_function):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            result = user_function(self)
        finally:
            running.discard(key)
        return result
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__wrapped__ = user_function
    return wrapper


def _cmp_fn(cls, name, op, self_tuple, other_tuple):
    return _create_fn(name, ('self', 'other'),
                      ['if other.__class__ is self.__class__:',
                       f' return {self_tuple}{op}{other_tuple}',
                       'return NotImplemented'], {}, {}, cls.__qualname__)


def _frozen_fns(cls, fields):
    names = tuple(f.name for f in fields)
    locals_ = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError, 'fields_': names}
    cond = 'type(self) is cls or name in fields_'
    setattr_fn = _create_fn('__setattr__', ('self', 'name', 'value'),
                            [f'if {cond}:',
                             ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                             'super(cls, self).__setattr__(name, value)'],
                            {}, locals_, cls.__qualname__)
    delattr_fn = _create_fn('__delattr__', ('self', 'name'),
                            [f'if {cond}:',
                             ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                             'super(cls, self).__delattr__(name)'],
                            {}, locals_, cls.__qualname__)
    return setattr_fn, delattr_fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots):
    fields = {}
    globals_ = sys.modules[cls.__module__].__dict__ if cls.__module__ in sys.modules else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True
    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    KW_ONLY_seen = False
    for name, tp in cls_annotations.items():
        if tp is KW_ONLY:
            if KW_ONLY_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            KW_ONLY_seen = True
            kw_only = True
            continue
        cls_fields.append(_get_field(cls, name, tp, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    all_init_fields = [f for f in fields.values() if f._field_type in ('_FIELD', '_FIELD_INITVAR')]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_init_fields = [f for f in all_init_fields if f.kw_only]
    field_list = [f for f in fields.values() if f._field_type == '_FIELD']
    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, std_init_fields + kw_init_fields, frozen,
                                    has_post_init,
                                    '__dataclass_self__' if 'self' in fields else 'self',
                                    globals_))
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f for f in field_list if f.repr]))
    if eq:
        flds = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _cmp_fn(cls, '__eq__', '==',
                                                  _tuple_str('self', flds),
                                                  _tuple_str('other', flds)))
    if order:
        flds = [f for f in field_list if f.compare]
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, _tuple_str('self', flds),
                                                     _tuple_str('other', flds))):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for fn in _frozen_fns(cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')
    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _create_fn('__hash__', ('self',),
                                  [f'return hash({_tuple_str("self", hash_fields)})'],
                                  {}, {}, cls.__qualname__)
    elif eq and frozen and not has_explicit_hash:
        cls.__hash__ = _create_fn('__hash__', ('self',),
                                  [f'return hash({_tuple_str("self", hash_fields)})'],
                                  {}, {}, cls.__qualname__)
    elif eq and not has_explicit_hash and not frozen:
        cls.__hash__ = None
    if not getattr(cls, '__doc__'):
        def describe(f):
            text = f'{f.name}: {getattr(f.type, "__name__", f.type)}'
            if f.default_factory is not MISSING:
                text += ' = <factory>'
            elif f.default is not MISSING:
                text += f' = {f.default!r}'
            return text
        cls.__doc__ = cls.__name__ + '(' + ', '.join(map(describe, std_init_fields)) + ')'
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    if slots:
        cls = _add_slots(cls, frozen)
    return cls


def _add_slots(cls, is_frozen):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    cls_dict['__slots__'] = field_names
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type == '_FIELD')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    import copy
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    import copy
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type != '_FIELD':
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot '
                                 'be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    namespace = {} if namespace is None else namespace.copy()
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            namespace[name] = spec
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, **kwargs)
