/* io_buffered.c -- _io.BufferedReader, BufferedWriter and BufferedRandom.
 *
 * One C implementation serves the three types: `kind` says which
 * directions are allowed. The buffer keeps separate read and write areas:
 * rbuf[rpos..rlen) holds bytes read ahead from the raw file and not yet
 * consumed; wbuf[0..wlen) holds bytes written but not yet passed to the
 * raw file. At most one of them is non-empty at a time: a write first
 * discards the read-ahead (seeking the raw file back), a read first
 * flushes the pending writes. So the logical position is always
 *     raw position - (rlen - rpos) + wlen.
 *
 * When the raw file is an exact FileIO the raw operations call its C
 * functions directly; otherwise they go through raw.read/write/seek.
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "iomodule.h"
#include "objects/typeobject.h"

#define BUF(o) ((GpBuffered *)(o))

/* ---- raw operations ---------------------------------------------------------- */

/* Read up to n bytes into p: count, 0 at EOF, -2 would block, -1 error. */
static gp_ssize raw_read(GpBuffered *b, char *p, gp_ssize n)
{
    if (b->fast)
        return gp_fileio_read_into((GpFileIO *)b->raw, p, n);
    GpObject *sz = gp_int_from_ssize(n);
    GpObject *r = sz ? gp_call_method_str(b->raw, "read", &sz, 1) : NULL;
    GP_XDECREF(sz);
    if (!r)
        return -1;
    if (r == gp_None) {
        GP_DECREF(r);
        return -2;
    }
    const char *data;
    gp_ssize len;
    if (gp_bytes_buffer(r, &data, &len) < 0) {
        GP_DECREF(r);
        return -1;
    }
    if (len > n) {
        GP_DECREF(r);
        gp_err_format(&GpExc_OSError, "raw read() returned invalid length %zd (should have been between 0 and %zd)", len, n);
        return -1;
    }
    memcpy(p, data, (size_t)len);
    GP_DECREF(r);
    return len;
}

static gp_ssize raw_write(GpBuffered *b, const char *p, gp_ssize n)
{
    if (b->fast)
        return gp_fileio_write_from((GpFileIO *)b->raw, p, n);
    GpObject *data = gp_bytes_from(p, n);
    GpObject *r = data ? gp_call_method_str(b->raw, "write", &data, 1) : NULL;
    GP_XDECREF(data);
    if (!r)
        return -1;
    if (r == gp_None) {
        GP_DECREF(r);
        return -2;
    }
    gp_ssize w = gp_number_as_ssize(r, &GpExc_OverflowError);
    GP_DECREF(r);
    if (w == -1 && gp_err_occurred())
        return -1;
    if (w < 0 || w > n) {
        gp_err_format(&GpExc_OSError, "raw write() returned invalid length %zd (should have been between 0 and %zd)", w, n);
        return -1;
    }
    return w;
}

static int64_t raw_seek(GpBuffered *b, int64_t off, int whence)
{
    if (b->fast) {
        if (((GpFileIO *)b->raw)->fd < 0) {
            gp_err_set_string(&GpExc_ValueError, "I/O operation on closed file");
            return -1;
        }
        return gp_fileio_seek((GpFileIO *)b->raw, off, whence);
    }
    GpObject *o = gp_int_from_i64(off), *w = gp_int_from_i64(whence);
    GpObject *args[2] = { o, w };
    GpObject *r = o && w ? gp_call_method_str(b->raw, "seek", args, 2) : NULL;
    GP_XDECREF(o);
    GP_XDECREF(w);
    if (!r)
        return -1;
    int64_t v;
    int rc = GP_INT_CHECK(r) ? gp_int_as_i64(r, &v) : (gp_err_set_string(&GpExc_TypeError, "seek() should return an int"), -1);
    GP_DECREF(r);
    if (rc < 0)
        return -1;
    if (v < 0) {
        gp_err_format(&GpExc_OSError, "Raw stream returned invalid position %lld", (long long)v);
        return -1;
    }
    return v;
}

