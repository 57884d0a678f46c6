# range objects
r = range(0, 20, 3)
print(r, len(r), r[0], r[-1], r[2:4], r[::-1], list(r[::2]), 9 in r, 10 in r)
print(list(range(5, 0, -1)), list(range(0)), list(range(3, 1)), len(range(-5)), list(range(-3, 3, 2)))
print(list(reversed(range(1, 10, 4))), range(10).index(4), range(0, 10, 2).count(4))
big = range(10 ** 20)
print(len(big) if False else big[-1], 10 ** 19 in big, big[10 ** 19])
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(range(0, 3) == range(0, 3, 1), range(0) == range(5, 2), r.start, r.stop, r.step)
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(-10, -1, 3)[1], list(range(10, 0, -3)))
