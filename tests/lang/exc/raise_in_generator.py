# exceptions propagate out of generators and end them
def gen():
    yield 1
    raise ValueError("gen failed")
    yield 2
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "exhausted"))
def consumer():
    try:
        for x in gen():
            print("got", x)
    except ValueError as e:
        print("consumer caught", e)
consumer()
