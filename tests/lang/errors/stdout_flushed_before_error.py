# stdout written before an uncaught error is still printed
for i in range(3):
    print("line", i, end=" | " if i < 2 else "\n")
print("partial", end="")
raise RuntimeError("after partial output")
