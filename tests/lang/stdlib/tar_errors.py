# tarfile error paths: exception types and messages for bad modes, missing
# compression modules, damaged archives, closed archives and bad headers.
import gzip
import io
import sys
import tarfile

# gilpy has no bz2/lzma; make CPython behave the same way
sys.modules["bz2"] = None
sys.modules["lzma"] = None


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__, e)


def small_tar(fmt=tarfile.PAX_FORMAT):
    bio = io.BytesIO()
    with tarfile.open(fileobj=bio, mode="w", format=fmt) as tf:
        t = tarfile.TarInfo("f.txt")
        t.size = 600
        t.mtime = 1600000000
        tf.addfile(t, io.BytesIO(b"z" * 600))
        t = tarfile.TarInfo("g.txt")
        t.size = 2
        tf.addfile(t, io.BytesIO(b"gg"))
    return bio.getvalue()


good = small_tar()
for exc in ("ExtractError", "ReadError", "CompressionError", "StreamError",
            "HeaderError", "EmptyHeaderError", "TruncatedHeaderError",
            "EOFHeaderError", "InvalidHeaderError", "SubsequentHeaderError",
            "FilterError", "AbsolutePathError", "OutsideDestinationError",
            "SpecialFileError", "AbsoluteLinkError", "LinkOutsideDestinationError"):
    cls = getattr(tarfile, exc)
    print(exc, [c.__name__ for c in cls.__mro__[1:-3]])

show("nothing", lambda: tarfile.open())
show("bad mode", lambda: tarfile.open(fileobj=io.BytesIO(good), mode="q"))
show("rw", lambda: tarfile.open(fileobj=io.BytesIO(good), mode="rw"))
show("a|", lambda: tarfile.open(fileobj=io.BytesIO(good), mode="a|"))
show("zip", lambda: tarfile.open(fileobj=io.BytesIO(good), mode="r:zip"))
show("w:zip", lambda: tarfile.open(fileobj=io.BytesIO(), mode="w:zip"))
show("r|zip", lambda: tarfile.open(fileobj=io.BytesIO(good), mode="r|zip"))
show("r:bz2", lambda: tarfile.open(fileobj=io.BytesIO(good), mode="r:bz2"))
show("w:xz", lambda: tarfile.open(fileobj=io.BytesIO(), mode="w:xz"))
show("r|bz2", lambda: tarfile.open(fileobj=io.BytesIO(good), mode="r|bz2"))
show("w|xz", lambda: tarfile.open(fileobj=io.BytesIO(), mode="w|xz"))
show("bz2 bad mode", lambda: tarfile.TarFile.bz2open("x", "a"))
show("taropen", lambda: tarfile.TarFile.taropen("x", "z"))
show("gzopen a", lambda: tarfile.TarFile.gzopen("x", "a"))
show("ctor", lambda: tarfile.TarFile(fileobj=io.BytesIO(good), mode="r:"))

show("empty r", lambda: tarfile.open(fileobj=io.BytesIO(b"")))
show("empty r:", lambda: tarfile.open(fileobj=io.BytesIO(b""), mode="r:"))
show("short r:", lambda: tarfile.open(fileobj=io.BytesIO(b"abc"), mode="r:"))
show("junk r:*", lambda: tarfile.open(fileobj=io.BytesIO(b"x" * 1024), mode="r:*"))
show("zeros r:", lambda: tarfile.open(fileobj=io.BytesIO(bytes(1024)), mode="r:").getnames())
show("gz of tar r:", lambda: tarfile.open(fileobj=io.BytesIO(gzip.compress(good)), mode="r:"))
show("tar r:gz", lambda: tarfile.open(fileobj=io.BytesIO(good), mode="r:gz"))
show("junk r|*", lambda: tarfile.open(fileobj=io.BytesIO(b"x" * 1024), mode="r|*"))
show("is_tarfile junk", lambda: tarfile.is_tarfile(io.BytesIO(b"x" * 2048)))
show("is_tarfile empty", lambda: tarfile.is_tarfile(io.BytesIO(b"")))

bad = bytearray(good)
bad[10] ^= 0xFF
show("bad checksum", lambda: tarfile.open(fileobj=io.BytesIO(bytes(bad))))
bad2 = bytearray(good)
bad2[1536 + 10] ^= 0xFF                 # second member's header
with tarfile.open(fileobj=io.BytesIO(bytes(bad2))) as tf:
    print("later bad header", tf.getnames())
with tarfile.open(fileobj=io.BytesIO(bytes(bad2)), ignore_zeros=True) as tf:
    print("ignore_zeros", tf.getnames())
