# behaviour inherited from object
class Plain: pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is not q)
print(type(hash(p)).__name__, hash(p) == hash(p))
print(str(p) == repr(p), repr(p).startswith("<__main__.Plain object at 0x"))
try:
    p < q
except TypeError as e:
    print(type(e).__name__, e)
print(Plain.__eq__(p, q), Plain.__ne__(p, p))
print(object.__name__, Plain.__init__ is object.__init__)
try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
