/* iomodule.c -- the _io module: the abstract base classes, open(), the
 * standard streams and the helpers shared by the io_*.c files.
 *
 * The design follows CPython's layered I/O (see iomodule.h). The abstract
 * classes _IOBase, _RawIOBase, _BufferedIOBase and _TextIOBase are real C
 * types so that isinstance(sys.stdout, io.TextIOBase) holds and Python
 * subclasses of them get the generic methods (iteration, context manager,
 * readlines, writelines) written here once on top of read()/readline().
 */
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "iomodule.h"
#include "concurrency/gil.h"
#include "vm/runtime.h"
#include "objects/typeobject.h"

GpType *gp_io_unsupported_type;

/* ---- shared helpers ------------------------------------------------------- */

GpObject *gp_io_unsupported(const char *msg)
{
    gp_err_set_string(gp_io_unsupported_type ? gp_io_unsupported_type : &GpExc_OSError, msg);
    return NULL;
}

GpObject *gp_io_closed_error(void)
{
    gp_err_set_string(&GpExc_ValueError, "I/O operation on closed file.");
    return NULL;
}

/* A read or write may block (pipe, terminal, socket, slow disk): other
 * threads run meanwhile. The buffer belongs to an object the caller keeps. */
static ssize_t sys_read_once(int fd, char *buf, size_t n)
{
    ssize_t r;
    GP_BEGIN_ALLOW_THREADS
    r = read(fd, buf, n);
    GP_END_ALLOW_THREADS
    return r;
}

static ssize_t sys_write_once(int fd, const char *buf, size_t n)
{
    ssize_t r;
    GP_BEGIN_ALLOW_THREADS
    r = write(fd, buf, n);
    GP_END_ALLOW_THREADS
    return r;
}

gp_ssize gp_io_sys_read(int fd, char *buf, gp_ssize n)
{
    for (;;) {
        ssize_t r = sys_read_once(fd, buf, (size_t)n);
        if (r >= 0)
            return r;
        if (errno != EINTR)
            return -1;
        /* PEP 475: run the signal handlers, then retry */
        if (gp_eval_handle_breaker(gp_tstate()) < 0) {
            errno = 0;
            return -1;
        }
    }
}

gp_ssize gp_io_sys_write(int fd, const char *buf, gp_ssize n)
{
    for (;;) {
        ssize_t r = sys_write_once(fd, buf, (size_t)n);
        if (r >= 0)
            return r;
        if (errno != EINTR)
            return -1;
        if (gp_eval_handle_breaker(gp_tstate()) < 0) {
            errno = 0;
            return -1;
        }
    }
}

int gp_io_ssize_arg(GpObject *o, gp_ssize dflt, gp_ssize *out)
{
    if (!o || o == gp_None) {
        *out = dflt;
        return 0;
    }
    if (!gp_index_check(o)) {
        gp_err_format(&GpExc_TypeError, "argument should be integer or None, not '%T'", o);
        return -1;
    }
    gp_ssize v = gp_number_as_ssize(o, &GpExc_OverflowError);
    if (v == -1 && gp_err_occurred())
        return -1;
    *out = v;
    return 0;
}

/* ---- _IOBase: generic methods ------------------------------------------ */

static int obj_closed(GpObject *self)
{
    GpObject *c = gp_getattr_str(self, "closed");
    if (!c)
        return -1;
    int r = gp_is_true(c);
    GP_DECREF(c);
    return r;
}

static int check_not_closed(GpObject *self)
{
    int c = obj_closed(self);
    if (c < 0)
        return -1;
    if (c) {
        gp_io_closed_error();
        return -1;
    }
    return 0;
}

static GpObject *iobase_unsupported_seek(GpObject *self, GpObject *const *a, size_t n) { return gp_io_unsupported("seek"); }
static GpObject *iobase_unsupported_trunc(GpObject *self, GpObject *const *a, size_t n) { return gp_io_unsupported("truncate"); }
static GpObject *iobase_fileno(GpObject *self, GpObject *u) { return gp_io_unsupported("fileno"); }

static GpObject *iobase_tell(GpObject *self, GpObject *u)
{
    GpObject *zero = gp_int_from_i64(0), *one = gp_int_from_i64(1);
    GpObject *a2[2] = { zero, one };
    GpObject *r = gp_call_method_str(self, "seek", a2, 2);
    GP_DECREF(zero);
    GP_DECREF(one);
    return r;
}

static GpObject *iobase_false(GpObject *self, GpObject *u) { GP_RETURN_FALSE; }

static GpObject *iobase_isatty(GpObject *self, GpObject *u)
{
    if (check_not_closed(self) < 0)
        return NULL;
    GP_RETURN_FALSE;
}

static GpObject *iobase_flush(GpObject *self, GpObject *u)
{
    if (((GpIOBase *)self)->ioclosed)
        return gp_io_closed_error();
    GP_RETURN_NONE;
}

