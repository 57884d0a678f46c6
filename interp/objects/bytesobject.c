/* bytesobject.c -- the bytes and bytearray types: storage, constructors,
 * repr, comparison, hashing, sequence protocol, concatenation/repetition
 * and bytearray's mutation (item/slice assignment, append, extend ...).
 *
 * bytes keeps its data inline after the header (NUL-terminated, like str);
 * b'' and the 256 one-byte strings are shared. bytearray keeps a separate
 * over-allocated buffer (amortised O(1) append), always NUL-terminated so
 * its data can be handed to C functions expecting a C string. The
 * text-like methods both types share are in bytesmethods.c.
 */
#define _GNU_SOURCE
#include <string.h>
#include <stddef.h>
#include "gilpy.h"

static GpObject *bytes_empty;
static GpObject *bytes_chars[256];

/* ---- bytes allocation ---------------------------------------------------- */

static GpObject *bytes_alloc(gp_ssize n)
{
    if (n < 0 || n >= GP_SSIZE_MAX - (gp_ssize)sizeof(GpBytes) - 1)
        return gp_err_no_memory();
    GpBytes *b = (GpBytes *)gp_obj_alloc(&GpBytes_Type, n + 1);
    if (!b)
        return NULL;
    b->ob.size = n;
    b->hash = -1;
    b->data[n] = '\0';
    return (GpObject *)b;
}

GpObject *gp_bytes_from(const char *s, gp_ssize n)
{
    if (s) {
        if (n == 0) {
            if (!bytes_empty && !(bytes_empty = bytes_alloc(0)))
                return NULL;
            return gp_newref(bytes_empty);
        }
        if (n == 1) {
            unsigned char c = (unsigned char)s[0];
            if (!bytes_chars[c]) {
                GpObject *b = bytes_alloc(1);
                if (!b)
                    return NULL;
                GP_BYTES_DATA(b)[0] = (char)c;
                bytes_chars[c] = b;
            }
            return gp_newref(bytes_chars[c]);
        }
    }
    GpObject *b = bytes_alloc(n);
    if (b && s)
        memcpy(GP_BYTES_DATA(b), s, (size_t)n);
    return b;
}

GpObject *gp_bytes_resize(GpObject *b, gp_ssize n)
{
    GpBytes *r = (GpBytes *)gp_obj_resize(b, n + 1);
    if (!r)
        return NULL;
    r->ob.size = n;
    r->hash = -1;
    r->data[n] = '\0';
    return (GpObject *)r;
}

static GpObject *bytes_subtype_new(GpType *t, GpObject *src)
{
    gp_ssize n = GP_SIZE(src);
    GpBytes *b = (GpBytes *)gp_type_generic_alloc(t, n + 1);
    if (!b)
        return NULL;
    b->ob.size = n;
    b->hash = -1;
    memcpy(b->data, GP_BYTES_DATA(src), (size_t)n);
    b->data[n] = '\0';
    return (GpObject *)b;
}

/* ---- bytearray storage --------------------------------------------------- */

