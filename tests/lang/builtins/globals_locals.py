# globals() and locals()
g_var = "global"
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print(globals()["g_var"], globals() is globals(), "f" in globals(), __name__)
globals()["dynamic"] = "made via globals()"
print(dynamic)
print(locals() is globals())
def g():
    x = 1
    l = locals()
    x = 2
    return l["x"], locals()["x"]
print(g())
class C:
    attr = 5
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
