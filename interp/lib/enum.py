"""Enumerations for gilpy: Enum, IntEnum, StrEnum, Flag, IntFlag, auto,
unique. Written afresh on gilpy's class machinery (__prepare__, metaclass
__call__/__iter__), following CPython 3.11's observable behaviour."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'property', 'global_enum',
           'verify', 'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP']

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum classes."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


import builtins as _builtins
property = _builtins.property


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


class _EnumDict(dict):
    """The class namespace of an enum: records member names in order and
    resolves auto() values as they are assigned."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._cls_name = cls_name
        self._generate = generate

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key) or _is_dunder(key) or _is_sunder(key):
            if key == '_generate_next_value_':
                self._generate = value.__func__ if isinstance(value, staticmethod) else value
            dict.__setitem__(self, key, value)
            return
        if key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if isinstance(value, nonmember):
            dict.__setitem__(self, key, value.value)
            return
        if isinstance(value, member):
            value = value.value
        elif _is_descriptor(value):
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            dict.__setitem__(self, key, value)
            return
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._generate(key, 1, len(self._member_names),
                                             self._last_values[:])
            value = value.value
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            value = tuple(self._generate(key, 1, len(self._member_names), self._last_values[:])
                          if isinstance(v, auto) and v.value is _auto_null
                          else (v.value if isinstance(v, auto) else v) for v in value)
        self._member_names[key] = None
        self._last_values.append(value)
        dict.__setitem__(self, key, value)


