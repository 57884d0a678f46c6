# tarfile on real files: add() of a tree with filter=, the open modes,
# append, is_tarfile, list(), extraction with and without the 3.11 filters,
# stream modes.  Everything happens under a scratch directory next to this
# script, removed at the end; absolute paths are masked in messages.
import gzip
import hashlib
import io
import os
import shutil
import stat
import sys
import tarfile
import time

# list(verbose=True) prints local times: pin the zone so the output is the same anywhere
os.environ['TZ'] = 'UTC'
time.tzset()

WORK = "tarfiles_scratch"
shutil.rmtree(WORK, ignore_errors=True)
os.mkdir(WORK)
os.chdir(WORK)
HOME = os.getcwd()


def mask(text):
    text = str(text)
    for root, label in ((HOME, "<work>"), (os.path.dirname(HOME), "<parent>")):
        text = text.replace(os.path.realpath(root), label).replace(root, label)
    return text


def digest(data):
    return hashlib.sha256(data).hexdigest()[:20]


def write(path, data, mode=0o644):
    with open(path, "wb") as f:
        f.write(data)
    os.chmod(path, mode)


def normalize(t):
    t.uid = t.gid = 0
    t.uname = t.gname = "root"
    t.mtime = 1600000000
    return t


os.makedirs("src/sub/deeper")
os.chmod("src", 0o755)
os.chmod("src/sub", 0o750)
os.chmod("src/sub/deeper", 0o700)
write("src/a.txt", b"alpha\n")
write("src/sub/b.bin", bytes(range(256)) * 5, 0o600)
write("src/sub/deeper/c.sh", b"#!/bin/sh\necho c\n", 0o755)
write("src/skip.tmp", b"skip me")
os.symlink("a.txt", "src/ln")
os.link("src/a.txt", "src/hard.txt")


def skip_tmp(t):
    if t.name.endswith(".tmp"):
        return None
    return normalize(t)


# -- writing with add() in each format and mode -----------------------------
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    with tarfile.open("out.tar", "w", format=fmt) as tf:
        tf.add("src", filter=skip_tmp)
        tf.add("out.tar")               # the archive itself is skipped
    with open("out.tar", "rb") as f:
        data = f.read()
    print("add", fmt, len(data), digest(data))
with tarfile.open("out.tar") as tf:
    for m in tf.getmembers():
        print(" ", m.name, m.type, oct(m.mode), m.size, m.linkname, m.uname)

with tarfile.open("flat.tar", "w:") as tf:
    tf.add("src", arcname="renamed", recursive=False, filter=normalize)
    tf.add("src/a.txt", arcname="/abs/a.txt", filter=normalize)
with tarfile.open("flat.tar", "r:") as tf:
    print("flat", tf.getnames())

with tarfile.open("deref.tar", "w", dereference=True) as tf:
    tf.add("src/ln", filter=normalize)
    tf.add("src/hard.txt", filter=normalize)
with tarfile.open("deref.tar") as tf:
    print("deref", [(m.name, m.type, m.size) for m in tf])

with tarfile.open("gi.tar", "w") as tf:
    t = tf.gettarinfo("src/a.txt", arcname="x/y.txt")
    print("gettarinfo", t.name, t.size, t.type, oct(t.mode), t.tarfile is tf)
    with open("src/sub/b.bin", "rb") as f:
        t2 = tf.gettarinfo(fileobj=f)
        print("gettarinfo fileobj", t2.name, t2.size, oct(t2.mode))
        tf.addfile(normalize(t2), f)
    print("dir", tf.gettarinfo("src").type, tf.gettarinfo("src/ln").linkname)
    try:
        tf.getmembers()
    except OSError as e:
        print("OSError", e)

# -- gz, x, a ---------------------------------------------------------------
with tarfile.open("out.tar.gz", "w:gz") as tf:
    tf.add("src", filter=skip_tmp)
with gzip.open("out.tar.gz") as f:
    print("gz stream", digest(f.read()))
