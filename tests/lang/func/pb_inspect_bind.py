import inspect, functools
class D: pass
print(inspect.signature(D))
class E:
    def __new__(cls, a, b=1): return super().__new__(cls)
print(inspect.signature(E))
class F:
    def __call__(self, q): pass
print(inspect.signature(F()))
def f(a, b, *, c=1): pass
print(inspect.signature(functools.partial(f, 1)), inspect.signature(functools.partial(f, b=2)), inspect.signature(functools.partial(f, 1, 2, c=5)))
print(inspect.signature(f).parameters)
print(repr(inspect.Parameter.KEYWORD_ONLY))
try: inspect.signature(1)
except TypeError as e: print(e)
print(inspect.getfullargspec(f))
print(hash(inspect.signature(f)) == hash(inspect.signature(f)))
def po(a, b, /, c, *, d): pass
s = inspect.signature(po); print(s)
for args, kw in [((1,2,3), {'d':4}), ((1,), {}), ((1,2,3,4), {'d':1}), ((1,2), {'c':3,'d':4,'e':5}), ((1,), {'b':2,'c':3,'d':4}), ((1,2,3), {'c': 3, 'd':4})]:
    try: print(s.bind(*args, **kw))
    except TypeError as e: print("TE", e)
for call in [lambda: inspect.getcallargs(f, 1), lambda: inspect.getcallargs(f, 1, 2, 3), lambda: inspect.getcallargs(f, 1, 2, d=3), lambda: inspect.getcallargs(f, 1, a=2)]:
    try: print(call())
    except TypeError as e: print("TE", e)
try: inspect.Parameter("1x", inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e: print(e)
try: inspect.Parameter("x", inspect.Parameter.VAR_POSITIONAL, default=1)
except ValueError as e: print(e)
P = inspect.Parameter
try: inspect.Signature([P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)])
except ValueError as e: print(e)
try: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_OR_KEYWORD)])
except ValueError as e: print(e)
sig = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('k', P.KEYWORD_ONLY, default=None, annotation=int)], return_annotation=list)
print(sig)
def ann(x: "str", y: list[int], z: int | None = None) -> dict[str, int]: pass
print(inspect.signature(ann))
def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k): return fn(*a, **k)
    return w
@deco
def target(x, y=2): pass
print(inspect.signature(target), inspect.signature(target, follow_wrapped=False))
class WithSig:
    def __init__(self, *args): pass
    __signature__ = inspect.Signature([P('zz', P.POSITIONAL_OR_KEYWORD)])
print(inspect.signature(WithSig))
class Meta(type):
    def __call__(cls, x, y): pass
class UsesMeta(metaclass=Meta): pass
print(inspect.signature(UsesMeta))
print([fi.function for fi in inspect.stack()][:1], inspect.stack()[0].lineno, inspect.stack()[0].code_context)
print(inspect.getclosurevars(deco(f)).nonlocals.keys())
print(inspect.getmodulename("/a/b/c.py"), inspect.getsourcefile(f) == __file__)
ba = inspect.signature(f).bind(1, 2)
print(ba.signature, ba == inspect.signature(f).bind(1, b=2), ba.args, ba.kwargs)