def _default_generate(name, start, count, last_values):
    for v in reversed(last_values):
        try:
            return v + 1
        except TypeError:
            pass
    return start


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = _default_generate
        for base in bases:
            for klass in base.__mro__:
                g = klass.__dict__.get('_generate_next_value_')
                if g is not None:
                    generate = g.__func__ if isinstance(g, staticmethod) else g
                    break
            else:
                continue
            break
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        names = list(classdict._member_names)
        values = {name: classdict[name] for name in names}
        ns = {k: v for k, v in classdict.items() if k not in values}
        user_new = ns.pop('__new__', None) if Enum is not None else None
        if user_new is not None:
            ns['__new_member__'] = user_new
        if '_generate_next_value_' in ns and not isinstance(ns['_generate_next_value_'], staticmethod):
            ns['_generate_next_value_'] = staticmethod(ns['_generate_next_value_'])
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_member_type_'] = member_type
        enum_class = type.__new__(metacls, cls, bases, ns, **kwds)

        if user_new is None:
            user_new = enum_class.__dict__.get('__new_member__')
            for base in enum_class.__mro__[1:]:
                if user_new is not None:
                    break
                user_new = base.__dict__.get('__new_member__')
        if user_new is None:
            user_new = object.__new__ if member_type is object else member_type.__new__
        if isinstance(user_new, staticmethod):
            user_new = user_new.__func__
        for name in names:
            value = values[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if user_new is object.__new__:
                obj = object.__new__(enum_class)
            else:
                obj = user_new(enum_class, *args)
            if not hasattr(obj, '_value_'):
                if member_type is object:
                    obj._value_ = value
                else:
                    obj._value_ = member_type(*args)
            value = obj._value_
            obj._name_ = name
            obj.__objclass__ = enum_class
            obj.__init__(*args)
            canonical = None
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
            if canonical is None:
                canonical = obj
                # A Flag member whose value is not a single bit (0, or a
                # combination such as RW = R|W) is an alias: it is reachable
                # by name and value but not listed by iteration or len().
                if (Flag is None or not issubclass(enum_class, Flag)
                        or _is_single_bit(value)):
                    enum_class._member_names_.append(name)
            obj._sort_order_ = len(enum_class._member_names_)
            enum_class._member_map_[name] = canonical
            try:
                enum_class._value2member_map_.setdefault(value, canonical)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, canonical)
        if Enum is not None and member_type is not object:
            # repr/str/format come from the enum side even when a data type
            # (int, str) is mixed in before it in the MRO.
            for special in ('__repr__', '__str__', '__format__'):
                if special in ns:
                    continue
                for base in enum_class.__mro__[1:]:
                    if isinstance(base, EnumType) and special in base.__dict__:
                        type.__setattr__(enum_class, special, base.__dict__[special])
                        break
            # Calling the class looks members up by value (Enum.__new__),
            # whatever __new__ the mixed-in data type has.
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        if Flag is not None and issubclass(enum_class, Flag):
            all_bits = 0
            singles = 0
            for m in enum_class._member_map_.values():
                all_bits |= m._value_
                if _is_single_bit(m._value_):
                    singles |= m._value_
            enum_class._flag_mask_ = all_bits
            enum_class._singles_mask_ = singles
            enum_class._all_bits_ = 2 ** all_bits.bit_length() - 1 if all_bits else 0
            if boundary is not None:
                enum_class._boundary_ = boundary
            values = [enum_class._member_map_[n]._value_ for n in enum_class._member_names_]
            enum_class._iter_by_def_ = values != sorted(values)
        return enum_class

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, Enum
        member_type = object
        first_enum = bases[-1]
        if Enum is not None and not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        for base in bases:
            for klass in base.__mro__:
                if klass is object:
                    continue
                if isinstance(klass, EnumType):
                    if klass._member_names_ if Enum is not None and '_member_names_' in klass.__dict__ else False:
                        raise TypeError("<enum %r> cannot extend %r"
                                        % (class_name, klass))
                    continue
                if '__new__' in klass.__dict__ or klass in (int, str, float, tuple, bytes):
                    member_type = klass
                    break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = classdict._generate(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, 'items') else names
        for name, value in items:
            classdict[name] = value
        if module is None:
            try:
                import sys
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            dict.__setitem__(classdict, '__module__', module)
        if qualname is not None:
            dict.__setitem__(classdict, '__qualname__', qualname)
        return EnumType.__new__(EnumType if not isinstance(cls, EnumType) else cls.__class__,
                                class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (member.__class__.__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        names = ['__class__', '__contains__', '__doc__', '__getitem__',
                 '__init_subclass__', '__iter__', '__len__', '__members__',
                 '__module__', '__name__', '__qualname__']
        return sorted(set(names) | set(cls._member_names_))


EnumMeta = EnumType


class _MappingProxy:
    """Read-only view of the members mapping (types.MappingProxyType-like)."""

    def __init__(self, mapping):
        self._m = mapping

    def __getitem__(self, key):
        return self._m[key]

    def __iter__(self):
        return iter(self._m)

    def __len__(self):
        return len(self._m)

    def __contains__(self, key):
        return key in self._m

    def keys(self):
        return self._m.keys()

    def values(self):
        return self._m.values()

    def items(self):
        return self._m.items()

    def get(self, key, default=None):
        return self._m.get(key, default)

    def __repr__(self):
        return repr(self._m)

    def __eq__(self, other):
        return self._m == other


Enum = None
Flag = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        else:
            exc = None
        if isinstance(result, cls):
            return result
        if result is None and exc is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_generate(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if '_value_repr_' in dir(self.__class__) else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        for cls in self.__class__.__mro__:
            for k, v in cls.__dict__.items():
                if not k.startswith('_') and k not in cls.__dict__.get('_member_map_', {}):
                    names.add(k)
        return sorted(names)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(int(self), spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return str.__format__(str(self), spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()




def _high_bit(value):
    return value.bit_length() - 1


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bin(num, max_bits=None):
    """bin() in two's complement with a leading sign bit, as Flag's
    out-of-range error message shows it: _bin(10) == '0b0 1010'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class FlagBoundary(StrEnum):
    """What Flag(value) does with bits no member defines."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum):
    """Support for flags (members combine with | & ^ ~)."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high_bit = _high_bit(last)
        except Exception:
            raise TypeError('invalid flag value %r' % last) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        """The canonical (single-bit) members whose bits are set in value,
        lowest bit first, or in definition order if that differs."""
        members = []
        rest = value & cls._flag_mask_
        while rest:
            bit = rest & -rest
            rest ^= bit
            m = cls._value2member_map_.get(bit)
            if m is not None:
                members.append(m)
        if cls._iter_by_def_:
            members.sort(key=lambda m: m._sort_order_)
        return members

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, width), _bin(flag_mask, width)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        if member_value:
            pseudo._name_ = '|'.join(m._name_ for m in cls._iter_member_(member_value))
            if unknown:
                pseudo._name_ += '|%r' % unknown
        else:
            pseudo._name_ = None
        pseudo.__objclass__ = cls
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = int.__repr__ if isinstance(self._value_, int) else repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


# Defaults of a Flag class with no members (set here: Flag itself is built
# before the metaclass knows what a Flag is).
Flag._boundary_ = STRICT
Flag._flag_mask_ = Flag._singles_mask_ = Flag._all_bits_ = 0
Flag._iter_by_def_ = False


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based flags."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(int(self), spec)

    __invert__ = Flag.__invert__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__


def unique(enumeration):
    """Class decorator: no two members share a value."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        alias_details = ', '.join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    import sys
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def verify(*checks):
    def decorator(enumeration):
        return enumeration
    return decorator
