# X | Y unions (types.UnionType) and list[int] generic aliases (types.GenericAlias)
u = int | str
print(u, repr(u), type(u), type(u).__name__, type(u).__module__)
print(u.__args__, u.__parameters__)
print(u == (str | int), u == (int | str), u != (int | float), hash(u) == hash(str | int))
print(int | str | None, int | None, None | int, (int | None).__args__)
print((int | str) | float, int | (str | float), (int | str | int) == (int | str))
print(int | int, type(int | int))
print(isinstance(1, int | str), isinstance(1.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | None), issubclass(float, int | str))
print(isinstance(u, type(int | str)), isinstance(u, type))
try:
    int | 3
except TypeError as e:
    print(e)
try:
    'a' | int
except TypeError as e:
    print(e)
try:
    type(int | str)()
except TypeError as e:
    print(e)
d = {int | str: 'x'}
print(d[str | int])
class C: pass
print(C | None, None | C, list[C])
# generic aliases
ga = list[int]
print(ga, type(ga), ga.__origin__, ga.__args__, ga.__parameters__)
print(tuple[()], tuple[int, ...], dict[str, list[int]], type[int], set[int], frozenset[str])
print(list[int, str], list['X'], enumerate[int])
print(ga == list[int], ga == list[str], ga == list, hash(ga) == hash(list[int]))
print(ga(), ga('ab'), dict[str, int](a=1))
print(ga.__class__, ga.__name__, ga.append)
print(list.__class_getitem__(int), dict.__class_getitem__((int, str)))
print(list[int] | None, int | list[int], (list[int] | None).__args__)
print(isinstance(1, int | list[int]))
for f in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
          lambda: isinstance([], int | list[int]), lambda: int[3], lambda: list[int][int]):
    try:
        f()
    except TypeError as e:
        print(e)
GA = type(list[int])
print(GA(list, int), GA(list, (int, str)), GA(list, int) == list[int])
def f(a: int | None = None, b: dict[str, list[int]] = {}) -> tuple[int, ...]:
    pass
print(f.__annotations__)
x: list[int] = [1]
print(x)
class Mine:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Mine[int], Mine[1, 2])