/* 1 closed, 0 open, -1 error */
static int raw_closed(GpBuffered *b)
{
    if (b->fast)
        return ((GpFileIO *)b->raw)->fd < 0;
    GpObject *c = gp_getattr_str(b->raw, "closed");
    if (!c)
        return -1;
    int r = gp_is_true(c);
    GP_DECREF(c);
    return r;
}

/* ---- state checks ---------------------------------------------------------------- */

static int check_ok(GpBuffered *b)
{
    if (!b->ok) {
        if (b->raw == NULL && b->rbuf == NULL && b->wbuf == NULL && b->bufsize == 0)
            gp_err_set_string(&GpExc_ValueError, "I/O operation on uninitialized object");
        else
            gp_err_set_string(&GpExc_ValueError, "raw stream has been detached");
        return -1;
    }
    return 0;
}

/* check_ok + "<what> of closed file" */
static int check_open(GpBuffered *b, const char *what)
{
    if (check_ok(b) < 0)
        return -1;
    int c = raw_closed(b);
    if (c < 0)
        return -1;
    if (c) {
        if (what)
            gp_err_format(&GpExc_ValueError, "%s of closed file", what);
        else
            gp_io_closed_error();
        return -1;
    }
    return 0;
}

/* Write out the whole write buffer. */
static int flush_writes(GpBuffered *b)
{
    gp_ssize done = 0;
    while (done < b->wlen) {
        gp_ssize w = raw_write(b, b->wbuf + done, b->wlen - done);
        if (w == -2) {
            memmove(b->wbuf, b->wbuf + done, (size_t)(b->wlen - done));
            b->wlen -= done;
            gp_err_set_string(&GpExc_BlockingIOError, "write could not complete without blocking");
            return -1;
        }
        if (w < 0) {
            memmove(b->wbuf, b->wbuf + done, (size_t)(b->wlen - done));
            b->wlen -= done;
            return -1;
        }
        done += w;
    }
    b->wlen = 0;
    return 0;
}

/* Forget the read-ahead, moving the raw position back to the logical one. */
static int drop_read_ahead(GpBuffered *b)
{
    gp_ssize ahead = b->rlen - b->rpos;
    b->rpos = b->rlen = 0;
    if (ahead > 0 && raw_seek(b, -(int64_t)ahead, SEEK_CUR) < 0)
        return -1;
    return 0;
}

static int ensure_bufs(GpBuffered *b)
{
    if ((b->kind & GP_BUF_READER) && !b->rbuf && !(b->rbuf = malloc((size_t)b->bufsize))) {
        gp_err_no_memory();
        return -1;
    }
    if ((b->kind & GP_BUF_WRITER) && !b->wbuf && !(b->wbuf = malloc((size_t)b->bufsize))) {
        gp_err_no_memory();
        return -1;
    }
    return 0;
}

/* Refill the (empty) read buffer with one raw read: count, 0 EOF, -2, -1. */
static gp_ssize fill_read(GpBuffered *b)
{
    if (b->rpos > 0 && b->rpos < b->rlen) {
        memmove(b->rbuf, b->rbuf + b->rpos, (size_t)(b->rlen - b->rpos));
        b->rlen -= b->rpos;
        b->rpos = 0;
    } else if (b->rpos >= b->rlen) {
        b->rpos = b->rlen = 0;
    }
    gp_ssize r = raw_read(b, b->rbuf + b->rlen, b->bufsize - b->rlen);
    if (r > 0)
        b->rlen += r;
    return r;
}

/* ---- construction -------------------------------------------------------------- */

