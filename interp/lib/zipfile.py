"""zipfile -- read and write ZIP archives (CPython 3.11's API).

Design: an archive is a run of local entries (a header, the member's
bytes) followed by the central directory (one record per member) and the
end-of-central-directory record; ZIP64 records are added when counts,
sizes or offsets do not fit the classic fields. Reading parses the central
directory once (_read_directory) and then opens members through their own
view of the shared file (_SharedFile), so several members may be read at
once. Writing emits the local header, streams the data through the
compressor (_ZipWriteFile), then seeks back to patch the header with the
CRC and sizes -- or, on an unseekable stream, leaves them zero and appends
a data descriptor. Every header field is chosen as CPython chooses it, so
the same calls produce the same bytes.

Only ZIP_STORED and ZIP_DEFLATED (zlib) are implemented: gilpy has no bz2
or lzma module. Encrypted members cannot be read. zipfile.Path and
PyZipFile are not provided.
"""
import io
import os
import shutil
import stat
import struct
import sys
import threading
import time
import warnings

try:
    import zlib
    crc32 = zlib.crc32
except ImportError:
    zlib = None
    crc32 = None

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED",
           "ZIP_BZIP2", "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile",
           "LargeZipFile"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile would need ZIP64 extensions that were
    not allowed."""


error = BadZipfile = BadZipFile

# Limits of the classic (non-ZIP64) fields, as CPython applies them: sizes
# and offsets above 2 GiB - 1 switch to ZIP64 (signed readers), as do more
# than 65535 members.
ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

# "version needed to extract" values (APPNOTE 4.4.3) and the highest one
# this reader accepts (6.3).
DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

# The fixed-size records: struct formats and signatures.
_END_FMT = b"<4s4H2LH"
_END_SIG = b"PK\005\006"
_END_SIZE = struct.calcsize(_END_FMT)
_CENTRAL_FMT = "<4s4B4HL2L5H2L"
_CENTRAL_SIG = b"PK\001\002"
_CENTRAL_SIZE = struct.calcsize(_CENTRAL_FMT)
_LOCAL_FMT = "<4s2B4HL2L2H"
_LOCAL_SIG = b"PK\003\004"
_LOCAL_SIZE = struct.calcsize(_LOCAL_FMT)
_LOC64_FMT = "<4sLQL"
_LOC64_SIG = b"PK\x06\x07"
_LOC64_SIZE = struct.calcsize(_LOC64_FMT)
_END64_FMT = "<4sQ2H2L4Q"
_END64_SIG = b"PK\x06\x06"
_END64_SIZE = struct.calcsize(_END64_FMT)
_DD_SIGNATURE = 0x08074b50

# general purpose flag bits
_FLAG_ENCRYPTED = 0x01
_FLAG_COMPRESS_OPTION_1 = 0x02
_FLAG_DATA_DESCRIPTOR = 0x08
_FLAG_COMPRESSED_PATCH = 0x20
_FLAG_STRONG_ENCRYPTION = 0x40
_FLAG_UTF_FILENAME = 0x800

# Indices into the end record list (_end_record), as CPython's _ECD_*.
_ECD_SIGNATURE, _ECD_DISK_NUMBER, _ECD_DISK_START, _ECD_ENTRIES_THIS_DISK = 0, 1, 2, 3
_ECD_ENTRIES_TOTAL, _ECD_SIZE, _ECD_OFFSET, _ECD_COMMENT_SIZE = 4, 5, 6, 7
_ECD_COMMENT, _ECD_LOCATION = 8, 9

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce',
    6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode',
    12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}


def _dos_stamp(dt):
    # (date, time) words of an MS-DOS timestamp; seconds have 2 s resolution
    date = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
    tm = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
    return date, tm


def _strip_extra(extra, ids):
    # remove the extra-field blocks whose ids are in `ids`
    out = []
    i = 0
    while i + 4 <= len(extra):
        tp, ln = struct.unpack('<HH', extra[i:i + 4])
        if tp not in ids:
            out.append(extra[i:i + 4 + ln])
        i += 4 + ln
    out.append(extra[i:])
    return b''.join(out)


def _check_compression(compression):
    if compression == ZIP_STORED:
        return
    if compression == ZIP_DEFLATED:
        if not zlib:
            raise RuntimeError("Compression requires the (missing) zlib module")
    elif compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    elif compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    else:
        raise NotImplementedError("That compression method is not supported")


def _get_compressor(compress_type, compresslevel=None):
    if compress_type == ZIP_DEFLATED:
        level = zlib.Z_DEFAULT_COMPRESSION if compresslevel is None else compresslevel
        return zlib.compressobj(level, zlib.DEFLATED, -15)
    if compress_type == ZIP_STORED:
        return None
    _check_compression(compress_type)
    return None


def _get_decompressor(compress_type):
    _check_compression(compress_type)
    if compress_type == ZIP_STORED:
        return None
    if compress_type == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    descr = compressor_names.get(compress_type)
    if descr:
        raise NotImplementedError("compression type %d (%s)" % (compress_type, descr))
    raise NotImplementedError("compression type %d" % (compress_type,))


# ---- the end-of-central-directory record ---------------------------------

def _end_record64(fp, offset, endrec):
    # Overlay the ZIP64 end record's fields if a locator precedes `offset`
    # (negative, from the end of the file).
    try:
        fp.seek(offset - _LOC64_SIZE, 2)
    except OSError:
        return endrec
    data = fp.read(_LOC64_SIZE)
    if len(data) != _LOC64_SIZE:
        return endrec
    sig, diskno, _reloff, disks = struct.unpack(_LOC64_FMT, data)
    if sig != _LOC64_SIG:
        return endrec
    if diskno != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    fp.seek(offset - _LOC64_SIZE - _END64_SIZE, 2)
    data = fp.read(_END64_SIZE)
    if len(data) != _END64_SIZE:
        return endrec
    (sig, _sz, _cv, _rv, disk_num, disk_dir, count, count2,
     dirsize, diroffset) = struct.unpack(_END64_FMT, data)
    if sig != _END64_SIG:
        return endrec
    endrec[_ECD_SIGNATURE] = sig
    endrec[_ECD_DISK_NUMBER] = disk_num
    endrec[_ECD_DISK_START] = disk_dir
    endrec[_ECD_ENTRIES_THIS_DISK] = count
    endrec[_ECD_ENTRIES_TOTAL] = count2
    endrec[_ECD_SIZE] = dirsize
    endrec[_ECD_OFFSET] = diroffset
    return endrec


def _end_record(fp):
    """The end record as a list (see _ECD_*), or None if there is none."""
    fp.seek(0, 2)
    filesize = fp.tell()
    try:
        fp.seek(-_END_SIZE, 2)
    except OSError:
        return None
    data = fp.read()
    if len(data) == _END_SIZE and data[:4] == _END_SIG and data[-2:] == b"\000\000":
        endrec = list(struct.unpack(_END_FMT, data))
        endrec.append(b"")
        endrec.append(filesize - _END_SIZE)
        return _end_record64(fp, -_END_SIZE, endrec)
    # There is an archive comment: search its maximal span for the record.
    first = max(filesize - ZIP_MAX_COMMENT - 1 - _END_SIZE, 0)
    fp.seek(first, 0)
    data = fp.read()
    start = data.rfind(_END_SIG)
    if start < 0:
        return None
    rec = data[start:start + _END_SIZE]
    if len(rec) != _END_SIZE:
        return None
    endrec = list(struct.unpack(_END_FMT, rec))
    n = endrec[_ECD_COMMENT_SIZE]
    endrec.append(data[start + _END_SIZE:start + _END_SIZE + n])
    endrec.append(first + start)
    return _end_record64(fp, first + start - filesize, endrec)


def _check_zipfile(fp):
    try:
        if _end_record(fp):
            return True
    except OSError:
        pass
    return False


def is_zipfile(filename):
    """True if `filename` (a path or a binary file object) looks like a ZIP
    archive: it has an end-of-central-directory record."""
    result = False
    try:
        if hasattr(filename, "read"):
            result = _check_zipfile(filename)
        else:
            with open(filename, "rb") as fp:
                result = _check_zipfile(fp)
    except OSError:
        pass
    return result


# ---- ZipInfo ---------------------------------------------------------------

class ZipInfo(object):
    """The metadata of one archive member."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type',
                 '_compresslevel', 'comment', 'extra', 'create_system',
                 'create_version', 'extract_version', 'reserved', 'flag_bits',
                 'volume', 'internal_attr', 'external_attr', 'header_offset',
                 'CRC', 'compress_size', 'file_size', '_raw_time')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        nul = filename.find(chr(0))
        if nul >= 0:
            filename = filename[:nul]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0

    def __repr__(self):
        parts = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' %
                         compressor_names.get(self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            parts.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            parts.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _FLAG_UTF_FILENAME

    def FileHeader(self, zip64=None):
        """The local file header of this member, as bytes."""
        date, tm = _dos_stamp(self.date_time)
        if self.flag_bits & _FLAG_DATA_DESCRIPTOR:
            crc = compress_size = file_size = 0
        else:
            crc = self.CRC
            compress_size = self.compress_size
            file_size = self.file_size
        extra = self.extra
        min_version = 0
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            # the real sizes go in the ZIP64 extra block, the classic
            # fields say "see there"
            extra = extra + struct.pack('<HHQQ', 1, 16, file_size, compress_size)
            file_size = compress_size = 0xffffffff
            min_version = ZIP64_VERSION
        elif file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        if self.compress_type == ZIP_BZIP2:
            min_version = max(BZIP2_VERSION, min_version)
        elif self.compress_type == ZIP_LZMA:
            min_version = max(LZMA_VERSION, min_version)
        self.extract_version = max(min_version, self.extract_version)
        self.create_version = max(min_version, self.create_version)
        filename, flag_bits = self._encodeFilenameFlags()
        header = struct.pack(_LOCAL_FMT, _LOCAL_SIG, self.extract_version, self.reserved,
                             flag_bits, self.compress_type, tm, date, crc,
                             compress_size, file_size, len(filename), len(extra))
        return header + filename + extra

    def _decodeExtra(self):
        # Take the real sizes/offset from a ZIP64 extra block.
        extra = self.extra
        while len(extra) >= 4:
            tp, ln = struct.unpack('<HH', extra[:4])
            if ln + 4 > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (tp, ln))
            if tp == 0x0001:
                data = extra[4:ln + 4]
                field = None
                try:
                    if self.file_size in (0xFFFFFFFFFFFFFFFF, 0xFFFFFFFF):
                        field = "File size"
                        self.file_size, = struct.unpack('<Q', data[:8])
                        data = data[8:]
                    if self.compress_size == 0xFFFFFFFF:
                        field = "Compress size"
                        self.compress_size, = struct.unpack('<Q', data[:8])
                        data = data[8:]
                    if self.header_offset == 0xFFFFFFFF:
                        field = "Header offset"
                        self.header_offset, = struct.unpack('<Q', data[:8])
                except struct.error:
                    raise BadZipFile(f"Corrupt zip64 extra field. {field} not found.") from None
            extra = extra[ln + 4:]

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for a file or directory on disk (size, mode, mtime)."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def is_dir(self):
        """True if this member is a directory (its name ends with '/')."""
        return self.filename[-1] == '/'


