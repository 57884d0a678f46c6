/* iomodule.h -- the _io module's internal API, shared by iomodule.c and
 * the io_*.c files (one type per file).
 *
 * The layers are CPython's: a raw file (FileIO: one system call per
 * operation), a buffered layer over a raw file (BufferedReader, Writer,
 * Random: the same C type family) and a text layer over a buffered one
 * (TextIOWrapper: decoding, newline translation). StringIO and BytesIO are
 * in-memory files.
 *
 * Every io object starts with GpIOBase so that the generic methods of
 * _IOBase (context manager, iteration, readlines, writelines) work on all
 * of them, including Python subclasses.
 *
 * Blocking system calls (read, write of a file descriptor) are each in one
 * small function marked "GIL: release around this", so the GIL layer can
 * release the lock around exactly those calls.
 */
#ifndef GP_IOMODULE_H
#define GP_IOMODULE_H
#include "gilpy.h"

/* The default buffer size: what CPython uses when st_blksize is unknown. */
#define GP_IO_DEFAULT_BUFFER_SIZE 8192

typedef struct GpIOBase {
    GpObject ob;
    GpObject *dict;            /* instance __dict__ (name, mode of text files ...) */
    GpObject *weakreflist;     /* weak references to this stream */
    int ioclosed;              /* _IOBase.close() was called (generic close state) */
} GpIOBase;

typedef struct GpFileIO {
    GpIOBase base;
    int fd;                    /* -1 when closed */
    unsigned readable : 1, writable : 1, appending : 1, created : 1, closefd : 1;
    signed char seekable;      /* -1 unknown */
    int blksize;
} GpFileIO;

enum { GP_BUF_READER = 1, GP_BUF_WRITER = 2, GP_BUF_RANDOM = 3 };
typedef struct GpBuffered {
    GpIOBase base;
    GpObject *raw;
    int kind;                  /* GP_BUF_* bits: 1 readable, 2 writable */
    int ok;                    /* initialised and not detached */
    int fast;                  /* raw is an exact FileIO: call its C code directly */
    gp_ssize bufsize;
    char *rbuf;                /* read buffer: rbuf[rpos..rlen) not yet consumed */
    gp_ssize rpos, rlen;
    char *wbuf;                /* write buffer: wbuf[0..wlen) not yet written */
    gp_ssize wlen;
} GpBuffered;

typedef struct GpTextIO {
    GpIOBase base;
    GpObject *buffer;
    GpObject *encoding;        /* str as given (or the default "UTF-8") */
    GpObject *errors;          /* str */
    GpObject *newline;         /* None or str: as given */
    int enc;                   /* GP_ENC_* */
    int ok, detached;
    int readuniversal;         /* recognise \n, \r, \r\n as line ends (newline None or '') */
    int readtranslate;         /* translate them to \n (newline None) */
    const char *readnl;        /* the line end when !readuniversal ("\n", "\r", "\r\n") */
    const char *writenl;       /* translate '\n' to this on write, or NULL */
    int line_buffering, write_through;
    int fastbuf;               /* buffer is an exact C Buffered object */
    char *pend;                /* encoded text not yet passed to the buffer */
    gp_ssize plen, pcap;
    char *rbuf;                /* encoded bytes read but not yet returned */
    gp_ssize rpos, rlen, rcap;
    int eof;                   /* the buffer returned b'' */
    int has_read_bytes;        /* rbuf was filled since the last seek (tell must subtract) */
    int seekable;
    int seennl;                /* newline None/'': line ends seen (1 LF, 2 CR, 4 CRLF) */
    int notelling;             /* iterating with next(): tell() is disabled */
    int pendingcr;             /* the last chunk read ended in '\r' (for seennl) */
    int sig;                   /* utf-8-sig: 1 = a BOM may still have to be skipped / written */
    int sig_written;           /* utf-8-sig: the write side is past its BOM */
} GpTextIO;
enum { GP_ENC_UTF8, GP_ENC_LATIN1, GP_ENC_ASCII, GP_ENC_OTHER };

