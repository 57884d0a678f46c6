"""dataclasses for gilpy: generated __init__/__repr__/__eq__/ordering/
__hash__ from class annotations. Methods are built from source with exec
so that their signatures and error messages are the ordinary ones."""
import sys
from _thread import get_ident as _get_ident

_FunctionType = type(lambda: None)

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

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{name}]'

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


class _HasDefaultFactory:
    """Default of an __init__ parameter whose field has a default_factory:
    the body calls the factory when it still sees this marker; inspect
    shows it as <factory>."""

    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _create_fn(name, args, body, globals_, locals_=None, return_type=MISSING):
    """Compile `def name(args): body` in the class's module globals, as a
    closure over locals_: an outer __create_fn__ takes the locals as
    parameters and returns the inner function. So the method's
    __globals__/__module__ are the module's, its helpers are cells (not
    globals), and nothing is copied per class."""
    if locals_ is None:
        locals_ = {}
    ret = ''
    if return_type is not MISSING:
        locals_['_return_type'] = return_type
        ret = '->_return_type'
    body_src = '\n'.join(f'  {b}' for b in body)
    src = (f'def __create_fn__({", ".join(locals_)}):\n'
           f' def {name}({",".join(args)}){ret}:\n{body_src}\n'
           f' return {name}')
    ns = {}
    exec(src, globals_, ns)
    return ns['__create_fn__'](**locals_)


def _set_qualname(cls, fn):
    if isinstance(fn, _FunctionType):
        fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
    return fn


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'
    return '(' + ','.join(f'{obj_name}.{f.name}' for f in fields) + ',)'


def _init_param(f):
    if f.default is not MISSING:
        default = f'=_dflt_{f.name}'
    elif f.default_factory is not MISSING:
        default = '=_HAS_DEFAULT_FACTORY'
    else:
        default = ''
    return f'{f.name}:_type_{f.name}{default}'


def _field_init(f, frozen, locals_, self_name, slots):
    """The __init__ line storing field f, or None when there is none (an
    InitVar; an init=False field with a plain default, which the class
    attribute provides)."""
    dflt = f'_dflt_{f.name}'
    if f.default_factory is not MISSING:
        locals_[dflt] = f.default_factory
        if f.init:
            value = f'{dflt}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
        else:
            value = f'{dflt}()'
    elif f.init:
        if f.default is not MISSING:
            locals_[dflt] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        locals_[dflt] = f.default
        value = dflt
    else:
        return None
    if f._field_type == '_FIELD_INITVAR':
        return None
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{f.name!r},{value})'
    return f'{self_name}.{f.name}={value}'


def _init_fn(fields, std_fields, kw_fields, frozen, has_post_init, self_name, globals_, slots):
    seen_default = False
    for f in std_fields:
        if not (f.default is MISSING and f.default_factory is MISSING):
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    locals_ = {f'_type_{f.name}': f.type for f in fields}
    locals_['MISSING'] = MISSING
    locals_['_HAS_DEFAULT_FACTORY'] = _HAS_DEFAULT_FACTORY
    locals_['__dataclass_builtins_object__'] = object
    body = []
    for f in fields:
        line = _field_init(f, frozen, locals_, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        initvars = ','.join(f.name for f in fields if f._field_type == '_FIELD_INITVAR')
        body.append(f'{self_name}.__post_init__({initvars})')
    if not body:
        body = ['pass']
    params = [_init_param(f) for f in std_fields]
    if kw_fields:
        params.append('*')
        params.extend(_init_param(f) for f in kw_fields)
    return _create_fn('__init__', [self_name] + params, body, globals_, locals_, None)


def _repr_fn(fields, globals_):
    fn = _create_fn('__repr__', ('self',),
                    ['return self.__class__.__qualname__ + f"(' +
                     ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in fields) + ')"'],
                    globals_)
    return _recursive_repr(fn)


