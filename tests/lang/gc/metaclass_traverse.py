import gc, weakref
class Meta(type):
    def hello(cls): pass
class K(metaclass=Meta): pass
r = weakref.ref(Meta.__dict__["hello"])
gc.collect()
print(r() is not None)
