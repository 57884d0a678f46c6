import gc, weakref, copy
gc.collect()
class C:
    def __init__(self): self.me = self; self.x = [1]
c = C(); r = weakref.ref(c)
del c
print(gc.collect(), r())
# dict handed out before the instance dies: stays valid
c = C(); d = c.__dict__; del c
gc.collect()
print(sorted(d), d['me'].x)
# vars() then cycle through the dict
c = C(); v = vars(c); v['d'] = v; del c, v
print(gc.collect() >= 2)
# copy, getstate
c = C(); c2 = copy.copy(c); print(c2.x is c.x, c2.me is c)
print(gc.is_tracked(C().__dict__))
class E: pass
e = E(); e.a = 1
print(gc.is_tracked(e.__dict__))