static GpObject *iobase_close(GpObject *self, GpObject *u)
{
    GpIOBase *b = (GpIOBase *)self;
    if (b->ioclosed)
        GP_RETURN_NONE;
    GpObject *r = gp_call_method_str(self, "flush", NULL, 0);
    b->ioclosed = 1;
    if (!r)
        return NULL;
    GP_DECREF(r);
    GP_RETURN_NONE;
}

static GpObject *iobase_closed_get(GpObject *self, void *c) { return gp_bool(((GpIOBase *)self)->ioclosed); }

static GpObject *iobase_enter(GpObject *self, GpObject *u)
{
    if (check_not_closed(self) < 0)
        return NULL;
    return gp_newref(self);
}

static GpObject *iobase_exit(GpObject *self, GpObject *const *args, size_t nargs)
{
    return gp_call_method_str(self, "close", NULL, 0);
}

static GpObject *iobase_iter(GpObject *self)
{
    if (check_not_closed(self) < 0)
        return NULL;
    return gp_newref(self);
}

static GpObject *iobase_iternext(GpObject *self)
{
    GpObject *line = gp_call_method_str(self, "readline", NULL, 0);
    if (!line)
        return NULL;
    gp_ssize n = gp_len(line);
    if (n < 0) {
        GP_DECREF(line);
        return NULL;
    }
    if (n == 0) {
        GP_DECREF(line);
        return NULL;       /* exhausted */
    }
    return line;
}

/* readline(size=-1) for binary streams, on top of peek()/read(1). */
static GpObject *iobase_readline(GpObject *self, GpObject *const *args, size_t nargs)
{
    gp_ssize limit = -1;
    if (gp_args_count("readline", nargs, 0, 1) < 0 ||
        gp_io_ssize_arg(nargs ? args[0] : NULL, -1, &limit) < 0)
        return NULL;
    GpObject *acc = gp_bytearray_from(NULL, 0);
    if (!acc)
        return NULL;
    while (limit < 0 || GP_SIZE(acc) < limit) {
        GpObject *one = gp_int_from_i64(1);
        GpObject *b = gp_call_method_str(self, "read", &one, 1);
        GP_DECREF(one);
        if (!b)
            goto fail;
        if (b == gp_None) {
            GP_DECREF(b);
            break;
        }
        const char *p;
        gp_ssize n;
        if (gp_bytes_buffer(b, &p, &n) < 0) {
            GP_DECREF(b);
            gp_err_clear();
            gp_err_format(&GpExc_OSError, "read() should have returned a bytes object, not '%T'", b);
            goto fail;
        }
        if (n == 0) {
            GP_DECREF(b);
            break;
        }
        gp_ssize old = GP_SIZE(acc);
        if (gp_bytearray_resize(acc, old + n) < 0) {
            GP_DECREF(b);
            goto fail;
        }
        memcpy(GP_BYTEARRAY_DATA(acc) + old, p, (size_t)n);
        GP_DECREF(b);
        if (GP_BYTEARRAY_DATA(acc)[GP_SIZE(acc) - 1] == '\n')
            break;
    }
    GpObject *r = gp_bytes_from(GP_BYTEARRAY_DATA(acc), GP_SIZE(acc));
    GP_DECREF(acc);
    return r;
fail:
    GP_DECREF(acc);
    return NULL;
}

GpObject *gp_io_iobase_readlines(GpObject *self, GpObject *hintobj)
{
    gp_ssize hint = -1;
    if (gp_io_ssize_arg(hintobj, -1, &hint) < 0)
        return NULL;
    GpObject *l = gp_list_new(0);
    GpObject *it = l ? gp_iter(self) : NULL;
    if (!it) {
        GP_XDECREF(l);
        return NULL;
    }
    gp_ssize total = 0;
    GpObject *line;
    while ((line = gp_iter_next(it)) != NULL) {
        int r = gp_list_append(l, line);
        gp_ssize n = gp_len(line);
        GP_DECREF(line);
        if (r < 0 || n < 0)
            goto fail;
        total += n;
        if (hint > 0 && total >= hint)
            break;
    }
    if (gp_err_occurred())
        goto fail;
    GP_DECREF(it);
    return l;
fail:
    GP_DECREF(it);
    GP_DECREF(l);
    return NULL;
}

static GpObject *iobase_readlines(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("readlines", nargs, 0, 1) < 0)
        return NULL;
    return gp_io_iobase_readlines(self, nargs ? args[0] : NULL);
}

