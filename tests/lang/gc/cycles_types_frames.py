# Cycles that only the collector frees: every class (it is in its own
# __mro__), and frames that outlived their call (an exception caught into a
# local refers to its traceback, which refers to the frame holding it).
import gc
import sys
import weakref

gc.disable()   # collections happen only where the script asks

class Probe:
    pass

def make_class(base=object):
    class Local(base):
        def method(self):
            return self
    Local().method()
    return weakref.ref(Local)

r = make_class()
print("class alive before collect:", r() is not None)
gc.collect()
print("class alive after collect:", r() is not None)

r = make_class(Probe)
r2 = make_class(dict)
gc.collect()
print("subclasses collected:", r() is None, r2() is None)
print("Probe subclasses left:", Probe.__subclasses__())

class Oops(Exception):   # a subclass: plain exceptions take no weakrefs
    pass

def catch_into_local():
    obj = Probe()
    try:
        raise Oops("caught")
    except Oops as e:
        kept = e
    return weakref.ref(obj), weakref.ref(kept)

ro, re_ = catch_into_local()
print("frame locals alive before collect:", ro() is not None, re_() is not None)
gc.collect()
print("frame locals alive after collect:", ro() is not None, re_() is not None)

def keep_own_frame():
    obj = Probe()
    frame = sys._getframe()
    return weakref.ref(obj)

ro = keep_own_frame()
print("self-referencing frame, before:", ro() is not None)
gc.collect()
print("self-referencing frame, after:", ro() is not None)

def gen():
    obj = Probe()
    yield sys._getframe()
    yield obj

def frame_of_generator():
    g = gen()
    f = next(g)
    return weakref.ref(f.f_locals["obj"])

ro = frame_of_generator()
gc.collect()
print("generator frame collected:", ro() is None)

# a frame that is still running is never collected
def running():
    obj = Probe()
    frame = sys._getframe()
    gc.collect()
    return frame.f_locals["obj"] is obj
print("running frame intact:", running())

# an exception kept alive from outside keeps its frame's locals
def leak_exc():
    obj = Probe()
    try:
        raise ValueError("kept")
    except ValueError as e:
        return e, weakref.ref(obj)

exc, ro = leak_exc()
gc.collect()
print("kept traceback keeps locals:", ro() is not None, exc.__traceback__.tb_frame.f_code.co_name)
del exc
gc.collect()
print("released:", ro() is None)
