# an exception in finally replaces the in-flight one
def f():
    try:
        raise ValueError("lost?")
    finally:
        raise KeyError("from finally")
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        return "value"
    finally:
        raise RuntimeError("finally overrides return")
try:
    g()
except RuntimeError as e:
    print(repr(e), e.__context__)