static GpObject *iobase_writelines(GpObject *self, GpObject *lines)
{
    if (check_not_closed(self) < 0)
        return NULL;
    GpObject *it = gp_iter(lines);
    if (!it)
        return NULL;
    GpObject *line;
    while ((line = gp_iter_next(it)) != NULL) {
        GpObject *r = gp_call_method_str(self, "write", &line, 1);
        GP_DECREF(line);
        if (!r) {
            GP_DECREF(it);
            return NULL;
        }
        GP_DECREF(r);
    }
    GP_DECREF(it);
    if (gp_err_occurred())
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *iobase_check_closed(GpObject *self, GpObject *const *a, size_t n)
{
    if (check_not_closed(self) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *check_capability(GpObject *self, const char *meth, const char *msg)
{
    GpObject *r = gp_call_method_str(self, meth, NULL, 0);
    if (!r)
        return NULL;
    int t = gp_is_true(r);
    GP_DECREF(r);
    if (t < 0)
        return NULL;
    if (!t)
        return gp_io_unsupported(msg);
    GP_RETURN_NONE;
}
static GpObject *iobase_check_readable(GpObject *s, GpObject *const *a, size_t n) { return check_capability(s, "readable", "File or stream is not readable."); }
static GpObject *iobase_check_writable(GpObject *s, GpObject *const *a, size_t n) { return check_capability(s, "writable", "File or stream is not writable."); }
static GpObject *iobase_check_seekable(GpObject *s, GpObject *const *a, size_t n) { return check_capability(s, "seekable", "File or stream is not seekable."); }

/* Closing on destruction: what CPython's IOBase.__del__ does. Errors are
 * silently dropped (as CPython does outside development mode). */
static void iobase_finalize(GpObject *self)
{
    GpObject *saved = gp_err_fetch();
    int c = obj_closed(self);
    if (c == 0) {
        GpObject *r = gp_call_method_str(self, "close", NULL, 0);
        GP_XDECREF(r);
    }
    gp_err_clear();
    gp_err_restore(saved);
}

void gp_io_base_dealloc_common(GpObject *o)
{
    GpIOBase *b = (GpIOBase *)o;
    if (b->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &b->weakreflist);
    GP_CLEAR(b->dict);
}

static void iobase_dealloc(GpObject *o)
{
    if (gp_call_finalizer_from_dealloc(o) < 0)
        return;
    gp_gc_untrack(o);
    gp_io_base_dealloc_common(o);
    gp_obj_free(o);
}

static int iobase_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpObject *d = ((GpIOBase *)o)->dict;
    return d ? visit(d, arg) : 0;
}

static int iobase_clear(GpObject *o)
{
    GP_CLEAR(((GpIOBase *)o)->dict);
    return 0;
}

static GpObject *iobase_dict_get(GpObject *self, void *c)
{
    GpIOBase *b = (GpIOBase *)self;
    if (!b->dict && !(b->dict = gp_dict_new()))
        return NULL;
    return gp_newref(b->dict);
}

static const GpMethodDef iobase_methods[] = {
    GP_METHOD("seek", iobase_unsupported_seek, GP_METH_FAST),
    GP_METHOD("tell", iobase_tell, GP_METH_NOARGS),
    GP_METHOD("truncate", iobase_unsupported_trunc, GP_METH_FAST),
    GP_METHOD("flush", iobase_flush, GP_METH_NOARGS),
    GP_METHOD("close", iobase_close, GP_METH_NOARGS),
    GP_METHOD("seekable", iobase_false, GP_METH_NOARGS),
    GP_METHOD("readable", iobase_false, GP_METH_NOARGS),
    GP_METHOD("writable", iobase_false, GP_METH_NOARGS),
    GP_METHOD("fileno", iobase_fileno, GP_METH_NOARGS),
    GP_METHOD("isatty", iobase_isatty, GP_METH_NOARGS),
    GP_METHOD("__enter__", iobase_enter, GP_METH_NOARGS),
    GP_METHOD("__exit__", iobase_exit, GP_METH_FAST),
    GP_METHOD("readline", iobase_readline, GP_METH_FAST),
    GP_METHOD("readlines", iobase_readlines, GP_METH_FAST),
    GP_METHOD("writelines", iobase_writelines, GP_METH_O),
    GP_METHOD("_checkClosed", iobase_check_closed, GP_METH_FAST),
    GP_METHOD("_checkReadable", iobase_check_readable, GP_METH_FAST),
    GP_METHOD("_checkWritable", iobase_check_writable, GP_METH_FAST),
    GP_METHOD("_checkSeekable", iobase_check_seekable, GP_METH_FAST),
    { NULL },
};

static const GpGetSetDef iobase_getsets[] = {
    { "closed", iobase_closed_get, NULL, NULL, NULL },
    { "__dict__", iobase_dict_get, NULL, NULL, NULL },
    { NULL },
};

GpType GpIOBase_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_io._IOBase",
    .doc = "The abstract base class for all I/O classes.",
    .basicsize = sizeof(GpIOBase),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .dealloc = iobase_dealloc,
    .traverse = iobase_traverse,
    .clear = iobase_clear,
    .finalize = iobase_finalize,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .iter = iobase_iter,
    .iternext = iobase_iternext,
    .methods = iobase_methods,
    .getsets = iobase_getsets,
    .new_ = NULL,
    .dictoffset = offsetof(GpIOBase, dict),
    .weaklistoffset = offsetof(GpIOBase, weakreflist),
};

/* ---- _RawIOBase ------------------------------------------------------------ */

static GpObject *rawiobase_readall(GpObject *self, GpObject *u)
{
    GpObject *acc = gp_bytearray_from(NULL, 0);
    if (!acc)
        return NULL;
    for (;;) {
        GpObject *sz = gp_int_from_i64(GP_IO_DEFAULT_BUFFER_SIZE);
        GpObject *b = gp_call_method_str(self, "read", &sz, 1);
        GP_DECREF(sz);
        if (!b) {
            GP_DECREF(acc);
            return NULL;
        }
        if (b == gp_None) {
            GP_DECREF(b);
            if (GP_SIZE(acc) == 0) {
                GP_DECREF(acc);
                GP_RETURN_NONE;
            }
            break;
        }
        const char *p;
        gp_ssize n;
        if (gp_bytes_buffer(b, &p, &n) < 0) {
            GP_DECREF(b);
            GP_DECREF(acc);
            return NULL;
        }
        if (n == 0) {
            GP_DECREF(b);
            break;
        }
        gp_ssize old = GP_SIZE(acc);
        if (gp_bytearray_resize(acc, old + n) < 0) {
            GP_DECREF(b);
            GP_DECREF(acc);
            return NULL;
        }
        memcpy(GP_BYTEARRAY_DATA(acc) + old, p, (size_t)n);
        GP_DECREF(b);
    }
    GpObject *r = gp_bytes_from(GP_BYTEARRAY_DATA(acc), GP_SIZE(acc));
    GP_DECREF(acc);
    return r;
}

static GpObject *rawiobase_read(GpObject *self, GpObject *const *args, size_t nargs)
{
    gp_ssize n = -1;
    if (gp_args_count("read", nargs, 0, 1) < 0 || gp_io_ssize_arg(nargs ? args[0] : NULL, -1, &n) < 0)
        return NULL;
    if (n < 0)
        return gp_call_method_str(self, "readall", NULL, 0);
    GpObject *ba = gp_bytearray_from(NULL, n);
    if (!ba)
        return NULL;
    GpObject *r = gp_call_method_str(self, "readinto", &ba, 1);
    if (!r || r == gp_None) {
        GP_DECREF(ba);
        return r;
    }
    gp_ssize got = gp_number_as_ssize(r, &GpExc_OverflowError);
    GP_DECREF(r);
    if (got == -1 && gp_err_occurred()) {
        GP_DECREF(ba);
        return NULL;
    }
    if (got < 0 || got > n) {
        GP_DECREF(ba);
        return gp_err_format(&GpExc_ValueError, "readinto returned %zd outside buffer size %zd", got, n);
    }
    GpObject *res = gp_bytes_from(GP_BYTEARRAY_DATA(ba), got);
    GP_DECREF(ba);
    return res;
}

static const GpMethodDef rawiobase_methods[] = {
    GP_METHOD("read", rawiobase_read, GP_METH_FAST),
    GP_METHOD("readall", rawiobase_readall, GP_METH_NOARGS),
    { NULL },
};

GpType GpRawIOBase_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_io._RawIOBase",
    .doc = "Base class for raw binary I/O.",
    .basicsize = sizeof(GpIOBase),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .base = &GpIOBase_Type,
    .methods = rawiobase_methods,
};

