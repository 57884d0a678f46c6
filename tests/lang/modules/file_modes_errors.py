# file modes and errors
import os
name = "tmp_file_modes.txt"
if os.path.exists(name):
    os.remove(name)
with open(name, "x") as f:
    f.write("exclusive create")
try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open("tmp_missing_file_xyz.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.strerror, e.filename)
with open(name) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
with open(name, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
f = open(name)
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
with open(name, "w+") as f:
    f.write("w+ mode")
    f.seek(0)
    print(f.read(), f.mode, f.name)
os.remove(name)
print(os.path.exists(name))
