# writing and reading a text file in the script's directory
import os
name = "tmp_file_read_write.txt"
with open(name, "w") as f:
    print(f.write("first line\n"), f.write("second line\n"))
    f.write("third")
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(name) as f:
    print(f.readlines())
with open(name, "a") as f:
    f.write("\nappended")
with open(name) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(name, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[:5])
with open(name, "w", encoding="utf-8") as f:
    f.write("héllo 中文\n")
with open(name, encoding="utf-8") as f:
    print(f.read(), end="")
print(os.path.getsize(name))
os.remove(name)
print(os.path.exists(name))