def _recursive_repr(user_function):
    """Guard against a field that (indirectly) contains its own instance:
    the inner repr of an object already being repr'd in this thread is
    '...'."""
    repr_running = set()

    def wrapper(self):
        key = id(self), _get_ident()
        if key in repr_running:
            return '...'
        repr_running.add(key)
        try:
            result = user_function(self)
        finally:
            repr_running.discard(key)
        return result
    wrapper.__module__ = user_function.__module__
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__doc__ = user_function.__doc__
    wrapper.__wrapped__ = user_function
    return wrapper


def _cmp_fn(name, op, self_tuple, other_tuple, globals_):
    return _create_fn(name, ('self', 'other'),
                      ['if other.__class__ is self.__class__:',
                       f' return {self_tuple}{op}{other_tuple}',
                       'return NotImplemented'], globals_)


def _hash_fn(fields, globals_):
    return _create_fn('__hash__', ('self',), [f'return hash({_tuple_str("self", fields)})'],
                      globals_)


def _frozen_fns(cls, fields, globals_):
    locals_ = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    names = '(' + ','.join(repr(f.name) for f in fields) + ',)' if fields else '()'
    cond = f'if type(self) is cls or name in {names}:'
    return (_create_fn('__setattr__', ('self', 'name', 'value'),
                       [cond, ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                        'super(cls, self).__setattr__(name, value)'], globals_, locals_),
            _create_fn('__delattr__', ('self', 'name'),
                       [cond, ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                        'super(cls, self).__delattr__(name)'], globals_, locals_))


_GenericAlias = type(list[int])


def _format_annotation(tp):
    """inspect.formatannotation, so that the class docstring reads like
    str(inspect.signature(cls)) without importing inspect."""
    if getattr(tp, '__module__', None) == 'typing':
        return repr(tp).replace('typing.', '')
    if isinstance(tp, _GenericAlias):
        return str(tp)
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return tp.__module__ + '.' + tp.__qualname__
    return repr(tp)


def _init_signature_text(std_fields, kw_fields):
    """'(a: int, b: str = 'x', *, c: list = <factory>)': the generated
    __init__'s signature as inspect prints it for the class."""
    def param(f):
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    params = [param(f) for f in std_fields]
    if kw_fields:
        params.append('*')
        params.extend(param(f) for f in kw_fields)
    return '(' + ', '.join(params) + ') -> None'


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
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
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_init_fields = [f for f in all_init_fields if f.init and f.kw_only]
    field_list = [f for f in fields.values() if f._field_type == '_FIELD']
    made_init = False
    if init:
        has_post_init = hasattr(cls, '__post_init__')
        made_init = not _set_new_attribute(
            cls, '__init__',
            _init_fn(all_init_fields, std_init_fields, kw_init_fields, frozen, has_post_init,
                     '__dataclass_self__' if 'self' in fields else 'self', globals_, slots))
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f for f in field_list if f.repr], globals_))
    if eq:
        flds = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', '==', _tuple_str('self', flds),
                                                  _tuple_str('other', flds), globals_))
    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple, other_tuple = _tuple_str('self', flds), _tuple_str('other', flds)
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, self_tuple, other_tuple, globals_)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for fn in _frozen_fns(cls, field_list, globals_):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')
    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _set_qualname(cls, _hash_fn(hash_fields, globals_))
    elif eq and frozen and not has_explicit_hash:
        cls.__hash__ = _set_qualname(cls, _hash_fn(hash_fields, globals_))
    elif eq and not has_explicit_hash and not frozen:
        cls.__hash__ = None
    if not getattr(cls, '__doc__'):
        # CPython uses str(inspect.signature(cls)); when the signature is
        # the __init__ made here (the usual case) it is spelled out
        # directly, which spares every dataclass user the import of inspect.
        if made_init and type(cls) is type and cls.__new__ is object.__new__:
            text_sig = _init_signature_text(std_init_fields, kw_init_fields)
        else:
            import inspect
            try:
                text_sig = str(inspect.signature(cls))
            except (TypeError, ValueError):
                text_sig = ''
        cls.__doc__ = cls.__name__ + text_sig.replace(' -> None', '')
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
