# assignment to attributes and subscripts, evaluation order
order = []
def key(k):
    order.append("key " + str(k)); return k
def val(v):
    order.append("val " + str(v)); return v
d = {}
d[key(1)] = val("a")
print(d, order)
order.clear()
x = [0, 0]
x[key(0)], x[key(1)] = val(5), val(6)
print(x, order)
class Box: pass
b = Box()
b.inner = Box()
b.inner.value = [1, 2]
b.inner.value[0] = "first"
print(b.inner.value)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    "abc"[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
