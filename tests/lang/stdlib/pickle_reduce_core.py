# bytearray.__reduce_ex__ for every protocol; objects whose type cannot be instantiated refuse to pickle.
import pickle, copy
class BA(bytearray):
    pass
b = BA(b"\x00\xffab"); b.tag = 1
for p in range(6):
    print(p, bytearray(b"xy\xe9").__reduce_ex__(p), b.__reduce_ex__(p)[1:], pickle.dumps(bytearray(b"q\x80"), p))
print(bytearray().__reduce__(), copy.copy(b), copy.deepcopy(b).tag)
g = (x for x in ())
for p in (0, 1, 2, 4):
    try:
        g.__reduce_ex__(p)
    except TypeError as e:
        print(p, e)
    try:
        pickle.dumps(g, p)
    except TypeError as e:
        print(p, "pickle", e)
import threading
try:
    copy.copy(threading.Lock())
except TypeError as e:
    print(e)
print(BA(b"a").__reduce_ex__(2), BA().__reduce_ex__(4))
print(pickle.dumps(BA(b"a"), 2), pickle.dumps(BA(), 4))
