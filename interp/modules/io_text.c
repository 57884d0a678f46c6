/* io_text.c -- _io.TextIOWrapper: text over a buffered binary stream.
 *
 * Writing: str is stored as UTF-8 already, so encoding to UTF-8 is a copy.
 * When the buffer is one of our C Buffered objects the encoded bytes go
 * straight into its write buffer (this is the path every print() takes);
 * otherwise they collect in `pend` and reach buffer.write() in chunks.
 *
 * Reading: the wrapper keeps the *encoded* bytes it has read ahead in rbuf
 * and decodes only what it returns. All supported encodings (utf-8,
 * latin-1, ascii) encode '\r' and '\n' as single bytes that never occur
 * inside a multi-byte sequence, so lines can be found in the bytes, and
 * tell() is simply buffer.tell() minus the bytes not yet returned: the
 * cookie is a plain byte offset (CPython's opaque cookies are needed only
 * for stateful decoders).
 *
 * Newlines (the newline= argument): None recognises \n, \r and \r\n and
 * translates them to \n on input; '' recognises all three and leaves them;
 * '\n', '\r' or '\r\n' recognise only that one. On output '\n' becomes the
 * given newline ('\r' or '\r\n'); None and '' and '\n' write '\n'.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "iomodule.h"
#include "objects/typeobject.h"

#define TXT(o) ((GpTextIO *)(o))
#define CHUNK 8192   /* bytes per read from the buffer and per write to it (as CPython) */

static int text_caps(GpTextIO *t, int *readable, int *writable)
{
    if (t->fastbuf) {
        GpBuffered *b = (GpBuffered *)t->buffer;
        *readable = (b->kind & GP_BUF_READER) != 0;
        *writable = (b->kind & GP_BUF_WRITER) != 0;
        return 0;
    }
    static const char *const names[] = { "readable", "writable" };
    int *outs[] = { readable, writable };
    for (int i = 0; i < 2; i++) {
        GpObject *r = gp_call_method_str(t->buffer, names[i], NULL, 0);
        if (!r)
            return -1;
        int v = gp_is_true(r);
        GP_DECREF(r);
        if (v < 0)
            return -1;
        *outs[i] = v;
    }
    return 0;
}

/* ---- checks ------------------------------------------------------------------- */