static int buffered_setup(GpBuffered *b, GpObject *raw, gp_ssize bufsize)
{
    if (bufsize <= 0) {
        gp_err_set_string(&GpExc_ValueError, "buffer size must be strictly positive");
        return -1;
    }
    GpType *t = GP_TYPE(b);
    b->kind = gp_type_is_subtype(t, &GpBufferedRandom_Type) ? GP_BUF_RANDOM
            : gp_type_is_subtype(t, &GpBufferedWriter_Type) ? GP_BUF_WRITER : GP_BUF_READER;
    if (GP_TYPE(raw) != &GpFileIO_Type) {
        static const char *const caps[] = { "readable", "writable" };
        static const char *const msgs[] = { "File or stream is not readable.", "File or stream is not writable." };
        for (int i = 0; i < 2; i++) {
            if (!(b->kind & (1 << i)))
                continue;
            GpObject *r = gp_call_method_str(raw, caps[i], NULL, 0);
            if (!r)
                return -1;
            int ok = gp_is_true(r);
            GP_DECREF(r);
            if (ok < 0)
                return -1;
            if (!ok) {
                gp_io_unsupported(msgs[i]);
                return -1;
            }
        }
    } else {
        GpFileIO *f = (GpFileIO *)raw;
        if ((b->kind & GP_BUF_READER) && !f->readable) {
            gp_io_unsupported("File or stream is not readable.");
            return -1;
        }
        if ((b->kind & GP_BUF_WRITER) && !f->writable) {
            gp_io_unsupported("File or stream is not writable.");
            return -1;
        }
    }
    GP_SETREF(b->raw, gp_newref(raw));
    b->fast = GP_TYPE(raw) == &GpFileIO_Type;
    free(b->rbuf);
    free(b->wbuf);
    b->rbuf = b->wbuf = NULL;
    b->rpos = b->rlen = b->wlen = 0;
    b->bufsize = bufsize;
    if (ensure_bufs(b) < 0)
        return -1;
    b->ok = 1;
    return 0;
}

GpObject *gp_buffered_new(GpType *t, GpObject *raw, gp_ssize bufsize)
{
    GpBuffered *b = (GpBuffered *)gp_type_generic_alloc(t, 0);
    if (!b)
        return NULL;
    if (buffered_setup(b, raw, bufsize) < 0) {
        GP_DECREF(b);
        return NULL;
    }
    return (GpObject *)b;
}

static GpObject *buffered_tp_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    return gp_type_generic_alloc(t, 0);
}

static int buffered_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "raw", "buffer_size", NULL };
    GpObject *a[2];
    const char *name = gp_type_name(GP_TYPE(self));
    if (gp_args_parse(name, args, nargs, kwnames, kwlist, 1, 2, a) < 0)
        return -1;
    gp_ssize bs = GP_IO_DEFAULT_BUFFER_SIZE;
    if (a[1] && gp_io_ssize_arg(a[1], GP_IO_DEFAULT_BUFFER_SIZE, &bs) < 0)
        return -1;
    BUF(self)->ok = 0;
    return buffered_setup(BUF(self), a[0], bs);
}

/* ---- the C API used by the text layer ----------------------------------------- */

int gp_buffered_flush_c(GpBuffered *b)
{
    if (check_open(b, "flush") < 0)
        return -1;
    return flush_writes(b);
}

int gp_buffered_write_bytes(GpBuffered *b, const char *p, gp_ssize n)
{
    if (check_open(b, "write to") < 0)
        return -1;
    if (!(b->kind & GP_BUF_WRITER)) {
        gp_io_unsupported("write");
        return -1;
    }
    if (b->rlen > b->rpos || b->rlen) {
        if (drop_read_ahead(b) < 0)
            return -1;
    }
    if (b->wlen + n <= b->bufsize) {
        memcpy(b->wbuf + b->wlen, p, (size_t)n);
        b->wlen += n;
        return 0;
    }
    if (flush_writes(b) < 0)
        return -1;
    if (n < b->bufsize) {
        memcpy(b->wbuf, p, (size_t)n);
        b->wlen = n;
        return 0;
    }
    while (n > 0) {
        gp_ssize w = raw_write(b, p, n);
        if (w == -2) {
            gp_err_set_string(&GpExc_BlockingIOError, "write could not complete without blocking");
            return -1;
        }
        if (w < 0)
            return -1;
        p += w;
        n -= w;
    }
    return 0;
}

