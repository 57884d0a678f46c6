# return forms
def none_implicit():
    pass
def none_bare():
    return
def tup():
    return 1, 2
def starred():
    rest = [3, 4]
    return 1, *rest
def early(x):
    if x:
        return "early"
    return "late"
print(none_implicit(), none_bare(), tup(), starred(), early(1), early(0))
def in_loop():
    for i in range(10):
        while True:
            return i
print(in_loop())
try:
    exec("return 5")
except SyntaxError as e:
    print("SyntaxError", e.msg)
