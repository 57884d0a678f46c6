# tarfile: archive bytes for fixed TarInfo fields must equal CPython's in all
# three formats (sha256 of the stream), and read back the same.
import gzip
import hashlib
import io
import tarfile


def info(name, size=0, type=tarfile.REGTYPE, **kw):
    t = tarfile.TarInfo(name)
    t.size = size
    t.type = type
    t.mtime = 1700000000
    t.uid = 1000
    t.gid = 100
    t.uname = "alice"
    t.gname = "users"
    t.mode = 0o644
    for k, v in kw.items():
        setattr(t, k, v)
    return t


def digest(data):
    return hashlib.sha256(data).hexdigest()[:20]


def build(fmt, **kw):
    bio = io.BytesIO()
    with tarfile.open(fileobj=bio, mode="w", format=fmt, **kw) as tf:
        tf.addfile(info("a.txt", 5), io.BytesIO(b"hello"))
        tf.addfile(info("empty"))
        tf.addfile(info("dir", type=tarfile.DIRTYPE, mode=0o755))
        tf.addfile(info("dir/sub/", type=tarfile.DIRTYPE, mode=0o700))
        tf.addfile(info("dir/link", type=tarfile.SYMTYPE, linkname="../a.txt"))
        tf.addfile(info("dir/hard", type=tarfile.LNKTYPE, linkname="a.txt"))
        tf.addfile(info("block", 512), io.BytesIO(b"B" * 512))
        tf.addfile(info("odd", 513), io.BytesIO(bytes(range(256)) * 3))
        for name, kw2 in (("x/" * 60 + "long.txt", {}),
                          ("p/" * 40 + "n" * 99, {}),
                          ("y" * 101, {}),
                          ("s", {"type": tarfile.SYMTYPE, "linkname": "t/" * 60}),
                          ("ünï.txt", {"uname": "ünï", "gname": "gé"}),
                          ("big", {"uid": 10 ** 9, "gid": 2 ** 21}),
                          ("neg", {"mtime": -5}),
                          ("float", {"mtime": 1700000000.25}),
                          ("huge", {"mtime": 8 ** 11 + 3}),
                          ("longuser", {"uname": "u" * 40})):
            try:
                tf.addfile(info(name, **kw2))
                print("  added", name[:20])
            except ValueError as e:
                print("  refused", name[:20], e)
        tf.addfile(info("dev", type=tarfile.CHRTYPE, devmajor=1, devminor=3))
        tf.addfile(info("blk", type=tarfile.BLKTYPE, devmajor=8, devminor=1))
        tf.addfile(info("fifo", type=tarfile.FIFOTYPE))
        tf.addfile(info("cont", 3, type=tarfile.CONTTYPE), io.BytesIO(b"xyz"))
    return bio.getvalue()


for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    print("format", fmt)
    data = build(fmt)
    print(" size", len(data), digest(data))
    with tarfile.open(fileobj=io.BytesIO(data)) as tf:
        for m in tf:
            print("  ", repr(m.name)[:44], m.size, m.type, m.mtime, m.uid, m.gid,
                  m.uname[:8], m.gname, oct(m.mode), repr(m.linkname)[:20],
                  m.devmajor, m.devminor, m.offset, m.offset_data, m.chksum,
                  m.isfile(), m.isreg(), m.isdir(), m.issym(), m.islnk(),
                  m.ischr(), m.isblk(), m.isfifo(), m.isdev(), m.issparse())
            if m.pax_headers:
                print("     pax", sorted(m.pax_headers.items()))
            if m.isfile() or m.issym() or m.islnk():
                try:
                    f = tf.extractfile(m)
                    body = f.read()
                    print("     data", len(body), body[:12])
                except KeyError as e:
                    print("     KeyError", e)
            else:
                print("     extractfile", tf.extractfile(m))

# pax global headers and explicit pax_headers on members
bio = io.BytesIO()
with tarfile.open(fileobj=bio, mode="w", pax_headers={"comment": "hi", "zz": "é"}) as tf:
    t = info("p.txt", 2)
    t.pax_headers = {"custom": "v", "path": "renamed.txt"}
    tf.addfile(t, io.BytesIO(b"ok"))
