# argument binding errors
def f(a, b):
    pass
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: f(),
    lambda: (lambda: 0)(1),
    lambda: (lambda x=1: x)(1, 2),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
