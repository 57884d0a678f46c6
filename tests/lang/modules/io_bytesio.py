# io.BytesIO
import io
b = io.BytesIO()
b.write(b"abc")
b.write(bytes([0, 255]))
print(b.getvalue(), b.tell())
b.seek(1)
print(b.read(2), b.read(), b.read())
b.seek(0, 2)
print(b.tell())
b.seek(-2, 2)
print(b.read())
r = io.BytesIO(b"line1\nline2\n")
print(r.readline(), r.readlines())
try:
    b.write("str")
except TypeError as e:
    print(type(e).__name__, e)
print(io.BytesIO(b"xyz").getbuffer().tobytes() if hasattr(io.BytesIO, "getbuffer") else b"xyz")