GpObject *gp_buffered_read1_c(GpBuffered *b, gp_ssize n)
{
    if (check_open(b, "read") < 0)
        return NULL;
    if (!(b->kind & GP_BUF_READER))
        return gp_io_unsupported("read");
    if (b->wlen && flush_writes(b) < 0)
        return NULL;
    if (n < 0)
        n = b->bufsize;
    if (b->rpos >= b->rlen) {
        b->rpos = b->rlen = 0;
        if (n >= b->bufsize) {
            GpObject *res = gp_bytes_from(NULL, n);
            if (!res)
                return NULL;
            gp_ssize r = raw_read(b, GP_BYTES_DATA(res), n);
            if (r < 0) {
                GP_DECREF(res);
                if (r == -2)
                    return gp_bytes_from("", 0);
                return NULL;
            }
            return gp_bytes_resize(res, r);
        }
        gp_ssize r = fill_read(b);
        if (r == -1)
            return NULL;
    }
    gp_ssize avail = b->rlen - b->rpos;
    if (n > avail)
        n = avail;
    GpObject *res = gp_bytes_from(b->rbuf + b->rpos, n);
    if (res)
        b->rpos += n;
    return res;
}

/* ---- methods --------------------------------------------------------------------- */

static GpObject *read_all(GpBuffered *b)
{
    gp_ssize cap = (b->rlen - b->rpos) + GP_IO_DEFAULT_BUFFER_SIZE, len = 0;
    char *acc = malloc((size_t)cap);
    if (!acc)
        return gp_err_no_memory();
    memcpy(acc, b->rbuf + b->rpos, (size_t)(b->rlen - b->rpos));
    len = b->rlen - b->rpos;
    b->rpos = b->rlen = 0;
    int would_block = 0;
    for (;;) {
        if (cap - len < GP_IO_DEFAULT_BUFFER_SIZE) {
            cap = cap * 2;
            char *na = realloc(acc, (size_t)cap);
            if (!na) {
                free(acc);
                return gp_err_no_memory();
            }
            acc = na;
        }
        gp_ssize r = raw_read(b, acc + len, cap - len);
        if (r == -1) {
            free(acc);
            return NULL;
        }
        if (r == -2) {
            would_block = 1;
            break;
        }
        if (r == 0)
            break;
        len += r;
    }
    if (would_block && len == 0) {
        free(acc);
        GP_RETURN_NONE;
    }
    GpObject *res = gp_bytes_from(acc, len);
    free(acc);
    return res;
}

static GpObject *read_n(GpBuffered *b, gp_ssize n)
{
    gp_ssize avail = b->rlen - b->rpos;
    if (n <= avail) {
        GpObject *res = gp_bytes_from(b->rbuf + b->rpos, n);
        if (res)
            b->rpos += n;
        return res;
    }
    GpObject *res = gp_bytes_from(NULL, n);
    if (!res)
        return NULL;
    char *out = GP_BYTES_DATA(res);
    memcpy(out, b->rbuf + b->rpos, (size_t)avail);
    gp_ssize got = avail;
    b->rpos = b->rlen = 0;
    while (got < n) {
        gp_ssize r;
        if (n - got >= b->bufsize) {
            r = raw_read(b, out + got, n - got);
            if (r > 0)
                got += r;
        } else {
            r = fill_read(b);
            if (r > 0) {
                gp_ssize take = b->rlen < n - got ? b->rlen : n - got;
                memcpy(out + got, b->rbuf, (size_t)take);
                b->rpos = take;
                got += take;
            }
        }
        if (r == -1) {
            GP_DECREF(res);
            return NULL;
        }
        if (r == -2) {
            if (got == 0) {
                GP_DECREF(res);
                GP_RETURN_NONE;
            }
            break;
        }
        if (r == 0)
            break;
    }
    return gp_bytes_resize(res, got);
}

