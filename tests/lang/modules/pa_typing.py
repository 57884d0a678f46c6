import typing as t
T=t.TypeVar('T')
print(t.get_origin(t.Union[int,str]), t.get_origin(t.Optional[int]), t.get_args(t.Optional[int]), t.Union[int, None, str], t.Union[int], t.List[t.Optional[int]], t.Dict[str, T][int], t.Tuple[()], t.Callable[..., int], t.get_args(t.Callable[[int], str]), t.Annotated[int, 'm'], t.Type[int], t.List['X'], t.Literal['a', 1], t.get_origin(t.Literal[1]), t.get_origin(t.Annotated[int, 1]), t.get_args(t.Annotated[int, 1]), t.get_origin(t.ClassVar[int]))
print(t.List[int] == t.List[int], t.Union[int, str] == t.Union[str, int], t.Optional[int] == t.Union[int, None], t.get_origin(int|str), t.get_args(int|None), t.List, t.Callable, t.Iterable[int], t.Generator[int, None, None], t.NewType('UserId', int), t.AnyStr, t.TypeVar('U', bound=int), t.Sequence, t.Any, t.NoReturn)
class G(t.Generic[T]): pass
print(G[int], G.__parameters__, G[int].__origin__, G[int]().__orig_class__, G.__orig_bases__)
for f in [lambda: isinstance([], t.List[int]), lambda: t.Dict[int], lambda: t.List[int, str], lambda: isinstance(1, t.Any), lambda: t.List(), lambda: t.Union[()], lambda: t.Optional[int, str], lambda: t.Generic[int], lambda: t.Any(), lambda: isinstance(1, t.Union[int, str]), lambda: isinstance(1, t.Optional[str]), lambda: isinstance([], t.List), lambda: issubclass(list, t.Sequence), lambda: G[int, str], lambda: t.ClassVar[int, str]]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
UserId = t.NewType('UserId', int); print(UserId(5), UserId.__supertype__, UserId.__name__)
print(t.get_type_hints(G), t.List[int].__args__, t.List[int].__parameters__, t.Dict[str, T].__parameters__, t.TYPE_CHECKING)
def fn(a: 'int', b: t.Annotated[str, 'x'] = None) -> 'list[int]': pass
print(t.get_type_hints(fn), t.get_type_hints(fn, include_extras=True))
class Stack(t.Generic[T]):
    def __init__(self) -> None: self.items: t.List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), Stack.__parameters__)
K = t.TypeVar('K'); V = t.TypeVar('V')
class Pair(t.Generic[K, V]):
    pass
print(Pair[str, int], Pair.__parameters__)
class MyList(t.List[int]): pass
print(MyList.__mro__, MyList([1, 2]))
class It(t.Iterable[int]):
    def __iter__(self): return iter([1])
print(list(It()), isinstance(It(), t.Iterable))
class Point(t.NamedTuple):
    x: int
    y: int = 0
    def dist(self): return self.x + self.y
print(Point(1), Point(1, 2).dist(), Point.__annotations__, t.NamedTuple('E', [('a', int)])(5))
class TD(t.TypedDict, total=False):
    a: int
    b: str
m = TD(a=1); print(m, type(m), sorted(TD.__optional_keys__), TD.__total__, TD.__annotations__)
TD2 = t.TypedDict('TD2', {'x': int}); print(TD2(x=1), TD2.__required_keys__)
try: isinstance({}, TD)
except TypeError as e: print(e)
@t.runtime_checkable
class Closer(t.Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer), issubclass(F, Closer), isinstance(3, t.SupportsInt), isinstance('x', t.SupportsInt))
class P2(t.Protocol):
    x: int
try: isinstance(1, P2)
except TypeError as e: print(e)
try: P2()
except TypeError as e: print(e)
class Impl(P2):
    def __init__(self): self.x = 1
print(Impl().x)
@t.overload
def ov(x: int) -> int: ...
@t.overload
def ov(x: str) -> str: ...
def ov(x): return x
print(ov(3), t.cast(str, 1), t.Optional[t.List[int]], t.Union[t.List[int], None, int], t.Callable[[int, str], t.Dict[str, int]], t.Type['G'])
print(t.Literal[1] == t.Literal[1], t.Tuple[int, str], t.Set[int], t.FrozenSet[str], t.Deque[int], t.DefaultDict[str, int], t.Counter[str], t.Mapping[str, t.Any], t.Sequence[int], t.Iterator[str])
def ff(x: t.Optional[int] = None, *args: int, **kw: str) -> t.Union[int, str]: pass
print(ff.__annotations__)
