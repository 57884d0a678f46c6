# encode / decode
s = "héllo 中😀"
b = s.encode()
print(b, len(b), b.decode() == s)
print(s.encode("latin-1", errors="replace"), s.encode("ascii", errors="ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"\xe9".decode("latin-1"), "abc".encode("utf-16-le"))
print(str(b"abc", "ascii"), str(b"x"))
