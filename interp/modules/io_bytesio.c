/* io_bytesio.c -- _io.BytesIO: an in-memory binary file. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "iomodule.h"
#include "objects/typeobject.h"

#define BIO(o) ((GpBytesIO *)(o))

static int bio_check(GpBytesIO *b)
{
    if (b->closed) {
        gp_io_closed_error();
        return -1;
    }
    return 0;
}

/* getbuffer() moves the bytes into a bytearray (b->store) and returns a
 * memoryview of it, so writes through the view reach the BytesIO; while a
 * view is alive the BytesIO may not be written to or resized. */
static int bio_exported(GpBytesIO *b)
{
    return b->store && ((GpByteArray *)b->store)->exports > 0;
}

static int bio_check_exports(GpBytesIO *b)
{
    if (bio_exported(b)) {
        gp_err_set_string(&GpExc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

/* Take the bytes back from the store into a malloc'ed buffer of nc bytes. */
static int bio_unstore(GpBytesIO *b, gp_ssize nc)
{
    char *nb = malloc((size_t)(nc > 0 ? nc : 1));
    if (!nb) {
        gp_err_no_memory();
        return -1;
    }
    if (b->len)
        memcpy(nb, b->buf, (size_t)b->len);
    GP_CLEAR(b->store);
    b->buf = nb;
    b->cap = nc;
    return 0;
}

static void bio_free_buf(GpBytesIO *b)
{
    if (b->store)
        GP_CLEAR(b->store);
    else
        free(b->buf);
    b->buf = NULL;
}

static int bio_reserve(GpBytesIO *b, gp_ssize n)
{
    if (n <= b->cap)
        return 0;
    gp_ssize nc = b->cap * 2 > n ? b->cap * 2 : n + 64;
    if (b->store)
        return bio_unstore(b, nc);
    char *nb = realloc(b->buf, (size_t)nc);
    if (!nb) {
        gp_err_no_memory();
        return -1;
    }
    b->buf = nb;
    b->cap = nc;
    return 0;
}

static int bio_write_bytes(GpBytesIO *b, const char *p, gp_ssize n)
{
    if (n == 0)
        return 0;
    gp_ssize end = b->pos + n;
    if (bio_reserve(b, end) < 0)
        return -1;
    if (b->pos > b->len)
        memset(b->buf + b->len, 0, (size_t)(b->pos - b->len));
    memmove(b->buf + b->pos, p, (size_t)n);
    b->pos = end;
    if (end > b->len)
        b->len = end;
    return 0;
}

static GpObject *bio_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    return gp_type_generic_alloc(t, 0);
}

static int bio_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "initial_bytes", NULL };
    GpObject *a[1];
    if (gp_args_parse("BytesIO", args, nargs, kwnames, kwlist, 0, 1, a) < 0)
        return -1;
    GpBytesIO *b = BIO(self);
    if (bio_check_exports(b) < 0)
        return -1;
    b->len = b->pos = 0;
    b->closed = 0;
    if (a[0] && a[0] != gp_None) {
        const char *p;
        gp_ssize n;
        if (gp_bytes_buffer(a[0], &p, &n) < 0)
            return -1;
        if (bio_write_bytes(b, p, n) < 0)
            return -1;
        b->pos = 0;
    }
    return 0;
}

static GpObject *bio_write(GpObject *self, GpObject *data)
{
    GpBytesIO *b = BIO(self);
    if (bio_check(b) < 0)
        return NULL;
    const char *p;
    gp_ssize n;
    if (gp_bytes_buffer(data, &p, &n) < 0)
        return NULL;
    if (bio_check_exports(b) < 0)
        return NULL;
    if (bio_write_bytes(b, p, n) < 0)
        return NULL;
    return gp_int_from_ssize(n);
}

static GpObject *bio_read(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpBytesIO *b = BIO(self);
    gp_ssize n;
    if (gp_args_count("read", nargs, 0, 1) < 0 || gp_io_ssize_arg(nargs ? args[0] : NULL, -1, &n) < 0)
        return NULL;
    if (bio_check(b) < 0)
        return NULL;
    gp_ssize avail = b->len > b->pos ? b->len - b->pos : 0;
    if (n < 0 || n > avail)
        n = avail;
    GpObject *r = gp_bytes_from(b->buf ? b->buf + b->pos : "", n);
    if (r)
        b->pos += n;
    return r;
}