data = bio.getvalue()
print("global", len(data), digest(data))
with tarfile.open(fileobj=io.BytesIO(data)) as tf:
    print(sorted(tf.pax_headers.items()))
    for m in tf.getmembers():
        print(m.name, sorted(m.pax_headers.items()))
# pax_headers are ignored for non-pax formats
bio = io.BytesIO()
with tarfile.open(fileobj=bio, mode="w", format=tarfile.GNU_FORMAT, pax_headers={"a": "b"}) as tf:
    print("gnu pax_headers", tf.pax_headers)

# w:gz: the decompressed stream equals the plain one
bio = io.BytesIO()
with tarfile.open(fileobj=bio, mode="w:gz") as tf:
    tf.addfile(info("a.txt", 5), io.BytesIO(b"hello"))
    tf.addfile(info("dir", type=tarfile.DIRTYPE, mode=0o755))
raw = gzip.decompress(bio.getvalue())
print("gz", bio.getvalue()[:3], len(raw), digest(raw))
bio.seek(0)
with tarfile.open(fileobj=bio, mode="r:gz") as tf:
    print(tf.getnames(), tf.extractfile("a.txt").read())
bio.seek(0)
with tarfile.open(fileobj=bio) as tf:
    print("auto", tf.getnames())

# tobuf / frombuf / get_info directly
t = info("direct", 7, mode=0o100755)
for fmt in (0, 1, 2):
    buf = t.tobuf(fmt, "utf-8", "surrogateescape")
    print(fmt, len(buf), digest(buf))
    back = tarfile.TarInfo.frombuf(buf[:512], "utf-8", "surrogateescape")
    print("  ", back.name, back.size, oct(back.mode), back.mtime, back.uname, back.chksum)
gi = info("d", type=tarfile.DIRTYPE).get_info()
print(sorted((k, v) for k, v in gi.items()))
print(tarfile.TarInfo().get_info()["type"], tarfile.TarInfo("n").name, tarfile.TarInfo().mode)
try:
    t.tobuf(7)
except ValueError as e:
    print("ValueError", e)
bad = info("none")
bad.uname = None
for fmt in (0, 1, 2):
    try:
        bad.tobuf(fmt)
    except ValueError as e:
        print("ValueError", e)
t2 = info("neg", uid=-1)
for fmt in (0, 1, 2):
    try:
        print(fmt, digest(t2.tobuf(fmt)))
    except ValueError as e:
        print(fmt, "ValueError", e)

# replace()
r = t.replace(name="new", mode=0o600, uid=None)
print(r.name, oct(r.mode), r.uid, t.name, oct(t.mode), t.uid)
r2 = t.replace(deep=False)
print(r2 is t, r2.name, r2.pax_headers is t.pax_headers)
r3 = t.replace()
print(r3.pax_headers is t.pax_headers)
t.path = "viapath"
t.linkpath = "lp"
print(t.name, t.linkname, t.path, t.linkpath)

# field helpers
print(tarfile.itn(7), tarfile.itn(8 ** 7, 8, tarfile.GNU_FORMAT),
      tarfile.itn(-1, 8, tarfile.GNU_FORMAT))
print(tarfile.nti(b"0000017\0"), tarfile.nti(bytes(tarfile.itn(8 ** 7, 8, tarfile.GNU_FORMAT))),
      tarfile.nti(bytes(tarfile.itn(-2, 8, tarfile.GNU_FORMAT))), tarfile.nti(b"       \0"))
print(tarfile.stn("ab", 4, "ascii", "strict"), tarfile.nts(b"ab\0cd", "ascii", "strict"))
try:
    tarfile.itn(8 ** 7)
except ValueError as e:
    print("ValueError", e)
try:
    tarfile.nti(b"9x\0\0\0\0\0\0")
except tarfile.InvalidHeaderError as e:
    print("InvalidHeaderError", e)
print(tarfile.calc_chksums(bytes(512)), tarfile.BLOCKSIZE, tarfile.RECORDSIZE,
      tarfile.DEFAULT_FORMAT, tarfile.GNU_MAGIC, tarfile.POSIX_MAGIC)
