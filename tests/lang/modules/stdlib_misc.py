import contextlib, copy, types, abc, operator, heapq, bisect, string, keyword
from contextlib import contextmanager, suppress, closing, ExitStack, redirect_stdout, nullcontext
import io
@contextmanager
def cm(x):
    print("enter", x)
    try:
        yield x * 2
    except ValueError as e:
        print("caught", e)
    finally:
        print("exit", x)
with cm(1) as v: print(v)
with cm(2): raise ValueError("boom")
try:
    with cm(3): raise KeyError("k")
except KeyError as e: print("outer", repr(e))
with suppress(ZeroDivisionError): 1/0
print("after")
buf = io.StringIO()
with redirect_stdout(buf): print("hidden")
print(repr(buf.getvalue()))
with ExitStack() as st:
    for i in range(3): st.enter_context(cm(i))
    st.callback(print, "cb")
with nullcontext(5) as n: print(n)
class R:
    def close(self): print("closed")
with closing(R()): pass
@cm(9)
def decorated(): print("in decorated")
try: decorated()
except Exception as e: print(type(e).__name__, e)
class CD(contextlib.ContextDecorator):
    def __enter__(self): print("cd enter"); return self
    def __exit__(self, *a): print("cd exit"); return False
@CD()
def g(): print("g body")
g()
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
# copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]['k'].append(5)
print(b, c)
class Obj:
    def __init__(self): self.l = [1]
o = Obj(); o2 = copy.deepcopy(o); o.l.append(2); print(o2.l, copy.copy(o).l is o.l)
class Cu:
    def __copy__(self): return "custom copy"
    def __deepcopy__(self, memo): return "custom deep"
print(copy.copy(Cu()), copy.deepcopy(Cu()))
r = [1]; r.append(r); rc = copy.deepcopy(r); print(rc[1] is rc)
t = (1, [2]); print(copy.deepcopy(t) == t, copy.copy(t) is t)
# types
print(types.SimpleNamespace(a=1, b=2), types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance((x for x in []), types.GeneratorType), types.MappingProxyType({'a': 1}), types.NoneType, types.MethodType)
mp = types.MappingProxyType({'a': 1})
try: mp['b'] = 2
except TypeError as e: print(e)
# operator
print(operator.add(1, 2), operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'))
print(operator.attrgetter('a.b', 'c'), operator.itemgetter(1), operator.methodcaller('f', 1, k=2))
print(operator.neg(3), operator.not_(0), operator.truth([]), operator.contains([1], 1), operator.countOf([1, 1], 1), operator.indexOf([4, 5], 5), operator.concat([1], [2]))
print(operator.mul(3, 4), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 5), operator.lshift(1, 3), operator.and_(6, 3), operator.or_(4, 1), operator.xor(5, 1), operator.inv(5), operator.index(5), operator.is_(None, None), operator.lt(1, 2))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.getitem(l, -1), operator.iadd([1], [2]), operator.length_hint([1, 2]))
try: operator.indexOf([1], 5)
except ValueError as e: print(e)
try: operator.itemgetter()
except TypeError as e: print(e)
# heapq / bisect
h = [5, 1, 8, 3]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
heapq.heappush(h, 2); print(h, heapq.nlargest(2, [4, 1, 7, 3]), heapq.nsmallest(2, [4, 1, 7, 3], key=lambda x: -x), list(heapq.merge([1, 4], [2, 3])))
try: heapq.heappop([])
except IndexError as e: print(e)
s = [1, 3, 3, 5]; print(bisect.bisect(s, 3), bisect.bisect_left(s, 3), bisect.bisect_right(s, 3)); bisect.insort(s, 4); bisect.insort_left(s, 0); print(s)
print(bisect.bisect_left([1, 2, 3], 2, key=lambda x: x), bisect.bisect([(1, 'a')], (1, 'b')))
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.octdigits, repr(string.whitespace), string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(string.capwords(' hello  world '), string.Template('$a and ${b}').substitute(a=1, b=2), string.Template('$a $c').safe_substitute(a=1))
try: string.Template('$a').substitute()
except KeyError as e: print(repr(e))
print(string.Formatter().format('{0}-{x}', 1, x=2))
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.softkwlist)
class Base(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    def m(self): return 1
try: Impl()
except TypeError as e: print(e)
class Impl2(Impl):
    p = 3
print(Impl2().m(), isinstance(Impl2(), Base), issubclass(Impl2, Base))
class Reg(abc.ABC): pass
Reg.register(int); print(isinstance(3, Reg), issubclass(int, Reg), issubclass(str, Reg))