static GpObject *bio_readline_c(GpBytesIO *b, gp_ssize limit)
{
    if (bio_check(b) < 0)
        return NULL;
    gp_ssize avail = b->len > b->pos ? b->len - b->pos : 0;
    if (limit >= 0 && limit < avail)
        avail = limit;
    gp_ssize n = avail;
    if (avail > 0) {
        char *nl = memchr(b->buf + b->pos, '\n', (size_t)avail);
        if (nl)
            n = nl - (b->buf + b->pos) + 1;
    }
    GpObject *r = gp_bytes_from(n ? b->buf + b->pos : "", n);
    if (r)
        b->pos += n;
    return r;
}

static GpObject *bio_readline(GpObject *self, GpObject *const *args, size_t nargs)
{
    gp_ssize limit;
    if (gp_args_count("readline", nargs, 0, 1) < 0 ||
        gp_io_ssize_arg(nargs ? args[0] : NULL, -1, &limit) < 0)
        return NULL;
    return bio_readline_c(BIO(self), limit);
}

static GpObject *bio_iternext(GpObject *self)
{
    GpObject *line = bio_readline_c(BIO(self), -1);
    if (line && GP_SIZE(line) == 0) {
        GP_DECREF(line);
        return NULL;
    }
    return line;
}

static GpObject *bio_readinto(GpObject *self, GpObject *buf)
{
    GpBytesIO *b = BIO(self);
    if (bio_check(b) < 0)
        return NULL;
    char *bufdata;
    gp_ssize buflen;
    if (gp_io_writable_buffer(buf, &bufdata, &buflen) < 0)
        return NULL;
    gp_ssize avail = b->len > b->pos ? b->len - b->pos : 0;
    gp_ssize n = buflen < avail ? buflen : avail;
    if (n)
        memcpy(bufdata, b->buf + b->pos, (size_t)n);
    b->pos += n;
    return gp_int_from_ssize(n);
}

static GpObject *bio_getvalue(GpObject *self, GpObject *u)
{
    GpBytesIO *b = BIO(self);
    if (bio_check(b) < 0)
        return NULL;
    return gp_bytes_from(b->buf ? b->buf : "", b->len);
}

static GpObject *bio_tell(GpObject *self, GpObject *u)
{
    if (bio_check(BIO(self)) < 0)
        return NULL;
    return gp_int_from_ssize(BIO(self)->pos);
}

static GpObject *bio_seek(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpBytesIO *b = BIO(self);
    if (gp_args_count("seek", nargs, 1, 2) < 0)
        return NULL;
    if (!gp_index_check(args[0]))
        return gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    gp_ssize pos = gp_number_as_ssize(args[0], &GpExc_OverflowError), whence = 0;
    if (pos == -1 && gp_err_occurred())
        return NULL;
    if (nargs > 1 && gp_io_ssize_arg(args[1], 0, &whence) < 0)
        return NULL;
    if (bio_check(b) < 0)
        return NULL;
    if (whence == 0) {
        if (pos < 0)
            return gp_err_format(&GpExc_ValueError, "negative seek value %zd", pos);
    } else if (whence == 1) {
        pos += b->pos;
    } else if (whence == 2) {
        pos += b->len;
    } else {
        return gp_err_format(&GpExc_ValueError, "invalid whence (%zd, should be 0, 1 or 2)", whence);
    }
    if (pos < 0)
        pos = 0;
    b->pos = pos;
    return gp_int_from_ssize(pos);
}

static GpObject *bio_truncate(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpBytesIO *b = BIO(self);
    if (gp_args_count("truncate", nargs, 0, 1) < 0 || bio_check(b) < 0)
        return NULL;
    gp_ssize size;
    if (gp_io_ssize_arg(nargs ? args[0] : NULL, b->pos, &size) < 0)
        return NULL;
    if (size < 0)
        return gp_err_format(&GpExc_ValueError, "negative size value %zd", size);
    if (bio_check_exports(b) < 0)
        return NULL;
    if (size < b->len)
        b->len = size;
    return gp_int_from_ssize(size);
}

