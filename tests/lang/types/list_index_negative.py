# negative indices and index errors on lists
l = ["a", "b", "c"]
print(l[-1], l[-3], l[-2:], l[:-2])
for i in [3, -4, 100, -100]:
    try:
        l[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
    try:
        l[i] = "x"
    except IndexError as e:
        print(i, type(e).__name__, e)
l[-1] = "z"
print(l, l.index("z"), l.index("a", -3), l.insert(-1, "y"), l)
try:
    l["0"]
except TypeError as e:
    print(type(e).__name__, e)
