/* io_stringio.c -- _io.StringIO: an in-memory text file.
 *
 * The text is kept as an array of code points, so positions (tell, seek,
 * writes in the middle) are code-point indices as in CPython, at O(1).
 * Newline handling follows TextIOWrapper's, applied when text is written
 * (that is when CPython's StringIO translates too).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "iomodule.h"
#include "objects/typeobject.h"

#define SIO(o) ((GpStringIO *)(o))

static int sio_check(GpStringIO *s)
{
    if (!s->ok) {
        gp_err_set_string(&GpExc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    if (s->closed) {
        gp_err_set_string(&GpExc_ValueError, "I/O operation on closed file");
        return -1;
    }
    return 0;
}

static int sio_reserve(GpStringIO *s, gp_ssize n)
{
    if (n <= s->cap)
        return 0;
    gp_ssize nc = s->cap * 2 > n ? s->cap * 2 : n + 16;
    uint32_t *nb = realloc(s->buf, (size_t)nc * sizeof(uint32_t));
    if (!nb) {
        gp_err_no_memory();
        return -1;
    }
    s->buf = nb;
    s->cap = nc;
    return 0;
}

/* Decode one code point from UTF-8 at *pp (trusted: str data is valid). */
static uint32_t utf8_next(const unsigned char **pp)
{
    const unsigned char *p = *pp;
    uint32_t c = p[0];
    if (c < 0x80) {
        *pp = p + 1;
        return c;
    }
    if (c < 0xE0) {
        *pp = p + 2;
        return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        *pp = p + 3;
        return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *pp = p + 4;
    return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

static GpObject *make_str(const uint32_t *cp, gp_ssize n)
{
    gp_ssize nbytes = 0;
    int ascii = 1;
    for (gp_ssize i = 0; i < n; i++) {
        uint32_t c = cp[i];
        nbytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (c >= 0x80)
            ascii = 0;
    }
    GpObject *s = gp_str_new_uninit(nbytes, n, ascii);
    if (!s)
        return NULL;
    unsigned char *o = (unsigned char *)GP_STR_DATA(s);
    for (gp_ssize i = 0; i < n; i++) {
        uint32_t c = cp[i];
        if (c < 0x80) {
            *o++ = (unsigned char)c;
        } else if (c < 0x800) {
            *o++ = (unsigned char)(0xC0 | (c >> 6));
            *o++ = (unsigned char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *o++ = (unsigned char)(0xE0 | (c >> 12));
            *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            *o++ = (unsigned char)(0x80 | (c & 0x3F));
        } else {
            *o++ = (unsigned char)(0xF0 | (c >> 18));
            *o++ = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
            *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            *o++ = (unsigned char)(0x80 | (c & 0x3F));
        }
    }
    *o = 0;
    return s;
}

/* Write the text of str at the current position (translating newlines). */
static int sio_write_str(GpStringIO *s, GpObject *str)
{
    gp_ssize n = GP_STR_LEN(str);
    if (n == 0)
        return 0;
    size_t extra = s->writenl && s->writenl[1] ? (size_t)n : 0;  /* '\n' -> "\r\n" may double */
    uint32_t *tmp = malloc(((size_t)n + extra) * sizeof(uint32_t));
    if (!tmp) {
        gp_err_no_memory();
        return -1;
    }
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(str);
    gp_ssize k = 0;
    for (gp_ssize i = 0; i < n; i++) {
        uint32_t c = utf8_next(&p);
        if (s->readuniversal) {
            if (c == '\n')
                s->seennl |= 1;
            else if (c == '\r')
                s->seennl |= (i + 1 < n && *p == '\n') ? 4 : 2;
        }
        if (s->translate_cr && c == '\r') {
            if (i + 1 < n && *p == '\n') {
                p++;
                i++;
            }
            c = '\n';
        }
        if (c == '\n' && s->writenl) {
            tmp[k++] = (uint32_t)s->writenl[0];
            if (s->writenl[1])
                tmp[k++] = (uint32_t)s->writenl[1];
            continue;
        }
        tmp[k++] = c;
    }
    gp_ssize end = s->pos + k;
    if (sio_reserve(s, end) < 0) {
        free(tmp);
        return -1;
    }
    if (s->pos > s->len)
        memset(s->buf + s->len, 0, (size_t)(s->pos - s->len) * sizeof(uint32_t));
    memcpy(s->buf + s->pos, tmp, (size_t)k * sizeof(uint32_t));
    free(tmp);
    s->pos = end;
    if (end > s->len)
        s->len = end;
    return 0;
}

static int set_newline(GpStringIO *s, GpObject *newline)
{
    const char *nl = NULL;
    if (newline && newline != gp_None) {
        if (!GP_STR_CHECK(newline)) {
            gp_err_format(&GpExc_TypeError, "newline must be str or None, not %T", newline);
            return -1;
        }
        nl = GP_STR_DATA(newline);
        if (strcmp(nl, "") && strcmp(nl, "\n") && strcmp(nl, "\r") && strcmp(nl, "\r\n")) {
            gp_err_format(&GpExc_ValueError, "illegal newline value: %R", newline);
            return -1;
        }
    }
    s->readuniversal = !nl || !nl[0];
    s->readtranslate = !nl;
    s->translate_cr = !nl;
    s->readnl = nl && nl[0] ? (nl[0] == '\n' ? "\n" : nl[1] ? "\r\n" : "\r") : "\n";
    s->writenl = nl && nl[0] == '\r' ? (nl[1] ? "\r\n" : "\r") : NULL;
    GP_SETREF(s->newline, gp_newref(newline ? newline : gp_None));
    return 0;
}

static GpObject *sio_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    return gp_type_generic_alloc(t, 0);
}

static int sio_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "initial_value", "newline", NULL };
    GpObject *a[2];
    if (gp_args_parse("StringIO", args, nargs, kwnames, kwlist, 0, 2, a) < 0)
        return -1;
    GpStringIO *s = SIO(self);
    if (a[0] && a[0] != gp_None && !GP_STR_CHECK(a[0])) {
        gp_err_format(&GpExc_TypeError, "initial_value must be str or None, not %T", a[0]);
        return -1;
    }
    GpObject *nl = a[1];
    GpObject *dflt = NULL;
    if (!nl)
        nl = dflt = gp_str_from_cstr("\n");
    int r = set_newline(s, nl);
    GP_XDECREF(dflt);
    if (r < 0)
        return -1;
    s->len = s->pos = 0;
    s->seennl = 0;
    s->closed = 0;
    s->ok = 1;
    if (a[0] && a[0] != gp_None) {
        if (sio_write_str(s, a[0]) < 0)
            return -1;
        s->pos = 0;
    }
    return 0;
}

