# chained assignment binds the same object to every target
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
x += 1
print(x, y)
d = {}
d["k"] = d["j"] = 0
print(d)
class O: pass
o = O()
o.p = o.q = "v"
print(o.p, o.q)
i = lst = [0, 0, 0]
