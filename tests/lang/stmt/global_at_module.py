# names, globals() and rebinding at module level
x = 1
globals()["y"] = 2
print(x + y)
def f():
    return x
x = 10
print(f())
if True:
    z = "block scopes do not exist"
print(z)
for loopvar in range(3):
    inner = loopvar
print(loopvar, inner)
del x
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
