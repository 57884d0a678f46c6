import gc, sys, io
gc.collect()
print(gc.get_count())
gc.collect(0)
print(gc.get_count()[0])
a = []
b = [[] for _ in range(5)]
print(len(b))
gc.collect(1)
print(gc.get_count())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
old = sys.stderr
sys.stderr = buf = io.StringIO()
gc.set_debug(gc.DEBUG_STATS)
gc.collect(0)
gc.set_debug(0)
sys.stderr = old
for line in buf.getvalue().splitlines():
    if "generation:" in line:
        line = line.split(":")[0] + ": ..."
    if "elapsed" in line:
        line = line.rsplit(",", 1)[0]
    if "objects in each generation" in line:
        line = "gc: objects in each generation: ..."
    print(line)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
# generations: a survivor of collect(0) is in gen 1
x = [1]
gc.collect(0)
print(any(o is x for o in gc.get_objects(1)), any(o is x for o in gc.get_objects(0)))
gc.collect(1)
print(any(o is x for o in gc.get_objects(2)))
try:
    gc.get_objects(-2)
except ValueError as e:
    print(e)
try:
    gc.collect("x")
except TypeError as e:
    print(e)
try:
    gc.set_threshold()
except TypeError as e:
    print(e)
print(type(gc.garbage), gc.callbacks)
