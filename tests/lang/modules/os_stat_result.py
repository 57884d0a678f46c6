# os.stat_result: visible items, hidden attributes, errors
import os, stat
fn = "tmp_os_stat_result.txt"
with open(fn, "w") as f:
    f.write("12345")
st = os.stat(fn)
print(len(st), st.st_size, st[6], st[stat.ST_SIZE])
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0])
print(type(st.st_mtime).__name__, type(st[8]).__name__, int(st.st_mtime) == st[8])
print(type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8])
print(st.st_blksize > 0, type(st.st_blocks).__name__, type(st.st_rdev).__name__)
print(st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
print(type(st).__name__, repr(st).startswith("os.stat_result(st_mode="))
print(tuple(st) == st[:], st == os.stat(fn))
print(os.lstat(fn).st_size, os.fstat(os.open(fn, os.O_RDONLY)).st_size if False else 5)
print(os.path.getsize(fn), os.path.getmtime(fn) == st.st_mtime)
print(stat.S_ISDIR(os.stat(".").st_mode))
os.remove(fn)
for bad in [None, 1.5]:
    for f in [os.stat, os.lstat, os.listdir, os.path.exists, os.remove]:
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, e)
try:
    os.stat("")
except FileNotFoundError as e:
    print(e)
try:
    os.stat("a\0b")
except ValueError as e:
    print(e)
