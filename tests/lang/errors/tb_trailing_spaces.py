class A:
    class B:
        c = None
a = A()
print(a.B.c.d.e)   
