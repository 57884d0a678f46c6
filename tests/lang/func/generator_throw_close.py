# generator throw() and close()
def worker():
    try:
        while True:
            try:
                yield "working"
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
print(next(w))
print(w.throw(ValueError("bad")))
print(next(w))
w.close()
print("closed")
w.close()
try:
    next(w)
except StopIteration:
    print("exhausted after close")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
g = (i for i in range(3))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("thrown into fresh generator:", repr(e))