/* ---- _BufferedIOBase ------------------------------------------------------ */

static GpObject *bufiobase_unsup_read(GpObject *s, GpObject *const *a, size_t n) { return gp_io_unsupported("read"); }
static GpObject *bufiobase_unsup_read1(GpObject *s, GpObject *const *a, size_t n) { return gp_io_unsupported("read1"); }
static GpObject *bufiobase_unsup_write(GpObject *s, GpObject *const *a, size_t n) { return gp_io_unsupported("write"); }
static GpObject *bufiobase_unsup_detach(GpObject *s, GpObject *u) { return gp_io_unsupported("detach"); }

static GpObject *bufiobase_readinto(GpObject *self, GpObject *buf)
{
    char *bufdata;
    gp_ssize buflen;
    if (gp_io_writable_buffer(buf, &bufdata, &buflen) < 0)
        return NULL;
    GpObject *n = gp_int_from_ssize(buflen);
    GpObject *data = gp_call_method_str(self, "read", &n, 1);
    GP_DECREF(n);
    if (!data)
        return NULL;
    const char *p;
    gp_ssize len;
    if (gp_bytes_buffer(data, &p, &len) < 0) {
        GP_DECREF(data);
        return NULL;
    }
    /* read() ran Python code: look at the buffer again */
    if (gp_io_writable_buffer(buf, &bufdata, &buflen) < 0) {
        GP_DECREF(data);
        return NULL;
    }
    if (len > buflen)
        len = buflen;
    memcpy(bufdata, p, (size_t)len);
    GP_DECREF(data);
    return gp_int_from_ssize(len);
}