static GpObject *buf_read(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpBuffered *b = BUF(self);
    gp_ssize n;
    if (gp_args_count("read", nargs, 0, 1) < 0 || gp_io_ssize_arg(nargs ? args[0] : NULL, -1, &n) < 0)
        return NULL;
    if (n < -1) {
        gp_err_set_string(&GpExc_ValueError, "read length must be non-negative or -1");
        return NULL;
    }
    if (check_open(b, "read") < 0)
        return NULL;
    if (!(b->kind & GP_BUF_READER))
        return gp_io_unsupported("read");
    if (b->wlen && flush_writes(b) < 0)
        return NULL;
    return n < 0 ? read_all(b) : read_n(b, n);
}

static GpObject *buf_read1(GpObject *self, GpObject *const *args, size_t nargs)
{
    gp_ssize n;
    if (gp_args_count("read1", nargs, 0, 1) < 0 || gp_io_ssize_arg(nargs ? args[0] : NULL, -1, &n) < 0)
        return NULL;
    return gp_buffered_read1_c(BUF(self), n);
}

static GpObject *buf_peek(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpBuffered *b = BUF(self);
    if (gp_args_count("peek", nargs, 0, 1) < 0 || check_open(b, "peek") < 0)
        return NULL;
    if (!(b->kind & GP_BUF_READER))
        return gp_io_unsupported("peek");
    if (b->wlen && flush_writes(b) < 0)
        return NULL;
    if (b->rpos >= b->rlen && fill_read(b) == -1)
        return NULL;
    return gp_bytes_from(b->rbuf + b->rpos, b->rlen - b->rpos);
}

static GpObject *readline_c(GpBuffered *b, gp_ssize limit)
{
    if (check_open(b, "readline") < 0)
        return NULL;
    if (!(b->kind & GP_BUF_READER))
        return gp_io_unsupported("readline");
    if (b->wlen && flush_writes(b) < 0)
        return NULL;
    /* fast case: the whole line is in the buffer */
    gp_ssize avail = b->rlen - b->rpos;
    gp_ssize scan = limit >= 0 && limit < avail ? limit : avail;
    char *nl = memchr(b->rbuf + b->rpos, '\n', (size_t)scan);
    if (nl || (limit >= 0 && limit <= avail)) {
        gp_ssize n = nl ? nl - (b->rbuf + b->rpos) + 1 : scan;
        GpObject *res = gp_bytes_from(b->rbuf + b->rpos, n);
        if (res)
            b->rpos += n;
        return res;
    }
    gp_ssize cap = avail + 128, len = 0;
    char *acc = malloc((size_t)cap);
    if (!acc)
        return gp_err_no_memory();
    for (;;) {
        avail = b->rlen - b->rpos;
        scan = limit >= 0 && limit - len < avail ? limit - len : avail;
        nl = memchr(b->rbuf + b->rpos, '\n', (size_t)scan);
        gp_ssize take = nl ? nl - (b->rbuf + b->rpos) + 1 : scan;
        if (len + take > cap) {
            cap = (len + take) * 2;
            char *na = realloc(acc, (size_t)cap);
            if (!na) {
                free(acc);
                return gp_err_no_memory();
            }
            acc = na;
        }
        memcpy(acc + len, b->rbuf + b->rpos, (size_t)take);
        len += take;
        b->rpos += take;
        if (nl || (limit >= 0 && len >= limit))
            break;
        gp_ssize r = fill_read(b);
        if (r == -1) {
            free(acc);
            return NULL;
        }
        if (r <= 0)
            break;
    }
    GpObject *res = gp_bytes_from(acc, len);
    free(acc);
    return res;
}

static GpObject *buf_readline(GpObject *self, GpObject *const *args, size_t nargs)
{
    gp_ssize limit;
    if (gp_args_count("readline", nargs, 0, 1) < 0 ||
        gp_io_ssize_arg(nargs ? args[0] : NULL, -1, &limit) < 0)
        return NULL;
    return readline_c(BUF(self), limit);
}

static GpObject *buf_iternext(GpObject *self)
{
    GpObject *line = readline_c(BUF(self), -1);
    if (line && GP_SIZE(line) == 0) {
        GP_DECREF(line);
        return NULL;
    }
    return line;
}

