# loops over containers that change
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print(x)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
l2 = [1, 2, 3, 4]
for v in l2:
    l2.remove(v)
print(l2)