static const GpMethodDef bufiobase_methods[] = {
    GP_METHOD("read", bufiobase_unsup_read, GP_METH_FAST),
    GP_METHOD("read1", bufiobase_unsup_read1, GP_METH_FAST),
    GP_METHOD("write", bufiobase_unsup_write, GP_METH_FAST),
    GP_METHOD("detach", bufiobase_unsup_detach, GP_METH_NOARGS),
    GP_METHOD("readinto", bufiobase_readinto, GP_METH_O),
    { NULL },
};

GpType GpBufferedIOBase_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_io._BufferedIOBase",
    .doc = "Base class for buffered IO objects.",
    .basicsize = sizeof(GpIOBase),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .base = &GpIOBase_Type,
    .methods = bufiobase_methods,
};

/* ---- _TextIOBase ------------------------------------------------------------ */

static GpObject *textiobase_unsup_readline(GpObject *s, GpObject *const *a, size_t n) { return gp_io_unsupported("readline"); }
static GpObject *textiobase_none(GpObject *s, void *c) { GP_RETURN_NONE; }

static const GpMethodDef textiobase_methods[] = {
    GP_METHOD("read", bufiobase_unsup_read, GP_METH_FAST),
    GP_METHOD("readline", textiobase_unsup_readline, GP_METH_FAST),
    GP_METHOD("write", bufiobase_unsup_write, GP_METH_FAST),
    GP_METHOD("detach", bufiobase_unsup_detach, GP_METH_NOARGS),
    { NULL },
};

static const GpGetSetDef textiobase_getsets[] = {
    { "encoding", textiobase_none, NULL, NULL, NULL },
    { "newlines", textiobase_none, NULL, NULL, NULL },
    { "errors", textiobase_none, NULL, NULL, NULL },
    { NULL },
};

GpType GpTextIOBase_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_io._TextIOBase",
    .doc = "Base class for text I/O.",
    .basicsize = sizeof(GpIOBase),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .base = &GpIOBase_Type,
    .methods = textiobase_methods,
    .getsets = textiobase_getsets,
};

/* ---- open() ----------------------------------------------------------------- */

static int bad_mode(GpObject *mode)
{
    gp_err_format(&GpExc_ValueError, "invalid mode: %R", mode);
    return -1;
}

typedef struct {
    int creating, reading, writing, appending, updating, text, binary;
} ModeFlags;

