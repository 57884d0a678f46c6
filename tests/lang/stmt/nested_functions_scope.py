# LEGB name resolution
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def uses_builtin():
    return len("abc")
print(uses_builtin())
def shadow_builtin():
    len = lambda s: 99
    return len("abc")
print(shadow_builtin(), len("abc"))
class K:
    y = 1
    def m(self):
        try:
            return y
        except NameError as e:
            return "NameError " + str(e)
print(K().m())
class L:
    v = 5
    doubled = [v * 2 for _ in range(1)] if False else None
print(L.doubled)
