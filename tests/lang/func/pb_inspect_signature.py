import inspect
def f(a, b: int = 2, *args, c, d=4, **kw) -> str: "Doc."
sig = inspect.signature(f)
print(sig, repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.name, p.default is inspect.Parameter.empty, p.annotation, repr(p))
print(sig.return_annotation)
ba = sig.bind(1, c=3)
print(ba, ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults(); print(ba.arguments)
try: sig.bind()
except TypeError as e: print(e)
try: sig.bind(1, 2, 3, c=1, zz=5).arguments
except TypeError as e: print(e)
print(sig.bind_partial(b=5))
print(str(inspect.Parameter.POSITIONAL_ONLY), inspect.Parameter.KEYWORD_ONLY.description)
class C:
    def m(self, x, y=1): pass
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(q): pass
    def __init__(self, v): pass
print(inspect.signature(C.m), inspect.signature(C(1).m), inspect.signature(C.cm), inspect.signature(C.sm), inspect.signature(C))
print(inspect.signature(lambda x, *, y=3: 0))
print(list(inspect.signature(f).parameters))
p = sig.parameters['b']; print(p.replace(default=9), sig.replace(return_annotation=inspect.Signature.empty))
print(inspect.getmodule(f).__name__ if inspect.getmodule(f) else None)
print(inspect.getfullargspec(f))
print(inspect.getcallargs(f, 1, c=2))
print(inspect.isclass(C), inspect.ismethod(C(1).m), inspect.isfunction(C.m), inspect.isbuiltin(len), inspect.isroutine(len))
print([n for n, _ in inspect.getmembers(C, inspect.isfunction)])
def outer():
    fr = inspect.currentframe()
    print(fr.f_code.co_name, fr.f_back.f_code.co_name, inspect.stack()[0].function, inspect.stack()[1].function)
    print(inspect.getframeinfo(fr).function)
outer()
print(inspect.getsource(C.m))
print(inspect.cleandoc("""
    a
      b
    c"""))
import functools
@functools.wraps(f)
def g(*a, **k): pass
print(inspect.signature(g), inspect.unwrap(g) is f)
print(inspect.signature(functools.partial(f, 1)))
print(inspect.isabstract(C), inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f))
print(type(inspect.getattr_static(C, "cm")).__name__, inspect.getattr_static(C(1), "m").__name__)
print(inspect.Parameter('x', inspect.Parameter.POSITIONAL_OR_KEYWORD, default=1) == inspect.Parameter('x', inspect.Parameter.POSITIONAL_OR_KEYWORD, default=1))
print(sig == inspect.signature(f))
