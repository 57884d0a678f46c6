# seek/tell on binary and text files
import os
name = "tmp_file_seek_tell.bin"
with open(name, "wb") as f:
    f.write(bytes(range(20)))
    print(f.tell())
with open(name, "rb") as f:
    print(f.read(3), f.tell())
    f.seek(10)
    print(f.read(2), f.tell())
    f.seek(-3, os.SEEK_END)
    print(f.read(), f.tell())
    f.seek(-5, os.SEEK_CUR)
    print(f.read(1))
    print(f.read(100), f.read())
with open(name, "r+b") as f:
    f.seek(5)
    f.write(b"\xff\xff")
    f.seek(0)
    print(f.read(8))
with open(name, "w") as f:
    f.write("abc\ndef\n")
with open(name) as f:
    f.readline()
    pos = f.tell()
    print(repr(f.read()))
    f.seek(pos)
    print(repr(f.readline()))
os.remove(name)