# ---- reading members --------------------------------------------------------

class _SharedFile:
    """One reader's view of the archive file: its own position, the
    archive's lock around each seek+read."""

    def __init__(self, file, pos, close, lock, writing):
        self._file = file
        self._pos = pos
        self._close = close
        self._lock = lock
        self._writing = writing
        self.seekable = file.seekable

    def tell(self):
        return self._pos

    def seek(self, offset, whence=0):
        with self._lock:
            if self._writing():
                raise ValueError("Can't reposition in the ZIP file while there is an open "
                                 "writing handle on it. Close the writing handle before "
                                 "trying to read.")
            self._file.seek(offset, whence)
            self._pos = self._file.tell()
            return self._pos

    def read(self, n=-1):
        with self._lock:
            if self._writing():
                raise ValueError("Can't read from the ZIP file while there is an open "
                                 "writing handle on it. Close the writing handle before "
                                 "trying to read.")
            self._file.seek(self._pos)
            data = self._file.read(n)
            self._pos = self._file.tell()
            return data

    def close(self):
        if self._file is not None:
            fp = self._file
            self._file = None
            self._close(fp)


class ZipExtFile(io.BufferedIOBase):
    """A readable file object for one member (returned by ZipFile.open)."""

    # Compressed bytes read from the archive at a time: small enough to keep
    # memory flat for huge members, large enough that zlib calls amortise.
    MIN_READ_SIZE = 4096
    # seek() backwards re-reads from the start; forward it discards in
    # chunks of this size.
    MAX_SEEK_READ = 1 << 24

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self._compress_type = zipinfo.compress_type
        self._compress_left = zipinfo.compress_size
        self._left = zipinfo.file_size
        self._decompressor = _get_decompressor(self._compress_type)
        self._eof = False
        self._readbuffer = b''
        self._offset = 0
        self.newlines = None
        self.mode = mode
        self.name = zipinfo.filename
        self._expected_crc = getattr(zipinfo, 'CRC', None)
        self._running_crc = crc32(b'') if crc32 else 0
        self._seekable = False
        try:
            if fileobj.seekable():
                self._orig_compress_start = fileobj.tell()
                self._orig_compress_size = zipinfo.compress_size
                self._orig_file_size = zipinfo.file_size
                self._orig_start_crc = self._running_crc
                self._seekable = True
        except AttributeError:
            pass

    def __repr__(self):
        parts = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if not self.closed:
            parts.append(' name=%r mode=%r' % (self.name, self.mode))
            if self._compress_type != ZIP_STORED:
                parts.append(' compress_type=%s' %
                             compressor_names.get(self._compress_type, self._compress_type))
        else:
            parts.append(' [closed]')
        parts.append('>')
        return ''.join(parts)

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._seekable

    def _update_crc(self, data):
        if self._expected_crc is None:
            return
        self._running_crc = crc32(data, self._running_crc)
        if self._eof and self._running_crc != self._expected_crc:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def _read_chunk(self, n):
        # Up to about n more decompressed bytes (b'' at the end).
        if self._eof or self._left <= 0:
            self._eof = True
            self._update_crc(b'')
            return b''
        if self._decompressor is None:
            want = min(max(n, self.MIN_READ_SIZE), self._compress_left)
            data = self._fileobj.read(want)
            self._compress_left -= len(data)
            if not data:
                raise EOFError
        else:
            pending = self._decompressor.unconsumed_tail
            if pending:
                data = self._decompressor.decompress(pending, max(n, self.MIN_READ_SIZE))
            else:
                want = min(max(n, self.MIN_READ_SIZE), self._compress_left)
                raw = self._fileobj.read(want)
                self._compress_left -= len(raw)
                if not raw and self._compress_left <= 0 and not self._decompressor.eof:
                    data = self._decompressor.flush()
                    if not data:
                        raise EOFError
                else:
                    data = self._decompressor.decompress(raw, max(n, self.MIN_READ_SIZE))
        data = data[:self._left]
        self._left -= len(data)
        if self._left <= 0:
            self._eof = True
        self._update_crc(data)
        return data

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            parts = [self._readbuffer[self._offset:]]
            self._readbuffer = b''
            self._offset = 0
            while not self._eof:
                parts.append(self._read_chunk(1 << 16))
            return b''.join(parts)
        end = n + self._offset
        if end < len(self._readbuffer):
            buf = self._readbuffer[self._offset:end]
            self._offset = end
            return buf
        parts = [self._readbuffer[self._offset:]]
        have = len(parts[0])
        self._readbuffer = b''
        self._offset = 0
        while have < n and not self._eof:
            data = self._read_chunk(n - have)
            if have + len(data) > n:
                self._readbuffer = data
                self._offset = n - have
                data = data[:n - have]
            parts.append(data)
            have += len(data)
        return b''.join(parts)

    def read1(self, n=-1):
        if n is None or n < 0:
            return self.read()
        if self._offset < len(self._readbuffer):
            return self.read(min(n, len(self._readbuffer) - self._offset))
        return self.read(n)

    def peek(self, n=1):
        if n > len(self._readbuffer) - self._offset and not self._eof:
            chunk = self._read_chunk(max(n, self.MIN_READ_SIZE))
            self._readbuffer = self._readbuffer[self._offset:] + chunk
            self._offset = 0
        return self._readbuffer[self._offset:self._offset + 512]

    def readline(self, limit=-1):
        if self.closed:
            raise ValueError("readline of closed file.")
        parts = []
        total = 0
        while limit < 0 or total < limit:
            if self._offset >= len(self._readbuffer):
                if self._eof:
                    break
                self._readbuffer = self._read_chunk(self.MIN_READ_SIZE)
                self._offset = 0
                continue
            buf = self._readbuffer
            stop = len(buf) if limit < 0 else min(len(buf), self._offset + limit - total)
            nl = buf.find(b'\n', self._offset, stop)
            end = nl + 1 if nl >= 0 else stop
            parts.append(buf[self._offset:end])
            total += end - self._offset
            self._offset = end
            if nl >= 0:
                break
        return b''.join(parts)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        return self._orig_file_size - self._left - len(self._readbuffer) + self._offset

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError("seek on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        cur = self.tell()
        if whence == 0:
            target = offset
        elif whence == 1:
            target = cur + offset
        elif whence == 2:
            target = self._orig_file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), "
                             "or os.SEEK_END (2)")
        target = max(0, min(target, self._orig_file_size))
        delta = target - cur
        buffered = len(self._readbuffer) - self._offset
        if 0 <= delta <= buffered or (delta < 0 and -delta <= self._offset):
            self._offset += delta
            return target
        if delta < 0:
            # rewind to the member's first byte and read forward
            self._fileobj.seek(self._orig_compress_start)
            self._running_crc = self._orig_start_crc
            self._expected_crc = None   # a partial re-read cannot be checked
            self._compress_left = self._orig_compress_size
            self._left = self._orig_file_size
            self._readbuffer = b''
            self._offset = 0
            self._decompressor = _get_decompressor(self._compress_type)
            self._eof = False
            delta = target
        while delta > 0:
            step = min(self.MAX_SEEK_READ, delta)
            got = self.read(step)
            if not got:
                break
            delta -= len(got)
        return self.tell()

    def close(self):
        try:
            if self._close_fileobj:
                self._fileobj.close()
        finally:
            super().close()