static GpObject *bio_close(GpObject *self, GpObject *u)
{
    GpBytesIO *b = BIO(self);
    if (bio_check_exports(b) < 0)
        return NULL;
    b->closed = 1;
    b->base.ioclosed = 1;
    bio_free_buf(b);
    b->len = b->cap = b->pos = 0;
    GP_RETURN_NONE;
}

static GpObject *bio_true(GpObject *self, GpObject *u)
{
    if (bio_check(BIO(self)) < 0)
        return NULL;
    GP_RETURN_TRUE;
}

static GpObject *bio_flush(GpObject *self, GpObject *u)
{
    if (bio_check(BIO(self)) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *bio_read1(GpObject *self, GpObject *const *args, size_t nargs) { return bio_read(self, args, nargs); }

static GpObject *bio_getbuffer(GpObject *self, GpObject *u)
{
    GpBytesIO *b = BIO(self);
    if (bio_check(b) < 0)
        return NULL;
    if (!b->store || GP_SIZE(b->store) != b->len) {
        GpObject *ba = gp_bytearray_from(b->buf ? b->buf : "", b->len);
        if (!ba)
            return NULL;
        bio_free_buf(b);
        b->store = ba;
        b->buf = GP_BYTEARRAY_DATA(ba);
        b->cap = b->len;
    }
    GpObject *arg = b->store;
    return gp_call((GpObject *)&GpMemoryView_Type, &arg, 1, NULL);
}

static GpObject *bio_closed_get(GpObject *self, void *c) { return gp_bool(BIO(self)->closed); }

static void bio_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    bio_free_buf(BIO(o));
    gp_io_base_dealloc_common(o);
    gp_obj_free(o);
}

static int bio_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpObject *d = ((GpIOBase *)o)->dict;
    return d ? visit(d, arg) : 0;
}

static int bio_clear(GpObject *o)
{
    GP_CLEAR(((GpIOBase *)o)->dict);
    return 0;
}

static const GpMethodDef bio_methods[] = {
    GP_METHOD("write", bio_write, GP_METH_O),
    GP_METHOD("read", bio_read, GP_METH_FAST),
    GP_METHOD("read1", bio_read1, GP_METH_FAST),
    GP_METHOD("readline", bio_readline, GP_METH_FAST),
    GP_METHOD("readinto", bio_readinto, GP_METH_O),
    GP_METHOD("getvalue", bio_getvalue, GP_METH_NOARGS),
    GP_METHOD("getbuffer", bio_getbuffer, GP_METH_NOARGS),
    GP_METHOD("tell", bio_tell, GP_METH_NOARGS),
    GP_METHOD("seek", bio_seek, GP_METH_FAST),
    GP_METHOD("truncate", bio_truncate, GP_METH_FAST),
    GP_METHOD("close", bio_close, GP_METH_NOARGS),
    GP_METHOD("flush", bio_flush, GP_METH_NOARGS),
    GP_METHOD("readable", bio_true, GP_METH_NOARGS),
    GP_METHOD("writable", bio_true, GP_METH_NOARGS),
    GP_METHOD("seekable", bio_true, GP_METH_NOARGS),
    { NULL },
};

static const GpGetSetDef bio_getsets[] = {
    { "closed", bio_closed_get, NULL, NULL, NULL },
    { NULL },
};

GpType GpBytesIO_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_io.BytesIO",
    .doc = "Buffered I/O implementation using an in-memory bytes buffer.",
    .basicsize = sizeof(GpBytesIO),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .base = &GpBufferedIOBase_Type,
    .dealloc = bio_dealloc,
    .traverse = bio_traverse,
    .clear = bio_clear,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .iternext = bio_iternext,
    .methods = bio_methods,
    .getsets = bio_getsets,
    .new_ = bio_new,
    .init = bio_init,
    .dictoffset = offsetof(GpIOBase, dict),
    .weaklistoffset = offsetof(GpIOBase, weakreflist),
};
