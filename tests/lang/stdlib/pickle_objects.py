# pickle: instances, the reduction protocol, classes/functions by reference.
import pickle, copy, collections, dataclasses, enum, copyreg, re


class Plain:
    def __init__(self, x=1):
        self.x = x
        self.y = [x, 'y']

    def __eq__(self, other):
        return type(other) is type(self) and other.__dict__ == self.__dict__


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return None, {'a': self.a}


class Both:
    __slots__ = ('a', '__dict__')


class WithState:
    def __init__(self):
        self.v = 5

    def __getstate__(self):
        return {'v': self.v * 10}

    def __setstate__(self, state):
        self.v = state['v'] // 10
        self.restored = True


class Args:
    def __new__(cls, a, b=0):
        obj = super().__new__(cls)
        obj.args = (a, b)
        return obj

    def __getnewargs__(self):
        return self.args


class ArgsEx:
    def __new__(cls, a, *, key):
        obj = super().__new__(cls)
        obj.a, obj.key = a, key
        return obj

    def __getnewargs_ex__(self):
        return (self.a,), {'key': self.key}


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return Reduced, (self.n,)


class ListLike(list):
    pass


class DictLike(dict):
    pass


class Setter:
    def __reduce__(self):
        return Setter, (), {'s': 1}, None, None, set_state


def set_state(obj, state):
    obj.via_setter = state


class Outer:
    class Inner:
        pass

    def method(self):
        return 1


NT = collections.namedtuple('NT', 'a b')


@dataclasses.dataclass
class DC:
    x: int
    y: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class FrozenDC:
    x: int


class Color(enum.Enum):
    RED = 1
    GREEN = 'g'


class Flags(enum.IntFlag):
    A = 1
    B = 2


def function():
    pass


def show(label, obj):
    for proto in range(6):
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(label, proto, 'ERR', type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(label, proto, data)
        print('   ->', type(back).__name__, describe(back))


def describe(o):
    return re.sub(' at 0x[0-9a-f]+', '', str(_describe(o)))


def _describe(o):
    if isinstance(o, (enum.Enum, dict, list)):
        return repr(o)
    if hasattr(o, '__dict__') and not isinstance(o, type) and not callable(o):
        return sorted(vars(o).items(), key=repr)
    if isinstance(o, Slotted):
        return [getattr(o, 'a', None), getattr(o, 'b', None)]
    return repr(o)


p = Plain(3)
show('plain', p)
show('plain_list', [p, p])
show('slotted', Slotted())
b = Both()
b.a = 1
b.z = 2
show('both', b)
show('withstate', WithState())
show('args', Args(4, 5))
show('argsex', ArgsEx(7, key='k'))
show('reduced', Reduced(9))
ll = ListLike([1, 2, 3])
ll.attr = 'x'
show('listlike', ll)
dl = DictLike(a=1)
dl.attr = 'y'
show('dictlike', dl)
show('setter', Setter())
show('outer', Outer)
show('inner', Outer.Inner)
show('method', Outer.method)
show('function', function)
show('nt', NT(1, [2]))
show('nt_class', NT)
show('dc', DC(1, [2]))
show('frozendc', FrozenDC(3))
show('enum', [Color.RED, Color.GREEN, Color.RED])
show('intflag', Flags.A | Flags.B)
show('odict', collections.OrderedDict([('b', 1), ('a', 2)]))
show('deque', collections.deque([1, 2, 3], maxlen=5))
show('defaultdict', collections.defaultdict(list, {1: [2]}))
show('counter', collections.Counter('abcab'))
show('exc', ValueError('bad', 2))
show('keyerror', KeyError('k'))
show('oserror', OSError(2, 'No such file'))
e = RuntimeError('with attr')
e.note = 'n'
show('exc_attr', e)
show('stop', StopIteration(7))
show('builtin_method', [1].append)
show('classmethod', dict.fromkeys)

# copy.copy / deepcopy still go through __reduce_ex__
for obj in (p, Args(1, 2), ArgsEx(3, key=4), WithState(), ll, NT(1, 2), DC(1)):
    c1, c2 = copy.copy(obj), copy.deepcopy(obj)
    print(type(c1).__name__, describe(c1), describe(c2))

# copyreg.dispatch_table and extension registry
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(pt):
    return Point, (pt.x, pt.y)


copyreg.pickle(Point, reduce_point)
show('copyreg', Point(1, 2))
del copyreg.dispatch_table[Point]
copyreg.add_extension(__name__, 'Point', 240)
show('ext', Point)
copyreg.remove_extension(__name__, 'Point', 240)
copyreg.add_extension(__name__, 'Point', 70000)
print(pickle.dumps(Point, 2))
copyreg.remove_extension(__name__, 'Point', 70000)
