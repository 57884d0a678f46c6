# s += t grows s in place when nothing else holds it; other references are unaffected
import time
def strbuild():
    s = ""
    for i in range(200000): s += str(i)
    return len(s)
t = time.perf_counter(); print(strbuild())
t = time.perf_counter()
g = ""
for i in range(200000): g += "ab"
print(len(g))
u = "é"
for i in range(1000): u += "中"
print(len(u), u[500], u[-1], hash(u) == hash("é" + "中" * 1000))
a = "x"; b = a; a += "y"; print(a, b)
class C:
    s = ""
    for i in range(3): s += str(i)
print(C.s, list(globals())[-3:])