# ---- writing members --------------------------------------------------------

class _ZipWriteFile(io.BufferedIOBase):
    """The writable file object ZipFile.open(name, 'w') returns."""

    def __init__(self, zf, zinfo, zip64):
        self._zinfo = zinfo
        self._zip64 = zip64
        self._zipfile = zf
        self._compressor = _get_compressor(zinfo.compress_type, zinfo._compresslevel)
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0

    @property
    def _fileobj(self):
        return self._zipfile.fp

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            nbytes = len(data)
        else:
            data = memoryview(data)
            nbytes = data.nbytes
        self._file_size += nbytes
        self._crc = crc32(data, self._crc)
        if self._compressor:
            data = self._compressor.compress(data)
            self._compress_size += len(data)
        self._fileobj.write(data)
        return nbytes

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            if self._compressor:
                tail = self._compressor.flush()
                self._compress_size += len(tail)
                self._fileobj.write(tail)
                self._zinfo.compress_size = self._compress_size
            else:
                self._zinfo.compress_size = self._file_size
            self._zinfo.CRC = self._crc
            self._zinfo.file_size = self._file_size
            if not self._zip64:
                if self._file_size > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using force_zip64")
                if self._compress_size > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try using force_zip64")
            zf = self._zipfile
            if self._zinfo.flag_bits & _FLAG_DATA_DESCRIPTOR:
                fmt = '<LLQQ' if self._zip64 else '<LLLL'
                self._fileobj.write(struct.pack(fmt, _DD_SIGNATURE, self._zinfo.CRC,
                                                self._zinfo.compress_size,
                                                self._zinfo.file_size))
                zf.start_dir = self._fileobj.tell()
            else:
                # patch the local header now that CRC and sizes are known
                zf.start_dir = self._fileobj.tell()
                self._fileobj.seek(self._zinfo.header_offset)
                self._fileobj.write(self._zinfo.FileHeader(self._zip64))
                self._fileobj.seek(zf.start_dir)
            zf.filelist.append(self._zinfo)
            zf.NameToInfo[self._zinfo.filename] = self._zinfo
        finally:
            self._zipfile._writing = False


