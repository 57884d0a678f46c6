print("loading _pkg.sub, __package__ =", __package__)
def sub_func():
    return "sub_func result"
SUB_CONST = 42
