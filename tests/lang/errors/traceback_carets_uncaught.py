# an uncaught exception through nested calls: carets under calls and operators
def average(values):
    return sum(values) / len(values)

def report(data):
    result = average(data)
    return f"{result:.2f}"

print(report([1, 2, 3]))
items = {"a": [1, 2]}
print(items["a"][1])
print(report([]))