for mode in ("r", "r:*", "r:gz"):
    with tarfile.open("out.tar.gz", mode) as tf:
        print(mode, len(tf.getnames()), tf.extractfile("src/a.txt").read())
for mode in ("x", "x:gz"):
    try:
        tarfile.open("out.tar.gz", mode)
    except FileExistsError as e:
        print(mode, type(e).__name__, e.errno)
with tarfile.open("new.tar", "x") as tf:
    tf.addfile(normalize(tarfile.TarInfo("first")))
with tarfile.open("new.tar", "a") as tf:
    print("append sees", tf.getnames())
    tf.addfile(normalize(tarfile.TarInfo("second")), io.BytesIO(b""))
    t = normalize(tarfile.TarInfo("third"))
    t.size = 3
    tf.addfile(t, io.BytesIO(b"333"))
with tarfile.open("new.tar") as tf:
    print("after append", tf.getnames(), os.path.getsize("new.tar"))
with tarfile.open("created.tar", "a") as tf:
    print("a creates", tf.mode)
print(os.path.exists("created.tar"))
try:
    tarfile.open("out.tar.gz", "a:gz")
except ValueError as e:
    print("ValueError", e)

# -- is_tarfile, list ------------------------------------------------------
write("plain.txt", b"not a tar archive at all" * 40)
print("is_tarfile", tarfile.is_tarfile("out.tar"), tarfile.is_tarfile("out.tar.gz"),
      tarfile.is_tarfile("plain.txt"))
with open("out.tar", "rb") as f:
    f.seek(10)
    print(tarfile.is_tarfile(f), f.tell())
with tarfile.open("out.tar") as tf:
    tf.list(verbose=False)
    tf.list()
    tf.list(members=tf.getmembers()[:2])

