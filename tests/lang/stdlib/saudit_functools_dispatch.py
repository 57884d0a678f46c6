from functools import singledispatch, singledispatchmethod, partial, partialmethod
import collections.abc as cabc

@singledispatch
def fun(arg, verbose=False):
    return "default " + type(arg).__name__

@fun.register
def _(arg: int, verbose=False):
    return "int %d" % arg

@fun.register(list)
def _(arg, verbose=False):
    return "list %d" % len(arg)

def nothing(arg, verbose=False):
    return "none"
fun.register(type(None), nothing)

@fun.register
def _(arg: float | complex):
    return "number " + repr(arg)

@fun.register(cabc.Mapping)
def _(arg):
    return "mapping"

@fun.register(cabc.Iterable)
def _(arg):
    return "iterable"

class MyInt(int): pass
class MyList(list): pass
class Bag:
    def __iter__(self): return iter([])

for v in [1, True, MyInt(3), 2.5, 1j, "s", [1, 2], MyList([1]), None, {1: 2}, (1,), Bag(), object()]:
    print(type(v).__name__, fun(v))
print(fun.dispatch(bool).__name__, fun.dispatch(dict) is fun.registry[cabc.Mapping])
print(fun.registry[object] is fun.__wrapped__, len(fun.registry), type(fun.registry).__name__)
print(fun.__name__)
try:
    fun()
except TypeError as e:
    print(e)
try:
    fun.register(3, nothing)
except TypeError as e:
    print(e)
try:
    @fun.register
    def _(x): pass
except TypeError as e:
    print(str(e).split(':')[0])
try:
    @fun.register
    def _(x: "notaclass"): pass
except Exception as e:
    print(type(e).__name__)

class Late: pass
print(fun(Late()))
cabc.Iterable.register  # ensure attr
class Reg: pass
cabc.Sized.register(Reg)
@fun.register(cabc.Sized)
def _(arg): return "sized"
print(fun(Reg()))

@singledispatch
def amb(x): return "base"
amb.register(cabc.Sized, lambda x: "sized")
amb.register(cabc.Container, lambda x: "container")
class SC:
    def __len__(self): return 0
    def __contains__(self, x): return False
try:
    print(amb(SC()))
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("Ambiguous dispatch"))

class Neg:
    def __init__(self): self.n = 0
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
    @singledispatchmethod
    @classmethod
    def cneg(cls, arg):
        return "cdefault"
    @cneg.register
    @classmethod
    def _(cls, arg: str):
        return cls.__name__ + " str"
n = Neg()
print(n.neg(5), n.neg(True), Neg.cneg(1), Neg.cneg("x"), n.cneg("y"))
try:
    n.neg("s")
except NotImplementedError as e:
    print(e)
print(Neg.neg.__name__)

class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
    @staticmethod
    def st(a, b): return (a, b)
    pst = partialmethod(st, 1)
    @classmethod
    def cm(cls, a): return (cls.__name__, a)
    pcm = partialmethod(cm, 2)
c = Cell()
c.set_alive(); print(c._alive); c.set_dead(); print(c._alive)
print(c.pst(2), Cell.pst(3), c.pcm(), Cell.pcm())
print(repr(Cell.__dict__['pcm']).startswith('functools.partialmethod(<classmethod'))
try:
    partialmethod(3)
except TypeError as e:
    print(e)
pm = partialmethod(partialmethod(Cell.set_state, 1), )
print(pm.args)
p = partial(print, 1, sep='-')
print(repr(p))
class PS(partial): pass
print(repr(PS(max, 1))[:8], type(PS(PS(max), 1).func).__name__)
