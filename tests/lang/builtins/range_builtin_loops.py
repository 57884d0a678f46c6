# range() in loops and conversions
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -4)))
total = 0
for i in range(1, 101):
    total += i
print(total, sum(range(1, 101)), len(range(1, 101, 2)))
print(list(range(-5, 5, 5)), range(5)[::-1], list(range(5)[1:3]))
print(tuple(range(3)), set(range(3)), dict.fromkeys(range(2)))
