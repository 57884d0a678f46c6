"""Read from and write to tar format archives."""

# gilpy's tarfile: the API and results of CPython 3.11's module (including
# the PEP 706 extraction filters of 3.11.4+), written for gilpy.
#
# The format: an archive is a sequence of 512-byte blocks.  Every member is
# one header block followed by its data rounded up to whole blocks; the
# archive ends with two zero blocks and is padded to a multiple of
# RECORDSIZE.  A header holds NUL-terminated strings and octal numbers at
# fixed offsets (see _HEADER_FIELDS below).  What does not fit is carried by
# an extra member placed before the real one:
#   - GNU: a "././@LongLink" member of type 'L' (name) or 'K' (link name)
#     whose data is the full string;
#   - pax: a "././@PaxHeader" member of type 'x' (this member) or 'g' (all
#     following members) whose data is "LEN key=value\n" records.
# Numbers too large for octal are written base-256 (GNU) or moved to pax.
#
# Writing must give the same bytes as CPython for the same TarInfo fields,
# so the header layout, the pax record order and the padding follow the
# reference exactly.  Reading goes through TarInfo.fromtarfile(), which
# reads one header, dispatches on the type to _proc_*() and leaves
# tarfile.offset at the next header.
#
# Compression: gzip through gilpy's gzip module (GzipFile for seekable
# files, a hand-driven zlib stream for the "|gz" stream modes).  bz2 and
# lzma do not exist in gilpy; asking for them raises CPython's
# CompressionError("... module is not available").

import builtins
import copy
import io
import os
import re
import shutil
import stat
import struct
import sys
import time

try:
    import pwd
except ImportError:
    pwd = None
try:
    import grp
except ImportError:
    grp = None

_bltn_open = builtins.open

# Errors after which makelink() falls back to copying the link target.
_symlink_exceptions = (AttributeError, NotImplementedError, OSError)

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError",
           "CompressionError", "StreamError", "ExtractError", "HeaderError",
           "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
           "DEFAULT_FORMAT", "open"]

NUL = b"\0"
BLOCKSIZE = 512                 # the unit of the format
RECORDSIZE = BLOCKSIZE * 20     # archives are padded to this (tar -b20)
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100               # sizes of the string fields of a header
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE,
                   CONTTYPE, CHRTYPE, BLKTYPE, GNUTYPE_LONGNAME,
                   GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid",
              "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float,
                     "uid": int, "gid": int, "size": int}

ENCODING = "utf-8" if os.name == "nt" else sys.getfilesystemencoding()


# ---------------------------------------------------------------------------
# field conversions

