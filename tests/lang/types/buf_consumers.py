# Functions that accept any buffer (bytes, bytearray, memoryview,
# array.array) read and write through the buffer protocol.
import array
import binascii
import hashlib
import io
import os
import socket
import struct
import tempfile


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


a = array.array("i", [1, 2])
ab = array.array("B", b"hello")
t("bytes(array)", lambda: bytes(a))
t("bytearray(array)", lambda: bytearray(a))
t("bytes(strided)", lambda: bytes(memoryview(b"abcdef")[::2]))
t("bytes(2-D)", lambda: bytes(memoryview(b"abcd").cast("B", shape=[2, 2])))
t("bytearray(reversed)", lambda: bytearray(memoryview(b"abc")[::-1]))
t("join", lambda: b"-".join([ab, a, memoryview(b"m")]))
t("join strided", lambda: b"".join([memoryview(b"abc")[::2]]))
t("join int", lambda: b"".join([1]))
t("concat", lambda: b"abc" + memoryview(b"de"))
t("bytearray concat", lambda: bytearray(b"abc") + a)
t("startswith", lambda: b"abc".startswith(memoryview(b"ab")))
t("find", lambda: b"abc".find(ab[:0] + array.array("B", [99])))
t("in", lambda: memoryview(b"c") in b"abc")
t("split", lambda: b"a-b".split(memoryview(b"-")))
t("bytearray == mv", lambda: bytearray(b"abc") == memoryview(b"abc"))
t("bytearray == array", lambda: bytearray(b"\x01\x00\x00\x00\x02\x00\x00\x00") == a)
t("bytes == array", lambda: b"hello" == ab)
t("%b", lambda: b"%b" % memoryview(b"xy"))
t("%b array", lambda: b"%b" % ab)
t("int.from_bytes array", lambda: int.from_bytes(ab, "big"))
t("int.from_bytes mv", lambda: int.from_bytes(memoryview(b"\x01\x02"), "little"))
t("int.from_bytes strided", lambda: int.from_bytes(memoryview(b"\x01\x02\x03")[::2], "little"))
t("str(array, enc)", lambda: str(ab, "utf-8"))
t("str(mv, enc)", lambda: str(memoryview(b"abc"), "ascii"))
t("utf-32 of u array", lambda: bytes(memoryview(array.array("u", "hi"))).decode("utf-32"))
t("hashlib md5 array", lambda: hashlib.md5(a).hexdigest())
t("hashlib sha1 mv", lambda: hashlib.sha1(memoryview(b"abc")).hexdigest())
t("hashlib strided", lambda: hashlib.sha1(memoryview(b"abc")[::2]).hexdigest())
t("hashlib str", lambda: hashlib.sha256("x"))
h = hashlib.sha256()
h.update(ab)
h.update(memoryview(b"!"))
print(h.hexdigest())

# struct
t("unpack_from array", lambda: struct.unpack_from("<i", a))
t("unpack_from offset", lambda: struct.unpack_from("<i", a, 4))
t("unpack array", lambda: struct.unpack("<2i", a))
t("unpack mv", lambda: struct.unpack("<H", memoryview(b"\x01\x02")))
b2 = array.array("i", [0, 0])
t("pack_into array", lambda: struct.pack_into("<i", b2, 4, 99))
print(b2)
mv2 = memoryview(bytearray(6))
t("pack_into mv slice", lambda: struct.pack_into("<H", mv2[2:], 0, 0x4142))
print(mv2.tobytes())
t("pack_into bytes", lambda: struct.pack_into("<i", b"abcd", 0, 1))
t("pack_into readonly", lambda: struct.pack_into("<i", memoryview(b2).toreadonly(), 0, 1))
t("pack_into strided", lambda: struct.pack_into("<B", memoryview(bytearray(4))[::2], 0, 1))
t("iter_unpack array", lambda: list(struct.iter_unpack("<i", a)))
t("iter_unpack mv", lambda: list(struct.iter_unpack("<B", memoryview(b"ab"))))
st = struct.Struct("<h")
t("Struct.unpack_from", lambda: st.unpack_from(array.array("h", [-7])))

# binascii
t("hexlify array", lambda: binascii.hexlify(a))
t("crc32 mv", lambda: binascii.crc32(memoryview(ab)))
t("b2a_base64", lambda: binascii.b2a_base64(ab))
t("hexlify strided", lambda: binascii.hexlify(memoryview(b"abcd")[::2]))
t("a2b_hex array", lambda: binascii.a2b_hex(array.array("B", b"4142")))

# array.frombytes
x = array.array("b")
x.frombytes(memoryview(b"ab"))
x.frombytes(bytearray(b"c"))
print(x)
t("frombytes array i", lambda: array.array("b").frombytes(a))
t("frombytes cast i", lambda: x.frombytes(memoryview(b"abcd").cast("i")))
t("frombytes str", lambda: x.frombytes("ab"))
t("array(mv)", lambda: array.array("i", memoryview(b"abcd")))

# os.write / file / BytesIO
r, w = os.pipe()
t("os.write array", lambda: os.write(w, a))
t("os.write mv", lambda: os.write(w, memoryview(b"xyz")[1:]))
t("os.write str", lambda: os.write(w, "str"))
t("os.read", lambda: os.read(r, 100))
os.close(r)
os.close(w)
d = tempfile.mkdtemp()
p = os.path.join(d, "f")
with open(p, "wb") as f:
    t("write array", lambda: f.write(a))
    t("write mv", lambda: f.write(memoryview(ab)[1:3]))
    t("write strided", lambda: f.write(memoryview(b"abcdef")[::2]))
with open(p, "rb") as f:
    buf = array.array("b", [0] * 5)
    t("readinto array", lambda: f.readinto(buf))
    print(buf)
    m = memoryview(bytearray(3))
    t("readinto mv", lambda: f.readinto(m))
    print(m.tobytes())
    t("readinto bytes", lambda: f.readinto(b"abc"))
    t("readinto strided", lambda: f.readinto(memoryview(bytearray(4))[::2]))
with open(p, "rb", buffering=0) as f:
    buf = array.array("B", [0] * 3)
    t("raw readinto", lambda: f.readinto(buf))
    print(buf)
os.remove(p)
os.rmdir(d)
bio = io.BytesIO()
t("BytesIO.write array", lambda: bio.write(a))
t("BytesIO.write mv", lambda: bio.write(memoryview(b"qq")))
print(bio.getvalue())
t("BytesIO(array)", lambda: io.BytesIO(a).read())
bi = io.BytesIO(b"abcdef")
bb = array.array("B", [0, 0])
t("BytesIO.readinto array", lambda: bi.readinto(bb))
print(bb)

# sockets
s1, s2 = socket.socketpair()
t("send array", lambda: s1.send(a))
t("sendall mv", lambda: s1.sendall(memoryview(ab)))
rb = array.array("B", [0] * 13)
t("recv_into array", lambda: s2.recv_into(rb))
print(rb)
t("recv_into bytes", lambda: s2.recv_into(b"xx"))
s1.send(b"zz")
mv = memoryview(bytearray(4))
t("recv_into mv slice", lambda: s2.recv_into(mv[1:], 2))
print(mv.tobytes())
t("recv_into too small", lambda: s2.recv_into(bytearray(1), 5))
t("send str", lambda: s1.send("x"))
s1.close()
s2.close()
