# the newlines attribute of StringIO and text files; tell() while iterating
import io, os
for nl in [None, "", "\n", "\r\n"]:
    s = io.StringIO("a\r\nb\rc\n", newline=nl)
    print(repr(nl), s.newlines, repr(s.read()))
s = io.StringIO(newline=None)
print(s.newlines)
s.write("x\n")
print(s.newlines)
s.write("y\r\n")
print(s.newlines)
s.close()
try:
    s.newlines
except ValueError as e:
    print("ValueError", e)

fn = "tmp_io_newlines_attr.txt"
with open(fn, "wb") as f:
    f.write(b"one\r\ntwo\nthree\rfour")
with open(fn) as f:
    print(f.newlines)
    print(repr(f.readline()), f.newlines)
    print(f.readlines(), f.newlines)
with open(fn, newline="") as f:
    print(list(f), f.newlines)
with open(fn, newline="\n") as f:
    print(f.read().count("\n"), f.newlines)

with open(fn) as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(type(e).__name__, e)
            break
    f.seek(0)
    print(f.tell())
    for line in f:
        pass
    print(f.tell() > 0)
os.remove(fn)