static int parse_mode(GpObject *mode, ModeFlags *m)
{
    memset(m, 0, sizeof *m);
    const char *s = GP_STR_DATA(mode);
    gp_ssize n = GP_STR_NBYTES(mode);
    char seen[256] = { 0 };
    for (gp_ssize i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!strchr("xrwabt+", c) || c == 0 || seen[c])
            return bad_mode(mode);
        seen[c] = 1;
        switch (c) {
        case 'x': m->creating = 1; break;
        case 'r': m->reading = 1; break;
        case 'w': m->writing = 1; break;
        case 'a': m->appending = 1; break;
        case '+': m->updating = 1; break;
        case 't': m->text = 1; break;
        case 'b': m->binary = 1; break;
        }
    }
    if (m->text && m->binary) {
        gp_err_set_string(&GpExc_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    if (m->creating + m->reading + m->writing + m->appending == 0) {
        /* CPython lets FileIO reject it */
        gp_err_set_string(&GpExc_ValueError,
                          "Must have exactly one of create/read/write/append mode and at most one plus");
        return -1;
    }
    if (m->creating + m->reading + m->writing + m->appending != 1) {
        gp_err_set_string(&GpExc_ValueError, "must have exactly one of create/read/write/append mode");
        return -1;
    }
    return 0;
}

static int opt_str(GpObject *o, const char *argname, const char **out)
{
    *out = NULL;
    if (!o || o == gp_None)
        return 0;
    if (!GP_STR_CHECK(o)) {
        gp_err_format(&GpExc_TypeError, "open() argument '%s' must be str or None, not %T", argname, o);
        return -1;
    }
    *out = GP_STR_DATA(o);
    return 0;
}

static GpObject *io_open(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "file", "mode", "buffering", "encoding", "errors",
                                          "newline", "closefd", "opener", NULL };
    GpObject *a[8];
    if (GP_NARGS(nargs) > 8)
        return gp_err_format(&GpExc_TypeError, "open() takes at most 8 arguments (%zd given)",
                             (gp_ssize)GP_NARGS(nargs));
    if (gp_args_parse("open", args, nargs, kwnames, kwlist, 1, 8, a) < 0)
        return NULL;
    GpObject *file = a[0];
    GpObject *modeobj = a[1];
    if (modeobj && !GP_STR_CHECK(modeobj))
        return gp_err_format(&GpExc_TypeError, "open() argument 'mode' must be str, not %T", modeobj);
    gp_ssize buffering = -1;
    if (a[2]) {
        if (!GP_INT_CHECK(a[2]))
            return gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", a[2]);
        if (gp_int_as_ssize(a[2], &buffering) < 0)
            return NULL;
    }
    const char *encoding, *errors, *newline_s;
    if (opt_str(a[3], "encoding", &encoding) < 0 || opt_str(a[4], "errors", &errors) < 0 ||
        opt_str(a[5], "newline", &newline_s) < 0)
        return NULL;
    int closefd = 1;
    if (a[6] && (closefd = gp_is_true(a[6])) < 0)
        return NULL;
    GpObject *opener = a[7] && a[7] != gp_None ? a[7] : NULL;

    if (!GP_STR_CHECK(file) && !GP_BYTES_CHECK(file) && !GP_INT_CHECK(file)) {
        /* os.PathLike */
        GpObject *fspath = gp_lookup_special(file, gp_str_intern_cstr("__fspath__"));
        if (!fspath)
            return gp_err_format(&GpExc_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
        GP_DECREF(fspath);
    }
    GpObject *mode = modeobj ? gp_newref(modeobj) : gp_str_from_cstr("r");
    ModeFlags mf;
    if (parse_mode(mode, &mf) < 0)
        goto fail_mode;
    if (mf.binary && encoding) {
        gp_err_set_string(&GpExc_ValueError, "binary mode doesn't take an encoding argument");
        goto fail_mode;
    }
    if (mf.binary && errors) {
        gp_err_set_string(&GpExc_ValueError, "binary mode doesn't take an errors argument");
        goto fail_mode;
    }
    if (mf.binary && newline_s) {
        gp_err_set_string(&GpExc_ValueError, "binary mode doesn't take a newline argument");
        goto fail_mode;
    }
    if (!mf.binary && buffering == 0) {
        gp_err_set_string(&GpExc_ValueError, "can't have unbuffered text I/O");
        goto fail_mode;
    }
    if (newline_s && strcmp(newline_s, "") && strcmp(newline_s, "\n") && strcmp(newline_s, "\r") &&
        strcmp(newline_s, "\r\n")) {
        gp_err_format(&GpExc_ValueError, "illegal newline value: %s", newline_s);
        goto fail_mode;
    }
    char rawmode[8];
    int k = 0;
    if (mf.creating) rawmode[k++] = 'x';
    if (mf.reading) rawmode[k++] = 'r';
    if (mf.writing) rawmode[k++] = 'w';
    if (mf.appending) rawmode[k++] = 'a';
    if (mf.updating) rawmode[k++] = '+';
    rawmode[k] = 0;

    GpObject *raw = NULL, *buffer = NULL, *text = NULL;
    raw = gp_fileio_open(file, rawmode, closefd, opener);
    if (!raw)
        goto fail_mode;
    GpFileIO *fio = (GpFileIO *)raw;
    int line_buffering = 0;
    int tty = isatty(fio->fd);
    if (buffering == 1 || (buffering < 0 && tty)) {
        buffering = -1;
        line_buffering = 1;
    }
    if (buffering < 0)
        buffering = fio->blksize > 1 ? fio->blksize : GP_IO_DEFAULT_BUFFER_SIZE;
    if (buffering == 0) {
        GP_DECREF(mode);
        return raw;           /* binary, unbuffered */
    }
    GpType *bt = mf.updating ? &GpBufferedRandom_Type
               : (mf.writing || mf.appending || mf.creating) ? &GpBufferedWriter_Type
               : &GpBufferedReader_Type;
    buffer = gp_buffered_new(bt, raw, buffering);
    if (!buffer)
        goto fail;
    if (mf.binary) {
        GP_DECREF(raw);
        GP_DECREF(mode);
        return buffer;
    }
    text = gp_textio_new(buffer, encoding, errors, a[5] ? a[5] : gp_None, line_buffering, 0);
    if (!text)
        goto fail;
    if (gp_setattr_str(text, "mode", mode) < 0)
        goto fail;
    GP_DECREF(raw);
    GP_DECREF(buffer);
    GP_DECREF(mode);
    return text;
fail:
    {
        GpObject *exc = gp_err_fetch();
        GpObject *target = text ? text : buffer ? buffer : raw;
        GpObject *r = gp_call_method_str(target, "close", NULL, 0);
        GP_XDECREF(r);
        gp_err_clear();
        gp_err_restore(exc);
    }
    GP_XDECREF(text);
    GP_XDECREF(buffer);
    GP_XDECREF(raw);
fail_mode:
    GP_DECREF(mode);
    return NULL;
}

static GpObject *io_open_code(GpObject *m, GpObject *path)
{
    if (!GP_STR_CHECK(path))
        return gp_err_format(&GpExc_TypeError, "open_code() argument 'path' must be str, not %T", path);
    GpObject *args[2] = { path, NULL };
    args[1] = gp_str_from_cstr("rb");
    GpObject *r = io_open(m, args, 2, NULL);
    GP_DECREF(args[1]);
    return r;
}

static GpObject *io_text_encoding(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("text_encoding", nargs, 1, 2) < 0)
        return NULL;
    if (args[0] != gp_None)
        return gp_newref(args[0]);
    return gp_str_from_cstr("locale");
}