static GpObject *buf_readinto(GpObject *self, GpObject *buf)
{
    GpBuffered *b = BUF(self);
    char *bufdata;
    gp_ssize buflen;
    if (gp_io_writable_buffer(buf, &bufdata, &buflen) < 0)
        return NULL;
    if (check_open(b, "readinto") < 0)
        return NULL;
    if (!(b->kind & GP_BUF_READER))
        return gp_io_unsupported("readinto");
    GpObject *data = read_n(b, buflen);
    if (!data || data == gp_None)
        return data;
    memcpy(bufdata, GP_BYTES_DATA(data), (size_t)GP_SIZE(data));
    GpObject *r = gp_int_from_ssize(GP_SIZE(data));
    GP_DECREF(data);
    return r;
}

static GpObject *buf_write(GpObject *self, GpObject *data)
{
    GpBuffered *b = BUF(self);
    if (check_ok(b) < 0)
        return NULL;
    if (!(b->kind & GP_BUF_WRITER))
        return gp_io_unsupported("write");
    const char *p;
    gp_ssize n;
    if (gp_bytes_buffer(data, &p, &n) < 0)
        return NULL;
    if (check_open(b, "write to") < 0)
        return NULL;
    if (gp_buffered_write_bytes(b, p, n) < 0)
        return NULL;
    return gp_int_from_ssize(n);
}

static GpObject *buf_flush(GpObject *self, GpObject *u)
{
    GpBuffered *b = BUF(self);
    if (check_ok(b) < 0)
        return NULL;
    int c = raw_closed(b);
    if (c < 0)
        return NULL;
    if (c)
        return gp_io_closed_error();
    if (flush_writes(b) < 0)
        return NULL;
    if (!b->fast && (b->kind & GP_BUF_WRITER)) {
        GpObject *r = gp_call_method_str(b->raw, "flush", NULL, 0);
        if (!r)
            return NULL;
        GP_DECREF(r);
    }
    GP_RETURN_NONE;
}

static GpObject *buf_seek(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpBuffered *b = BUF(self);
    if (gp_args_count("seek", nargs, 1, 2) < 0)
        return NULL;
    if (!GP_INT_CHECK(args[0]))
        return gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    int64_t off;
    gp_ssize whence = 0;
    if (gp_int_as_i64(args[0], &off) < 0 || (nargs > 1 && gp_io_ssize_arg(args[1], 0, &whence) < 0))
        return NULL;
    if (whence < 0 || whence > 2)
        return gp_err_format(&GpExc_ValueError, "whence value %zd unsupported", whence);
    if (check_open(b, "seek") < 0)
        return NULL;
    if (b->wlen && flush_writes(b) < 0)
        return NULL;
    if (whence == SEEK_CUR)
        off -= b->rlen - b->rpos;
    b->rpos = b->rlen = 0;
    int64_t r = raw_seek(b, off, (int)whence);
    if (r < 0)
        return NULL;
    return gp_int_from_i64(r);
}

static GpObject *buf_tell(GpObject *self, GpObject *u)
{
    GpBuffered *b = BUF(self);
    if (check_ok(b) < 0)
        return NULL;
    int64_t r = raw_seek(b, 0, SEEK_CUR);
    if (r < 0)
        return NULL;
    r = r - (b->rlen - b->rpos) + b->wlen;
    if (r < 0)
        r = 0;
    return gp_int_from_i64(r);
}

static GpObject *buf_truncate(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpBuffered *b = BUF(self);
    if (gp_args_count("truncate", nargs, 0, 1) < 0 || check_open(b, "truncate") < 0)
        return NULL;
    if (!(b->kind & GP_BUF_WRITER))
        return gp_io_unsupported("truncate");
    if (flush_writes(b) < 0 || drop_read_ahead(b) < 0)
        return NULL;
    return gp_call_method_str(b->raw, "truncate", args, nargs);
}