def stn(s, length, encoding, errors):
    """Encode s and pad or cut it to exactly length bytes."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    raw = s.encode(encoding, errors)
    if len(raw) >= length:
        return raw[:length]
    return raw + NUL * (length - len(raw))


def nts(s, encoding, errors):
    """Decode a NUL-terminated field."""
    end = s.find(b"\0")
    if end >= 0:
        s = s[:end]
    return s.decode(encoding, errors)


def nti(s):
    """Decode a number field: octal text, or base-256 after 0x80/0xff."""
    lead = s[0]
    if lead == 0o200 or lead == 0o377:
        value = int.from_bytes(bytes(s[1:]), "big")
        if lead == 0o377:
            value -= 256 ** (len(s) - 1)
        return value
    try:
        text = nts(s, "ascii", "strict").strip()
        return int(text or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """Encode a number field of `digits` bytes.

    digits-1 octal digits and a NUL when it fits; GNU_FORMAT also accepts
    anything a leading 0x80 (positive) or 0xff (negative, two's complement)
    byte and digits-1 big-endian bytes can hold."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return ("%0*o" % (digits - 1, n)).encode("ascii") + NUL
    limit = 256 ** (digits - 1)
    if format == GNU_FORMAT and -limit <= n < limit:
        if n >= 0:
            return bytearray(b"\x80" + n.to_bytes(digits - 1, "big"))
        return bytearray(b"\xff" + (n + limit).to_bytes(digits - 1, "big"))
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """The header checksum, counting the checksum field as spaces, both
    with unsigned and with signed bytes (some old tars used the latter)."""
    unsigned = 256 + sum(struct.unpack_from("148B8x356B", buf))
    signed = 256 + sum(struct.unpack_from("148b8x356b", buf))
    return unsigned, signed


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy length bytes (all when None) from src to dst."""
    bufsize = bufsize or 16 * 1024
    if length == 0:
        return
    if length is None:
        shutil.copyfileobj(src, dst, bufsize)
        return
    left = length
    while left > 0:
        want = bufsize if left >= bufsize else left
        chunk = src.read(want)
        if len(chunk) < want:
            raise exception("unexpected end of data")
        dst.write(chunk)
        left -= want


def _safe_print(s):
    encoding = getattr(sys.stdout, "encoding", None)
    if encoding is not None:
        s = s.encode(encoding, "backslashreplace").decode(encoding)
    print(s, end=" ")


def _round_up(count):
    """count rounded up to whole blocks."""
    return (count + BLOCKSIZE - 1) // BLOCKSIZE * BLOCKSIZE


def _padding(count):
    """The NULs that fill count bytes up to the next block border."""
    return NUL * ((-count) % BLOCKSIZE)


# ---------------------------------------------------------------------------
# exceptions

class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """General exception for extract errors."""


class ReadError(TarError):
    """Exception for unreadable tar archives."""


class CompressionError(TarError):
    """Exception for unavailable compression methods."""


class StreamError(TarError):
    """Exception for unsupported operations on stream-like TarFiles."""


class HeaderError(TarError):
    """Base exception for header errors."""


class EmptyHeaderError(HeaderError):
    """Exception for empty headers."""


class TruncatedHeaderError(HeaderError):
    """Exception for truncated headers."""


class EOFHeaderError(HeaderError):
    """Exception for end of file headers."""


class InvalidHeaderError(HeaderError):
    """Exception for invalid headers."""


class SubsequentHeaderError(HeaderError):
    """Exception for missing and invalid extended headers."""


# ---------------------------------------------------------------------------
# stream access ("r|..." and "w|..." modes)

class _LowLevelFile:
    """An unbuffered file on a descriptor, for stream mode on a name."""

    def __init__(self, name, mode):
        flags = os.O_RDONLY if mode == "r" else \
            os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        flags |= getattr(os, "O_BINARY", 0)
        self.fd = os.open(name, flags, 0o666)

    def close(self):
        os.close(self.fd)

    def read(self, size):
        return os.read(self.fd, size)

    def write(self, s):
        os.write(self.fd, s)


class _Stream:
    """Blockwise access to a non-seekable stream, optionally gzip'ed.

    Only forward motion: seek() reads and discards.  Writing keeps up to
    bufsize bytes before passing them on."""

    def __init__(self, name, mode, comptype, fileobj, bufsize):
        self._extfileobj = True
        if fileobj is None:
            fileobj = _LowLevelFile(name, mode)
            self._extfileobj = False
        if comptype == "*":
            fileobj = _StreamProxy(fileobj)
            comptype = fileobj.getcomptype()
        self.name = name or ""
        self.mode = mode
        self.comptype = comptype
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.buf = b""          # raw bytes read ahead / waiting to be written
        self.dbuf = b""         # decompressed bytes read ahead
        self.pos = 0            # position in the uncompressed stream
        self.closed = False
        try:
            if comptype == "gz":
                try:
                    import zlib
                except ImportError:
                    raise CompressionError("zlib module is not available") from None
                self.zlib = zlib
                self.crc = zlib.crc32(b"")
                if mode == "r":
                    self.exception = zlib.error
                    self._start_reading_gz()
                else:
                    self._start_writing_gz()
            elif comptype == "bz2":
                raise CompressionError("bz2 module is not available")
            elif comptype == "xz":
                raise CompressionError("lzma module is not available")
            elif comptype != "tar":
                raise CompressionError("unknown compression type %r" % comptype)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def __del__(self):
        if hasattr(self, "closed") and not self.closed:
            self.close()

    def _start_writing_gz(self):
        z = self.zlib
        self.cmp = z.compressobj(9, z.DEFLATED, -z.MAX_WBITS, z.DEF_MEM_LEVEL, 0)
        stamp = struct.pack("<L", int(time.time()))
        # flags: FNAME; extra flags 2 (best compression); OS 255 (unknown)
        self._raw_write(b"\037\213\010\010" + stamp + b"\002\377")
        base = self.name[:-3] if self.name.endswith(".gz") else self.name
        self.name = os.path.basename(base)
        self._raw_write(self.name.encode("iso-8859-1", "replace") + NUL)

    def _start_reading_gz(self):
        self.cmp = self.zlib.decompressobj(-self.zlib.MAX_WBITS)
        self.dbuf = b""
        if self._raw_read(2) != b"\037\213":
            raise ReadError("not a gzip file")
        if self._raw_read(1) != b"\010":
            raise CompressionError("unsupported compression method")
        flags = ord(self._raw_read(1))
        self._raw_read(6)
        if flags & 4:
            xlen = ord(self._raw_read(1)) + 256 * ord(self._raw_read(1))
            self.read(xlen)
        for bit in (8, 16):             # FNAME, FCOMMENT: NUL-terminated
            if flags & bit:
                while True:
                    c = self._raw_read(1)
                    if not c or c == NUL:
                        break
        if flags & 2:
            self._raw_read(2)

    def write(self, s):
        if self.comptype == "gz":
            self.crc = self.zlib.crc32(s, self.crc)
        self.pos += len(s)
        if self.comptype != "tar":
            s = self.cmp.compress(s)
        self._raw_write(s)

    def _raw_write(self, s):
        self.buf += s
        while len(self.buf) > self.bufsize:
            self.fileobj.write(self.buf[:self.bufsize])
            self.buf = self.buf[self.bufsize:]

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == "w" and self.comptype != "tar":
                self.buf += self.cmp.flush()
            if self.mode == "w" and self.buf:
                self.fileobj.write(self.buf)
                self.buf = b""
                if self.comptype == "gz":
                    self.fileobj.write(struct.pack("<L", self.crc))
                    self.fileobj.write(struct.pack("<L", self.pos & 0xFFFFFFFF))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def tell(self):
        return self.pos

    def seek(self, pos=0):
        if pos < self.pos:
            raise StreamError("seeking backwards is not allowed")
        blocks, rest = divmod(pos - self.pos, self.bufsize)
        for _ in range(blocks):
            self.read(self.bufsize)
        self.read(rest)
        return self.pos

    def read(self, size):
        assert size is not None
        data = self._decoded_read(size)
        self.pos += len(data)
        return data

    def _decoded_read(self, size):
        if self.comptype == "tar":
            return self._raw_read(size)
        parts = [self.dbuf]
        have = len(self.dbuf)
        while have < size:
            if self.buf:
                raw, self.buf = self.buf, b""
            else:
                raw = self.fileobj.read(self.bufsize)
                if not raw:
                    break
            try:
                raw = self.cmp.decompress(raw)
            except self.exception as e:
                raise ReadError("invalid compressed data") from e
            parts.append(raw)
            have += len(raw)
        data = b"".join(parts)
        self.dbuf = data[size:]
        return data[:size]

    def _raw_read(self, size):
        parts = [self.buf]
        have = len(self.buf)
        while have < size:
            raw = self.fileobj.read(self.bufsize)
            if not raw:
                break
            parts.append(raw)
            have += len(raw)
        data = b"".join(parts)
        self.buf = data[size:]
        return data[:size]


class _StreamProxy:
    """Peeks at the first block of a stream to guess its compression."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.buf = self.fileobj.read(BLOCKSIZE)

    def read(self, size):
        # the peeked block first, then straight from the stream
        self.read = self.fileobj.read
        return self.buf

    def getcomptype(self):
        head = self.buf
        if head.startswith(b"\x1f\x8b\x08"):
            return "gz"
        if head[0:3] == b"BZh" and head[4:10] == b"1AY&SY":
            return "bz2"
        if head.startswith((b"\x5d\x00\x00\x80", b"\xfd7zXZ")):
            return "xz"
        return "tar"

    def close(self):
        self.fileobj.close()


# ---------------------------------------------------------------------------
# member data as a file

class _FileInFile:
    """A read-only view of size bytes of fileobj starting at offset.

    blockinfo lists (offset, size) data runs of a sparse member; the gaps
    between them read as zeros."""

    def __init__(self, fileobj, offset, size, blockinfo=None):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.position = 0
        self.name = getattr(fileobj, "name", None)
        self.closed = False
        if blockinfo is None:
            blockinfo = [(0, size)]
        # (is_data, start, stop, position in fileobj or None)
        self.map = []
        self.map_index = 0
        virtual = 0
        real = self.offset
        for run_start, run_size in blockinfo:
            if run_start > virtual:
                self.map.append((False, virtual, run_start, None))
            self.map.append((True, run_start, run_start + run_size, real))
            real += run_size
            virtual = run_start + run_size
        if virtual < self.size:
            self.map.append((False, virtual, self.size, None))

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return self.fileobj.seekable()

    def tell(self):
        return self.position

    def seek(self, position, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            target = position
        elif whence == io.SEEK_CUR:
            target = self.position + position
        elif whence == io.SEEK_END:
            target = self.size + position
        else:
            raise ValueError("Invalid argument")
        self.position = min(max(target, 0), self.size)
        return self.position

    def read(self, size=None):
        left = self.size - self.position
        if size is None or size > left:
            size = left
        out = []
        while size > 0:
            while True:
                is_data, start, stop, where = self.map[self.map_index]
                if start <= self.position < stop:
                    break
                self.map_index += 1
                if self.map_index == len(self.map):
                    self.map_index = 0
            n = min(size, stop - self.position)
            if is_data:
                self.fileobj.seek(where + (self.position - start))
                chunk = self.fileobj.read(n)
                if len(chunk) != n:
                    raise ReadError("unexpected end of data")
                out.append(chunk)
            else:
                out.append(NUL * n)
            size -= n
            self.position += n
        return b"".join(out)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def close(self):
        self.closed = True


class ExFileObject(io.BufferedReader):

    def __init__(self, tarfile, tarinfo):
        raw = _FileInFile(tarfile.fileobj, tarinfo.offset_data,
                          tarinfo.size, tarinfo.sparse)
        super().__init__(raw)


# ---------------------------------------------------------------------------
# extraction filters (PEP 706)

class FilterError(TarError):
    pass


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__("member %r has an absolute path" % (tarinfo.name,))


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__("%r would be extracted to %r, which is outside the "
                         "destination" % (tarinfo.name, path))


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__("%r is a special file" % (tarinfo.name,))


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__("%r is a link to an absolute path" % (tarinfo.name,))


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__("%r would link to %r, which is outside the "
                         "destination" % (tarinfo.name, path))


def _inside(path, root):
    return os.path.commonpath([path, root]) == root


def _get_filtered_attrs(member, dest_path, for_data=True):
    """The attributes the 'tar' (for_data false) or 'data' filter changes
    on member, or a FilterError for members they refuse."""
    changes = {}
    name = member.name
    dest_path = os.path.realpath(dest_path)
    if name.startswith(("/", os.sep)):
        name = changes["name"] = member.path.lstrip("/" + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target = os.path.realpath(os.path.join(dest_path, name))
    if not _inside(target, dest_path):
        raise OutsideDestinationError(member, target)

    mode = member.mode
    if mode is not None:
        mode &= 0o755           # no setuid/setgid/sticky, no group/other write
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            changes["mode"] = mode

    if for_data:
        for attr in ("uid", "gid", "uname", "gname"):
            if getattr(member, attr) is not None:
                changes[attr] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                target = os.path.join(dest_path, os.path.dirname(name),
                                      member.linkname)
            else:
                target = os.path.join(dest_path, member.linkname)
            target = os.path.realpath(target)
            if not _inside(target, dest_path):
                raise LinkOutsideDestinationError(member, target)
    return changes


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    changes = _get_filtered_attrs(member, dest_path, False)
    if changes:
        return member.replace(**changes, deep=False)
    return member


def data_filter(member, dest_path):
    changes = _get_filtered_attrs(member, dest_path, True)
    if changes:
        return member.replace(**changes, deep=False)
    return member


_NAMED_FILTERS = {
    "fully_trusted": fully_trusted_filter,
    "tar": tar_filter,
    "data": data_filter,
}

# replace()'s "leave this attribute alone" default
_KEEP = object()


# ---------------------------------------------------------------------------
# TarInfo

class TarInfo(object):
    """Informational class which holds the details about an
       archive member given by a tar header block.
       TarInfo objects are returned by TarFile.getmember(),
       TarFile.getmembers() and TarFile.gettarinfo() and are
       usually created internally.
    """

    __slots__ = dict(
        name="Name of the archive member.",
        mode="Permission bits.",
        uid="User ID of the user who originally stored this member.",
        gid="Group ID of the user who originally stored this member.",
        size="Size in bytes.",
        mtime="Time of last modification.",
        chksum="Header checksum.",
        type=("File type. type is usually one of these constants: "
              "REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, "
              "CONTTYPE, CHRTYPE, BLKTYPE, GNUTYPE_SPARSE."),
        linkname=("Name of the target file name, which is only present "
                  "in TarInfo objects of type LNKTYPE and SYMTYPE."),
        uname="User name.",
        gname="Group name.",
        devmajor="Device major number.",
        devminor="Device minor number.",
        offset="The tar header starts here.",
        offset_data="The file's data starts here.",
        pax_headers=("A dictionary containing key-value pairs of an "
                     "associated pax extended header."),
        sparse="Sparse member information.",
        tarfile=None,
        _sparse_structs=None,
        _link_target=None,
    )

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}

    @property
    def path(self):
        'In pax headers, "name" is called "path".'
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        'In pax headers, "linkname" is called "linkpath".'
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def replace(self, *, name=_KEEP, mtime=_KEEP, mode=_KEEP, linkname=_KEEP,
                uid=_KEEP, gid=_KEEP, uname=_KEEP, gname=_KEEP,
                deep=True, _KEEP=_KEEP):
        """Return a deep copy of self with the given attributes replaced.
        """
        result = copy.deepcopy(self) if deep else copy.copy(self)
        for attr, value in (("name", name), ("mtime", mtime), ("mode", mode),
                            ("linkname", linkname), ("uid", uid),
                            ("gid", gid), ("uname", uname), ("gname", gname)):
            if value is not _KEEP:
                setattr(result, attr, value)
        return result

    def get_info(self):
        """Return the TarInfo's attributes as a dictionary.
        """
        info = {
            "name": self.name,
            "mode": None if self.mode is None else self.mode & 0o7777,
            "uid": self.uid,
            "gid": self.gid,
            "size": self.size,
            "mtime": self.mtime,
            "chksum": self.chksum,
            "type": self.type,
            "linkname": self.linkname,
            "uname": self.uname,
            "gname": self.gname,
            "devmajor": self.devmajor,
            "devminor": self.devminor,
        }
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    # -- writing headers --------------------------------------------------

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING,
              errors="surrogateescape"):
        """Return a tar header as a string of 512 byte blocks.
        """
        info = self.get_info()
        for key, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % key)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        """Return the object as a ustar header block.
        """
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            info["prefix"], info["name"] = \
                self._posix_split_name(info["name"], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        """Return the object as a GNU header block sequence.
        """
        info["magic"] = GNU_MAGIC
        out = b""
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            out += self._create_gnu_long_header(info["linkname"],
                                                GNUTYPE_LONGLINK, encoding, errors)
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            out += self._create_gnu_long_header(info["name"],
                                                GNUTYPE_LONGNAME, encoding, errors)
        return out + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        """Return the object as a ustar header block, preceded by a pax
        extended header for whatever ustar cannot hold.
        """
        info["magic"] = POSIX_MAGIC
        pax = self.pax_headers.copy()

        # strings: non-ASCII or too long go to pax (an existing pax value wins)
        for field, key, width in (("name", "path", LENGTH_NAME),
                                  ("linkname", "linkpath", LENGTH_LINK),
                                  ("uname", "uname", 32),
                                  ("gname", "gname", 32)):
            if key in pax:
                continue
            value = info[field]
            if not value.isascii() or len(value) > width:
                pax[key] = value

        # numbers: out of octal range, or floats (rounded in the ustar
        # header, exact in pax)
        for field, digits in (("uid", 8), ("gid", 8), ("size", 12),
                              ("mtime", 12)):
            value = info[field]
            as_int = round(value) if isinstance(value, float) else value
            if not 0 <= as_int < 8 ** (digits - 1):
                info[field] = 0
            elif isinstance(value, float):
                info[field] = as_int
            else:
                continue
            if field not in pax:
                pax[field] = str(value)

        head = b""
        if pax:
            head = self._create_pax_generic_header(pax, XHDTYPE, encoding)
        return head + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        """Return the object as a pax global header block sequence.
        """
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        """Split a long name at a slash into a prefix (<= 155 bytes) and a
        name (<= 100 bytes), keeping the prefix as short as possible."""
        parts = name.split("/")
        for i in range(1, len(parts)):
            prefix = "/".join(parts[:i])
            rest = "/".join(parts[i:])
            if (len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX and
                    len(rest.encode(encoding, errors)) <= LENGTH_NAME):
                return prefix, rest
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        """One header block from the info dict."""
        if info.get("type") in (CHRTYPE, BLKTYPE):
            devmajor = itn(info.get("devmajor", 0), 8, format)
            devminor = itn(info.get("devminor", 0), 8, format)
        else:
            devmajor = devminor = stn("", 8, encoding, errors)
        filetype = info.get("type", REGTYPE)
        if filetype is None:
            raise ValueError("TarInfo.type must not be None")
        fields = [
            stn(info.get("name", ""), 100, encoding, errors),
            itn(info.get("mode", 0) & 0o7777, 8, format),
            itn(info.get("uid", 0), 8, format),
            itn(info.get("gid", 0), 8, format),
            itn(info.get("size", 0), 12, format),
            itn(info.get("mtime", 0), 12, format),
            b"        ",            # checksum, counted as spaces
            filetype,
            stn(info.get("linkname", ""), 100, encoding, errors),
            info.get("magic", POSIX_MAGIC),
            stn(info.get("uname", ""), 32, encoding, errors),
            stn(info.get("gname", ""), 32, encoding, errors),
            devmajor,
            devminor,
            stn(info.get("prefix", ""), 155, encoding, errors),
        ]
        block = struct.pack("%ds" % BLOCKSIZE, b"".join(fields))
        chksum = calc_chksums(block[-BLOCKSIZE:])[0]
        # the checksum field (offset 148): six octal digits, NUL, and the
        # space that was already there
        return block[:148] + ("%06o\0" % chksum).encode("ascii") + block[155:]

    @staticmethod
    def _create_payload(payload):
        """payload padded with NULs to whole blocks."""
        return payload + _padding(len(payload))

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        """The ././@LongLink member carrying a long name or link name."""
        data = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(data),
                "magic": GNU_MAGIC}
        return (cls._create_header(info, USTAR_FORMAT, encoding, errors) +
                cls._create_payload(data))

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        """A pax header member holding the keyword=value records."""
        # Values that are not valid UTF-8 (surrogate-escaped bytes) force
        # hdrcharset=BINARY: then all values are written as raw bytes.
        binary = False
        for value in pax_headers.values():
            try:
                value.encode("utf-8", "strict")
            except UnicodeEncodeError:
                binary = True
                break
        records = [b"21 hdrcharset=BINARY\n"] if binary else []
        for keyword, value in pax_headers.items():
            key = keyword.encode("utf-8")
            if binary:
                val = value.encode(encoding, "surrogateescape")
            else:
                val = value.encode("utf-8")
            # a record's length counts its own decimal digits: find the
            # fixed point
            body = len(key) + len(val) + 3      # " ", "=" and "\n"
            total = 0
            while True:
                guess = body + len(str(total))
                if guess == total:
                    break
                total = guess
            records.append(str(total).encode("ascii") + b" " + key + b"=" +
                           val + b"\n")
        data = b"".join(records)
        info = {"name": "././@PaxHeader", "type": type, "size": len(data),
                "magic": POSIX_MAGIC}
        return (cls._create_header(info, USTAR_FORMAT, "ascii", "replace") +
                cls._create_payload(data))

    # -- reading headers --------------------------------------------------

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """Construct a TarInfo object from a 512 byte bytes object.
        """
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        chksum = nti(buf[148:156])
        if chksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")

        obj = cls()
        obj.name = nts(buf[0:100], encoding, errors)
        obj.mode = nti(buf[100:108])
        obj.uid = nti(buf[108:116])
        obj.gid = nti(buf[116:124])
        obj.size = nti(buf[124:136])
        obj.mtime = nti(buf[136:148])
        obj.chksum = chksum
        obj.type = buf[156:157]
        obj.linkname = nts(buf[157:257], encoding, errors)
        obj.uname = nts(buf[265:297], encoding, errors)
        obj.gname = nts(buf[297:329], encoding, errors)
        obj.devmajor = nti(buf[329:337])
        obj.devminor = nti(buf[337:345])
        prefix = nts(buf[345:500], encoding, errors)

        # V7 tar: a directory is a regular file whose name ends with "/"
        if obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE

        # old GNU sparse: up to 4 (offset, size) pairs in the header itself
        if obj.type == GNUTYPE_SPARSE:
            structs = []
            pos = 386
            for _ in range(4):
                try:
                    start = nti(buf[pos:pos + 12])
                    count = nti(buf[pos + 12:pos + 24])
                except ValueError:
                    break
                structs.append((start, count))
                pos += 24
            obj._sparse_structs = (structs, bool(buf[482]), nti(buf[483:495]))

        if obj.isdir():
            obj.name = obj.name.rstrip("/")
        if prefix and obj.type not in GNU_TYPES:
            obj.name = prefix + "/" + obj.name
        return obj

    @classmethod
    def fromtarfile(cls, tarfile):
        """Return the next TarInfo object from TarFile object
           tarfile.
        """
        buf = tarfile.fileobj.read(BLOCKSIZE)
        obj = cls.frombuf(buf, tarfile.encoding, tarfile.errors)
        obj.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return obj._proc_member(tarfile)

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type == GNUTYPE_SPARSE:
            return self._proc_sparse(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        next_offset = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            next_offset += self._block(self.size)
        tarfile.offset = next_offset
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.name = self.name.rstrip("/")
        return self

    def _read_following(self, tarfile):
        """The member after an extension header."""
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None

    def _proc_gnulong(self, tarfile):
        data = tarfile.fileobj.read(self._block(self.size))
        following = self._read_following(tarfile)
        following.offset = self.offset
        text = nts(data, tarfile.encoding, tarfile.errors)
        if self.type == GNUTYPE_LONGNAME:
            following.name = text
        else:
            following.linkname = text
        if following.isdir():
            following.name = following.name.removesuffix("/")
        return following

    def _proc_sparse(self, tarfile):
        structs, extended, origsize = self._sparse_structs
        del self._sparse_structs
        while extended:
            buf = tarfile.fileobj.read(BLOCKSIZE)
            pos = 0
            for _ in range(21):
                try:
                    start = nti(buf[pos:pos + 12])
                    count = nti(buf[pos + 12:pos + 24])
                except ValueError:
                    break
                if start and count:
                    structs.append((start, count))
                pos += 24
            extended = bool(buf[504])
        self.sparse = structs
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + self._block(self.size)
        self.size = origsize
        return self

    def _proc_pax(self, tarfile):
        data = tarfile.fileobj.read(self._block(self.size))
        # a global header updates the archive-wide dict in place
        if self.type == XGLTYPE:
            pax = tarfile.pax_headers
        else:
            pax = tarfile.pax_headers.copy()

        m = re.search(br"\d+ hdrcharset=([^\n]+)\n", data)
        if m is not None:
            pax["hdrcharset"] = m.group(1).decode("utf-8")
        if pax.get("hdrcharset") == "BINARY":
            name_encoding = tarfile.encoding
        else:
            name_encoding = "utf-8"

        record = re.compile(br"(\d+) ([^=]+)=")
        pos = 0
        while True:
            m = record.match(data, pos)
            if not m:
                break
            length = int(m.group(1))
            if length == 0:
                raise InvalidHeaderError("invalid header")
            raw_key = m.group(2)
            raw_value = data[m.end(2) + 1:m.start(1) + length - 1]
            key = self._decode_pax_field(raw_key, "utf-8", "utf-8",
                                         tarfile.errors)
            if key in PAX_NAME_FIELDS:
                value = self._decode_pax_field(raw_value, name_encoding,
                                               tarfile.encoding, tarfile.errors)
            else:
                value = self._decode_pax_field(raw_value, "utf-8", "utf-8",
                                               tarfile.errors)
            pax[key] = value
            pos += length

        following = self._read_following(tarfile)

        if "GNU.sparse.map" in pax:
            self._proc_gnusparse_01(following, pax)
        elif "GNU.sparse.size" in pax:
            self._proc_gnusparse_00(following, pax, data)
        elif pax.get("GNU.sparse.major") == "1" and pax.get("GNU.sparse.minor") == "0":
            self._proc_gnusparse_10(following, pax, tarfile)

        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            following._apply_pax_info(pax, tarfile.encoding, tarfile.errors)
            following.offset = self.offset
            if "size" in pax:
                # the data length changed: so does the next header's place
                next_offset = following.offset_data
                if following.isreg() or following.type not in SUPPORTED_TYPES:
                    next_offset += following._block(following.size)
                tarfile.offset = next_offset
        return following

    def _proc_gnusparse_00(self, next, pax_headers, buf):
        starts = [int(m.group(1)) for m in
                  re.finditer(br"\d+ GNU.sparse.offset=(\d+)\n", buf)]
        sizes = [int(m.group(1)) for m in
                 re.finditer(br"\d+ GNU.sparse.numbytes=(\d+)\n", buf)]
        next.sparse = list(zip(starts, sizes))

    def _proc_gnusparse_01(self, next, pax_headers):
        numbers = [int(x) for x in pax_headers["GNU.sparse.map"].split(",")]
        next.sparse = list(zip(numbers[::2], numbers[1::2]))

    def _proc_gnusparse_10(self, next, pax_headers, tarfile):
        numbers = []
        buf = tarfile.fileobj.read(BLOCKSIZE)
        count, buf = buf.split(b"\n", 1)
        count = int(count)
        while len(numbers) < count * 2:
            if b"\n" not in buf:
                buf += tarfile.fileobj.read(BLOCKSIZE)
            number, buf = buf.split(b"\n", 1)
            numbers.append(int(number))
        next.offset_data = tarfile.fileobj.tell()
        next.sparse = list(zip(numbers[::2], numbers[1::2]))

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for key, value in pax_headers.items():
            if key == "GNU.sparse.name":
                self.path = value
            elif key in ("GNU.sparse.size", "GNU.sparse.realsize"):
                self.size = int(value)
            elif key in PAX_FIELDS:
                convert = PAX_NUMBER_FIELDS.get(key)
                if convert is not None:
                    try:
                        value = convert(value)
                    except ValueError:
                        value = 0
                if key == "path":
                    value = value.rstrip("/")
                setattr(self, key, value)
        self.pax_headers = pax_headers.copy()

    def _decode_pax_field(self, value, encoding, fallback_encoding, fallback_errors):
        try:
            return value.decode(encoding, "strict")
        except UnicodeDecodeError:
            return value.decode(fallback_encoding, fallback_errors)

    def _block(self, count):
        """Round up a byte count by BLOCKSIZE and return it,
           e.g. _block(834) => 1024.
        """
        return _round_up(count)

    # -- type tests -------------------------------------------------------

    def isreg(self):
        'Return True if the Tarinfo object is a regular file.'
        return self.type in REGULAR_TYPES

    def isfile(self):
        'Return True if the Tarinfo object is a regular file.'
        return self.isreg()

    def isdir(self):
        'Return True if it is a directory.'
        return self.type == DIRTYPE

    def issym(self):
        'Return True if it is a symbolic link.'
        return self.type == SYMTYPE

    def islnk(self):
        'Return True if it is a hard link.'
        return self.type == LNKTYPE

    def ischr(self):
        'Return True if it is a character device.'
        return self.type == CHRTYPE

    def isblk(self):
        'Return True if it is a block device.'
        return self.type == BLKTYPE

    def isfifo(self):
        'Return True if it is a FIFO.'
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        'Return True if it is one of character device, block device or FIFO.'
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


# ---------------------------------------------------------------------------
# TarFile

class TarFile(object):
    """The TarFile Class provides an interface to tar archives.
    """

    debug = 0                   # 0 (silent) to 3 (everything), on stderr
    dereference = False         # archive what symlinks point to
    ignore_zeros = False        # skip zero/invalid blocks instead of stopping
    errorlevel = 1              # 0: errors only in debug output; >0: raised
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None,
                 tarinfo=None, dereference=None, ignore_zeros=None, encoding=None,
                 errors="surrogateescape", pax_headers=None, debug=None,
                 errorlevel=None, copybufsize=None):
        file_modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in file_modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = file_modes[mode]

        if not fileobj:
            if self.mode == "a" and not os.path.exists(name):
                self.mode = "w"
                self._mode = "wb"
            fileobj = _bltn_open(name, self._mode)
            self._extfileobj = False
        else:
            if (name is None and hasattr(fileobj, "name") and
                    isinstance(fileobj.name, (str, bytes))):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj

        if format is not None:
            self.format = format
        if tarinfo is not None:
            self.tarinfo = tarinfo
        if dereference is not None:
            self.dereference = dereference
        if ignore_zeros is not None:
            self.ignore_zeros = ignore_zeros
        if encoding is not None:
            self.encoding = encoding
        self.errors = errors
        if pax_headers is not None and self.format == PAX_FORMAT:
            self.pax_headers = pax_headers
        else:
            self.pax_headers = {}
        if debug is not None:
            self.debug = debug
        if errorlevel is not None:
            self.errorlevel = errorlevel

        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}        # (st_ino, st_dev) -> arcname, for hard links

        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == "a":
                # position at the first end-of-archive block
                while True:
                    self.fileobj.seek(self.offset)
                    try:
                        member = self.tarinfo.fromtarfile(self)
                        self.members.append(member)
                    except EOFHeaderError:
                        self.fileobj.seek(self.offset)
                        break
                    except HeaderError as e:
                        raise ReadError(str(e)) from None
            if self.mode in ("a", "w", "x"):
                self._loaded = True
                if self.pax_headers:
                    buf = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
                    self.fileobj.write(buf)
                    self.offset += len(buf)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    # -- constructors -----------------------------------------------------

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open a tar archive for reading, writing or appending. Return
           an appropriate TarFile class.

           mode is 'r'/'r:*' (any compression), 'r:', 'r:gz', 'r:bz2',
           'r:xz', 'a'/'a:', 'w'/'w:', 'w:gz', 'w:bz2', 'w:xz', 'x'/'x:',
           'x:gz', 'x:bz2', 'x:xz', or a stream mode 'r|*', 'r|', 'r|gz',
           'r|bz2', 'r|xz', 'w|', 'w|gz', 'w|bz2', 'w|xz'.
        """
        if not name and not fileobj:
            raise ValueError("nothing to open")

        if mode in ("r", "r:*"):
            # compressed formats first, plain tar last
            order = sorted(cls.OPEN_METH,
                           key=lambda c: cls.OPEN_METH[c] == "taropen")
            failures = []
            for comptype in order:
                opener = getattr(cls, cls.OPEN_METH[comptype])
                if fileobj is not None:
                    saved = fileobj.tell()
                try:
                    return opener(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError) as e:
                    failures.append("- method %s: %r" % (comptype, e))
                    if fileobj is not None:
                        fileobj.seek(saved)
            raise ReadError("file could not be opened successfully:\n" +
                            "\n".join(failures))

        if ":" in mode:
            filemode, comptype = mode.split(":", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if comptype not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % comptype)
            opener = getattr(cls, cls.OPEN_METH[comptype])
            return opener(name, filemode, fileobj, **kwargs)

        if "|" in mode:
            filemode, comptype = mode.split("|", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            stream = _Stream(name, filemode, comptype, fileobj, bufsize)
            try:
                t = cls(name, filemode, stream, **kwargs)
            except:
                stream.close()
                raise
            t._extfileobj = False
            return t

        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)

        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """Open uncompressed tar archive name for reading or writing.
        """
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open gzip compressed tar archive name for reading or writing.
           Appending is not allowed.
        """
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from gzip import GzipFile
        except ImportError:
            raise CompressionError("gzip module is not available") from None
        try:
            fileobj = GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == "r":
                raise ReadError("not a gzip file") from e
            raise
        try:
            t = cls.taropen(name, mode, fileobj, **kwargs)
        except OSError as e:
            fileobj.close()
            if mode == "r":
                raise ReadError("not a gzip file") from e
            raise
        except:
            fileobj.close()
            raise
        t._extfileobj = False
        return t

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open bzip2 compressed tar archive name for reading or writing.
           Appending is not allowed.
        """
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from bz2 import BZ2File
        except ImportError:
            raise CompressionError("bz2 module is not available") from None
        fileobj = BZ2File(fileobj or name, mode, compresslevel=compresslevel)
        try:
            t = cls.taropen(name, mode, fileobj, **kwargs)
        except (OSError, EOFError) as e:
            fileobj.close()
            if mode == "r":
                raise ReadError("not a bzip2 file") from e
            raise
        except:
            fileobj.close()
            raise
        t._extfileobj = False
        return t

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """Open lzma compressed tar archive name for reading or writing.
           Appending is not allowed.
        """
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from lzma import LZMAFile, LZMAError
        except ImportError:
            raise CompressionError("lzma module is not available") from None
        fileobj = LZMAFile(fileobj or name, mode, preset=preset)
        try:
            t = cls.taropen(name, mode, fileobj, **kwargs)
        except (LZMAError, EOFError) as e:
            fileobj.close()
            if mode == "r":
                raise ReadError("not an lzma file") from e
            raise
        except:
            fileobj.close()
            raise
        t._extfileobj = False
        return t

    OPEN_METH = {
        "tar": "taropen",
        "gz": "gzopen",
        "bz2": "bz2open",
        "xz": "xzopen",
    }

    # -- public API -------------------------------------------------------

    def close(self):
        """Close the TarFile. In write-mode, two finishing zero blocks are
           appended to the archive.
        """
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += BLOCKSIZE * 2
                rest = self.offset % RECORDSIZE
                if rest:
                    self.fileobj.write(NUL * (RECORDSIZE - rest))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def getmember(self, name):
        """Return a TarInfo object for member `name'. If `name' can not be
           found in the archive, KeyError is raised. If a member occurs more
           than once in the archive, its last occurrence is assumed to be the
           most up-to-date version.
        """
        member = self._getmember(name.rstrip("/"))
        if member is None:
            raise KeyError("filename %r not found" % name)
        return member

    def getmembers(self):
        """Return the members of the archive as a list of TarInfo objects. The
           list has the same order as the members in the archive.
        """
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """Return the members of the archive as a list of their names. It has
           the same order as the list returned by getmembers().
        """
        return [member.name for member in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """Create a TarInfo object from the result of os.stat or equivalent
           on an existing file.
        """
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1]
        arcname = arcname.replace(os.sep, "/").lstrip("/")

        tarinfo = self.tarinfo()
        tarinfo.tarfile = self

        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        elif self.dereference:
            st = os.stat(name)
        else:
            st = os.lstat(name)

        linkname = ""
        fmode = st.st_mode
        if stat.S_ISREG(fmode):
            inode = (st.st_ino, st.st_dev)
            if (not self.dereference and st.st_nlink > 1 and
                    inode in self.inodes and arcname != self.inodes[inode]):
                type = LNKTYPE
                linkname = self.inodes[inode]
            else:
                type = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(fmode):
            type = DIRTYPE
        elif stat.S_ISFIFO(fmode):
            type = FIFOTYPE
        elif stat.S_ISLNK(fmode):
            type = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(fmode):
            type = CHRTYPE
        elif stat.S_ISBLK(fmode):
            type = BLKTYPE
        else:
            return None

        tarinfo.name = arcname
        tarinfo.mode = fmode
        tarinfo.uid = st.st_uid
        tarinfo.gid = st.st_gid
        tarinfo.size = st.st_size if type == REGTYPE else 0
        tarinfo.mtime = st.st_mtime
        tarinfo.type = type
        tarinfo.linkname = linkname
        if pwd:
            try:
                tarinfo.uname = pwd.getpwuid(tarinfo.uid)[0]
            except KeyError:
                pass
        if grp:
            try:
                tarinfo.gname = grp.getgrgid(tarinfo.gid)[0]
            except KeyError:
                pass
        if type in (CHRTYPE, BLKTYPE):
            if hasattr(os, "major") and hasattr(os, "minor"):
                tarinfo.devmajor = os.major(st.st_rdev)
                tarinfo.devminor = os.minor(st.st_rdev)
        return tarinfo

    def list(self, verbose=True, *, members=None):
        """Print a table of contents to sys.stdout. If `verbose' is False, only
           the names of the members are printed. If it is True, an `ls -l'-like
           output is produced. `members' is optional and must be a subset of the
           list returned by getmembers().
        """
        self._check()
        if members is None:
            members = self
        for m in members:
            if verbose:
                _safe_print("??????????" if m.mode is None else stat.filemode(m.mode))
                _safe_print("%s/%s" % (m.uname or m.uid, m.gname or m.gid))
                if m.ischr() or m.isblk():
                    _safe_print("%10s" % ("%d,%d" % (m.devmajor, m.devminor)))
                else:
                    _safe_print("%10d" % m.size)
                if m.mtime is None:
                    _safe_print("????-??-?? ??:??:??")
                else:
                    _safe_print("%d-%02d-%02d %02d:%02d:%02d"
                                % time.localtime(m.mtime)[:6])
            _safe_print(m.name + ("/" if m.isdir() else ""))
            if verbose:
                if m.issym():
                    _safe_print("-> " + m.linkname)
                if m.islnk():
                    _safe_print("link to " + m.linkname)
            print()

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add the file `name' to the archive; directories recursively
           unless recursive is false.  filter(tarinfo) may change the
           TarInfo or return None to leave the file out.
        """
        self._check("awx")
        if arcname is None:
            arcname = name
        # never archive the archive itself
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, "tarfile: Skipped %r" % name)
            return
        self._dbg(1, name)

        tarinfo = self.gettarinfo(name, arcname)
        if tarinfo is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            tarinfo = filter(tarinfo)
            if tarinfo is None:
                self._dbg(2, "tarfile: Excluded %r" % name)
                return

        if tarinfo.isreg():
            with _bltn_open(name, "rb") as f:
                self.addfile(tarinfo, f)
        elif tarinfo.isdir():
            self.addfile(tarinfo)
            if recursive:
                for entry in sorted(os.listdir(name)):
                    self.add(os.path.join(name, entry),
                             os.path.join(arcname, entry),
                             recursive, filter=filter)
        else:
            self.addfile(tarinfo)

    def addfile(self, tarinfo, fileobj=None):
        """Add the TarInfo object `tarinfo' to the archive. If `fileobj' is
           given, it should be a binary file, and tarinfo.size bytes are read
           from it and added to the archive.
        """
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        header = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(header)
        self.offset += len(header)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size,
                        bufsize=self.copybufsize)
            pad = _padding(tarinfo.size)
            if pad:
                self.fileobj.write(pad)
            self.offset += _round_up(tarinfo.size)
        self.members.append(tarinfo)

    def _get_filter_function(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                return fully_trusted_filter
            if isinstance(filter, str):
                raise TypeError(
                    "String names are not supported for "
                    "TarFile.extraction_filter. Use a function such as "
                    "tarfile.data_filter directly.")
            return filter
        if callable(filter):
            return filter
        try:
            return _NAMED_FILTERS[filter]
        except KeyError:
            raise ValueError("filter %r not found" % (filter,)) from None

    def extractall(self, path=".", members=None, *, numeric_owner=False,
                   filter=None):
        """Extract all members from the archive to `path' (default: the
           current directory); directory attributes are set last.
        """
        directories = []
        filter_function = self._get_filter_function(filter)
        if members is None:
            members = self
        for member in members:
            tarinfo = self._get_extract_tarinfo(member, filter_function, path)
            if tarinfo is None:
                continue
            if tarinfo.isdir():
                # their mode/mtime are set after their contents exist
                directories.append(tarinfo)
            self._extract_one(tarinfo, path, set_attrs=not tarinfo.isdir(),
                              numeric_owner=numeric_owner)

        directories.sort(key=lambda d: d.name, reverse=True)
        for tarinfo in directories:
            dirpath = os.path.join(path, tarinfo.name)
            try:
                self.chown(tarinfo, dirpath, numeric_owner=numeric_owner)
                self.utime(tarinfo, dirpath)
                self.chmod(tarinfo, dirpath)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False,
                filter=None):
        """Extract a member (name or TarInfo) from the archive to `path'.
        """
        filter_function = self._get_filter_function(filter)
        tarinfo = self._get_extract_tarinfo(member, filter_function, path)
        if tarinfo is not None:
            self._extract_one(tarinfo, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, filter_function, path):
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        original = tarinfo
        try:
            tarinfo = filter_function(tarinfo, path)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        if tarinfo is None:
            self._dbg(2, "tarfile: Excluded %r" % original.name)
            return None
        if tarinfo.islnk():
            tarinfo = copy.copy(tarinfo)
            tarinfo._link_target = os.path.join(path, tarinfo.linkname)
        return tarinfo

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._check("r")
        try:
            self._extract_member(tarinfo, os.path.join(path, tarinfo.name),
                                 set_attrs=set_attrs,
                                 numeric_owner=numeric_owner)
        except OSError as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)

    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise
        self._dbg(1, "tarfile: %s" % e)

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise
        if isinstance(e, OSError):
            if e.filename is None:
                self._dbg(1, "tarfile: %s" % e.strerror)
            else:
                self._dbg(1, "tarfile: %s %r" % (e.strerror, e.filename))
        else:
            self._dbg(1, "tarfile: %s %s" % (type(e).__name__, e))

    def extractfile(self, member):
        """Return a file object (io.BufferedReader) for a regular or link
           member, None for other existing members; KeyError if absent.
        """
        self._check("r")
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            return self.fileobject(self, tarinfo)
        if tarinfo.islnk() or tarinfo.issym():
            if isinstance(self.fileobj, _Stream):
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _extract_member(self, tarinfo, targetpath, set_attrs=True,
                        numeric_owner=False):
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)

        if tarinfo.islnk() or tarinfo.issym():
            self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname))
        else:
            self._dbg(1, tarinfo.name)

        if tarinfo.isreg():
            self.makefile(tarinfo, targetpath)
        elif tarinfo.isdir():
            self.makedir(tarinfo, targetpath)
        elif tarinfo.isfifo():
            self.makefifo(tarinfo, targetpath)
        elif tarinfo.ischr() or tarinfo.isblk():
            self.makedev(tarinfo, targetpath)
        elif tarinfo.islnk() or tarinfo.issym():
            self.makelink(tarinfo, targetpath)
        elif tarinfo.type not in SUPPORTED_TYPES:
            self.makeunknown(tarinfo, targetpath)
        else:
            self.makefile(tarinfo, targetpath)

        if set_attrs:
            self.chown(tarinfo, targetpath, numeric_owner)
            if not tarinfo.issym():
                self.chmod(tarinfo, targetpath)
                self.utime(tarinfo, targetpath)

    def makedir(self, tarinfo, targetpath):
        """Make a directory called targetpath.
        """
        try:
            if tarinfo.mode is None:
                os.mkdir(targetpath)
            else:
                # private until the real mode is set afterwards
                os.mkdir(targetpath, 0o700)
        except FileExistsError:
            pass

    def makefile(self, tarinfo, targetpath):
        """Make a file called targetpath.
        """
        source = self.fileobj
        source.seek(tarinfo.offset_data)
        bufsize = self.copybufsize
        with _bltn_open(targetpath, "wb") as target:
            if tarinfo.sparse is not None:
                for start, count in tarinfo.sparse:
                    target.seek(start)
                    copyfileobj(source, target, count, ReadError, bufsize)
                target.seek(tarinfo.size)
                target.truncate()
            else:
                copyfileobj(source, target, tarinfo.size, ReadError, bufsize)

    def makeunknown(self, tarinfo, targetpath):
        """Make a file from a TarInfo object with an unknown type
           at targetpath.
        """
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, "
                     "extracted as regular file." % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        """Make a fifo called targetpath.
        """
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        """Make a character or block device called targetpath.
        """
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        mode = 0o600 if tarinfo.mode is None else tarinfo.mode
        mode |= stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, mode,
                 os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        """Make a (symbolic) link called targetpath, or a copy of the
           linked member where links cannot be made.
        """
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
        except _symlink_exceptions:
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Set owner of targetpath according to tarinfo (only as root).
        """
        if not (hasattr(os, "geteuid") and os.geteuid() == 0):
            return
        gid = tarinfo.gid
        uid = tarinfo.uid
        if not numeric_owner:
            try:
                if grp and tarinfo.gname:
                    gid = grp.getgrnam(tarinfo.gname)[2]
            except KeyError:
                pass
            try:
                if pwd and tarinfo.uname:
                    uid = pwd.getpwnam(tarinfo.uname)[2]
            except KeyError:
                pass
        if gid is None:
            gid = -1
        if uid is None:
            uid = -1
        try:
            if tarinfo.issym() and hasattr(os, "lchown"):
                os.lchown(targetpath, uid, gid)
            elif hasattr(os, "chown"):
                os.chown(targetpath, uid, gid)
        except OSError as e:
            raise ExtractError("could not change owner") from e

    def chmod(self, tarinfo, targetpath):
        """Set file permissions of targetpath according to tarinfo.
        """
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        """Set modification time of targetpath according to tarinfo.
        """
        mtime = tarinfo.mtime
        if mtime is None or not hasattr(os, "utime"):
            return
        try:
            os.utime(targetpath, (mtime, mtime))
        except OSError as e:
            raise ExtractError("could not change modification time") from e

    # -- reading ----------------------------------------------------------

    def next(self):
        """Return the next member of the archive as a TarInfo object, when
           TarFile is opened for reading. Return None if there is no more
           available.
        """
        self._check("ra")
        if self.firstmember is not None:
            first = self.firstmember
            self.firstmember = None
            return first

        if self.offset != self.fileobj.tell():
            if self.offset == 0:
                return None
            # make sure the data before the next header really exists
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")

        tarinfo = None
        while True:
            try:
                tarinfo = self.tarinfo.fromtarfile(self)
            except EOFHeaderError as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
            except InvalidHeaderError as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                elif self.offset == 0:
                    raise ReadError(str(e)) from None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except Exception as e:
                try:
                    import zlib
                except ImportError:
                    raise e
                if isinstance(e, zlib.error):
                    raise ReadError("zlib error: %s" % (e,)) from None
                raise e
            break

        if tarinfo is not None:
            self.members.append(tarinfo)
        else:
            self._loaded = True
        return tarinfo

    def _getmember(self, name, tarinfo=None, normalize=False):
        """The last member called name (before tarinfo, when given)."""
        members = self.getmembers()
        skipping = False
        if tarinfo is not None:
            try:
                index = members.index(tarinfo)
            except ValueError:
                # a modified copy: skip members until one at its offset
                skipping = True
            else:
                members = members[:index]
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            if skipping:
                if tarinfo.offset == member.offset:
                    skipping = False
                continue
            member_name = os.path.normpath(member.name) if normalize else member.name
            if name == member_name:
                return member
        if skipping:
            raise ValueError(tarinfo)
        return None

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            # relative to the link's directory, anywhere in the archive
            parts = [p for p in (os.path.dirname(tarinfo.name), tarinfo.linkname) if p]
            linkname = "/".join(parts)
            limit = None
        else:
            # a hard link points to a member stored before it
            linkname = tarinfo.linkname
            limit = tarinfo
        member = self._getmember(linkname, tarinfo=limit, normalize=True)
        if member is None:
            raise KeyError("linkname %r not found" % linkname)
        return member

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            yield self.next()
            index += 1
        while True:
            if index < len(self.members):
                tarinfo = self.members[index]
            elif not self._loaded:
                tarinfo = self.next()
                if not tarinfo:
                    self._loaded = True
                    return
            else:
                return
            index += 1
            yield tarinfo

    def _dbg(self, level, msg):
        if level <= self.debug:
            print(msg, file=sys.stderr)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            # no end-of-archive blocks after a failure
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True


def is_tarfile(name):
    """Return True if name points to a tar archive that we
       are able to handle, else return False.

       'name' should be a string, file, or file-like object.
    """
    try:
        if hasattr(name, "read"):
            pos = name.tell()
            t = open(fileobj=name)
            name.seek(pos)
        else:
            t = open(name)
        t.close()
        return True
    except TarError:
        return False


open = TarFile.open
