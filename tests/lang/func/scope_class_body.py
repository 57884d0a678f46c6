# class bodies do not create enclosing scopes for methods
x = "module"
class C:
    x = "class"
    def m(self):
        return x
    y = x + "!"
    z = [x for _ in range(1)]
print(C().m(), C.y, C.z)
def f():
    v = "func"
    class Inner:
        w = v
        def m(self):
            return v
    return Inner
I = f()
print(I.w, I().m())
