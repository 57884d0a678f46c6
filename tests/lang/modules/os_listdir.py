# directories: create, list, remove; environ; getcwd
import os
d = "tmp_os_listdir_dir"
if os.path.exists(d):
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    os.rmdir(d)
os.mkdir(d)
for name in ["b.txt", "a.txt", "c.log"]:
    with open(os.path.join(d, name), "w") as fh:
        fh.write(name)
os.mkdir(os.path.join(d, "sub"))
print(sorted(os.listdir(d)))
print(sorted(e.name for e in os.scandir(d) if e.is_file()))
try:
    os.mkdir(d)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__, e.strerror)
os.rename(os.path.join(d, "c.log"), os.path.join(d, "renamed.log"))
print(sorted(os.listdir(d)))
for f in os.listdir(d):
    full = os.path.join(d, f)
    os.rmdir(full) if os.path.isdir(full) else os.remove(full)
os.rmdir(d)
print(os.path.exists(d))
print(os.environ.get("GILPY_SURELY_UNSET_VARIABLE"), os.environ.get("GILPY_SURELY_UNSET_VARIABLE", "dflt"))
os.environ["GILPY_TEST_VAR"] = "set"
print(os.environ["GILPY_TEST_VAR"], os.getenv("GILPY_TEST_VAR"))
print(os.getcwd() == os.path.dirname(os.path.abspath(__file__)))
try:
    os.listdir("no_such_dir_here")
except FileNotFoundError as e:
    print(type(e).__name__, e)
