# errors raised when evaluating defaults happen at definition time
try:
    def f(x=1 / 0):
        return x
except ZeroDivisionError as e:
    print("at def:", type(e).__name__, e)
print("f" in globals())
calls = []
def make():
    calls.append("made")
    return 7
def g(v=make()):
    return v
print(g(), g(), calls)