/* ---- the standard streams --------------------------------------------------- */

/* sys.stdin/stdout/stderr as CPython builds them: a FileIO over the fd
 * (closefd=False), a BufferedReader/Writer, and a TextIOWrapper in utf-8
 * with newline '\n'. stdout is line buffered on a terminal and block
 * buffered otherwise; stderr is always line buffered; with -u the writers
 * pass every write straight through to the fd. */
static int ready_types(void);

/* CPython uses surrogateescape for stdin/stdout under the C/POSIX locale
 * (undecodable bytes survive a round trip) and strict otherwise. */
static const char *std_errors(void)
{
    static const char *const vars[] = { "LC_ALL", "LC_CTYPE", "LANG" };
    for (int i = 0; i < 3; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v) {
            /* the C locale, and the UTF-8 locales CPython coerces it to */
            static const char *const c_like[] = { "C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8", NULL };
            for (int k = 0; c_like[k]; k++)
                if (strcmp(v, c_like[k]) == 0)
                    return "surrogateescape";
            return "strict";
        }
    }
    return "surrogateescape";
}

GpObject *gp_io_std_stream(int fd, int writable, int unbuffered)
{
    if (ready_types() < 0)
        return NULL;
    struct stat st;
    if (fstat(fd, &st) < 0 && errno == EBADF)
        GP_RETURN_NONE;
    int force_unbuffered = gp_interp()->flag_unbuffered;
    const char *envu = getenv("PYTHONUNBUFFERED");
    if (envu && *envu) {
        force_unbuffered = 1;
        unbuffered = 1;
    }
    if (fd == 2)
        unbuffered = force_unbuffered;
    GpObject *fdobj = gp_int_from_i64(fd);
    if (!fdobj)
        return NULL;
    GpObject *raw = gp_fileio_open(fdobj, writable ? "w" : "r", 0, NULL);
    GP_DECREF(fdobj);
    if (!raw)
        return NULL;
    const char *nm = fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : fd == 2 ? "<stderr>" : NULL;
    GpObject *name = nm ? gp_str_from_cstr(nm) : NULL;
    if (name && gp_setattr_str(raw, "name", name) < 0) {
        GP_DECREF(name);
        GP_DECREF(raw);
        return NULL;
    }
    GpType *bt = writable ? &GpBufferedWriter_Type : &GpBufferedReader_Type;
    /* unbuffered writers (-u) write the text straight to the FileIO, as CPython */
    GpObject *buffer = unbuffered && writable ? gp_newref(raw)
                                               : gp_buffered_new(bt, raw, GP_IO_DEFAULT_BUFFER_SIZE);
    GP_DECREF(raw);
    if (!buffer) {
        GP_XDECREF(name);
        return NULL;
    }
    int line_buffering = !unbuffered && (isatty(fd) || fd == 2);
    GpObject *nl = gp_str_from_cstr("\n");
    GpObject *text = gp_textio_new(buffer, "utf-8", fd == 2 ? "backslashreplace" : std_errors(),
                                   nl, line_buffering, unbuffered && writable);
    GP_DECREF(nl);
    GP_DECREF(buffer);
    if (!text) {
        GP_XDECREF(name);
        return NULL;
    }
    GpObject *mode = gp_str_from_cstr(writable ? "w" : "r");
    if (!mode || gp_setattr_str(text, "mode", mode) < 0) {
        GP_XDECREF(mode);
        GP_XDECREF(name);
        GP_DECREF(text);
        return NULL;
    }
    GP_DECREF(mode);
    GP_XDECREF(name);
    return text;
}

/* ---- the module ---------------------------------------------------------------- */

static const GpMethodDef io_functions[] = {
    { "open", (void *)io_open, GP_METH_FASTKW,
      "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)" },
    GP_METHOD("open_code", io_open_code, GP_METH_O),
    GP_METHOD("text_encoding", io_text_encoding, GP_METH_FAST),
    { NULL },
};

