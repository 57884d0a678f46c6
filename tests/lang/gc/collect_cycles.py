import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)

gc.collect()
a = Node("a"); b = Node("b")
a.other = b; b.other = a
del a, b
print("collect:", gc.collect())
l = []; l.append(l)
del l
print("collect list:", gc.collect())
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("x"), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
# resurrection
saved = []
class R:
    def __del__(self):
        print("R del")
        saved.append(self)
r = R(); r.me = r
del r
print("collect R:", gc.collect())
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
print("collect again:", gc.collect())
try:
    gc.collect(3)
except ValueError as e:
    print(e)
try:
    gc.get_objects(5)
except ValueError as e:
    print(e)
d = {}
d["self"] = d
del d
print(gc.collect())
gc.set_debug(gc.DEBUG_SAVEALL)
x = []; x.append(x); del x
print(gc.collect(), len(gc.garbage), gc.garbage[0] is gc.garbage[0][0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
def cb(phase, info):
    print(phase, sorted(info))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(gc.get_referents([1, "a", None]))
lst = [1]
holder = [lst]
print(holder in gc.get_referrers(lst))
gc.freeze(); print(gc.get_freeze_count() > 0); gc.unfreeze(); print(gc.get_freeze_count())
