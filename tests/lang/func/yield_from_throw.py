# throw and close propagate through yield from
def inner():
    try:
        yield "a"
        yield "b"
    except KeyError:
        print("inner caught KeyError")
        yield "after-key"
    finally:
        print("inner finally")
def outer():
    result = yield from inner()
    print("outer resumes", result)
    yield "outer-end"
g = outer()
print(next(g))
print(g.throw(KeyError))
print(next(g))
g2 = outer()
next(g2)
g2.close()
print("g2 closed")