class _Tellable:
    """Counts the bytes written to an unseekable stream so offsets are known."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        n = self.fp.write(data)
        self.offset += n
        return n

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


# ---- the archive ------------------------------------------------------------

class ZipFile:
    """A ZIP archive opened for reading ('r'), writing ('w'), exclusive
    creation ('x') or appending ('a')."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        if self.metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            # a mode, and the one to retry with when opening fails
            fallback = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b',
                        'r+b': 'w+b', 'w+b': 'wb', 'x+b': 'xb'}
            filemode = fallback[mode]
            while True:
                try:
                    self.fp = io.open(file, filemode)
                except OSError:
                    if filemode in fallback:
                        filemode = fallback[filemode]
                        continue
                    raise
                break
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._fileRefCnt = 1
        self._lock = threading.RLock()
        self._seekable = True
        self._writing = False
        try:
            if mode == 'r':
                self._read_directory()
            elif mode in ('w', 'x'):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.fp = _Tellable(self.fp)
                    self.start_dir = 0
                    self._seekable = False
                else:
                    try:
                        self.fp.seek(self.start_dir)
                    except (AttributeError, OSError):
                        self._seekable = False
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # not an archive: append one after the existing bytes
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        parts = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                parts.append(' file=%r' % self.fp)
            elif self.filename is not None:
                parts.append(' filename=%r' % self.filename)
            parts.append(' mode=%r' % self.mode)
        else:
            parts.append(' [closed]')
        parts.append('>')
        return ''.join(parts)

    def _read_directory(self):
        fp = self.fp
        try:
            endrec = _end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not endrec:
            raise BadZipFile("File is not a zip file")
        size_cd = endrec[_ECD_SIZE]
        offset_cd = endrec[_ECD_OFFSET]
        self._comment = endrec[_ECD_COMMENT]
        # bytes prepended to the archive (a self-extractor stub, say)
        concat = endrec[_ECD_LOCATION] - size_cd - offset_cd
        if endrec[_ECD_SIGNATURE] == _END64_SIG:
            concat -= _END64_SIZE + _LOC64_SIZE
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir, 0)
        data = fp.read(size_cd)
        pos = 0
        while pos < size_cd:
            rec = data[pos:pos + _CENTRAL_SIZE]
            if len(rec) != _CENTRAL_SIZE:
                raise BadZipFile("Truncated central directory")
            cd = struct.unpack(_CENTRAL_FMT, rec)
            if cd[0] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            pos += _CENTRAL_SIZE
            name_len, extra_len, comment_len = cd[12], cd[13], cd[14]
            raw = data[pos:pos + name_len]
            pos += name_len
            flags = cd[5]
            if flags & _FLAG_UTF_FILENAME:
                filename = raw.decode('utf-8')
            else:
                filename = raw.decode(self.metadata_encoding or 'cp437')
            x = ZipInfo(filename)
            x.extra = data[pos:pos + extra_len]
            pos += extra_len
            x.comment = data[pos:pos + comment_len]
            pos += comment_len
            x.header_offset = cd[18]
            (x.create_version, x.create_system, x.extract_version, x.reserved,
             x.flag_bits, x.compress_type, t, d, x.CRC, x.compress_size,
             x.file_size) = cd[1:12]
            if x.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (x.extract_version / 10))
            x.volume, x.internal_attr, x.external_attr = cd[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            x._decodeExtra()
            x.header_offset = x.header_offset + concat
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x

    def namelist(self):
        """The members' names, in archive order."""
        return [data.filename for data in self.filelist]

    def infolist(self):
        """The members' ZipInfo objects, in archive order."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of contents."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        """Read every member; the name of the first bad one, or None."""
        chunk = 1 << 20
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename, "r") as f:
                    while f.read(chunk):
                        pass
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of member `name`."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd if pwd else None

    @property
    def comment(self):
        """The archive's comment (bytes)."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        """The bytes of member `name`."""
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file object reading (mode 'r') or writing (mode 'w') a member."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(zinfo, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to read.")
        self._fileRefCnt += 1
        shared = _SharedFile(self.fp, zinfo.header_offset, self._fpclose, self._lock,
                             lambda: self._writing)
        try:
            fheader = shared.read(_LOCAL_SIZE)
            if len(fheader) != _LOCAL_SIZE:
                raise BadZipFile("Truncated file header")
            fheader = struct.unpack(_LOCAL_FMT, fheader)
            if fheader[0] != _LOCAL_SIG:
                raise BadZipFile("Bad magic number for file header")
            fname = shared.read(fheader[10])
            if fheader[11]:
                shared.read(fheader[11])
            if zinfo.flag_bits & _FLAG_COMPRESSED_PATCH:
                raise NotImplementedError("compressed patched data (flag bit 5)")
            if zinfo.flag_bits & _FLAG_STRONG_ENCRYPTION:
                raise NotImplementedError("strong encryption (flag bit 6)")
            if fheader[3] & _FLAG_UTF_FILENAME:
                fname_str = fname.decode("utf-8")
            else:
                fname_str = fname.decode(self.metadata_encoding or "cp437")
            if fname_str != zinfo.orig_filename:
                raise BadZipFile('File name in directory %r and header %r differ.'
                                 % (zinfo.orig_filename, fname))
            if zinfo.flag_bits & _FLAG_ENCRYPTED:
                if not pwd:
                    pwd = self.pwd
                if not pwd:
                    raise RuntimeError("File %r is encrypted, password required for "
                                       "extraction" % name)
                raise NotImplementedError("gilpy's zipfile cannot decrypt members")
            return ZipExtFile(shared, mode, zinfo, pwd, True)
        except BaseException:
            shared.close()
            raise

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening "
                             "the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write "
                             "handle open on it. Close the first handle before opening another.")
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= _FLAG_COMPRESS_OPTION_1
        if not self._seekable:
            zinfo.flag_bits |= _FLAG_DATA_DESCRIPTOR
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16   # -rw-------
        # the size is only an estimate until the data is written: leave
        # room for ZIP64 fields if it is close to the limit
        zip64 = self._allowZip64 and (force_zip64 or zinfo.file_size * 1.05 > ZIP64_LIMIT)
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        self.fp.write(zinfo.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def extract(self, member, path=None, pwd=None):
        """Extract one member below `path` (default: the current directory);
        returns the path written."""
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract all members (or those in `members`) below `path`."""
        if members is None:
            members = self.namelist()
        path = os.getcwd() if path is None else os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        # Keep the member inside targetpath: drop drive letters, absolute
        # roots and every '', '.' and '..' component.
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        skip = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep) if x not in skip)
        targetpath = os.path.normpath(os.path.join(targetpath, arcname))
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if not self._allowZip64:
            needs = None
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                needs = "Files count"
            elif zinfo.file_size > ZIP64_LIMIT:
                needs = "Filesize"
            elif zinfo.header_offset > ZIP64_LIMIT:
                needs = "Zipfile size"
            if needs:
                raise LargeZipFile(needs + " would require ZIP64 extensions")

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Add the file (or directory entry) `filename` as `arcname`."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as src, self.open(zinfo, 'w') as dest:
            shutil.copyfileobj(src, dest, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Add a member with contents `data` (bytes, or str stored as UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == '/':
                zinfo.external_attr = 0o40775 << 16   # drwxrwxr-x
                zinfo.external_attr |= 0x10           # MS-DOS directory flag
            else:
                zinfo.external_attr = 0o600 << 16     # -rw-------
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self._lock:
            with self.open(zinfo, mode='w') as dest:
                dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory entry (a name or a directory ZipInfo)."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            zinfo = ZipInfo(name)
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._lock:
            if self._seekable:
                self.fp.seek(self.start_dir)
            zinfo.header_offset = self.fp.tell()
            if zinfo.compress_type == ZIP_LZMA:
                zinfo.flag_bits |= _FLAG_COMPRESS_OPTION_1
            self._writecheck(zinfo)
            self._didModify = True
            self.filelist.append(zinfo)
            self.NameToInfo[zinfo.filename] = zinfo
            self.fp.write(zinfo.FileHeader(False))
            self.start_dir = self.fp.tell()

    def __del__(self):
        self.close()

    def close(self):
        """Write the central directory (if modified) and close the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                with self._lock:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)

    def _write_end_record(self):
        fp = self.fp
        for zinfo in self.filelist:
            date, tm = _dos_stamp(zinfo.date_time)
            extra = []
            if zinfo.file_size > ZIP64_LIMIT or zinfo.compress_size > ZIP64_LIMIT:
                extra.append(zinfo.file_size)
                extra.append(zinfo.compress_size)
                file_size = compress_size = 0xffffffff
            else:
                file_size = zinfo.file_size
                compress_size = zinfo.compress_size
            if zinfo.header_offset > ZIP64_LIMIT:
                extra.append(zinfo.header_offset)
                header_offset = 0xffffffff
            else:
                header_offset = zinfo.header_offset
            extra_data = zinfo.extra
            min_version = 0
            if extra:
                extra_data = _strip_extra(extra_data, (1,))
                extra_data = struct.pack('<HH' + 'Q' * len(extra), 1, 8 * len(extra),
                                         *extra) + extra_data
                min_version = ZIP64_VERSION
            if zinfo.compress_type == ZIP_BZIP2:
                min_version = max(BZIP2_VERSION, min_version)
            elif zinfo.compress_type == ZIP_LZMA:
                min_version = max(LZMA_VERSION, min_version)
            extract_version = max(min_version, zinfo.extract_version)
            create_version = max(min_version, zinfo.create_version)
            filename, flag_bits = zinfo._encodeFilenameFlags()
            rec = struct.pack(_CENTRAL_FMT, _CENTRAL_SIG, create_version, zinfo.create_system,
                              extract_version, zinfo.reserved, flag_bits, zinfo.compress_type,
                              tm, date, zinfo.CRC, compress_size, file_size, len(filename),
                              len(extra_data), len(zinfo.comment), 0, zinfo.internal_attr,
                              zinfo.external_attr, header_offset)
            fp.write(rec)
            fp.write(filename)
            fp.write(extra_data)
            fp.write(zinfo.comment)
        pos2 = fp.tell()
        count = len(self.filelist)
        size = pos2 - self.start_dir
        offset = self.start_dir
        needs = None
        if count > ZIP_FILECOUNT_LIMIT:
            needs = "Files count"
        elif offset > ZIP64_LIMIT:
            needs = "Central directory offset"
        elif size > ZIP64_LIMIT:
            needs = "Central directory size"
        if needs:
            if not self._allowZip64:
                raise LargeZipFile(needs + " would require ZIP64 extensions")
            fp.write(struct.pack(_END64_FMT, _END64_SIG, 44, 45, 45, 0, 0,
                                 count, count, size, offset))
            fp.write(struct.pack(_LOC64_FMT, _LOC64_SIG, 0, pos2, 1))
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        fp.write(struct.pack(_END_FMT, _END_SIG, 0, 0, count, count, size, offset,
                             len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a":
            fp.truncate()
        fp.flush()

    def _fpclose(self, fp):
        assert self._fileRefCnt > 0
        self._fileRefCnt -= 1
        if not self._fileRefCnt and not self._filePassed:
            fp.close()
