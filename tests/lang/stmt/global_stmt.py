# global declarations
counter = 0
def incr():
    global counter
    counter += 1
for _ in range(3):
    incr()
print(counter)
def create():
    global newname
    newname = "created"
create()
print(newname)
def reader():
    return counter * 10
print(reader())
def broken():
    print(counter)
    counter = 5
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g1():
    global a, b
    a, b = 1, 2
g1()
print(a, b)