# -- extraction --------------------------------------------------------------
def tree(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(dirnames + filenames):
            p = os.path.join(dirpath, name)
            st = os.lstat(p)
            extra = ""
            if stat.S_ISLNK(st.st_mode):
                extra = "-> " + os.readlink(p)
            elif stat.S_ISREG(st.st_mode):
                with open(p, "rb") as f:
                    extra = "%d %s nlink=%d" % (st.st_size, digest(f.read())[:8], st.st_nlink)
                extra += " mtime=%d" % st.st_mtime
            print("   ", os.path.relpath(p, root), stat.filemode(st.st_mode), extra)


for flt in ("data", "tar", "fully_trusted", None, tarfile.data_filter):
    dest = "ex_%s" % getattr(flt, "__name__", flt)
    with tarfile.open("out.tar") as tf:
        if flt is None:
            tf.extractall(dest, numeric_owner=True)
        else:
            tf.extractall(dest, filter=flt)
    print("extractall", dest)
    tree(dest)

with tarfile.open("out.tar") as tf:
    tf.extract("src/sub/b.bin", "one", filter="data")
    tf.extract(tf.getmember("src/ln"), "one", set_attrs=False)
    tf.extract("src/hard.txt", "one")
    tree("one")
    try:
        tf.extract("missing", "one")
    except KeyError as e:
        print("KeyError", e)
    sel = [m for m in tf if m.isdir()]
    tf.extractall("dirs", members=sel, filter="tar")
    tree("dirs")


def evil_archive(*members):
    bio = io.BytesIO()
    with tarfile.open(fileobj=bio, mode="w") as tf:
        for name, kind, link in members:
            t = tarfile.TarInfo(name)
            t.type = kind
            t.linkname = link
            t.mode = 0o4777 if kind == tarfile.REGTYPE else 0o755
            t.mtime = 1600000000
            tf.addfile(t, io.BytesIO(b""))
    bio.seek(0)
    return bio


cases = [
    ("/etc/abs", tarfile.REGTYPE, ""),
    ("../outside", tarfile.REGTYPE, ""),
    ("a/../../outside2", tarfile.REGTYPE, ""),
    ("abslink", tarfile.SYMTYPE, "/etc/passwd"),
    ("uplink", tarfile.SYMTYPE, "../../x"),
    ("hardout", tarfile.LNKTYPE, "../y"),
    ("fifo", tarfile.FIFOTYPE, ""),
    ("chr", tarfile.CHRTYPE, ""),
    ("ok", tarfile.REGTYPE, ""),
]
for flt in ("data", "tar"):
    for case in cases:
        if flt == "tar" and case[0] in ("fifo", "chr"):
            continue        # would need os.mkfifo/os.mknod
        with tarfile.open(fileobj=evil_archive(case)) as tf:
            try:
                tf.extractall("evil_" + flt, filter=flt)
                m = tf.getmembers()[0]
                print(flt, case[0], "extracted")
            except tarfile.FilterError as e:
                print(flt, case[0], type(e).__name__, mask(e), e.tarinfo.name)
            except KeyError as e:
                print(flt, case[0], "KeyError", e)
    tree("evil_" + flt)
with tarfile.open(fileobj=evil_archive(*cases[:2] + cases[-1:])) as tf:
    tf.errorlevel = 0
    tf.extractall("lenient", filter="data")
tree("lenient")

# direct filter calls
m = tarfile.TarInfo("/x/y")
m.mode = 0o6777
r = tarfile.data_filter(m, ".")
print(r.name, oct(r.mode), r.uid, r.gid, r.uname, r.gname, r is m)
r = tarfile.tar_filter(m, ".")
print(r.name, oct(r.mode), r.uid, r.uname)
print(tarfile.fully_trusted_filter(m, ".") is m)
ok = tarfile.TarInfo("fine")
ok.mode = 0o644
print(tarfile.tar_filter(ok, ".") is ok, tarfile.data_filter(ok, ".") is ok)
d = tarfile.TarInfo("d")
d.type = tarfile.DIRTYPE
print(tarfile.data_filter(d, ".").mode)
x = tarfile.TarInfo("x")
x.mode = 0o744
print(oct(tarfile.data_filter(x, ".").mode))

with tarfile.open("out.tar") as tf:
    try:
        tf.extractall("bad", filter="nope")
    except ValueError as e:
        print("ValueError", e)
    tf.extraction_filter = "data"
    try:
        tf.extractall("bad")
    except TypeError as e:
        print("TypeError", e)
    tf.extraction_filter = lambda member, path: None if member.isdir() else member
    tf.extractall("custom", members=tf.getmembers()[:3])
    tree("custom")
    tf.extraction_filter = tarfile.data_filter
    tf.extract("src/a.txt", "custom2")
    tree("custom2")

# -- stream modes -------------------------------------------------------------
for mode in ("w|", "w|gz"):
    bio = io.BytesIO()
    with tarfile.open(fileobj=bio, mode=mode) as tf:
        tf.add("src", filter=skip_tmp)
    data = bio.getvalue()
    if mode == "w|gz":
        print("stream gz", data[:4], len(gzip.decompress(data)), digest(gzip.decompress(data)))
    else:
        print("stream", len(data), digest(data))
    for rmode in ("r|", "r|*", "r|gz"):
        bio.seek(0)
        try:
            with tarfile.open(fileobj=bio, mode=rmode) as tf:
                for m in tf:
                    f = tf.extractfile(m) if m.isfile() else None
                    print("  ", rmode, m.name, f.read()[:6] if f else None)
        except tarfile.TarError as e:
            print("  ", rmode, type(e).__name__, e)
bio = io.BytesIO(open("out.tar", "rb").read())
with tarfile.open(fileobj=bio, mode="r|") as tf:
    for m in tf:
        if m.issym():
            try:
                tf.extractfile(m)
            except tarfile.StreamError as e:
                print("StreamError", e)
bio.seek(0)
with tarfile.open(fileobj=bio, mode="r|") as tf:
    tf.extractall("streamed", filter="data")
tree("streamed")
with tarfile.open("named.tar", "w|") as tf:
    tf.add("src/a.txt", filter=normalize)
with tarfile.open("named.tar", "r|*") as tf:
    print("named stream", tf.getnames())

os.chdir("..")
shutil.rmtree(WORK)
print("done")
