eg = ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c")])
print(repr(eg), str(eg), len(eg.exceptions), type(eg.exceptions).__name__, eg.message, eg.args)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for args in [("x", []), (1, [ValueError()]), ("x", 5), ("x", [1]), ("x",), (), ("x", [ValueError()], 3), ("x", (ValueError(),)), ("x", ValueError())]:
    try:
        r = ExceptionGroup(*args); print("ok", repr(r), r.exceptions)
    except Exception as e:
        print(type(e).__name__, e)
try: ExceptionGroup("x", [KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
try: ExceptionGroup("x", [ValueError()], foo=1)
except Exception as e: print(type(e).__name__, e)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.split(TypeError))
print(eg.split((TypeError, ValueError))[0] is eg, eg.split(KeyError))
print(eg.subgroup(lambda e: str(e) == "c"))
print(eg.subgroup(lambda e: True) is eg, eg.subgroup(lambda e: False))
print(eg.subgroup(ValueError))
try: eg.split(3)
except Exception as e: print(type(e).__name__, e)
try: eg.split("x")
except Exception as e: print(type(e).__name__, e)
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
print(repr(nested), str(nested))
m, r = nested.split(ValueError); print(repr(m)); print(repr(r))
m, r = nested.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"); print(repr(m)); print(repr(r))
print(repr(nested.subgroup(TypeError)))
print(repr(nested.derive([KeyError(9)])), type(nested.derive([KeyboardInterrupt()])).__name__)
print(repr(ExceptionGroup("one", [ValueError()])), str(ExceptionGroup("one", [ValueError()])))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
me = MyEG("mine", [ValueError(1), TypeError(2)])
me.add_note("note1")
me.__cause__ = KeyError("c")
m, r = me.split(ValueError); print(repr(m), repr(r), type(m).__name__, m.__notes__, repr(m.__cause__), m.__notes__ is me.__notes__)
try:
    raise eg
except ExceptionGroup as e:
    m, r = e.split(ValueError)
    print(m.__traceback__ is e.__traceback__, m.__traceback__ is not None)
except Exception:
    print("no")
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), isinstance(eg, Exception))
class MyBEG(BaseExceptionGroup): pass
print(type(MyBEG("x", [ValueError()])).__name__)
class MyEG2(ExceptionGroup): pass
try: MyEG2("x", [KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
print(repr(MyEG2("x", [ValueError()]).derive([TypeError()])))
try: eg.message = "y"
except AttributeError as e: print(e)
class WithInit(ExceptionGroup):
    def __new__(cls, msg, excs, extra):
        self = super().__new__(cls, msg, excs)
        self.extra = extra
        return self
    def __init__(self, msg, excs, extra):
        super().__init__(msg, excs)
w = WithInit("w", [ValueError()], 42); print(w.extra, w.args, repr(w))
print(BaseExceptionGroup("x", [ValueError()]).__class__, ExceptionGroup.__doc__)
print(len(eg.exceptions), eg.exceptions[0] is eg.exceptions[0])
eg = ExceptionGroup("m", [ValueError(1), TypeError(2)])
m, r = eg.split(ValueError); print(m.__suppress_context__, eg.__suppress_context__, m.__cause__, m.__context__)
try: ExceptionGroup("x", "ab")
except Exception as e: print(type(e).__name__, e)
try: ExceptionGroup("x", {1:2})
except Exception as e: print(type(e).__name__, e)
try: del eg.message
except Exception as e: print(type(e).__name__, e)
try: eg.exceptions = 1
except Exception as e: print(type(e).__name__, e)
class Bad(ExceptionGroup):
  def derive(self, e): return 5
try: Bad("x",[ValueError(), TypeError()]).split(ValueError)
except Exception as e: print(type(e).__name__, e)
print(eg.split(lambda e: isinstance(e, ValueError)))
eg.add_note("n")
m, r = eg.split(ValueError); print(m.__notes__, r.__notes__)
eg.__notes__ = 5
m, r = eg.split(ValueError); print(hasattr(m, '__notes__'))
x=ExceptionGroup("x",[ValueError()]); x.__init__("y", [1]); print(repr(x), x.message, x.args)
print(str(ExceptionGroup("",[ValueError()])))
try:
    raise ExceptionGroup("grp", [ValueError(1)])
except ExceptionGroup as e:
    print("caught", repr(e))
try:
    raise BaseExceptionGroup("grp", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseExceptionGroup as e:
    print("caught base", repr(e), type(e).__name__)
def deep(n):
    g = ExceptionGroup("leaf", [ValueError(n)])
    for i in range(n):
        g = ExceptionGroup("lvl%d" % i, [g, TypeError(i)])
    return g
g = deep(5)
print(repr(g.subgroup(ValueError)))
print(repr(g.split(TypeError)[1]))
print(g.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "lvl2").message)
