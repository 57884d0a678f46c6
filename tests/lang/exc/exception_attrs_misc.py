import sys
def f():
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
try:
    f()
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
    print(e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_next.tb_frame.f_code.co_name)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise TypeError("t")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise TypeError("t") from None
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
e = ValueError(1)
print(e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__, e.__dict__)
e.__cause__ = KeyError(2); print(e.__suppress_context__)
try:
    e.__cause__ = 3
except TypeError as x: print(x)
try:
    e.__context__ = 3
except TypeError as x: print(x)
try:
    e.__traceback__ = 3
except TypeError as x: print(x)
e.add_note("hello"); e.add_note("world"); print(e.__notes__)
try:
    e.add_note(3)
except TypeError as x: print(x)
e2 = ValueError(); e2.__notes__ = "x"
try: e2.add_note("y")
except TypeError as x: print(x)
print(sys.exc_info())
try:
    raise ValueError("v")
except:
    t, v, tb = sys.exc_info(); print(t, repr(v), type(tb))
    print(repr(sys.exception()) if hasattr(sys, "exception") else "noexc")
print(sys.exc_info())
e = ValueError("x").with_traceback(None); print(repr(e))
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = MyErr(1, 2); print(repr(m), str(m), m.args, m.b)
class E2(Exception):
    def __str__(self): return "custom"
print(repr(E2("a")), str(E2("a")))
class E3(Exception): pass
print(repr(E3()), repr(E3(1, 2)))
print(Exception.__doc__ , ValueError.__doc__)
print(BaseException.__new__(ValueError).args)
e = Exception(1); e.args = [1,2]; print(e.args, str(e))
print(ValueError("a") == ValueError("a"))
x = Exception("a"); x.foo = 1; print(x.__dict__)
print(e.__reduce__())
print(ValueError.__module__, Exception.__module__, type(ValueError).__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(KeyboardInterrupt.__mro__)
print(isinstance(StopIteration(), Exception), StopAsyncIteration.__mro__)
e = BaseException(); print(e.__notes__ if hasattr(e, '__notes__') else 'no notes')
print(Exception("a", "b").__str__(), Exception().__repr__())
print(getattr(KeyError(), 'args'))
print(str(KeyError()), str(KeyError(1,2)), str(KeyError("")))
