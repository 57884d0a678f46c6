# reversing empty and one-item lists
l = []
l.reverse()
print(l, [1].reverse(), [][::-1])
x = [1, 2, 3]
x.reverse()
print(x)
