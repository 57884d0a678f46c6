# simple and stacked decorators
def shout(f):
    def wrapper(*a, **k):
        return f(*a, **k).upper()
    return wrapper
def exclaim(f):
    def wrapper(*a, **k):
        return f(*a, **k) + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("ann"), greet.__name__)
@exclaim
@shout
def both(x):
    return x
print(both("hi"))
@shout
@exclaim
def both2(x):
    return x
print(both2("hi"))
order = []
def tag(n):
    order.append("factory " + n)
    def deco(f):
        order.append("apply " + n)
        return f
    return deco
@tag("a")
@tag("b")
def t():
    pass
print(order)
