# default argument values are evaluated once
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safe(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(safe(1), safe(2))
n = 10
def snapshot(v=n):
    return v
n = 20
print(snapshot())
def many(a, b=2, c=3):
    return a, b, c
print(many(1), many(1, c=5), many(1, 4))
print(many.__defaults__)
try:
    exec("def bad(a=1, b): pass")
except SyntaxError as e:
    print("SyntaxError", e.msg)
