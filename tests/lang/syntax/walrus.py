# assignment expressions
data = [1, 5, 9, 2]
if (n := len(data)) > 3:
    print("long", n)
i = 0
while (i := i + 1) < 4:
    print("i", i)
print([y for x in data if (y := x * 10) > 20])
print(y)
def f():
    return (a := 5) + a
print(f())
print((b := 3), b)
try:
    exec("x := 5")
except SyntaxError:
    print("SyntaxError bare walrus")
