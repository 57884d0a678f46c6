# sys.exc_info() and sys.exception()-like behaviour
import sys
print(sys.exc_info())
try:
    raise ValueError("now")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
    try:
        raise KeyError("nested")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def in_gen():
    yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    g = in_gen()
print(next(g))
