# Random attribute sets/deletes on instances of a few classes, through
# cached call sites and through setattr/delattr; the observable dict order
# and contents must match CPython's after every step.
import random
rng = random.Random(77)

class A:
    def __init__(self):
        self.a = 0
        self.b = 1
class B(A):
    pass
class C:
    pass

def store_a(o, v):
    o.a = v
def load_a(o):
    return o.a
def store_c(o, v):
    o.c = v

names = ["a", "b", "c", "d", "e", "f"]
objs = [cls() for cls in (A, B, C) for _ in range(4)]
log = []
for step in range(3000):
    o = rng.choice(objs)
    op = rng.random()
    name = rng.choice(names)
    if op < 0.35:
        setattr(o, name, step)
    elif op < 0.5:
        store_a(o, step)
    elif op < 0.55:
        store_c(o, step)
    elif op < 0.75:
        try:
            delattr(o, name)
        except AttributeError as e:
            log.append("del-miss %s" % e)
    elif op < 0.9:
        try:
            log.append("load %s" % load_a(o))
        except AttributeError as e:
            log.append("load-miss %s" % e)
    elif op < 0.93:
        o.__dict__  # hand the dict out: later changes go through it
    elif op < 0.95:
        objs[objs.index(o)] = type(o)()
    if step % 100 == 0:
        log.append(" | ".join(repr(list(vars(x).items())) for x in objs))
print("\n".join(log))
print([list(vars(x).items()) for x in objs])
