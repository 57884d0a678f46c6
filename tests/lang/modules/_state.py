a1 = "original"
shared = []
counter = 0
def rebind(value):
    global a1
    a1 = value
def bump():
    global counter
    counter += 1
    return counter
