# ZeroDivisionError raised three calls deep
def average(values):
    return total(values) / len(values)

def total(values):
    return sum(values)

def report(data):
    print("reporting", data)
    return average(data)

report([1, 2, 3])
report([])