int gp_bytearray_resize(GpObject *o, gp_ssize n)
{
    GpByteArray *ba = (GpByteArray *)o;
    if (n < 0) {
        gp_err_format(&GpExc_SystemError, "negative bytearray size");
        return -1;
    }
    if (n != ba->ob.size && ba->exports > 0) {
        gp_err_format(&GpExc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (n + 1 > ba->allocated || n + 1 < ba->allocated / 4) {
        /* grow by ~1/8 beyond the request so repeated appends are amortised
         * O(1) (the same trade-off as list's over-allocation) */
        gp_ssize cap = n + 1;
        if (n > ba->ob.size)
            cap += (n >> 3) + (n < 9 ? 3 : 6);
        char *d = gp_mem_realloc(ba->data, (size_t)cap);
        if (!d) {
            gp_err_no_memory();
            return -1;
        }
        ba->data = d;
        ba->allocated = cap;
    }
    ba->ob.size = n;
    ba->data[n] = '\0';
    return 0;
}

static GpObject *bytearray_alloc(GpType *t)
{
    GpByteArray *ba = (GpByteArray *)(t == &GpByteArray_Type ? gp_obj_alloc(t, 0)
                                                             : gp_type_generic_alloc(t, 0));
    if (!ba)
        return NULL;
    ba->ob.size = 0;
    ba->allocated = 0;
    ba->data = NULL;
    ba->exports = 0;
    if (gp_bytearray_resize((GpObject *)ba, 0) < 0) {
        gp_decref((GpObject *)ba);
        return NULL;
    }
    return (GpObject *)ba;
}

GpObject *gp_bytearray_from(const char *s, gp_ssize n)
{
    GpObject *ba = bytearray_alloc(&GpByteArray_Type);
    if (!ba)
        return NULL;
    if (gp_bytearray_resize(ba, n) < 0) {
        gp_decref(ba);
        return NULL;
    }
    if (s)
        memcpy(GP_BYTEARRAY_DATA(ba), s, (size_t)n);
    else
        memset(GP_BYTEARRAY_DATA(ba), 0, (size_t)n);
    return ba;
}

GpObject *gp_bytes_new_like(GpObject *like, const char *p, gp_ssize n)
{
    if (GP_BYTEARRAY_CHECK(like))
        return gp_bytearray_from(p, n);
    return gp_bytes_from(p, n);
}

static void bytes_dealloc(GpObject *o) { gp_obj_free(o); }

static void bytearray_dealloc(GpObject *o)
{
    GpByteArray *ba = (GpByteArray *)o;
    gp_mem_free(ba->data);
    ba->data = NULL;
    gp_obj_free(o);
}

/* ---- buffer access ------------------------------------------------------- */

/* bytes: read-only, never moves. */
static int bytes_getbuffer(GpObject *o, GpBuffer *view, int flags)
{
    return gp_buffer_fill_info(view, o, GP_BYTES_DATA(o), GP_SIZE(o), 1, flags);
}

/* bytearray: writable; every live export pins the storage (see
 * gp_bytearray_resize). */
static int bytearray_getbuffer(GpObject *o, GpBuffer *view, int flags)
{
    if (gp_buffer_fill_info(view, o, GP_BYTEARRAY_DATA(o), GP_SIZE(o), 0, flags) < 0)
        return -1;
    ((GpByteArray *)o)->exports++;
    return 0;
}

static void bytearray_releasebuffer(GpObject *o, GpBuffer *view)
{
    (void)view;
    ((GpByteArray *)o)->exports--;
}

static const GpBufferProcs bytes_as_buffer = { bytes_getbuffer, NULL };
static const GpBufferProcs bytearray_as_buffer = { bytearray_getbuffer, bytearray_releasebuffer };

/* The memory is borrowed: the export is given back at once, which is safe
 * because callers hold a reference to o and run no Python code while they
 * read (so nothing can resize it meanwhile). Consumers that release the GIL
 * or call back into Python use gp_object_get_buffer/gp_buffer_release. */
int gp_bytes_buffer(GpObject *o, const char **data, gp_ssize *len)
{
    if (GP_BYTES_CHECK(o)) {
        *data = GP_BYTES_DATA(o);
        *len = GP_SIZE(o);
        return 0;
    }
    if (GP_BYTEARRAY_CHECK(o)) {
        *data = GP_BYTEARRAY_DATA(o);
        *len = GP_SIZE(o);
        return 0;
    }
    GpBuffer view;
    if (gp_object_get_buffer(o, &view, GP_BUF_SIMPLE) < 0)
        return -1;
    *data = view.buf ? (const char *)view.buf : "";
    *len = view.len;
    gp_buffer_release(&view);
    return 0;
}

int gp_bytes_writable_buffer(GpObject *o, char **data, gp_ssize *len)
{
    GpBuffer view;
    if (gp_object_get_buffer(o, &view, GP_BUF_WRITABLE) < 0)
        return -1;
    *data = view.buf;
    *len = view.len;
    gp_buffer_release(&view);
    return 0;
}

int gp_bytes_byte_value(GpObject *o, int *out)
{
    int64_t v;
    if (GP_INT_CHECK(o) && GP_INT_IS_SMALL(o)) {
        v = GP_INT_VAL(o);
    } else {
        if (GP_FLOAT_CHECK(o) || !gp_index_check(o)) {
            gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
            return -1;
        }
        GpObject *i = gp_number_index(o);
        if (!i)
            return -1;
        int ovf = 0;
        v = gp_int_as_i64_clamped(i, &ovf);
        gp_decref(i);
        if (ovf)
            v = -1;
    }
    if (v < 0 || v > 255) {
        gp_err_format(&GpExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* ---- conversion of arbitrary objects ------------------------------------- */

/* Fill a bytearray from an iterable of ints. */
static int fill_from_iterable(GpObject *ba, GpObject *it_src, const char *tname)
{
    GpObject *it = gp_iter(it_src);
    if (!it)
        return -1;
    GpObject *x;
    while ((x = gp_iter_next(it)) != NULL) {
        int v;
        if (!GP_INT_CHECK(x) && !gp_index_check(x)) {
            gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", x);
            gp_decref(x);
            gp_decref(it);
            return -1;
        }
        int r = gp_bytes_byte_value(x, &v);
        gp_decref(x);
        if (r < 0) {
            if (gp_err_matches(&GpExc_ValueError)) {
                gp_err_clear();
                gp_err_format(&GpExc_ValueError, "%s must be in range(0, 256)", tname);
            }
            gp_decref(it);
            return -1;
        }
        gp_ssize n = GP_SIZE(ba);
        if (gp_bytearray_resize(ba, n + 1) < 0) {
            gp_decref(it);
            return -1;
        }
        GP_BYTEARRAY_DATA(ba)[n] = (char)v;
    }
    gp_decref(it);
    return gp_err_occurred() ? -1 : 0;
}

/* The object part of bytes(x) / bytearray(x) without encoding: fills ba. */
static int fill_from_object(GpObject *ba, GpObject *o, const char *tname)
{
    const char *p;
    gp_ssize n;
    if (GP_BYTES_CHECK(o) || GP_BYTEARRAY_CHECK(o)) {
        if (gp_bytes_buffer(o, &p, &n) < 0)
            return -1;
        if (gp_bytearray_resize(ba, n) < 0)
            return -1;
        memmove(GP_BYTEARRAY_DATA(ba), p, (size_t)n);
        return 0;
    }
    if (gp_object_check_buffer(o)) {
        /* any exporter, strided ones (m[::2]) included: copied in C order */
        GpBuffer *view = gp_mem_malloc(sizeof(GpBuffer));
        if (!view) {
            gp_err_no_memory();
            return -1;
        }
        int rc = gp_object_get_buffer(o, view, GP_BUF_STRIDED);
        if (rc == 0) {
            rc = gp_bytearray_resize(ba, view->len);
            if (rc == 0)
                gp_buffer_to_contiguous(GP_BYTEARRAY_DATA(ba), view, 'C');
            gp_buffer_release(view);
        }
        gp_mem_free(view);
        return rc;
    }
    if (GP_STR_CHECK(o)) {
        gp_err_format(&GpExc_TypeError, "string argument without an encoding");
        return -1;
    }
    if (GP_INT_CHECK(o) || (!GP_FLOAT_CHECK(o) && GP_TYPE(o)->nb.index)) {
        gp_ssize k = gp_number_as_ssize(o, &GpExc_OverflowError);
        if (k == -1 && gp_err_occurred())
            return -1;
        if (k < 0) {
            gp_err_format(&GpExc_ValueError, "negative count");
            return -1;
        }
        if (gp_bytearray_resize(ba, k) < 0)
            return -1;
        memset(GP_BYTEARRAY_DATA(ba), 0, (size_t)k);
        return 0;
    }
    /* other iterables */
    if (!GP_TYPE(o)->iter && !GP_TYPE(o)->getitem) {
        gp_err_format(&GpExc_TypeError, "cannot convert '%T' object to %s", o, tname);
        return -1;
    }
    /* CPython words the range error differently for the two types. */
    return fill_from_iterable(ba, o, strcmp(tname, "bytes") == 0 ? "bytes" : "byte");
}

GpObject *gp_bytes_from_object(GpObject *o)
{
    if (GP_BYTES_CHECK_EXACT(o))
        return gp_newref(o);
    GpObject *meth = gp_lookup_special(o, gp_str_intern_cstr("__bytes__"));
    if (meth) {
        GpObject *r = gp_call0(meth);
        gp_decref(meth);
        if (r && !GP_BYTES_CHECK(r)) {
            gp_err_format(&GpExc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
            gp_decref(r);
            return NULL;
        }
        return r;
    }
    if (gp_err_occurred())
        return NULL;
    GpObject *ba = gp_bytearray_from(NULL, 0);
    if (!ba)
        return NULL;
    if (fill_from_object(ba, o, "bytes") < 0) {
        gp_decref(ba);
        return NULL;
    }
    GpObject *r = gp_bytes_from(GP_BYTEARRAY_DATA(ba), GP_SIZE(ba));
    gp_decref(ba);
    return r;
}

static int parse_ctor(const char *name, GpObject *const *args, size_t nargs, GpObject *kwnames,
                      GpObject **src, const char **enc, const char **err)
{
    static const char *const kwlist[] = {"source", "encoding", "errors", NULL};
    GpObject *a[3] = {NULL, NULL, NULL};
    size_t total = nargs + (kwnames ? (size_t)GP_SIZE(kwnames) : 0);
    if (total > 3) {
        gp_err_format(&GpExc_TypeError, "%s() takes at most 3 arguments (%zu given)", name, total);
        return -1;
    }
    if (gp_args_parse(name, args, nargs, kwnames, kwlist, 0, 3, a) < 0)
        return -1;
    *src = a[0];
    *enc = *err = NULL;
    if (a[1]) {
        if (!GP_STR_CHECK(a[1])) {
            gp_err_format(&GpExc_TypeError, "%s() argument 'encoding' must be str, not %T", name, a[1]);
            return -1;
        }
        *enc = GP_STR_DATA(a[1]);
    }
    if (a[2]) {
        if (!GP_STR_CHECK(a[2])) {
            gp_err_format(&GpExc_TypeError, "%s() argument 'errors' must be str, not %T", name, a[2]);
            return -1;
        }
        *err = GP_STR_DATA(a[2]);
    }
    if ((a[1] || a[2])) {
        if (!a[0]) {
            gp_err_format(&GpExc_TypeError, a[1] ? "encoding without a string argument"
                                                 : "errors without a string argument");
            return -1;
        }
        if (!GP_STR_CHECK(a[0])) {
            gp_err_format(&GpExc_TypeError, a[1] ? "encoding without a string argument"
                                                 : "errors without a string argument");
            return -1;
        }
        if (!a[1]) {
            gp_err_format(&GpExc_TypeError, "string argument without an encoding");
            return -1;
        }
    } else if (a[0] && GP_STR_CHECK(a[0])) {
        gp_err_format(&GpExc_TypeError, "string argument without an encoding");
        return -1;
    }
    return 1;
}

static GpObject *bytes_new(GpType *type, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpObject *src;
    const char *enc, *err;
    GpObject *r;
    if (parse_ctor("bytes", args, nargs, kwnames, &src, &enc, &err) < 0)
        return NULL;
    if (!src)
        r = gp_bytes_from("", 0);
    else if (GP_STR_CHECK(src))
        r = gp_str_encode(src, enc ? enc : "utf-8", err);
    else
        r = gp_bytes_from_object(src);
    if (!r || type == &GpBytes_Type)
        return r;
    GpObject *sub = bytes_subtype_new(type, r);
    gp_decref(r);
    return sub;
}

static GpObject *bytearray_new(GpType *type, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    return bytearray_alloc(type);
}

static int bytearray_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpObject *src;
    const char *enc, *err;
    if (parse_ctor("bytearray", args, nargs, kwnames, &src, &enc, &err) < 0)
        return -1;
    if (gp_bytearray_resize(self, 0) < 0)
        return -1;
    if (!src)
        return 0;
    if (GP_STR_CHECK(src)) {
        GpObject *b = gp_str_encode(src, enc ? enc : "utf-8", err);
        if (!b)
            return -1;
        int r = gp_bytearray_resize(self, GP_SIZE(b));
        if (r == 0)
            memcpy(GP_BYTEARRAY_DATA(self), GP_BYTES_DATA(b), (size_t)GP_SIZE(b));
        gp_decref(b);
        return r;
    }
    return fill_from_object(self, src, "bytearray");
}

/* ---- repr ------------------------------------------------------------------ */

/* esc_sq: escape ' even inside "..." (CPython's bytearray repr does) */
static GpObject *bytes_repr_impl(const char *prefix, const char *p, gp_ssize n, const char *suffix,
                                 int esc_sq)
{
    int has_sq = memchr(p, '\'', (size_t)n) != NULL;
    int has_dq = memchr(p, '"', (size_t)n) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    static const char hx[] = "0123456789abcdef";
    GpStrWriter w;
    gp_strw_init(&w);
    if (gp_strw_write_cstr(&w, prefix) < 0 || gp_strw_write_ascii(&w, "b", 1) < 0 ||
        gp_strw_write_ascii(&w, &quote, 1) < 0)
        goto fail;
    gp_ssize i = 0;
    while (i < n) {
        /* copy a run of plain characters at once */
        gp_ssize st = i;
        while (i < n) {
            unsigned char c = (unsigned char)p[i];
            if (c < 0x20 || c >= 0x7f || c == '\\' || c == (unsigned char)quote ||
                (esc_sq && c == '\''))
                break;
            i++;
        }
        if (i > st && gp_strw_write_ascii(&w, p + st, i - st) < 0)
            goto fail;
        if (i >= n)
            break;
        unsigned char c = (unsigned char)p[i++];
        char e[4] = {'\\', 0, 0, 0};
        int k = 2;
        if (c == '\\' || c == (unsigned char)quote || c == '\'')
            e[1] = (char)c;
        else if (c == '\t')
            e[1] = 't';
        else if (c == '\n')
            e[1] = 'n';
        else if (c == '\r')
            e[1] = 'r';
        else {
            e[1] = 'x';
            e[2] = hx[c >> 4];
            e[3] = hx[c & 15];
            k = 4;
        }
        if (gp_strw_write_ascii(&w, e, k) < 0)
            goto fail;
    }
    if (gp_strw_write_ascii(&w, &quote, 1) < 0 || gp_strw_write_cstr(&w, suffix) < 0)
        goto fail;
    return gp_strw_finish(&w);
fail:
    gp_strw_discard(&w);
    return NULL;
}

GpObject *gp_bytes_repr(GpObject *b)
{
    if (GP_BYTEARRAY_CHECK(b)) {
        char prefix[128];
        snprintf(prefix, sizeof prefix, "%s(", gp_type_name(GP_TYPE(b)));
        return bytes_repr_impl(prefix, GP_BYTEARRAY_DATA(b), GP_SIZE(b), ")", 1);
    }
    return bytes_repr_impl("", GP_BYTES_DATA(b), GP_SIZE(b), "", 0);
}

static GpObject *bytes_str(GpObject *b)
{
    /* str(b) is repr(b) (the -b warning is not implemented) */
    return gp_bytes_repr(b);
}

/* ---- hash and comparison ------------------------------------------------- */

static gp_hash bytes_hash(GpObject *o)
{
    GpBytes *b = (GpBytes *)o;
    if (b->hash == -1)
        b->hash = gp_hash_bytes(b->data, b->ob.size);
    return b->hash;
}

static GpObject *bytes_richcompare(GpObject *a, GpObject *b, int op)
{
    const char *pa, *pb;
    gp_ssize na, nb;
    int a_ok = GP_BYTES_CHECK(a) || GP_BYTEARRAY_CHECK(a);
    /* bytearray compares with any buffer; bytes only with bytes/bytearray */
    int b_ok = GP_BYTES_CHECK(b) || GP_BYTEARRAY_CHECK(b) ||
               (GP_BYTEARRAY_CHECK(a) && gp_object_check_buffer(b));
    if (!a_ok || !b_ok)
        GP_RETURN_NOTIMPLEMENTED;
    gp_bytes_buffer(a, &pa, &na);
    if (gp_bytes_buffer(b, &pb, &nb) < 0) {   /* e.g. a released memoryview */
        gp_err_clear();
        GP_RETURN_NOTIMPLEMENTED;
    }
    if ((op == GP_EQ || op == GP_NE) && na != nb)
        return gp_bool(op == GP_NE);
    int c = memcmp(pa, pb, (size_t)(na < nb ? na : nb));
    if (c == 0)
        c = na < nb ? -1 : na > nb ? 1 : 0;
    int r;
    switch (op) {
    case GP_LT: r = c < 0; break;
    case GP_LE: r = c <= 0; break;
    case GP_EQ: r = c == 0; break;
    case GP_NE: r = c != 0; break;
    case GP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return gp_bool(r);
}

/* ---- sequence protocol --------------------------------------------------- */

static gp_ssize bytes_len(GpObject *o) { return GP_SIZE(o); }

static GpObject *slice_of(GpObject *self, const char *p, gp_ssize len, GpObject *key)
{
    gp_ssize start, stop, step;
    gp_ssize n = gp_slice_indices(key, len, &start, &stop, &step);
    if (n < 0)
        return NULL;
    if (step == 1) {
        if (n == len && GP_BYTES_CHECK_EXACT(self))
            return gp_newref(self);
        return gp_bytes_new_like(self, p + start, n);
    }
    GpObject *r = GP_BYTEARRAY_CHECK(self) ? gp_bytearray_from(NULL, n) : gp_bytes_from(NULL, n);
    if (!r)
        return NULL;
    char *d = (char *)gp_bytes_like_data(r);
    for (gp_ssize i = 0, j = start; i < n; i++, j += step)
        d[i] = p[j];
    return r;
}

static GpObject *bytes_getitem(GpObject *self, GpObject *key)
{
    const char *p = gp_bytes_like_data(self);
    gp_ssize len = GP_SIZE(self);
    int is_ba = !GP_BYTES_CHECK(self);
    if (GP_SLICE_CHECK(key))
        return slice_of(self, p, len, key);
    if (!GP_INT_CHECK(key) && (GP_FLOAT_CHECK(key) || !gp_index_check(key)))
        return gp_err_format(&GpExc_TypeError, "%s indices must be integers or slices, not %T",
                             is_ba ? "bytearray" : "byte", key);
    gp_ssize i;
    if (GP_INT_CHECK(key) && GP_INT_IS_SMALL(key))
        i = (gp_ssize)GP_INT_VAL(key);
    else {
        i = gp_number_as_ssize(key, &GpExc_IndexError);
        if (i == -1 && gp_err_occurred())
            return NULL;
    }
    if (i < 0)
        i += len;
    if (i < 0 || i >= len)
        return gp_err_format(&GpExc_IndexError, is_ba ? "bytearray index out of range"
                                                      : "index out of range");
    return gp_int_from_i64((unsigned char)p[i]);
}

static int bytes_contains(GpObject *self, GpObject *x)
{
    const char *p = gp_bytes_like_data(self);
    gp_ssize n = GP_SIZE(self);
    if (GP_INT_CHECK(x) || (!GP_FLOAT_CHECK(x) && !GP_BYTES_CHECK(x) && !GP_BYTEARRAY_CHECK(x) &&
                            !gp_object_check_buffer(x) &&
                            GP_TYPE(x)->nb.index)) {
        int v;
        if (gp_bytes_byte_value(x, &v) < 0)
            return -1;
        return memchr(p, v, (size_t)n) != NULL;
    }
    const char *q;
    gp_ssize m;
    if (gp_bytes_buffer(x, &q, &m) < 0)
        return -1;
    if (m == 0)
        return 1;
    return memmem(p, (size_t)n, q, (size_t)m) != NULL;
}

GpObject *gp_bytes_concat(GpObject *a, GpObject *b)
{
    const char *pa, *pb;
    gp_ssize na, nb;
    if (gp_bytes_buffer(a, &pa, &na) < 0)
        return NULL;
    if (gp_bytes_buffer(b, &pb, &nb) < 0) {
        gp_err_clear();
        return gp_err_format(&GpExc_TypeError, "can't concat %T to %T", b, a);
    }
    if (nb == 0 && GP_BYTES_CHECK_EXACT(a))
        return gp_newref(a);
    if (na == 0 && GP_BYTES_CHECK_EXACT(b) && GP_BYTES_CHECK(a))
        return gp_newref(b);
    if (na > GP_SSIZE_MAX - nb)
        return gp_err_no_memory();
    GpObject *r = GP_BYTEARRAY_CHECK(a) ? gp_bytearray_from(NULL, na + nb)
                                        : gp_bytes_from(NULL, na + nb);
    if (!r)
        return NULL;
    char *d = (char *)gp_bytes_like_data(r);
    memcpy(d, pa, (size_t)na);
    memcpy(d + na, pb, (size_t)nb);
    return r;
}

static GpObject *bytes_add(GpObject *a, GpObject *b)
{
    int a_ok = GP_BYTES_CHECK(a) || GP_BYTEARRAY_CHECK(a);
    if (!a_ok)
        GP_RETURN_NOTIMPLEMENTED;
    int b_ok = gp_is_bytes_like(b);
    if (!b_ok) {
        gp_binaryfunc f = GP_TYPE(b)->nb.add;
        if (f && f != bytes_add) {
            GpObject *r = f(a, b);
            if (r != gp_NotImplemented)
                return r;
            gp_decref(r);
        }
        return gp_err_format(&GpExc_TypeError, "can't concat %T to %T", b, a);
    }
    return gp_bytes_concat(a, b);
}

static GpObject *repeat_like(GpObject *self, gp_ssize k)
{
    const char *p = gp_bytes_like_data(self);
    gp_ssize n = GP_SIZE(self);
    if (k < 0)
        k = 0;
    if (k == 1 && GP_BYTES_CHECK_EXACT(self))
        return gp_newref(self);
    if (n && k > GP_SSIZE_MAX / n)
        return gp_err_no_memory();
    gp_ssize total = n * k;
    GpObject *r = GP_BYTEARRAY_CHECK(self) ? gp_bytearray_from(NULL, total)
                                           : gp_bytes_from(NULL, total);
    if (!r)
        return NULL;
    char *d = (char *)gp_bytes_like_data(r);
    if (n == 1)
        memset(d, p[0], (size_t)total);
    else if (total) {
        memcpy(d, p, (size_t)n);
        gp_ssize done = n;
        while (done < total) {
            gp_ssize c = done <= total - done ? done : total - done;
            memcpy(d + done, d, (size_t)c);
            done += c;
        }
    }
    return r;
}

static int repeat_count(GpObject *n, gp_ssize *k)
{
    if (!GP_INT_CHECK(n) && (GP_FLOAT_CHECK(n) || !gp_index_check(n))) {
        gp_err_format(&GpExc_TypeError, "can't multiply sequence by non-int of type '%T'", n);
        return -1;
    }
    *k = gp_number_as_ssize(n, &GpExc_OverflowError);
    if (*k == -1 && gp_err_occurred())
        return -1;
    return 0;
}

static GpObject *bytes_mul(GpObject *a, GpObject *b)
{
    GpObject *s, *n;
    int a_ok = GP_BYTES_CHECK(a) || GP_BYTEARRAY_CHECK(a);
    if (a_ok) {
        s = a;
        n = b;
        /* let a non-sequence right operand try its reflected multiply */
        if (!GP_INT_CHECK(n) && !GP_STR_CHECK(n) && !GP_BYTES_CHECK(n) && !GP_BYTEARRAY_CHECK(n) &&
            !GP_LIST_CHECK(n) && !GP_TUPLE_CHECK(n)) {
            gp_binaryfunc f = GP_TYPE(n)->nb.multiply;
            if (f && f != bytes_mul) {
                GpObject *r = f(a, b);
                if (r != gp_NotImplemented)
                    return r;
                gp_decref(r);
            }
        }
    } else {
        s = b;
        n = a;
    }
    gp_ssize k;
    if (repeat_count(n, &k) < 0)
        return NULL;
    return repeat_like(s, k);
}

static GpObject *bytes_mod(GpObject *a, GpObject *b)
{
    if (!GP_BYTES_CHECK(a) && !GP_BYTEARRAY_CHECK(a))
        GP_RETURN_NOTIMPLEMENTED;
    GpObject *r = gp_bytes_percent_format(a, b);
    if (r && GP_BYTEARRAY_CHECK(a)) {
        GpObject *ba = gp_bytearray_from(GP_BYTES_DATA(r), GP_SIZE(r));
        gp_decref(r);
        return ba;
    }
    return r;
}

/* ---- bytearray mutation --------------------------------------------------- */

static GpObject *bytearray_iadd(GpObject *a, GpObject *b)
{
    /* b's buffer is held while a grows, as in CPython: so `ba += ba` (or a
     * view of ba) raises BufferError instead of reading moved memory */
    GpBuffer *view = gp_mem_malloc(sizeof(GpBuffer));
    if (!view)
        return gp_err_no_memory();
    if (gp_object_get_buffer(b, view, GP_BUF_SIMPLE) < 0) {
        gp_mem_free(view);
        gp_err_clear();
        return gp_err_format(&GpExc_TypeError, "can't concat %T to %T", b, a);
    }
    gp_ssize old = GP_SIZE(a), n = view->len;
    int rc = gp_bytearray_resize(a, old + n);
    if (rc == 0 && n)
        memcpy(GP_BYTEARRAY_DATA(a) + old, view->buf, (size_t)n);
    gp_buffer_release(view);
    gp_mem_free(view);
    return rc < 0 ? NULL : gp_newref(a);
}

static GpObject *bytearray_imul(GpObject *a, GpObject *b)
{
    gp_ssize k;
    if (repeat_count(b, &k) < 0)
        return NULL;
    gp_ssize n = GP_SIZE(a);
    if (k <= 0) {
        if (gp_bytearray_resize(a, 0) < 0)
            return NULL;
        return gp_newref(a);
    }
    if (n && k > GP_SSIZE_MAX / n)
        return gp_err_no_memory();
    if (gp_bytearray_resize(a, n * k) < 0)
        return NULL;
    char *d = GP_BYTEARRAY_DATA(a);
    for (gp_ssize i = 1; i < k; i++)
        memcpy(d + i * n, d, (size_t)n);
    return gp_newref(a);
}

/* Replace ba[lo:hi] by p[0..n) (p may point into ba itself). */
static int ba_setslice(GpObject *ba, gp_ssize lo, gp_ssize hi, const char *p, gp_ssize n)
{
    gp_ssize len = GP_SIZE(ba);
    if (hi < lo)
        hi = lo;
    gp_ssize growth = n - (hi - lo);
    char *copy = NULL;
    const char *base = GP_BYTEARRAY_DATA(ba);
    if (n && p >= base && p < base + len + 1) {
        copy = gp_mem_malloc((size_t)n);
        if (!copy) {
            gp_err_no_memory();
            return -1;
        }
        memcpy(copy, p, (size_t)n);
        p = copy;
    }
    if (growth > 0) {
        if (gp_bytearray_resize(ba, len + growth) < 0) {
            gp_mem_free(copy);
            return -1;
        }
        char *d = GP_BYTEARRAY_DATA(ba);
        memmove(d + hi + growth, d + hi, (size_t)(len - hi));
    } else if (growth < 0) {
        if (((GpByteArray *)ba)->exports > 0) {
            gp_mem_free(copy);
            gp_err_format(&GpExc_BufferError, "Existing exports of data: object cannot be re-sized");
            return -1;
        }
        char *d = GP_BYTEARRAY_DATA(ba);
        memmove(d + hi + growth, d + hi, (size_t)(len - hi));
        if (gp_bytearray_resize(ba, len + growth) < 0) {
            gp_mem_free(copy);
            return -1;
        }
    }
    memcpy(GP_BYTEARRAY_DATA(ba) + lo, p, (size_t)n);
    gp_mem_free(copy);
    return 0;
}

static int bytearray_setitem(GpObject *self, GpObject *key, GpObject *value)
{
    gp_ssize len = GP_SIZE(self);
    if (!GP_SLICE_CHECK(key)) {
        if (!GP_INT_CHECK(key) && (GP_FLOAT_CHECK(key) || !gp_index_check(key))) {
            gp_err_format(&GpExc_TypeError, "bytearray indices must be integers or slices, not %T",
                          key);
            return -1;
        }
        gp_ssize i = gp_number_as_ssize(key, &GpExc_IndexError);
        if (i == -1 && gp_err_occurred())
            return -1;
        if (i < 0)
            i += len;
        if (i < 0 || i >= len) {
            gp_err_format(&GpExc_IndexError, "bytearray index out of range");
            return -1;
        }
        if (!value)
            return ba_setslice(self, i, i + 1, "", 0);
        int v;
        if (gp_bytes_byte_value(value, &v) < 0)
            return -1;
        GP_BYTEARRAY_DATA(self)[i] = (char)v;
        return 0;
    }
    gp_ssize start, stop, step;
    gp_ssize cnt = gp_slice_indices(key, len, &start, &stop, &step);
    if (cnt < 0)
        return -1;
    /* the new contents */
    GpObject *tmp = NULL;
    const char *p = "";
    gp_ssize n = 0;
    if (value) {
        if (gp_is_bytes_like(value)) {
            if (gp_bytes_buffer(value, &p, &n) < 0)
                return -1;
        } else if (GP_INT_CHECK(value) || GP_STR_CHECK(value) ||
                   (!GP_TYPE(value)->iter && !GP_TYPE(value)->getitem)) {
            gp_err_format(&GpExc_TypeError,
                          "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        } else {
            tmp = gp_bytearray_from(NULL, 0);
            if (!tmp || fill_from_iterable(tmp, value, "byte") < 0) {
                GP_XDECREF(tmp);
                return -1;
            }
            p = GP_BYTEARRAY_DATA(tmp);
            n = GP_SIZE(tmp);
        }
    }
    int r = 0;
    if (step == 1) {
        r = ba_setslice(self, start, stop < start ? start : stop, p, n);
    } else if (!value) {
        /* delete an extended slice */
        if (cnt > 0) {
            if (step < 0) {
                start = start + step * (cnt - 1);
                step = -step;
            }
            char *d = GP_BYTEARRAY_DATA(self);
            gp_ssize w = start, rd = start, k = 0;
            for (; rd < len; rd++) {
                if (k < cnt && rd == start + k * step) {
                    k++;
                    continue;
                }
                d[w++] = d[rd];
            }
            r = gp_bytearray_resize(self, len - cnt);
        }
    } else {
        if (n != cnt) {
            gp_err_format(&GpExc_ValueError,
                          "attempt to assign bytes of size %zd to extended slice of size %zd", n,
                          cnt);
            r = -1;
        } else {
            char *d = GP_BYTEARRAY_DATA(self);
            for (gp_ssize i = 0, j = start; i < cnt; i++, j += step)
                d[j] = p[i];
        }
    }
    GP_XDECREF(tmp);
    return r;
}

/* ---- iteration -------------------------------------------------------------- */

typedef struct {
    GpObject ob;
    GpObject *seq;      /* NULL when exhausted */
    gp_ssize index;
} GpBytesIter;

static GpObject *bytes_iter_new(GpType *t, GpObject *seq)
{
    GpBytesIter *it = (GpBytesIter *)gp_obj_alloc(t, 0);
    if (!it)
        return NULL;
    it->seq = gp_newref(seq);
    it->index = 0;
    return (GpObject *)it;
}

static GpObject *bytes_iter(GpObject *o) { return bytes_iter_new(&GpBytesIter_Type, o); }
static GpObject *bytearray_iter(GpObject *o) { return bytes_iter_new(&GpByteArrayIter_Type, o); }

static void bytesiter_dealloc(GpObject *o)
{
    GpBytesIter *it = (GpBytesIter *)o;
    GP_CLEAR(it->seq);
    gp_obj_free(o);
}

static GpObject *bytesiter_next(GpObject *o)
{
    GpBytesIter *it = (GpBytesIter *)o;
    GpObject *s = it->seq;
    if (!s)
        return NULL;
    if (it->index < GP_SIZE(s))
        return gp_int_from_i64((unsigned char)gp_bytes_like_data(s)[it->index++]);
    it->seq = NULL;
    gp_decref(s);
    return NULL;
}

static GpObject *bytesiter_self(GpObject *o) { return gp_newref(o); }

static GpObject *bytesiter_length_hint(GpObject *o, GpObject *unused)
{
    GpBytesIter *it = (GpBytesIter *)o;
    gp_ssize n = it->seq ? GP_SIZE(it->seq) - it->index : 0;
    return gp_int_from_ssize(n < 0 ? 0 : n);
}

static const GpMethodDef bytesiter_methods[] = {
    GP_METHOD("__length_hint__", bytesiter_length_hint, GP_METH_NOARGS),
    {NULL, NULL, 0, NULL},
};

GpType GpBytesIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "bytes_iterator",
    .basicsize = sizeof(GpBytesIter),
    .flags = GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = bytesiter_dealloc,
    .getattro = gp_generic_getattr,
    .iter = bytesiter_self,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};

GpType GpByteArrayIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "bytearray_iterator",
    .basicsize = sizeof(GpBytesIter),
    .flags = GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = bytesiter_dealloc,
    .getattro = gp_generic_getattr,
    .iter = bytesiter_self,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};

/* ---- the types ---------------------------------------------------------------- */

GpType GpBytes_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "bytes",
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object",
    .basicsize = offsetof(GpBytes, data),
    .itemsize = 1,
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_IMMUTABLETYPE | GP_TPFLAGS_BYTES_SUBCLASS,
    .dealloc = bytes_dealloc,
    .repr = gp_bytes_repr,
    .str = bytes_str,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .getattro = gp_generic_getattr,
    .iter = bytes_iter,
    .new_ = bytes_new,
    .nb.add = bytes_add,
    .nb.multiply = bytes_mul,
    .nb.remainder = bytes_mod,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .methods = gp_bytes_methods,
    .as_buffer = &bytes_as_buffer,
};

GpType GpByteArray_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "bytearray",
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
           "bytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array",
    .basicsize = sizeof(GpByteArray),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = bytearray_dealloc,
    .repr = gp_bytes_repr,
    .str = bytes_str,
    .hash = gp_hash_not_implemented,
    .richcompare = bytes_richcompare,
    .getattro = gp_generic_getattr,
    .iter = bytearray_iter,
    .new_ = bytearray_new,
    .init = bytearray_init,
    .nb.add = bytes_add,
    .nb.multiply = bytes_mul,
    .nb.remainder = bytes_mod,
    .nb.inplace_add = bytearray_iadd,
    .nb.inplace_multiply = bytearray_imul,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .setitem = bytearray_setitem,
    .contains = bytes_contains,
    .methods = gp_bytearray_methods,
    .as_buffer = &bytearray_as_buffer,
};

int gp_bytes_init_types(void)
{
    if (gp_type_ready(&GpBytes_Type) < 0 || gp_type_ready(&GpByteArray_Type) < 0 ||
        gp_type_ready(&GpBytesIter_Type) < 0 || gp_type_ready(&GpByteArrayIter_Type) < 0)
        return -1;
    return 0;
}

void gp_bytes_fini(void)
{
    GP_CLEAR(bytes_empty);
    for (int i = 0; i < 256; i++)
        GP_CLEAR(bytes_chars[i]);
}
