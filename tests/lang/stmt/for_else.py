# for with else, break, continue, nested loops
for n in range(2, 20):
    for x in range(2, n):
        if n % x == 0:
            break
    else:
        print(n, "is prime")
for c in "abc":
    if c == "b":
        continue
    print(c)
else:
    print("done")
for _ in []:
    print("never")
else:
    print("empty loop else")
for i in range(3):
    pass
print("i after loop", i)
for i, c in enumerate("xy", start=1):
    print(i, c)
for k in {"one": 1, "two": 2}:
    print(k)