static int check_attached(GpTextIO *t)
{
    if (t->detached) {
        gp_err_set_string(&GpExc_ValueError, "underlying buffer has been detached");
        return -1;
    }
    if (!t->ok) {
        gp_err_set_string(&GpExc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    return 0;
}

static int buffer_closed(GpTextIO *t)
{
    if (t->fastbuf) {
        GpBuffered *b = (GpBuffered *)t->buffer;
        if (!b->ok)
            return 0;
        if (GP_TYPE(b->raw) == &GpFileIO_Type)
            return ((GpFileIO *)b->raw)->fd < 0;
    }
    GpObject *c = gp_getattr_str(t->buffer, "closed");
    if (!c)
        return -1;
    int r = gp_is_true(c);
    GP_DECREF(c);
    return r;
}

static int check_open(GpTextIO *t)
{
    if (check_attached(t) < 0)
        return -1;
    int c = buffer_closed(t);
    if (c < 0)
        return -1;
    if (c) {
        gp_io_closed_error();
        return -1;
    }
    return 0;
}

/* ---- writing ------------------------------------------------------------------ */

static int flush_pending(GpTextIO *t)
{
    if (t->plen == 0)
        return 0;
    if (t->fastbuf) {
        gp_ssize n = t->plen;
        t->plen = 0;
        return gp_buffered_write_bytes((GpBuffered *)t->buffer, t->pend, n);
    }
    GpObject *b = gp_bytes_from(t->pend, t->plen);
    if (!b)
        return -1;
    t->plen = 0;
    GpObject *r = gp_call_method_str(t->buffer, "write", &b, 1);
    GP_DECREF(b);
    if (!r)
        return -1;
    GP_DECREF(r);
    return 0;
}

static int pend_append(GpTextIO *t, const char *p, gp_ssize n)
{
    if (t->plen + n > t->pcap) {
        gp_ssize nc = (t->plen + n) * 2;
        if (nc < CHUNK)
            nc = CHUNK;
        char *np = realloc(t->pend, (size_t)nc);
        if (!np) {
            gp_err_no_memory();
            return -1;
        }
        t->pend = np;
        t->pcap = nc;
    }
    memcpy(t->pend + t->plen, p, (size_t)n);
    t->plen += n;
    return 0;
}

/* Encoded text collects in `pend` (at most CHUNK bytes, as CPython's
 * pending_bytes) before it reaches the buffer, so that writes made directly
 * to the buffer in between come out in the same order as under CPython. */
static int emit(GpTextIO *t, const char *p, gp_ssize n)
{
    if (t->plen + n > CHUNK && flush_pending(t) < 0)
        return -1;
    if (t->fastbuf && n >= CHUNK)
        return gp_buffered_write_bytes((GpBuffered *)t->buffer, p, n);
    if (pend_append(t, p, n) < 0)
        return -1;
    if (t->plen >= CHUNK)
        return flush_pending(t);
    return 0;
}

static int buffer_flush(GpTextIO *t)
{
    if (t->fastbuf)
        return gp_buffered_flush_c((GpBuffered *)t->buffer);
    GpObject *r = gp_call_method_str(t->buffer, "flush", NULL, 0);
    if (!r)
        return -1;
    GP_DECREF(r);
    return 0;
}

/* Read-ahead must be given back before writing (a file opened 'r+'). */
static int drop_read_ahead(GpTextIO *t);
static int64_t buffer_tell(GpTextIO *t);

static GpObject *encode_text(GpTextIO *t, GpObject *s)
{
    const char *errors = GP_STR_DATA(t->errors);
    switch (t->enc) {
    case GP_ENC_UTF8:
        return gp_str_encode(s, "utf-8", errors);
    case GP_ENC_LATIN1:
        return gp_str_encode(s, "latin-1", errors);
    case GP_ENC_ASCII:
        return gp_str_encode(s, "ascii", errors);
    default:
        return gp_str_encode(s, GP_STR_DATA(t->encoding), errors);
    }
}

static GpObject *text_write(GpObject *self, GpObject *s)
{
    GpTextIO *t = TXT(self);
    if (check_open(t) < 0)
        return NULL;
    if (!GP_STR_CHECK(s))
        return gp_err_format(&GpExc_TypeError, "write() argument must be str, not %T", s);
    int readable, writable;
    if (t->fastbuf) {
        if (!(((GpBuffered *)t->buffer)->kind & GP_BUF_WRITER))
            return gp_io_unsupported("not writable");
    } else {
        if (text_caps(t, &readable, &writable) < 0)
            return NULL;
        if (!writable)
            return gp_io_unsupported("not writable");
    }
    if (t->rlen > t->rpos && drop_read_ahead(t) < 0)
        return NULL;
    const char *data = GP_STR_DATA(s);
    gp_ssize n = GP_STR_NBYTES(s);
    GpObject *encoded = NULL;
    if (!(GP_STR_IS_ASCII(s) && t->enc != GP_ENC_OTHER)) {
        encoded = encode_text(t, s);
        if (!encoded)
            return NULL;
        data = GP_BYTES_DATA(encoded);
        n = GP_SIZE(encoded);
    }
    if (t->sig && !t->sig_written) {
        t->sig_written = 1;
        if (flush_pending(t) < 0 || buffer_flush(t) < 0) {
            GP_XDECREF(encoded);
            return NULL;
        }
        int64_t pos = buffer_tell(t);
        if (pos < 0)
            gp_err_clear();   /* not seekable: a new stream, write the BOM */
        if (pos <= 0 && emit(t, "\xef\xbb\xbf", 3) < 0) {
            GP_XDECREF(encoded);
            return NULL;
        }
    }
    int haslf = memchr(data, '\n', (size_t)n) != NULL;
    int rc;
    if (t->writenl && haslf && t->enc != GP_ENC_OTHER) {
        /* translate '\n' to the newline given to the constructor */
        size_t nll = strlen(t->writenl);
        const char *p = data, *end = data + n;
        rc = 0;
        while (rc == 0 && p < end) {
            const char *q = memchr(p, '\n', (size_t)(end - p));
            if (!q) {
                rc = emit(t, p, end - p);
                break;
            }
            rc = emit(t, p, q - p);
            if (rc == 0)
                rc = emit(t, t->writenl, (gp_ssize)nll);
            p = q + 1;
        }
    } else {
        rc = emit(t, data, n);
    }
    int needflush = t->write_through ||
                    (t->line_buffering && (haslf || memchr(data, '\r', (size_t)n)));
    GP_XDECREF(encoded);
    if (rc < 0)
        return NULL;
    if (needflush) {
        if (flush_pending(t) < 0 || buffer_flush(t) < 0)
            return NULL;
    }
    return gp_int_from_ssize(GP_STR_LEN(s));
}

/* ---- reading -------------------------------------------------------------------- */

/* Record the kinds of line end in a chunk just read (CPython's decoder sees
 * whole chunks, so `newlines` covers text read ahead too). */
static void note_newlines(GpTextIO *t, const char *p, gp_ssize n)
{
    gp_ssize i = 0;
    if (t->pendingcr) {
        t->seennl |= p[0] == '\n' ? 4 : 2;
        i = p[0] == '\n';
        t->pendingcr = 0;
    }
    for (; i < n; i++) {
        if (p[i] == '\n') {
            t->seennl |= 1;
        } else if (p[i] == '\r') {
            if (i + 1 == n) {
                t->pendingcr = 1;
            } else if (p[i + 1] == '\n') {
                t->seennl |= 4;
                i++;
            } else {
                t->seennl |= 2;
            }
        }
    }
}

/* Read one more chunk into rbuf: 1 got data, 0 EOF, -1 error. */
static int fill(GpTextIO *t)
{
    if (t->rpos > 0) {
        memmove(t->rbuf, t->rbuf + t->rpos, (size_t)(t->rlen - t->rpos));
        t->rlen -= t->rpos;
        t->rpos = 0;
    }
    GpObject *chunk;
    if (t->fastbuf) {
        chunk = gp_buffered_read1_c((GpBuffered *)t->buffer, CHUNK);
    } else {
        GpObject *n = gp_int_from_i64(CHUNK);
        int has_read1 = gp_hasattr(t->buffer, gp_str_intern_cstr("read1"));
        if (has_read1 < 0) {
            GP_DECREF(n);
            return -1;
        }
        chunk = gp_call_method_str(t->buffer, has_read1 ? "read1" : "read", &n, 1);
        GP_DECREF(n);
    }
    if (!chunk)
        return -1;
    if (chunk == gp_None) {       /* non-blocking stream without data */
        GP_DECREF(chunk);
        return 0;
    }
    const char *p;
    gp_ssize n;
    if (gp_bytes_buffer(chunk, &p, &n) < 0) {
        gp_err_clear();
        gp_err_format(&GpExc_TypeError, "underlying read1() should have returned a bytes-like object, not '%T'", chunk);
        GP_DECREF(chunk);
        return -1;
    }
    if (n == 0) {
        GP_DECREF(chunk);
        t->eof = 1;
        if (t->pendingcr) {
            t->seennl |= 2;
            t->pendingcr = 0;
        }
        return 0;
    }
    if (t->sig == 1) {   /* the first bytes of the stream: skip a BOM */
        t->sig = 2;
        if (t->rlen == 0 && n >= 3 && !memcmp(p, "\xef\xbb\xbf", 3)) {
            p += 3;
            n -= 3;
        }
    }
    if (t->readuniversal && t->enc != GP_ENC_OTHER)
        note_newlines(t, p, n);
    if (t->rlen + n > t->rcap) {
        gp_ssize nc = (t->rlen + n) * 2;
        char *nb = realloc(t->rbuf, (size_t)nc);
        if (!nb) {
            GP_DECREF(chunk);
            gp_err_no_memory();
            return -1;
        }
        t->rbuf = nb;
        t->rcap = nc;
    }
    memcpy(t->rbuf + t->rlen, p, (size_t)n);
    t->rlen += n;
    GP_DECREF(chunk);
    return 1;
}

/* Length in bytes of the character whose first byte is c. */
static int char_len(GpTextIO *t, unsigned char c)
{
    if (t->enc != GP_ENC_UTF8 || c < 0xC0)
        return 1;
    if (c < 0xE0)
        return 2;
    if (c < 0xF0)
        return 3;
    if (c < 0xF8)
        return 4;
    return 1;
}

/* Find where the next piece of text ends: after maxchars characters (< 0:
 * no limit) or, if lines, after the first line end. Reads more from the
 * buffer as needed. Returns the end as an offset from rpos, -1 on error. */
static gp_ssize scan(GpTextIO *t, gp_ssize maxchars, int lines)
{
    gp_ssize off = 0, chars = 0;
    for (;;) {
        while (t->rpos + off < t->rlen) {
            if (maxchars >= 0 && chars >= maxchars)
                return off;
            const unsigned char *p = (const unsigned char *)t->rbuf + t->rpos + off;
            gp_ssize left = t->rlen - t->rpos - off;
            unsigned char c = p[0];
            gp_ssize L = char_len(t, c);
            int nch = 1, is_end = 0;
            if (c == '\r' && t->readuniversal) {
                if (left < 2 && !t->eof)
                    goto more;
                if (left >= 2 && p[1] == '\n') {
                    L = 2;
                    nch = t->readtranslate ? 1 : 2;
                }
                is_end = 1;
            } else if (c == '\n') {
                is_end = t->readuniversal || t->readnl[0] == '\n' ||
                         (t->readnl[1] == '\n' && off > 0 && p[-1] == '\r');
            } else if (c == '\r') {
                is_end = t->readnl[0] == '\r' && t->readnl[1] == 0;
            }
            if (L > left) {
                if (!t->eof)
                    goto more;
                L = left;
            }
            off += L;
            chars += nch;
            if (lines && is_end)
                return off;
        }
        if (t->eof)
            return off;
    more:;
        int r = fill(t);
        if (r < 0)
            return -1;
        if (r == 0 && !t->eof)
            return off;          /* would block: return what there is */
    }
}

static GpObject *decode_bytes(GpTextIO *t, const char *p, gp_ssize n)
{
    const char *errors = GP_STR_DATA(t->errors);
    switch (t->enc) {
    case GP_ENC_UTF8:
        return gp_str_decode_utf8(p, n, errors);
    case GP_ENC_LATIN1:
        return gp_str_decode(p, n, "latin-1", errors);
    case GP_ENC_ASCII:
        return gp_str_decode(p, n, "ascii", errors);
    default:
        return gp_str_decode(p, n, GP_STR_DATA(t->encoding), errors);
    }
}

/* Decode rbuf[rpos .. rpos+n) (translating newlines) and consume it. */
static GpObject *take(GpTextIO *t, gp_ssize n)
{
    const char *p = t->rbuf + t->rpos;
    GpObject *res;
    if (t->readtranslate && n > 0 && memchr(p, '\r', (size_t)n)) {
        char *tmp = malloc((size_t)n);
        if (!tmp)
            return gp_err_no_memory();
        gp_ssize k = 0;
        for (gp_ssize i = 0; i < n; i++) {
            if (p[i] == '\r') {
                tmp[k++] = '\n';
                if (i + 1 < n && p[i + 1] == '\n')
                    i++;
            } else {
                tmp[k++] = p[i];
            }
        }
        res = decode_bytes(t, tmp, k);
        free(tmp);
    } else {
        res = decode_bytes(t, p, n);
    }
    if (res)
        t->rpos += n;
    if (t->rpos == t->rlen)
        t->rpos = t->rlen = 0;
    return res;
}

static int check_readable(GpTextIO *t)
{
    if (check_open(t) < 0)
        return -1;
    int readable, writable;
    if (text_caps(t, &readable, &writable) < 0)
        return -1;
    if (!readable) {
        gp_io_unsupported("not readable");
        return -1;
    }
    if (flush_pending(t) < 0)
        return -1;
    if (t->fastbuf && ((GpBuffered *)t->buffer)->wlen && gp_buffered_flush_c((GpBuffered *)t->buffer) < 0)
        return -1;
    return 0;
}

static GpObject *text_read(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpTextIO *t = TXT(self);
    gp_ssize n;
    if (gp_args_count("read", nargs, 0, 1) < 0 || gp_io_ssize_arg(nargs ? args[0] : NULL, -1, &n) < 0)
        return NULL;
    if (check_readable(t) < 0)
        return NULL;
    t->eof = 0;
    if (n < 0) {
        for (;;) {
            int r = fill(t);
            if (r < 0)
                return NULL;
            if (r == 0)
                break;
        }
        return take(t, t->rlen - t->rpos);
    }
    gp_ssize end = scan(t, n, 0);
    if (end < 0)
        return NULL;
    return take(t, end);
}

static GpObject *readline_c(GpTextIO *t, gp_ssize limit)
{
    if (check_readable(t) < 0)
        return NULL;
    t->eof = 0;
    gp_ssize end = scan(t, limit, 1);
    if (end < 0)
        return NULL;
    return take(t, end);
}

static GpObject *text_readline(GpObject *self, GpObject *const *args, size_t nargs)
{
    gp_ssize limit;
    if (gp_args_count("readline", nargs, 0, 1) < 0)
        return NULL;
    if (nargs && args[0] != gp_None && !GP_INT_CHECK(args[0]))
        return gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    if (gp_io_ssize_arg(nargs ? args[0] : NULL, -1, &limit) < 0)
        return NULL;
    return readline_c(TXT(self), limit);
}

static GpObject *text_iternext(GpObject *self)
{
    GpTextIO *t = TXT(self);
    GpObject *line;
    t->notelling = 1;
    if (GP_TYPE(self) == &GpTextIOWrapper_Type) {
        line = readline_c(t, -1);
    } else {
        line = gp_call_method_str(self, "readline", NULL, 0);
        if (line && !GP_STR_CHECK(line)) {
            gp_err_format(&GpExc_OSError, "readline() should have returned a str object, not '%T'", line);
            GP_DECREF(line);
            return NULL;
        }
    }
    if (line && GP_STR_LEN(line) == 0) {
        GP_DECREF(line);
        t->notelling = 0;
        return NULL;
    }
    return line;
}

/* ---- positioning ---------------------------------------------------------------- */

static int64_t buffer_seek(GpTextIO *t, int64_t off, int whence)
{
    GpObject *o = gp_int_from_i64(off), *w = gp_int_from_i64(whence);
    GpObject *args[2] = { o, w };
    GpObject *r = o && w ? gp_call_method_str(t->buffer, "seek", args, 2) : NULL;
    GP_XDECREF(o);
    GP_XDECREF(w);
    if (!r)
        return -1;
    int64_t v = -1;
    int rc = gp_int_as_i64(r, &v);
    GP_DECREF(r);
    return rc < 0 ? -1 : v;
}

static int64_t buffer_tell(GpTextIO *t)
{
    GpObject *r = gp_call_method_str(t->buffer, "tell", NULL, 0);
    if (!r)
        return -1;
    int64_t v = -1;
    int rc = gp_int_as_i64(r, &v);
    GP_DECREF(r);
    return rc < 0 ? -1 : v;
}

static int drop_read_ahead(GpTextIO *t)
{
    gp_ssize ahead = t->rlen - t->rpos;
    t->rpos = t->rlen = 0;
    t->eof = 0;
    if (ahead > 0 && buffer_seek(t, -(int64_t)ahead, 1) < 0)
        return -1;
    return 0;
}

static int check_seekable(GpTextIO *t)
{
    GpObject *r = gp_call_method_str(t->buffer, "seekable", NULL, 0);
    if (!r)
        return -1;
    int v = gp_is_true(r);
    GP_DECREF(r);
    if (v < 0)
        return -1;
    if (!v) {
        gp_io_unsupported("underlying stream is not seekable");
        return -1;
    }
    return 0;
}

static GpObject *text_tell(GpObject *self, GpObject *u)
{
    GpTextIO *t = TXT(self);
    if (check_open(t) < 0 || check_seekable(t) < 0)
        return NULL;
    if (t->notelling) {
        gp_err_set_string(&GpExc_OSError, "telling position disabled by next() call");
        return NULL;
    }
    if (flush_pending(t) < 0)
        return NULL;
    int64_t pos = buffer_tell(t);
    if (pos < 0)
        return NULL;
    return gp_int_from_i64(pos - (t->rlen - t->rpos));
}

static GpObject *text_seek(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpTextIO *t = TXT(self);
    if (gp_args_count("seek", nargs, 1, 2) < 0)
        return NULL;
    gp_ssize whence = 0;
    if (nargs > 1 && gp_io_ssize_arg(args[1], 0, &whence) < 0)
        return NULL;
    if (check_open(t) < 0)
        return NULL;
    if (check_seekable(t) < 0)
        return NULL;
    if (!GP_INT_CHECK(args[0]))
        return gp_err_format(&GpExc_TypeError, "an integer is required");
    int64_t cookie;
    if (gp_int_as_i64(args[0], &cookie) < 0)
        return NULL;
    if (whence == 1) {
        if (cookie != 0)
            return gp_io_unsupported("can't do nonzero cur-relative seeks");
        return text_tell(self, NULL);
    }
    if (whence == 2) {
        if (cookie != 0)
            return gp_io_unsupported("can't do nonzero end-relative seeks");
        if (flush_pending(t) < 0 || buffer_flush(t) < 0)
            return NULL;
        t->rpos = t->rlen = 0;
        t->eof = 0;
        t->notelling = 0;
        int64_t r = buffer_seek(t, 0, 2);
        return r < 0 ? NULL : gp_int_from_i64(r);
    }
    if (whence != 0)
        return gp_err_format(&GpExc_ValueError, "invalid whence (%zd, should be 0, 1 or 2)", whence);
    if (cookie < 0)
        return gp_err_format(&GpExc_ValueError, "negative seek position %lld", (long long)cookie);
    if (flush_pending(t) < 0 || buffer_flush(t) < 0)
        return NULL;
    t->rpos = t->rlen = 0;
    t->eof = 0;
    t->notelling = 0;
    if (t->sig && cookie == 0)
        t->sig = 1;   /* back at the start: the BOM is skipped again */
    if (buffer_seek(t, cookie, 0) < 0)
        return NULL;
    return gp_newref(args[0]);
}

static GpObject *text_truncate(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpTextIO *t = TXT(self);
    if (gp_args_count("truncate", nargs, 0, 1) < 0 || check_open(t) < 0)
        return NULL;
    if (flush_pending(t) < 0 || buffer_flush(t) < 0)
        return NULL;
    GpObject *pos = nargs ? args[0] : gp_None;
    if (pos == gp_None) {
        GpObject *cur = text_tell(self, NULL);
        if (!cur)
            return NULL;
        GpObject *r = gp_call_method_str(t->buffer, "truncate", &cur, 1);
        GP_DECREF(cur);
        return r;
    }
    return gp_call_method_str(t->buffer, "truncate", &pos, 1);
}

/* ---- flush, close and the rest ----------------------------------------------- */

static GpObject *text_flush(GpObject *self, GpObject *u)
{
    GpTextIO *t = TXT(self);
    if (check_open(t) < 0)
        return NULL;
    if (flush_pending(t) < 0 || buffer_flush(t) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *text_close(GpObject *self, GpObject *u)
{
    GpTextIO *t = TXT(self);
    if (check_attached(t) < 0)
        return NULL;
    int c = buffer_closed(t);
    if (c < 0)
        return NULL;
    if (c)
        GP_RETURN_NONE;
    GpObject *exc = NULL;
    GpObject *r = gp_call_method_str(self, "flush", NULL, 0);
    if (!r)
        exc = gp_err_fetch();
    GP_XDECREF(r);
    t->plen = 0;
    r = gp_call_method_str(t->buffer, "close", NULL, 0);
    if (!r) {
        if (exc) {
            GpObject *e2 = gp_err_fetch();
            gp_exc_set_context(e2, exc);
            gp_err_restore(e2);
        }
        return NULL;
    }
    GP_DECREF(r);
    if (exc) {
        gp_err_restore(exc);
        return NULL;
    }
    GP_RETURN_NONE;
}

static GpObject *text_detach(GpObject *self, GpObject *u)
{
    GpTextIO *t = TXT(self);
    if (check_attached(t) < 0)
        return NULL;
    GpObject *r = text_flush(self, NULL);
    if (!r)
        return NULL;
    GP_DECREF(r);
    GpObject *b = t->buffer;
    t->buffer = NULL;
    t->detached = 1;
    t->fastbuf = 0;
    return b;
}

static GpObject *forward(GpObject *self, const char *meth)
{
    GpTextIO *t = TXT(self);
    if (check_attached(t) < 0)
        return NULL;
    return gp_call_method_str(t->buffer, meth, NULL, 0);
}
static GpObject *text_fileno(GpObject *s, GpObject *u) { return forward(s, "fileno"); }
static GpObject *text_isatty(GpObject *s, GpObject *u) { return forward(s, "isatty"); }
static GpObject *text_seekable(GpObject *s, GpObject *u) { return forward(s, "seekable"); }
static GpObject *text_readable(GpObject *s, GpObject *u) { return forward(s, "readable"); }
static GpObject *text_writable(GpObject *s, GpObject *u) { return forward(s, "writable"); }

static GpObject *text_closed_get(GpObject *self, void *c)
{
    GpTextIO *t = TXT(self);
    if (check_attached(t) < 0)
        return NULL;
    int r = buffer_closed(t);
    return r < 0 ? NULL : gp_bool(r);
}

static GpObject *text_name_get(GpObject *self, void *c)
{
    GpTextIO *t = TXT(self);
    if (check_attached(t) < 0)
        return NULL;
    return gp_getattr_str(t->buffer, "name");
}

static GpObject *text_buffer_get(GpObject *self, void *c) { return gp_newref(TXT(self)->buffer ? TXT(self)->buffer : gp_None); }
static GpObject *text_encoding_get(GpObject *self, void *c) { return gp_newref(TXT(self)->encoding ? TXT(self)->encoding : gp_None); }
static GpObject *text_errors_get(GpObject *self, void *c) { return gp_newref(TXT(self)->errors ? TXT(self)->errors : gp_None); }
static GpObject *text_newlines_get(GpObject *self, void *c)
{
    GpTextIO *t = TXT(self);
    if (check_attached(t) < 0)
        return NULL;
    return gp_io_newlines_obj(t->readuniversal ? t->seennl : 0);
}
static GpObject *text_lb_get(GpObject *self, void *c) { return gp_bool(TXT(self)->line_buffering); }
static GpObject *text_wt_get(GpObject *self, void *c) { return gp_bool(TXT(self)->write_through); }

static GpObject *text_repr(GpObject *self)
{
    GpTextIO *t = TXT(self);
    const char *tn = gp_type_tpname(GP_TYPE(self));
    GpStrWriter w;
    gp_strw_init(&w);
    gp_strw_write_cstr(&w, "<");
    gp_strw_write_cstr(&w, tn);
    if (t->ok && !t->detached) {
        static const char *const attrs[] = { "name", "mode" };
        for (int i = 0; i < 2; i++) {
            GpObject *v = NULL;
            if (gp_getattr_opt(self, gp_str_intern_cstr(attrs[i]), &v) < 0) {
                if (!gp_err_matches(&GpExc_ValueError)) {
                    gp_strw_discard(&w);
                    return NULL;
                }
                gp_err_clear();
            }
            if (!v)
                continue;
            GpObject *r = gp_repr(v);
            GP_DECREF(v);
            if (!r) {
                gp_strw_discard(&w);
                return NULL;
            }
            gp_strw_write_cstr(&w, " ");
            gp_strw_write_cstr(&w, attrs[i]);
            gp_strw_write_cstr(&w, "=");
            gp_strw_write_str(&w, r);
            GP_DECREF(r);
        }
    }
    if (t->encoding) {
        GpObject *r = gp_repr(t->encoding);
        if (!r) {
            gp_strw_discard(&w);
            return NULL;
        }
        gp_strw_write_cstr(&w, " encoding=");
        gp_strw_write_str(&w, r);
        GP_DECREF(r);
    }
    gp_strw_write_cstr(&w, ">");
    return gp_strw_finish(&w);
}

/* ---- construction ---------------------------------------------------------------- */

static int set_newline(GpTextIO *t, GpObject *newline)
{
    const char *nl = NULL;
    if (newline && newline != gp_None) {
        if (!GP_STR_CHECK(newline)) {
            gp_err_format(&GpExc_TypeError, "TextIOWrapper() argument 'newline' must be str or None, not %T", newline);
            return -1;
        }
        nl = GP_STR_DATA(newline);
        if (strcmp(nl, "") && strcmp(nl, "\n") && strcmp(nl, "\r") && strcmp(nl, "\r\n")) {
            gp_err_format(&GpExc_ValueError, "illegal newline value: %s", nl);
            return -1;
        }
    }
    GP_SETREF(t->newline, gp_newref(newline ? newline : gp_None));
    t->readuniversal = !nl || !nl[0];
    t->readtranslate = !nl;
    t->readnl = nl && nl[0] ? (nl[0] == '\n' ? "\n" : nl[1] ? "\r\n" : "\r") : "\n";
    t->writenl = nl && nl[0] == '\r' ? (nl[1] ? "\r\n" : "\r") : NULL;
    return 0;
}

static int set_encoding(GpTextIO *t, const char *encoding, const char *errors)
{
    GpObject *enc;
    if (!encoding || !strcmp(encoding, "locale")) {
        enc = gp_str_from_cstr("UTF-8");
        t->enc = GP_ENC_UTF8;
    } else {
        const char *canon = gp_codec_canonical(encoding);
        if (!canon) {
            gp_err_format(&GpExc_LookupError, "unknown encoding: %s", encoding);
            return -1;
        }
        /* utf-8-sig is UTF-8 with a byte-order mark at the start of the
         * stream: skipped by the first read, written by the first write at
         * position 0 */
        t->sig = !strcmp(canon, "utf-8-sig");
        t->sig_written = 0;
        t->enc = !strcmp(canon, "utf-8") || t->sig ? GP_ENC_UTF8 : !strcmp(canon, "latin-1") ? GP_ENC_LATIN1
               : !strcmp(canon, "ascii") ? GP_ENC_ASCII : GP_ENC_OTHER;
        enc = gp_str_from_cstr(encoding);
    }
    GpObject *err = gp_str_from_cstr(errors ? errors : "strict");
    if (!enc || !err) {
        GP_XDECREF(enc);
        GP_XDECREF(err);
        return -1;
    }
    GP_SETREF(t->encoding, enc);
    GP_SETREF(t->errors, err);
    return 0;
}

static int text_setup(GpTextIO *t, GpObject *buffer, const char *encoding, const char *errors,
                      GpObject *newline, int line_buffering, int write_through)
{
    t->ok = 0;
    if (set_newline(t, newline) < 0 || set_encoding(t, encoding, errors) < 0)
        return -1;
    GP_SETREF(t->buffer, gp_newref(buffer));
    GpType *bt = GP_TYPE(buffer);
    t->fastbuf = bt == &GpBufferedReader_Type || bt == &GpBufferedWriter_Type || bt == &GpBufferedRandom_Type;
    t->line_buffering = line_buffering;
    t->write_through = write_through;
    t->plen = 0;
    t->seennl = t->notelling = t->pendingcr = 0;
    t->rpos = t->rlen = 0;
    t->eof = 0;
    t->detached = 0;
    t->ok = 1;
    return 0;
}

GpObject *gp_textio_new(GpObject *buffer, const char *encoding, const char *errors,
                        GpObject *newline, int line_buffering, int write_through)
{
    GpTextIO *t = (GpTextIO *)gp_type_generic_alloc(&GpTextIOWrapper_Type, 0);
    if (!t)
        return NULL;
    if (text_setup(t, buffer, encoding, errors, newline, line_buffering, write_through) < 0) {
        GP_DECREF(t);
        return NULL;
    }
    return (GpObject *)t;
}

static int str_or_none(GpObject *o, const char *arg, const char **out)
{
    *out = NULL;
    if (!o || o == gp_None)
        return 0;
    if (!GP_STR_CHECK(o)) {
        gp_err_format(&GpExc_TypeError, "TextIOWrapper() argument '%s' must be str or None, not %T", arg, o);
        return -1;
    }
    *out = GP_STR_DATA(o);
    return 0;
}

static GpObject *text_tp_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    return gp_type_generic_alloc(t, 0);
}

static int text_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "buffer", "encoding", "errors", "newline",
                                          "line_buffering", "write_through", NULL };
    GpObject *a[6];
    if (gp_args_parse("TextIOWrapper", args, nargs, kwnames, kwlist, 1, 6, a) < 0)
        return -1;
    const char *enc, *err;
    if (str_or_none(a[1], "encoding", &enc) < 0 || str_or_none(a[2], "errors", &err) < 0)
        return -1;
    int lb = 0, wt = 0;
    if ((a[4] && (lb = gp_is_true(a[4])) < 0) || (a[5] && (wt = gp_is_true(a[5])) < 0))
        return -1;
    return text_setup(TXT(self), a[0], enc, err, a[3], lb, wt);
}

static GpObject *text_reconfigure(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "$encoding", "errors", "newline", "line_buffering",
                                          "write_through", NULL };
    GpObject *a[5];
    if (gp_args_parse("reconfigure", args, nargs, kwnames, kwlist, 0, 0, a) < 0)
        return NULL;
    GpTextIO *t = TXT(self);
    if (check_attached(t) < 0)
        return NULL;
    GpObject *r = text_flush(self, NULL);
    if (!r)
        return NULL;
    GP_DECREF(r);
    if (a[0] || a[1]) {
        const char *enc, *err;
        if (str_or_none(a[0], "encoding", &enc) < 0 || str_or_none(a[1], "errors", &err) < 0)
            return NULL;
        if (!enc)
            enc = GP_STR_DATA(t->encoding);
        if (!err)
            err = a[0] ? "strict" : GP_STR_DATA(t->errors);
        char encbuf[64], errbuf[64];
        snprintf(encbuf, sizeof encbuf, "%s", enc);
        snprintf(errbuf, sizeof errbuf, "%s", err);
        if (set_encoding(t, encbuf, errbuf) < 0)
            return NULL;
    }
    if (a[2] && set_newline(t, a[2]) < 0)
        return NULL;
    if (a[3] && a[3] != gp_None && (t->line_buffering = gp_is_true(a[3])) < 0)
        return NULL;
    if (a[4] && a[4] != gp_None && (t->write_through = gp_is_true(a[4])) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static void text_finalize(GpObject *self)
{
    GpTextIO *t = TXT(self);
    if (!t->ok || t->detached || !t->buffer)
        return;
    GpObject *saved = gp_err_fetch();
    int c = buffer_closed(t);
    if (c == 0) {
        GpObject *r = gp_call_method_str(self, "close", NULL, 0);
        GP_XDECREF(r);
    }
    gp_err_clear();
    gp_err_restore(saved);
}

static void text_dealloc(GpObject *o)
{
    if (gp_call_finalizer_from_dealloc(o) < 0)
        return;
    gp_gc_untrack(o);
    GpTextIO *t = TXT(o);
    GP_CLEAR(t->buffer);
    GP_CLEAR(t->encoding);
    GP_CLEAR(t->errors);
    GP_CLEAR(t->newline);
    free(t->pend);
    free(t->rbuf);
    t->pend = t->rbuf = NULL;
    gp_io_base_dealloc_common(o);
    gp_obj_free(o);
}

static int text_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpTextIO *t = TXT(o);
    if (t->buffer && visit(t->buffer, arg))
        return 1;
    return t->base.dict ? visit(t->base.dict, arg) : 0;
}

static int text_clear(GpObject *o)
{
    GpTextIO *t = TXT(o);
    t->ok = 0;
    GP_CLEAR(t->buffer);
    GP_CLEAR(t->base.dict);
    return 0;
}

static const GpMethodDef text_methods[] = {
    GP_METHOD("write", text_write, GP_METH_O),
    GP_METHOD("read", text_read, GP_METH_FAST),
    GP_METHOD("readline", text_readline, GP_METH_FAST),
    GP_METHOD("flush", text_flush, GP_METH_NOARGS),
    GP_METHOD("close", text_close, GP_METH_NOARGS),
    GP_METHOD("seek", text_seek, GP_METH_FAST),
    GP_METHOD("tell", text_tell, GP_METH_NOARGS),
    GP_METHOD("truncate", text_truncate, GP_METH_FAST),
    GP_METHOD("detach", text_detach, GP_METH_NOARGS),
    GP_METHOD("fileno", text_fileno, GP_METH_NOARGS),
    GP_METHOD("isatty", text_isatty, GP_METH_NOARGS),
    GP_METHOD("seekable", text_seekable, GP_METH_NOARGS),
    GP_METHOD("readable", text_readable, GP_METH_NOARGS),
    GP_METHOD("writable", text_writable, GP_METH_NOARGS),
    GP_METHOD("reconfigure", text_reconfigure, GP_METH_FASTKW),
    { NULL },
};

static const GpGetSetDef text_getsets[] = {
    { "closed", text_closed_get, NULL, NULL, NULL },
    { "name", text_name_get, NULL, NULL, NULL },
    { "buffer", text_buffer_get, NULL, NULL, NULL },
    { "encoding", text_encoding_get, NULL, NULL, NULL },
    { "errors", text_errors_get, NULL, NULL, NULL },
    { "newlines", text_newlines_get, NULL, NULL, NULL },
    { "line_buffering", text_lb_get, NULL, NULL, NULL },
    { "write_through", text_wt_get, NULL, NULL, NULL },
    { NULL },
};

GpType GpTextIOWrapper_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_io.TextIOWrapper",
    .doc = "Character and line based layer over a BufferedIOBase object, buffer.",
    .basicsize = sizeof(GpTextIO),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .base = &GpTextIOBase_Type,
    .dealloc = text_dealloc,
    .traverse = text_traverse,
    .clear = text_clear,
    .finalize = text_finalize,
    .repr = text_repr,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .iternext = text_iternext,
    .methods = text_methods,
    .getsets = text_getsets,
    .new_ = text_tp_new,
    .init = text_init,
    .dictoffset = offsetof(GpIOBase, dict),
    .weaklistoffset = offsetof(GpIOBase, weakreflist),
};
