# explicit and implicit line joining
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,  # comment inside
    3,
]
print(values)
result = (10
          - 3
          * 2)
print(result)
if (total > 5 and
        values):
    print("joined condition")
d = {
    "a": 1,
    "b": 2
}
print(d)
x = 1; y = 2; z = x + y
print(x, y, z)
