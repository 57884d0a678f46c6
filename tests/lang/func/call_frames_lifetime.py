# Frames of Python-to-Python calls: what outlives the call (frame objects
# from sys._getframe and tracebacks keep locals, globals and builtins
# readable after the function itself is gone), arguments captured by
# closures on the exact-positional path, and frames left by errors raised
# while binding arguments.
import sys
import gc

def grab(a, b):
    x = a + b
    return sys._getframe()

f = grab(1, 2)
print(sorted(f.f_locals.items()))
print(f.f_globals is globals(), f.f_builtins is __builtins__.__dict__)
print(f.f_code.co_name, f.f_back is not None)

# the function, its globals dict and the module it came from all go away,
# the frame object keeps globals and builtins alive
src = "import sys\ndef g(p):\n    q = p * 2\n    return sys._getframe()\n"
ns = {}
exec(src, ns)
fr = ns["g"](21)
del ns
gc.collect()
print(sorted(fr.f_locals.items()))
print(sorted(k for k in fr.f_globals if not k.startswith("__")))
print("len" in fr.f_builtins)
del fr
gc.collect()

# frame kept by a traceback after the function object is deleted
def boom(n):
    local_value = n * 3
    raise ValueError(n)

def tb_frame():
    try:
        boom(5)
    except ValueError as e:
        return e.__traceback__

tb = tb_frame()
del boom
while tb.tb_next:
    tb = tb.tb_next
print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals, tb.tb_frame.f_globals["__name__"])

# arguments that are cell variables, on an exact positional call
def make(a, b):
    def inner():
        return a, b
    a += 10
    return inner

print(make(1, 2)())
def cells_and_frees(x):
    def mid(y):
        def leaf():
            return x + y
        return leaf
    return mid(x * 2)()
print(cells_and_frees(4))

# argument binding failures release everything
class Tracked:
    count = 0
    def __init__(self):
        Tracked.count += 1
    def __del__(self):
        Tracked.count -= 1

def two(a, b):
    return a, b
def kwonly(a, *, k):
    return a, k
def defaults(a, b=Tracked()):
    return b

for call in (lambda: two(Tracked()), lambda: two(Tracked(), Tracked(), Tracked()),
             lambda: two(Tracked(), a=Tracked()), lambda: kwonly(Tracked()),
             lambda: two(Tracked(), c=Tracked()), lambda: kwonly(Tracked(), Tracked())):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print("live after failed calls:", Tracked.count)
print(type(defaults(1)).__name__, Tracked.count)

# deep recursion through the frame stack, and recovery after RecursionError
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(500))

# a frame object created mid-call and then the call returns normally
saved = []
def keeper(v):
    saved.append(sys._getframe())
    return v + 1
print([keeper(i) for i in range(3)], [s.f_locals["v"] for s in saved])
print(saved[0].f_back is not None, saved[0].f_lineno > 0)

# many frames, more than one data stack chunk
def chain(n, acc):
    if n == 0:
        return acc
    return chain(n - 1, acc + [n % 7])
print(sum(chain(950, [])))

# frames big enough that a recursion spans several chunks of the frame stack
names = ["v%d" % i for i in range(400)]
src = "def big(n, acc):\n"
src += "".join("    %s = n + %d\n" % (nm, i) for i, nm in enumerate(names))
src += "    if n == 0:\n        return acc + v399\n"
src += "    return big(n - 1, acc + v0)\n"
exec(src)
print(big(300, 0))
print(big(300, 0))

# positional calls that leave parameters to their defaults
def d3(a, b=[], c="c"):
    b.append(a)
    return a, len(b), c
print(d3(1), d3(2), d3(3, [9]), d3(4, [], "x"))
def posonly_defaults(a, b=2, /, c=3):
    return a, b, c
print(posonly_defaults(1), posonly_defaults(1, 5), posonly_defaults(1, c=7))
def captured_default(a, b=10):
    def inner():
        return a + b
    b += 1
    return inner()
print(captured_default(1), captured_default(1, 100))
def all_default(x=1, y=2):
    return x * y
print(all_default(), all_default(5))
for bad in (lambda: d3(), lambda: d3(1, 2, 3, 4), lambda: posonly_defaults()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
all_default.__defaults__ = (7, 8)
print(all_default(), all_default(2))
all_default.__defaults__ = None
try:
    all_default(1)
except TypeError as e:
    print("TypeError:", e)
# more defaults than parameters: the last ones apply
def over(a, b):
    return a, b
over.__defaults__ = (1, 2, 3, 4, 5)
print(over(), over(9), over(9, 8))
