# FileIO and the buffered classes
import io, os
name = "tmp_io_binary_files.bin"
with open(name, "wb") as f:
    print(type(f).__name__, type(f.raw).__name__, f.mode, f.name == name)
    print(f.write(b"hello\nworld\n"), f.write(bytearray(b"xyz")), f.tell())
    print(f.writable(), f.readable(), f.seekable())
with open(name, "rb") as f:
    print(f.peek(1)[:1], f.read1(3), f.readline(), f.readline(2), f.read())
    f.seek(0)
    print(list(f))
    f.seek(0)
    print(f.readlines())
    f.seek(0)
    b = bytearray(4)
    print(f.readinto(b), b)
with open(name, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(2), f.readall(), f.read())
    print(f.closefd, f.readable(), f.writable())
with open(name, "r+b") as f:
    f.seek(2)
    f.write(b"LL")
    print(f.read(3), f.tell())
    f.truncate(4)
    f.seek(0)
    print(f.read())
with open(name, "ab") as f:
    print(f.tell(), f.mode)
    f.write(b"++")
with open(name, "rb") as f:
    print(f.read())
f = io.FileIO(name, "w")
print(f.mode, f.write(b"raw"), f.tell())
f.close()
print(f.closed)
for op in [f.read, f.fileno, f.tell, lambda: f.write(b"x")]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
with open(name, "rb") as f:
    for op in [lambda: f.write(b"x"), lambda: f.truncate()]:
        try:
            op()
        except io.UnsupportedOperation as e:
            print(type(e).__name__, isinstance(e, OSError), isinstance(e, ValueError), e)
with open(name, "wb") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
    try:
        f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(name, "rz"), (name, "rw"), (name, "rb", -1, "utf-8"), (name, "r", 0), (name, "tb"), (name, 5), (3.5,)]:
    try:
        open(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for args in [(-1,), (name, "r++"), (name, "rb", False)]:
    try:
        io.FileIO(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(isinstance(open(name, "rb"), io.BufferedIOBase), isinstance(open(name), io.TextIOBase), isinstance(io.FileIO(name), io.RawIOBase))
print(issubclass(io.StringIO, io.IOBase), issubclass(io.BytesIO, io.BufferedIOBase))
os.remove(name)
print(os.path.exists(name))
