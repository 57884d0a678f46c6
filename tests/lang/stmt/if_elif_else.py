# if / elif / else
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for v in [-5, 0, 3, 10, 10 ** 20]:
    print(v, classify(v))
if []:
    print("no")
elif {}:
    print("no")
else:
    print("empty containers are false")
if 0: pass
else: print("one-line else")
x = 5
if x:
    if x > 3:
        print("nested")
