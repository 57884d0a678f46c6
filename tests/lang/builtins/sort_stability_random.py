# sorted()/list.sort(): stability and order on random data of many sizes (merge paths)
import random
random.seed(5)
bad = 0
for trial in range(300):
    n = random.randint(0, 3000)
    l = [(random.randint(0, 30), i) for i in range(n)]
    s = sorted(l, key=lambda t: t[0])
    if s != sorted(l, key=lambda t: (t[0], t[1])):
        bad += 1
    r = sorted(l, key=lambda t: t[0], reverse=True)
    if r != sorted(l, key=lambda t: (-t[0], t[1])):
        bad += 1
    x = [random.random() for _ in range(n)]
    if sorted(x) != sorted(x, key=lambda v: v): bad += 1
print("bad", bad)
