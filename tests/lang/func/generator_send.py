# generator send()
def accumulator():
    total = 0
    while True:
        received = yield total
        if received is None:
            break
        total += received
acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration:
    print("stopped")
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
def echo():
    x = yield "ready"
    while True:
        x = yield "got %r" % (x,)
e = echo()
print(e.send(None), e.send(1), e.send([2]))
