# BytesIO.getbuffer(): a live memoryview; exports block resizing
import io
b = io.BytesIO(b"abcdef")
m = b.getbuffer()
print(type(m).__name__, len(m), m[0], bytes(m[1:3]), m.tobytes())
m[0] = 65
print(b.getvalue())
try: b.write(b"x")
except BufferError as e: print(type(e).__name__, e)
try: b.truncate(2)
except BufferError as e: print(type(e).__name__, e)
try: b.close()
except BufferError as e: print(type(e).__name__, e)
print(b.read(2))
m.release()
b.write(b"more data that grows")
print(b.getvalue())
with b.getbuffer() as v:
    print(v.nbytes, v.readonly)
b.truncate(3); print(b.getvalue())
b.close(); print(b.closed)
try: b.getbuffer()
except ValueError as e: print(e)
