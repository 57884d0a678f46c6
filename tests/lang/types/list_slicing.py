# list slicing with steps
l = list(range(10))
print(l[::2], l[1::2], l[::-1], l[::-3], l[8:2:-2], l[-3:], l[:-3], l[2:8:3])
print(l[100:], l[-100:2], l[5:5], l[3:1], l[::100])
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__, e)
s = l[:]
print(s == l, s is l)
print(l[slice(1, 4)], l[slice(None, None, -4)])
m = [1, 2, 3, 4, 5]
m[::-1] = "abcde"
print(m)
del m[::2]
print(m)