static int make_unsupported(void)
{
    if (gp_io_unsupported_type)
        return 0;
    GpObject *name = gp_str_from_cstr("UnsupportedOperation");
    GpObject *bases = gp_tuple_pack(2, (GpObject *)&GpExc_OSError, (GpObject *)&GpExc_ValueError);
    GpObject *dict = gp_dict_new();
    GpObject *modname = gp_str_from_cstr("io");
    if (!name || !bases || !dict || !modname || gp_dict_setitem_str(dict, "__module__", modname) < 0)
        goto fail;
    GpObject *t = gp_type_new(&GpType_Type, name, bases, dict, NULL, NULL);
    if (!t)
        goto fail;
    gp_io_unsupported_type = (GpType *)t;   /* kept for the life of the process */
    GP_DECREF(name);
    GP_DECREF(bases);
    GP_DECREF(dict);
    GP_DECREF(modname);
    return 0;
fail:
    GP_XDECREF(name);
    GP_XDECREF(bases);
    GP_XDECREF(dict);
    GP_XDECREF(modname);
    return -1;
}

static struct { const char *name; GpType *t; } io_types[] = {
    { "_IOBase", &GpIOBase_Type }, { "_RawIOBase", &GpRawIOBase_Type },
    { "_BufferedIOBase", &GpBufferedIOBase_Type }, { "_TextIOBase", &GpTextIOBase_Type },
    { "FileIO", &GpFileIO_Type }, { "BufferedReader", &GpBufferedReader_Type },
    { "BufferedWriter", &GpBufferedWriter_Type }, { "BufferedRandom", &GpBufferedRandom_Type },
    { "TextIOWrapper", &GpTextIOWrapper_Type }, { "StringIO", &GpStringIO_Type },
    { "BytesIO", &GpBytesIO_Type },
};

static int ready_types(void)
{
    for (size_t i = 0; i < sizeof io_types / sizeof io_types[0]; i++)
        if (!(io_types[i].t->flags & GP_TPFLAGS_READY) && gp_type_ready(io_types[i].t) < 0)
            return -1;
    return make_unsupported();
}

int gp_mod__io_init(GpObject *module)
{
    GpObject *d = GP_MODULE_DICT(module);
    GpObject *modname = gp_str_from_cstr("_io");
    if (!modname)
        return -1;
    int r = gp_add_functions(d, io_functions, modname);
    GP_DECREF(modname);
    if (r < 0)
        return -1;
    if (ready_types() < 0)
        return -1;
    for (size_t i = 0; i < sizeof io_types / sizeof io_types[0]; i++)
        if (gp_dict_setitem_str(d, io_types[i].name, (GpObject *)io_types[i].t) < 0)
            return -1;
    if (gp_dict_setitem_str(d, "UnsupportedOperation", (GpObject *)gp_io_unsupported_type) < 0)
        return -1;
    GpObject *v = gp_int_from_i64(GP_IO_DEFAULT_BUFFER_SIZE);
    if (!v || gp_dict_setitem_str(d, "DEFAULT_BUFFER_SIZE", v) < 0) {
        GP_XDECREF(v);
        return -1;
    }
    GP_DECREF(v);
    if (gp_dict_setitem_str(d, "BlockingIOError", (GpObject *)&GpExc_BlockingIOError) < 0)
        return -1;
    return 0;
}

GpObject *gp_io_newlines_obj(int seennl)
{
    static const char *const kinds[8][3] = {
        { NULL }, { "\n" }, { "\r" }, { "\r", "\n" }, { "\r\n" },
        { "\n", "\r\n" }, { "\r", "\r\n" }, { "\r", "\n", "\r\n" },
    };
    int k = seennl & 7;
    if (!k)
        GP_RETURN_NONE;
    gp_ssize n = kinds[k][2] ? 3 : kinds[k][1] ? 2 : 1;
    if (n == 1)
        return gp_str_from_cstr(kinds[k][0]);
    GpObject *t = gp_tuple_new(n);
    if (!t)
        return NULL;
    for (gp_ssize i = 0; i < n; i++) {
        GpObject *x = gp_str_from_cstr(kinds[k][i]);
        if (!x) {
            GP_DECREF(t);
            return NULL;
        }
        GP_TUPLE_SET(t, i, x);
    }
    return t;
}

int gp_io_writable_buffer(GpObject *buf, char **data, gp_ssize *len)
{
    if (gp_bytes_writable_buffer(buf, data, len) == 0)
        return 0;
    if (!gp_err_matches(&GpExc_TypeError) && !gp_err_matches(&GpExc_BufferError))
        return -1;   /* e.g. a released memoryview: CPython reports that */
    gp_err_clear();
    gp_err_format(&GpExc_TypeError, "readinto() argument must be read-write bytes-like object, not %T", buf);
    return -1;
}