static GpObject *buf_close(GpObject *self, GpObject *u)
{
    GpBuffered *b = BUF(self);
    if (check_ok(b) < 0)
        return NULL;
    int c = raw_closed(b);
    if (c < 0)
        return NULL;
    if (c)
        GP_RETURN_NONE;
    GpObject *exc = NULL;
    GpObject *r = buf_flush(self, NULL);
    if (!r)
        exc = gp_err_fetch();
    GP_XDECREF(r);
    b->wlen = 0;
    r = gp_call_method_str(b->raw, "close", NULL, 0);
    if (!r) {
        if (exc) {
            GpObject *e2 = gp_err_fetch();
            gp_exc_set_context(e2, exc);
            gp_err_restore(e2);
        }
        return NULL;
    }
    GP_DECREF(r);
    b->base.ioclosed = 1;
    if (exc) {
        gp_err_restore(exc);
        return NULL;
    }
    GP_RETURN_NONE;
}

static GpObject *buf_detach(GpObject *self, GpObject *u)
{
    GpBuffered *b = BUF(self);
    if (check_ok(b) < 0)
        return NULL;
    GpObject *r = buf_flush(self, NULL);
    if (!r)
        return NULL;
    GP_DECREF(r);
    GpObject *raw = b->raw;
    b->raw = NULL;
    b->ok = 0;
    b->fast = 0;
    b->bufsize = -1;     /* detached, not uninitialised */
    return raw;
}

static GpObject *forward(GpObject *self, const char *meth)
{
    GpBuffered *b = BUF(self);
    if (check_ok(b) < 0)
        return NULL;
    return gp_call_method_str(b->raw, meth, NULL, 0);
}
static GpObject *buf_fileno(GpObject *s, GpObject *u) { return forward(s, "fileno"); }
static GpObject *buf_isatty(GpObject *s, GpObject *u) { return forward(s, "isatty"); }
static GpObject *buf_seekable(GpObject *s, GpObject *u) { return forward(s, "seekable"); }
static GpObject *buf_readable(GpObject *s, GpObject *u) { return forward(s, "readable"); }
static GpObject *buf_writable(GpObject *s, GpObject *u) { return forward(s, "writable"); }

static GpObject *attr_of_raw(GpObject *self, const char *name)
{
    GpBuffered *b = BUF(self);
    if (check_ok(b) < 0)
        return NULL;
    return gp_getattr_str(b->raw, name);
}
static GpObject *buf_name_get(GpObject *s, void *c) { return attr_of_raw(s, "name"); }
static GpObject *buf_mode_get(GpObject *s, void *c) { return attr_of_raw(s, "mode"); }
static GpObject *buf_closed_get(GpObject *s, void *c)
{
    GpBuffered *b = BUF(s);
    if (check_ok(b) < 0)
        return NULL;
    int r = raw_closed(b);
    return r < 0 ? NULL : gp_bool(r);
}
static GpObject *buf_raw_get(GpObject *s, void *c)
{
    return gp_newref(BUF(s)->raw ? BUF(s)->raw : gp_None);
}

static GpObject *buf_repr(GpObject *self)
{
    const char *tn = gp_type_tpname(GP_TYPE(self));
    GpObject *name = NULL;
    if (BUF(self)->ok && gp_getattr_opt(self, gp_str_intern_cstr("name"), &name) < 0) {
        if (!gp_err_matches(&GpExc_ValueError))
            return NULL;
        gp_err_clear();
    }
    if (!name)
        return gp_str_from_format("<%s>", tn);
    GpObject *r = gp_str_from_format("<%s name=%R>", tn, name);
    GP_DECREF(name);
    return r;
}

static void buf_finalize(GpObject *self)
{
    GpBuffered *b = BUF(self);
    if (!b->ok || !b->raw)
        return;
    GpObject *saved = gp_err_fetch();
    int c = raw_closed(b);
    if (c == 0) {
        GpObject *r = gp_call_method_str(self, "close", NULL, 0);
        GP_XDECREF(r);
    }
    gp_err_clear();
    gp_err_restore(saved);
}