static GpObject *sio_write(GpObject *self, GpObject *str)
{
    GpStringIO *s = SIO(self);
    if (sio_check(s) < 0)
        return NULL;
    if (!GP_STR_CHECK(str))
        return gp_err_format(&GpExc_TypeError, "string argument expected, got '%T'", str);
    if (sio_write_str(s, str) < 0)
        return NULL;
    return gp_int_from_ssize(GP_STR_LEN(str));
}

static GpObject *sio_read(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpStringIO *s = SIO(self);
    gp_ssize n;
    if (gp_args_count("read", nargs, 0, 1) < 0 || gp_io_ssize_arg(nargs ? args[0] : NULL, -1, &n) < 0)
        return NULL;
    if (sio_check(s) < 0)
        return NULL;
    gp_ssize avail = s->len > s->pos ? s->len - s->pos : 0;
    if (n < 0 || n > avail)
        n = avail;
    GpObject *r = make_str(s->buf + s->pos, n);
    if (r)
        s->pos += n;
    return r;
}

static GpObject *sio_readline_c(GpStringIO *s, gp_ssize limit)
{
    if (sio_check(s) < 0)
        return NULL;
    gp_ssize start = s->pos, i = s->pos;
    gp_ssize end = s->len;
    if (limit >= 0 && start + limit < end)
        end = start + limit;
    while (i < end) {
        uint32_t c = s->buf[i++];
        if (s->readuniversal) {
            if (c == '\n')
                break;
            if (c == '\r') {
                if (i < end && s->buf[i] == '\n')
                    i++;
                break;
            }
        } else if (s->readnl[1]) {      /* "\r\n" */
            if (c == '\r' && i < end && s->buf[i] == '\n') {
                i++;
                break;
            }
        } else if (c == (uint32_t)s->readnl[0]) {
            break;
        }
    }
    if (start >= s->len)
        return gp_str_empty();
    s->pos = i;
    return make_str(s->buf + start, i - start);
}

static GpObject *sio_readline(GpObject *self, GpObject *const *args, size_t nargs)
{
    gp_ssize limit;
    if (gp_args_count("readline", nargs, 0, 1) < 0)
        return NULL;
    if (nargs && args[0] != gp_None && !GP_INT_CHECK(args[0]))
        return gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    if (gp_io_ssize_arg(nargs ? args[0] : NULL, -1, &limit) < 0)
        return NULL;
    return sio_readline_c(SIO(self), limit);
}

static GpObject *sio_iternext(GpObject *self)
{
    GpObject *line;
    if (GP_TYPE(self) == &GpStringIO_Type)
        line = sio_readline_c(SIO(self), -1);
    else
        line = gp_call_method_str(self, "readline", NULL, 0);
    if (!line)
        return NULL;
    if (!GP_STR_CHECK(line)) {
        gp_err_format(&GpExc_OSError, "readline() should have returned a str object, not '%T'", line);
        GP_DECREF(line);
        return NULL;
    }
    if (GP_STR_LEN(line) == 0) {
        GP_DECREF(line);
        return NULL;
    }
    return line;
}

static GpObject *sio_getvalue(GpObject *self, GpObject *u)
{
    GpStringIO *s = SIO(self);
    if (sio_check(s) < 0)
        return NULL;
    return make_str(s->buf, s->len);
}

static GpObject *sio_tell(GpObject *self, GpObject *u)
{
    GpStringIO *s = SIO(self);
    if (sio_check(s) < 0)
        return NULL;
    return gp_int_from_ssize(s->pos);
}

