import os, tempfile, codecs
print("abc".encode("utf-8-sig"), b"\xef\xbb\xbfxyz".decode("utf-8-sig"), b"plain".decode("utf_8_sig"), "é".encode("UTF-8-SIG"))
d = tempfile.mkdtemp()
p = os.path.join(d, "f.csv")
with open(p, "w", encoding="utf-8-sig") as f:
    f.write("a,b\n")
    f.write("1,2\n")
print(open(p, "rb").read())
with open(p, "a", encoding="utf-8-sig") as f:
    f.write("3,4\n")
print(open(p, "rb").read())
with open(p, encoding="utf-8-sig") as f:
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.readline()), f.encoding)
with open(p, encoding="utf-8") as f:
    print(repr(f.read(3)))
import csv
with open(p, newline="", encoding="utf-8-sig") as f:
    print(list(csv.reader(f)))
os.remove(p); os.rmdir(d)
