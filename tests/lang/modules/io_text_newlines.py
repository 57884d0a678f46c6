# TextIOWrapper: newline modes, readline limits, iteration, tell/seek
import io, os
name = "tmp_io_text_newlines.txt"
with open(name, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(name, newline=nl) as f:
        print(repr(nl), [line for line in f])
    with open(name, newline=nl) as f:
        print(repr(nl), repr(f.read()))
with open(name) as f:
    print(repr(f.readline(2)), repr(f.readline(100)), repr(f.read(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(name, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, "w") as f:
    print(f.write("héllo wörld\n"), f.write("€uro\n"))
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="utf-8") as f:
    print(repr(f.read(3)), f.tell())
    print(repr(f.readline()))
    pos = f.tell()
    print(repr(f.read()))
    f.seek(pos)
    print(repr(f.read(2)))
    f.seek(0)
    print(repr(f.read(1)))
    print(f.seek(0, io.SEEK_END))
    try:
        f.seek(3, io.SEEK_CUR)
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
with open(name, encoding="latin-1") as f:
    print(repr(f.read()))
with open(name, "a") as f:
    f.write("appended\n")
    print(f.tell() > 0)
with open(name) as f:
    print(f.read().splitlines())
with open(name, "w") as f:
    f.writelines(["x\n", "y\n", "z"])
    print(f.closed, f.writable(), f.readable(), f.seekable(), f.encoding, f.errors, f.mode, f.name)
    print(f.line_buffering, f.write_through, f.newlines, f.isatty())
print(f.closed)
with open(name, "r+") as f:
    print(repr(f.read(1)))
    f.seek(0)
    f.write("Q")
    f.seek(0)
    print(repr(f.read()))
f = open(name)
it = iter(f)
print(next(it), end="")
f.close()
for op in [lambda: f.read(), lambda: f.readline(), lambda: f.write("x"), lambda: f.tell(), lambda: next(it)]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    open(name, encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
with open(name, "w", encoding="ascii") as f:
    try:
        f.write("é")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.reason)
with open(name, "wb") as f:
    f.write(b"ok\xff\n")
with open(name, errors="replace") as f:
    print(repr(f.read()))
with open(name) as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.start, e.reason)
os.remove(name)