static GpObject *sio_seek(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpStringIO *s = SIO(self);
    if (gp_args_count("seek", nargs, 1, 2) < 0)
        return NULL;
    if (!gp_index_check(args[0]))
        return gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    gp_ssize pos = gp_number_as_ssize(args[0], &GpExc_OverflowError), whence = 0;
    if (pos == -1 && gp_err_occurred())
        return NULL;
    if (nargs > 1 && gp_io_ssize_arg(args[1], 0, &whence) < 0)
        return NULL;
    if (sio_check(s) < 0)
        return NULL;
    if (whence != 0 && whence != 1 && whence != 2)
        return gp_err_format(&GpExc_ValueError, "Invalid whence (%zd, should be 0, 1 or 2)", whence);
    if (pos < 0 && whence == 0)
        return gp_err_format(&GpExc_ValueError, "Negative seek position %zd", pos);
    if (whence != 0 && pos != 0)
        return gp_err_format(&GpExc_OSError, "Can't do nonzero cur-relative seeks");
    if (whence == 1)
        pos = s->pos;
    else if (whence == 2)
        pos = s->len;
    s->pos = pos;
    return gp_int_from_ssize(pos);
}

static GpObject *sio_truncate(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpStringIO *s = SIO(self);
    if (gp_args_count("truncate", nargs, 0, 1) < 0 || sio_check(s) < 0)
        return NULL;
    gp_ssize size;
    if (gp_io_ssize_arg(nargs ? args[0] : NULL, s->pos, &size) < 0)
        return NULL;
    if (size < 0)
        return gp_err_format(&GpExc_ValueError, "Negative size value %zd", size);
    if (size < s->len)
        s->len = size;
    return gp_int_from_ssize(size);
}

static GpObject *sio_close(GpObject *self, GpObject *u)
{
    GpStringIO *s = SIO(self);
    s->closed = 1;
    s->base.ioclosed = 1;
    free(s->buf);
    s->buf = NULL;
    s->len = s->cap = 0;
    GP_RETURN_NONE;
}

static GpObject *sio_true(GpObject *self, GpObject *u)
{
    if (sio_check(SIO(self)) < 0)
        return NULL;
    GP_RETURN_TRUE;
}

static GpObject *sio_closed_get(GpObject *self, void *c)
{
    if (!SIO(self)->ok) {
        gp_err_set_string(&GpExc_ValueError, "I/O operation on uninitialized object");
        return NULL;
    }
    return gp_bool(SIO(self)->closed);
}
static GpObject *sio_lb_get(GpObject *self, void *c)
{
    if (sio_check(SIO(self)) < 0)
        return NULL;
    GP_RETURN_FALSE;
}
static GpObject *sio_newlines_get(GpObject *self, void *c)
{
    GpStringIO *s = SIO(self);
    if (sio_check(s) < 0)
        return NULL;
    return gp_io_newlines_obj(s->readuniversal ? s->seennl : 0);
}

static void sio_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    free(SIO(o)->buf);
    GP_CLEAR(SIO(o)->newline);
    gp_io_base_dealloc_common(o);
    gp_obj_free(o);
}

static int sio_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpObject *d = ((GpIOBase *)o)->dict;
    return d ? visit(d, arg) : 0;
}

static int sio_clear(GpObject *o)
{
    GP_CLEAR(((GpIOBase *)o)->dict);
    return 0;
}

static const GpMethodDef sio_methods[] = {
    GP_METHOD("write", sio_write, GP_METH_O),
    GP_METHOD("read", sio_read, GP_METH_FAST),
    GP_METHOD("readline", sio_readline, GP_METH_FAST),
    GP_METHOD("getvalue", sio_getvalue, GP_METH_NOARGS),
    GP_METHOD("tell", sio_tell, GP_METH_NOARGS),
    GP_METHOD("seek", sio_seek, GP_METH_FAST),
    GP_METHOD("truncate", sio_truncate, GP_METH_FAST),
    GP_METHOD("close", sio_close, GP_METH_NOARGS),
    GP_METHOD("readable", sio_true, GP_METH_NOARGS),
    GP_METHOD("writable", sio_true, GP_METH_NOARGS),
    GP_METHOD("seekable", sio_true, GP_METH_NOARGS),
    { NULL },
};

static const GpGetSetDef sio_getsets[] = {
    { "closed", sio_closed_get, NULL, NULL, NULL },
    { "line_buffering", sio_lb_get, NULL, NULL, NULL },
    { "newlines", sio_newlines_get, NULL, NULL, NULL },
    { NULL },
};

GpType GpStringIO_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_io.StringIO",
    .doc = "Text I/O implementation using an in-memory buffer.",
    .basicsize = sizeof(GpStringIO),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .base = &GpTextIOBase_Type,
    .dealloc = sio_dealloc,
    .traverse = sio_traverse,
    .clear = sio_clear,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .iternext = sio_iternext,
    .methods = sio_methods,
    .getsets = sio_getsets,
    .new_ = sio_new,
    .init = sio_init,
    .dictoffset = offsetof(GpIOBase, dict),
    .weaklistoffset = offsetof(GpIOBase, weakreflist),
};
