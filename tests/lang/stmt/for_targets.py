# for loop targets: attributes, subscripts, tuples
class C: pass
c = C()
for c.attr in range(3):
    pass
print(c.attr)
l = [0, 0, 0]
for i, l[i] in enumerate("abc"):
    pass
print(l)
d = {}
for d["key"] in "xyz":
    pass
print(d)
for a, (b, c2) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c2)
it = iter([1, 2, 3, 4])
for x in it:
    print("got", x, "skipping", next(it, None))