typedef struct GpStringIO {
    GpIOBase base;
    uint32_t *buf;             /* code points */
    gp_ssize len, cap, pos;
    int ok, closed;
    int readuniversal, readtranslate;
    const char *writenl;       /* translate '\n' on write */
    int translate_cr;          /* newline None: \r\n and \r become \n on write */
    const char *readnl;
    GpObject *newline;
    int seennl;                /* newline None/"": kinds seen (1 LF, 2 CR, 4 CRLF) */
} GpStringIO;

typedef struct GpBytesIO {
    GpIOBase base;
    char *buf;
    gp_ssize len, cap, pos;
    int closed;
    GpObject *store;           /* after getbuffer(): the bytearray that owns buf, or NULL */
} GpBytesIO;

/* The `newlines` attribute for a set of seen line ends (1 LF, 2 CR, 4 CRLF). */
GpObject *gp_io_newlines_obj(int seennl);
/* A bytearray or writable memoryview to read into: 0, or -1 with TypeError. */
int gp_io_writable_buffer(GpObject *buf, char **data, gp_ssize *len);

extern GpType GpIOBase_Type, GpRawIOBase_Type, GpBufferedIOBase_Type, GpTextIOBase_Type;
extern GpType GpFileIO_Type, GpBufferedReader_Type, GpBufferedWriter_Type, GpBufferedRandom_Type;
extern GpType GpTextIOWrapper_Type, GpStringIO_Type, GpBytesIO_Type;
extern GpType *gp_io_unsupported_type;   /* io.UnsupportedOperation */

/* ---- helpers (iomodule.c) ---- */
GpObject *gp_io_unsupported(const char *msg);          /* raise UnsupportedOperation; NULL */
GpObject *gp_io_closed_error(void);                    /* ValueError "I/O operation on closed file." */
/* Blocking system calls, retried on EINTR after running signal handlers.
 * Return the count, or -1 with errno set (EAGAIN included) / exception set
 * when a signal handler raised (then errno is 0). */
gp_ssize gp_io_sys_read(int fd, char *buf, gp_ssize n);
gp_ssize gp_io_sys_write(int fd, const char *buf, gp_ssize n);
/* An int argument for size/whence: None -> dflt. -1 with TypeError. */
int gp_io_ssize_arg(GpObject *o, gp_ssize dflt, gp_ssize *out);
/* The generic readline on top of obj.read(1)/peek (used by _IOBase). */
GpObject *gp_io_iobase_readlines(GpObject *self, GpObject *hint);
void gp_io_base_dealloc_common(GpObject *o);

/* ---- FileIO (io_fileio.c) ---- */
gp_ssize gp_fileio_read_into(GpFileIO *f, char *buf, gp_ssize n);  /* -1 error, -2 would block */
gp_ssize gp_fileio_write_from(GpFileIO *f, const char *buf, gp_ssize n);
int64_t gp_fileio_seek(GpFileIO *f, int64_t off, int whence);
GpObject *gp_fileio_open(GpObject *file, const char *mode, int closefd, GpObject *opener);

/* ---- Buffered (io_buffered.c) ---- */
GpObject *gp_buffered_new(GpType *t, GpObject *raw, gp_ssize bufsize);
/* Append n bytes (fast path of TextIOWrapper.write): 0 or -1. */
int gp_buffered_write_bytes(GpBuffered *b, const char *p, gp_ssize n);
int gp_buffered_flush_c(GpBuffered *b);
/* Read up to n bytes (at most one raw read when the buffer is empty):
 * new bytes, b'' at EOF, NULL on error. */
GpObject *gp_buffered_read1_c(GpBuffered *b, gp_ssize n);

/* ---- TextIOWrapper (io_text.c) ---- */
GpObject *gp_textio_new(GpObject *buffer, const char *encoding, const char *errors,
                        GpObject *newline, int line_buffering, int write_through);

#endif
