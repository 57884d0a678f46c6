# line endings, writelines, iteration, newline handling
import os
name = "tmp_file_lines.txt"
with open(name, "w") as f:
    f.writelines(["a\n", "b\n", "c"])
with open(name) as f:
    print([line for line in f])
with open(name, "wb") as f:
    f.write(b"x\r\ny\rz\n")
with open(name) as f:
    print(repr(f.read()))
with open(name, newline="") as f:
    print(repr(f.read()))
with open(name, "rb") as f:
    print(f.readlines())
with open(name) as f:
    print(next(f), end="")
    print(f.readline(), end="")
os.remove(name)
print("removed", not os.path.exists(name))
