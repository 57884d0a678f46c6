# while with else, break and continue
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while finished normally")
n = 0
while True:
    n += 1
    if n >= 3:
        break
else:
    print("never")
print("n", n)
j = 10
while j < 5:
    print("never runs")
else:
    print("else runs even with zero iterations")
def search(seq, t):
    k = 0
    while k < len(seq):
        if seq[k] == t:
            print("found at", k)
            break
        k += 1
    else:
        print("not found")
search([4, 5, 6], 5)
search([4, 5, 6], 7)
