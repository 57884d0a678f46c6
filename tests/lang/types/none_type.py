# None
print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None == None, None is None, None == 0, None != False)
x = None
print(x is None, x is not None)
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
print(type(None)() is None, hash(None) == hash(None))
d = {None: "none key"}
print(d[None], [None] * 2)
