import contextlib, io, os, sys
from contextlib import contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout, redirect_stderr, chdir, ContextDecorator, AbstractContextManager
import abc
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

@contextmanager
def tag(name):
    print("enter", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("caught", e)
    finally:
        print("exit", name)
with tag("a") as t:
    print("body", t)
with tag("b"):
    raise ValueError("boom")
try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def twoyield():
    yield 1
    yield 2
try:
    with twoyield():
        pass
except RuntimeError as e:
    print(e)
@tag("deco")
def decorated(x):
    print("in decorated", x)
decorated(1); decorated(2)
print(type(tag("z")).__name__, tag.__name__)
@contextmanager
def swallow():
    try:
        yield
    except Exception:
        pass
with swallow():
    raise IndexError
print("swallowed")
@contextmanager
def reraise_stop():
    yield
try:
    with reraise_stop():
        raise StopIteration("si")
except StopIteration as e:
    print("StopIteration", e)

with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("not suppressed")
with suppress():
    pass
class Res:
    def close(self): print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf) as b:
    print("to buffer")
print(repr(buf.getvalue()), b is buf)
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    sys.stderr.write("err\n")
print(repr(ebuf.getvalue()))
here = os.getcwd()
with chdir(".."):
    print(os.path.basename(os.getcwd()) != "" , os.getcwd() == os.path.dirname(here))
print(os.getcwd() == here)

with ExitStack() as stack:
    stack.callback(print, "cb1")
    stack.callback(print, "cb2", end="!\n")
    r = stack.enter_context(tag("x"))
    print("got", r)
    def exit_cb(*exc):
        print("push exit", exc[0])
        return False
    stack.push(exit_cb)
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): print("CM exit"); return False
    stack.push(CM())
with ExitStack() as s2:
    s2.callback(print, "never")
    s3 = s2.pop_all()
print("after pop_all")
s3.close()
with ExitStack() as s4:
    s4.push(lambda *e: True)
    raise ValueError("suppressed by stack")
print("stack suppressed")
try:
    with ExitStack() as s5:
        s5.callback(lambda: 1 / 0)
        raise KeyError("inner")
except ZeroDivisionError as e:
    print("ZDE context", type(e.__context__).__name__)
show("enter_context bad", lambda: ExitStack().enter_context(object()))

class Dec(ContextDecorator):
    def __enter__(self): print("Dec enter"); return self
    def __exit__(self, *exc): print("Dec exit"); return False
@Dec()
def g(): print("g body"); return 3
print(g())
class ACM(AbstractContextManager):
    def __exit__(self, *a): return None
with ACM() as a:
    print(type(a).__name__)
print(issubclass(type(open(__file__)), AbstractContextManager), isinstance(nullcontext(), AbstractContextManager))

class Base(ABC):
    @abstractmethod
    def b(self): ...
    @abstractmethod
    def a(self): ...
    @abstractproperty
    def p(self): ...
show("inst", lambda: Base())
class One(Base):
    def a(self): return 1
show("inst one", lambda: One())
class Two(One):
    def b(self): return 2
    p = 3
print(Two().a(), Two().b(), Base.__abstractmethods__ == frozenset({"a", "b", "p"}), Two.__abstractmethods__)
class Single(ABC):
    @abstractmethod
    def only(self): ...
show("single", lambda: Single())
class CM2(ABC):
    @abstractclassmethod
    def c(cls): ...
    @abstractstaticmethod
    def s(): ...
    @classmethod
    @abstractmethod
    def c2(cls): ...
    @property
    @abstractmethod
    def prop(self): ...
print(sorted(CM2.__abstractmethods__))
class Meta(metaclass=ABCMeta):
    pass
Meta.register(int)
print(isinstance(3, Meta), issubclass(bool, Meta), issubclass(str, Meta), Meta.register(str) is str, isinstance("s", Meta))
show("register non-class", lambda: Meta.register(3))
show("issubclass non-class", lambda: issubclass(3, Meta))
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook))
print(type(ABC).__name__, ABC.__slots__, abc.get_cache_token() is not None, type(Meta).__name__)
class Upd(ABC):
    @abstractmethod
    def m(self): ...
class Impl(Upd): pass
Impl.m = lambda self: 1
abc.update_abstractmethods(Impl)
print(Impl().m(), Impl.__abstractmethods__)
class C1(Base, metaclass=ABCMeta):
    pass
print(sorted(C1.__abstractmethods__))
print(getattr(abstractmethod(lambda: 1), "__isabstractmethod__"))
print(isinstance(Two(), Base), issubclass(Two, Base), Base.__instancecheck__(Two()))
class Vis(ABC): pass
print(Vis(), "" if True else 0) if False else print(type(Vis()).__name__)