static void buf_dealloc(GpObject *o)
{
    if (gp_call_finalizer_from_dealloc(o) < 0)
        return;
    gp_gc_untrack(o);
    GpBuffered *b = BUF(o);
    GP_CLEAR(b->raw);
    free(b->rbuf);
    free(b->wbuf);
    b->rbuf = b->wbuf = NULL;
    gp_io_base_dealloc_common(o);
    gp_obj_free(o);
}

static int buf_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpBuffered *b = BUF(o);
    if (b->raw && visit(b->raw, arg))
        return 1;
    return b->base.dict ? visit(b->base.dict, arg) : 0;
}

static int buf_clear(GpObject *o)
{
    GpBuffered *b = BUF(o);
    b->ok = 0;
    GP_CLEAR(b->raw);
    GP_CLEAR(b->base.dict);
    return 0;
}

static const GpMethodDef buf_methods[] = {
    GP_METHOD("read", buf_read, GP_METH_FAST),
    GP_METHOD("read1", buf_read1, GP_METH_FAST),
    GP_METHOD("peek", buf_peek, GP_METH_FAST),
    GP_METHOD("readline", buf_readline, GP_METH_FAST),
    GP_METHOD("readinto", buf_readinto, GP_METH_O),
    GP_METHOD("write", buf_write, GP_METH_O),
    GP_METHOD("flush", buf_flush, GP_METH_NOARGS),
    GP_METHOD("seek", buf_seek, GP_METH_FAST),
    GP_METHOD("tell", buf_tell, GP_METH_NOARGS),
    GP_METHOD("truncate", buf_truncate, GP_METH_FAST),
    GP_METHOD("close", buf_close, GP_METH_NOARGS),
    GP_METHOD("detach", buf_detach, GP_METH_NOARGS),
    GP_METHOD("fileno", buf_fileno, GP_METH_NOARGS),
    GP_METHOD("isatty", buf_isatty, GP_METH_NOARGS),
    GP_METHOD("seekable", buf_seekable, GP_METH_NOARGS),
    GP_METHOD("readable", buf_readable, GP_METH_NOARGS),
    GP_METHOD("writable", buf_writable, GP_METH_NOARGS),
    { NULL },
};

static const GpGetSetDef buf_getsets[] = {
    { "name", buf_name_get, NULL, NULL, NULL },
    { "mode", buf_mode_get, NULL, NULL, NULL },
    { "closed", buf_closed_get, NULL, NULL, NULL },
    { "raw", buf_raw_get, NULL, NULL, NULL },
    { NULL },
};

#define BUFFERED_TYPE(VAR, NAME, DOC)                              \
    GpType VAR = {                                                 \
        GP_TYPE_HEAD_INIT,                                         \
        .name = NAME,                                              \
        .doc = DOC,                                                \
        .basicsize = sizeof(GpBuffered),                           \
        .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,         \
        .base = &GpBufferedIOBase_Type,                            \
        .dealloc = buf_dealloc,                                    \
        .traverse = buf_traverse,                                  \
        .clear = buf_clear,                                        \
        .finalize = buf_finalize,                                  \
        .repr = buf_repr,                                          \
        .getattro = gp_generic_getattr,                            \
        .setattro = gp_generic_setattr,                            \
        .iternext = buf_iternext,                                  \
        .methods = buf_methods,                                    \
        .getsets = buf_getsets,                                    \
        .new_ = buffered_tp_new,                                   \
        .init = buffered_init,                                     \
        .dictoffset = offsetof(GpIOBase, dict),                    \
        .weaklistoffset = offsetof(GpIOBase, weakreflist),                    \
    };

BUFFERED_TYPE(GpBufferedReader_Type, "_io.BufferedReader", "Create a new buffered reader using the given readable raw IO object.")
BUFFERED_TYPE(GpBufferedWriter_Type, "_io.BufferedWriter", "A buffer for a writeable sequential RawIO object.")
BUFFERED_TYPE(GpBufferedRandom_Type, "_io.BufferedRandom", "A buffered interface to random access streams.")