padded = good[:1536] + bytes(1024) + good[1536:]
with tarfile.open(fileobj=io.BytesIO(padded)) as tf:
    print("stops at zeros", tf.getnames())
with tarfile.open(fileobj=io.BytesIO(padded), ignore_zeros=True) as tf:
    print("skips zeros", tf.getnames())

cut = good[:700]
show("truncated", lambda: tarfile.open(fileobj=io.BytesIO(cut)).getnames())
tf = tarfile.open(fileobj=io.BytesIO(cut))
show("truncated read", lambda: tf.extractfile("f.txt").read())
cut2 = good[:1536 + 100]
show("truncated header", lambda: tarfile.open(fileobj=io.BytesIO(cut2)).getnames())

# pax header with nothing valid after it
pax_only = tarfile.TarInfo("p" * 120).tobuf(tarfile.PAX_FORMAT)[:1024] + b"x" * 512
show("subsequent", lambda: tarfile.open(fileobj=io.BytesIO(pax_only)))
show("subsequent eof", lambda: tarfile.open(fileobj=io.BytesIO(pax_only[:1024])))
gnu_only = tarfile.TarInfo("q" * 120).tobuf(tarfile.GNU_FORMAT)[:1024]
show("gnu subsequent", lambda: tarfile.open(fileobj=io.BytesIO(gnu_only)))
zero_len = bytearray(tarfile.TarInfo("r" * 120).tobuf(tarfile.PAX_FORMAT))
zero_len[512:514] = b"0 "
show("zero-length record", lambda: tarfile.open(fileobj=io.BytesIO(bytes(zero_len))))

show("frombuf empty", lambda: tarfile.TarInfo.frombuf(b"", "utf-8", "strict"))
show("frombuf short", lambda: tarfile.TarInfo.frombuf(b"a" * 100, "utf-8", "strict"))
show("frombuf zeros", lambda: tarfile.TarInfo.frombuf(bytes(512), "utf-8", "strict"))
show("frombuf junk", lambda: tarfile.TarInfo.frombuf(b"a" * 512, "utf-8", "strict"))
show("frombuf ok", lambda: tarfile.TarInfo.frombuf(good[:512], "utf-8", "strict").name)

# closed archive and wrong-mode operations
tf = tarfile.open(fileobj=io.BytesIO(good))
show("getmember missing", lambda: tf.getmember("nope"))
show("getmember slash", lambda: tf.getmember("g.txt/").name)
show("addfile in r", lambda: tf.addfile(tarfile.TarInfo("x")))
show("add in r", lambda: tf.add("x"))
show("gettarinfo in r", lambda: tf.gettarinfo("x"))
tf.close()
tf.close()
show("closed getmembers", lambda: tf.getmembers())
show("closed next", lambda: tf.next())
show("closed extractfile", lambda: tf.extractfile("f.txt"))
show("closed enter", lambda: tf.__enter__())
w = tarfile.open(fileobj=io.BytesIO(), mode="w")
show("extractfile in w", lambda: w.extractfile("f"))
show("next in w", lambda: w.next())
show("extract in w", lambda: w.extract(tarfile.TarInfo("m"), "."))
show("addfile None name", lambda: w.addfile(tarfile.TarInfo(None)))
t = tarfile.TarInfo("t")
t.type = None
show("type None", lambda: w.addfile(t))
w.close()

# an exception inside "with" leaves out the end-of-archive blocks
bio = io.BytesIO()
try:
    with tarfile.open(fileobj=bio, mode="w") as tf:
        tf.addfile(tarfile.TarInfo("a"))
        raise RuntimeError("boom")
except RuntimeError as e:
    print("with error", e, len(bio.getvalue()), tf.closed, bio.closed)
bio = io.BytesIO()
with tarfile.open(fileobj=bio, mode="w") as tf:
    tf.addfile(tarfile.TarInfo("a"))
print("with ok", len(bio.getvalue()), bio.closed)

# damaged gzip data
gz = bytearray(gzip.compress(good))
gz[30:40] = b"\xff" * 10
show("bad gz data", lambda: tarfile.open(fileobj=io.BytesIO(bytes(gz)), mode="r:gz").getnames())
show("bad gz stream", lambda: tarfile.open(fileobj=io.BytesIO(bytes(gz)), mode="r|gz").getnames())
show("gz short", lambda: tarfile.open(fileobj=io.BytesIO(gzip.compress(good)[:20]), mode="r:gz").getnames())
