/* memoryview: a view of the memory of any buffer exporter (objects/buffer.c).
 *
 * Layout, as in CPython: the exporter's buffer is obtained once and kept in
 * a small shared record (MBuf) that every view derived from it -- slices,
 * casts, memoryview(view), toreadonly() -- points to and counts. The
 * exporter's own export counter therefore stays raised (its storage pinned)
 * until the last of those views is released or freed. Each view has its own
 * geometry (start pointer, format, item size, ndim, shape, strides), the
 * shape and strides stored after the object (2*ndim gp_ssize items).
 *
 * A view can itself be exported (bytes(m), f.write(m), memoryview slices
 * handed to C code): those exports are counted in the view, and release()
 * refuses to run while any is live ("memoryview has 1 exported buffer").
 *
 * Items are packed and unpacked for the native single-character struct
 * formats CPython 3.11 memoryview supports (?cbBhHiIlLqQnNfdP, optionally
 * prefixed by '@'); other formats (array 'u' exports "w") can be viewed,
 * sliced, cast to bytes and copied, but not read item by item. */
#include <string.h>
#include "gilpy.h"

typedef struct MBuf {
    gp_ssize refs;         /* views pointing here */
    GpBuffer master;       /* the exporter's buffer (owns master.obj) */
} MBuf;

typedef struct {
    GpVarObject ob;        /* ob.size = 2 * ndim (the dims[] slots) */
    MBuf *mbuf;            /* NULL once released */
    char *buf;
    gp_ssize len;          /* bytes covered = product(shape) * itemsize */
    gp_ssize itemsize;
    const char *format;
    int ndim;
    int readonly;
    gp_ssize exports;      /* buffers exported from this view */
    gp_hash hash;          /* -1 until computed */
    gp_ssize dims[];       /* shape[0..ndim) then strides[0..ndim) */
} MemView;

#define MV(o) ((MemView *)(o))
#define SHAPE(v) ((v)->dims)
#define STRIDES(v) ((v)->dims + (v)->ndim)

static GpObject *released_error(void)
{
    return gp_err_format(&GpExc_ValueError, "operation forbidden on released memoryview object");
}

#define CHECK_RELEASED(v)          \
    do {                           \
        if (!(v)->mbuf)            \
            return released_error(); \
    } while (0)

/* ---- formats ---------------------------------------------------------------------- */

typedef struct {
    char code;
    gp_ssize size;
    const char *plain, *at;     /* "i" and "@i": the strings a cast keeps */
} NativeFmt;

static const NativeFmt native_fmts[] = {
    { '?', sizeof(_Bool), "?", "@?" },       { 'c', 1, "c", "@c" },
    { 'b', 1, "b", "@b" },                   { 'B', 1, "B", "@B" },
    { 'h', sizeof(short), "h", "@h" },       { 'H', sizeof(short), "H", "@H" },
    { 'i', sizeof(int), "i", "@i" },         { 'I', sizeof(int), "I", "@I" },
    { 'l', sizeof(long), "l", "@l" },        { 'L', sizeof(long), "L", "@L" },
    { 'q', sizeof(long long), "q", "@q" },   { 'Q', sizeof(long long), "Q", "@Q" },
    { 'n', sizeof(gp_ssize), "n", "@n" },    { 'N', sizeof(size_t), "N", "@N" },
    { 'f', sizeof(float), "f", "@f" },       { 'd', sizeof(double), "d", "@d" },
    { 'P', sizeof(void *), "P", "@P" },
};

/* The native format a struct format string names, or NULL. */
static const NativeFmt *native_fmt(const char *f)
{
    if (!f)
        return NULL;
    if (f[0] == '@')
        f++;
    if (!f[0] || f[1])
        return NULL;
    for (size_t i = 0; i < sizeof native_fmts / sizeof native_fmts[0]; i++)
        if (native_fmts[i].code == f[0])
            return &native_fmts[i];
    return NULL;
}

#define IS_BYTE_FORMAT(c) ((c) == 'b' || (c) == 'B' || (c) == 'c')

static GpObject *unsupported_format(const char *fmt)
{
    return gp_err_format(&GpExc_NotImplementedError, "memoryview: format %s not supported", fmt);
}

/* One item at p as a Python object. */
static GpObject *unpack_item(const NativeFmt *nf, const char *p)
{
    switch (nf->code) {
    case 'B': return gp_int_from_i64(*(const unsigned char *)p);
    case 'b': return gp_int_from_i64(*(const signed char *)p);
    case 'c': return gp_bytes_from(p, 1);
    case '?': return gp_bool(*(const unsigned char *)p != 0);   /* any non-zero byte is True */
    case 'h': { short x; memcpy(&x, p, sizeof x); return gp_int_from_i64(x); }
    case 'H': { unsigned short x; memcpy(&x, p, sizeof x); return gp_int_from_i64(x); }
    case 'i': { int x; memcpy(&x, p, sizeof x); return gp_int_from_i64(x); }
    case 'I': { unsigned int x; memcpy(&x, p, sizeof x); return gp_int_from_i64(x); }
    case 'l': { long x; memcpy(&x, p, sizeof x); return gp_int_from_i64(x); }
    case 'L': { unsigned long x; memcpy(&x, p, sizeof x); return gp_int_from_u64(x); }
    case 'q': { long long x; memcpy(&x, p, sizeof x); return gp_int_from_i64(x); }
    case 'Q': { unsigned long long x; memcpy(&x, p, sizeof x); return gp_int_from_u64(x); }
    case 'n': { gp_ssize x; memcpy(&x, p, sizeof x); return gp_int_from_ssize(x); }
    case 'N': { size_t x; memcpy(&x, p, sizeof x); return gp_int_from_u64(x); }
    case 'P': { uintptr_t x; memcpy(&x, p, sizeof x); return gp_int_from_u64(x); }
    case 'f': { float x; memcpy(&x, p, sizeof x); return gp_float_new(x); }
    case 'd': { double x; memcpy(&x, p, sizeof x); return gp_float_new(x); }
    }
    return NULL;
}

static int type_error_fmt(const char *fmt)
{
    gp_err_format(&GpExc_TypeError, "memoryview: invalid type for format '%s'", fmt);
    return -1;
}

static int value_error_fmt(const char *fmt)
{
    gp_err_format(&GpExc_ValueError, "memoryview: invalid value for format '%s'", fmt);
    return -1;
}

/* The pending error becomes CPython's "invalid type/value for format". */
static int fix_error(const char *fmt)
{
    if (gp_err_matches(&GpExc_TypeError)) {
        gp_err_clear();
        return type_error_fmt(fmt);
    }
    if (gp_err_matches(&GpExc_ValueError) || gp_err_matches(&GpExc_OverflowError)) {
        gp_err_clear();
        return value_error_fmt(fmt);
    }
    return -1;
}

/* The integer value of o (via __index__) within [lo, hi] or [0, uhi]:
 * signed when is_signed, out in *s or *u. */
static int int_in_range(GpObject *o, int is_signed, int64_t lo, int64_t hi, uint64_t uhi,
                        int64_t *s, uint64_t *u, const char *fmt)
{
    GpObject *i = gp_number_index(o);
    if (!i)
        return fix_error(fmt);
    int rc = 0;
    if (is_signed) {
        int ovf = 0;
        int64_t x = gp_int_as_i64_clamped(i, &ovf);
        if (ovf || x < lo || x > hi)
            rc = value_error_fmt(fmt);
        else
            *s = x;
    } else if (gp_int_sign(i) < 0 || gp_int_bit_length(i) > 64) {
        rc = value_error_fmt(fmt);
    } else {
        uint64_t x;
        if (GP_INT_IS_SMALL(i)) {
            x = (uint64_t)GP_INT_VAL(i);
        } else {
            GpIntView view;
            x = (uint64_t)mpz_get_ui(gp_int_view(i, &view));
        }
        if (x > uhi)
            rc = value_error_fmt(fmt);
        else
            *u = x;
    }
    gp_decref(i);
    return rc;
}

/* Store o as one item at p: 0, or -1 with CPython's memoryview errors. The
 * value is converted completely before p is touched. */
static int pack_item(const NativeFmt *nf, const char *fmt, GpObject *o, char *p)
{
    int64_t s = 0;
    uint64_t u = 0;
    switch (nf->code) {
    case 'c':
        if (!GP_BYTES_CHECK(o))
            return type_error_fmt(fmt);
        if (GP_SIZE(o) != 1)
            return value_error_fmt(fmt);
        *p = GP_BYTES_DATA(o)[0];
        return 0;
    case '?': {
        int t = gp_is_true(o);
        if (t < 0)
            return fix_error(fmt);
        _Bool b = t != 0;
        memcpy(p, &b, sizeof b);
        return 0;
    }
    case 'f':
    case 'd': {
        double d = gp_float_as_double(o);
        if (d == -1.0 && gp_err_occurred())
            return fix_error(fmt);
        if (nf->code == 'd') {
            memcpy(p, &d, sizeof d);
            return 0;
        }
        float f = (float)d;   /* CPython 3.11 rounds out-of-range values to inf */
        memcpy(p, &f, sizeof f);
        return 0;
    }
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
        int64_t lo = nf->size == 1 ? -128 : nf->size == 2 ? -32768 : nf->size == 4 ? INT32_MIN : INT64_MIN;
        int64_t hi = nf->size == 1 ? 127 : nf->size == 2 ? 32767 : nf->size == 4 ? INT32_MAX : INT64_MAX;
        if (int_in_range(o, 1, lo, hi, 0, &s, NULL, fmt) < 0)
            return -1;
        switch (nf->size) {
        case 1: { int8_t x = (int8_t)s; memcpy(p, &x, 1); break; }
        case 2: { int16_t x = (int16_t)s; memcpy(p, &x, 2); break; }
        case 4: { int32_t x = (int32_t)s; memcpy(p, &x, 4); break; }
        default: memcpy(p, &s, 8); break;
        }
        return 0;
    }
    case 'P': {
        /* a pointer: any value of a signed or unsigned 64-bit word */
        GpObject *i = gp_number_index(o);
        if (!i)
            return fix_error(fmt);
        int rc = 0;
        if (gp_int_sign(i) < 0) {
            int ovf = 0;
            s = gp_int_as_i64_clamped(i, &ovf);
            u = (uint64_t)s;
            if (ovf)
                rc = value_error_fmt(fmt);
        } else {
            gp_decref(i);
            if (int_in_range(o, 0, 0, 0, UINT64_MAX, NULL, &u, fmt) < 0)
                return -1;
            i = NULL;
        }
        GP_XDECREF(i);
        if (rc == 0)
            memcpy(p, &u, sizeof u);
        return rc;
    }
    case 'B': case 'H': case 'I': case 'L': case 'Q': case 'N': {
        uint64_t hi = nf->size == 1 ? 0xFF : nf->size == 2 ? 0xFFFF : nf->size == 4 ? 0xFFFFFFFFu
                                                                                       : UINT64_MAX;
        if (int_in_range(o, 0, 0, 0, hi, NULL, &u, fmt) < 0)
            return -1;
        switch (nf->size) {
        case 1: { uint8_t x = (uint8_t)u; memcpy(p, &x, 1); break; }
        case 2: { uint16_t x = (uint16_t)u; memcpy(p, &x, 2); break; }
        case 4: { uint32_t x = (uint32_t)u; memcpy(p, &x, 4); break; }
        default: memcpy(p, &u, 8); break;
        }
        return 0;
    }
    }
    return -1;
}

/* ---- construction and release ----------------------------------------------------- */

static MemView *mv_alloc(MBuf *mb, int ndim)
{
    MemView *v = (MemView *)gp_obj_alloc(&GpMemoryView_Type, 2 * (gp_ssize)ndim);
    if (!v)
        return NULL;
    v->mbuf = mb;
    mb->refs++;
    v->ndim = ndim;
    v->exports = 0;
    v->hash = -1;
    return v;
}

/* A new view of mb with v's geometry (ndim may differ: the caller fills). */
static MemView *mv_copy(MemView *src, int ndim)
{
    MemView *v = mv_alloc(src->mbuf, ndim);
    if (!v)
        return NULL;
    v->buf = src->buf;
    v->len = src->len;
    v->itemsize = src->itemsize;
    v->format = src->format;
    v->readonly = src->readonly;
    if (ndim == src->ndim) {
        memcpy(SHAPE(v), SHAPE(src), sizeof(gp_ssize) * (size_t)ndim);
        memcpy(STRIDES(v), STRIDES(src), sizeof(gp_ssize) * (size_t)ndim);
    }
    return v;
}

static void mbuf_decref(MBuf *mb)
{
    if (--mb->refs == 0) {
        gp_buffer_release(&mb->master);
        gp_mem_free(mb);
    }
}

/* memoryview(o) for a non-view exporter. */
static GpObject *mv_from_object(GpObject *o)
{
    MBuf *mb = gp_mem_malloc(sizeof(MBuf));
    if (!mb)
        return gp_err_no_memory();
    mb->refs = 0;
    if (gp_object_get_buffer(o, &mb->master, GP_BUF_STRIDED) < 0) {
        gp_mem_free(mb);
        return NULL;
    }
    GpBuffer *b = &mb->master;
    MemView *v = mv_alloc(mb, b->ndim);
    if (!v) {
        mb->refs = 1;
        mbuf_decref(mb);
        return NULL;
    }
    v->buf = b->buf ? b->buf : (char *)"";
    v->len = b->len;
    v->itemsize = b->itemsize;
    v->format = b->format ? b->format : "B";
    v->readonly = b->readonly;
    memcpy(SHAPE(v), b->shape, sizeof(gp_ssize) * (size_t)b->ndim);
    memcpy(STRIDES(v), b->strides, sizeof(gp_ssize) * (size_t)b->ndim);
    return (GpObject *)v;
}

static int mv_do_release(MemView *v)
{
    if (!v->mbuf)
        return 0;
    if (v->exports > 0) {
        gp_err_format(&GpExc_BufferError, "memoryview has %zd exported buffer%s", v->exports,
                      v->exports == 1 ? "" : "s");
        return -1;
    }
    MBuf *mb = v->mbuf;
    v->mbuf = NULL;
    mbuf_decref(mb);
    return 0;
}

static void mv_dealloc(GpObject *o)
{
    MemView *v = MV(o);
    if (v->mbuf) {
        MBuf *mb = v->mbuf;
        v->mbuf = NULL;
        mbuf_decref(mb);
    }
    gp_obj_free(o);
}

/* ---- exporting a view ------------------------------------------------------------- */

static int c_contiguous(MemView *v)
{
    gp_ssize sd = v->itemsize;
    if (v->len == 0)
        return 1;
    for (int i = v->ndim - 1; i >= 0; i--) {
        if (SHAPE(v)[i] > 1 && STRIDES(v)[i] != sd)
            return 0;
        sd *= SHAPE(v)[i];
    }
    return 1;
}

static int f_contiguous(MemView *v)
{
    gp_ssize sd = v->itemsize;
    if (v->len == 0)
        return 1;
    for (int i = 0; i < v->ndim; i++) {
        if (SHAPE(v)[i] > 1 && STRIDES(v)[i] != sd)
            return 0;
        sd *= SHAPE(v)[i];
    }
    return 1;
}

static void mv_fill(MemView *v, GpBuffer *b)
{
    b->buf = v->buf;
    b->len = v->len;
    b->itemsize = v->itemsize;
    b->readonly = v->readonly;
    b->ndim = v->ndim;
    b->format = v->format;
    memcpy(b->shape, SHAPE(v), sizeof(gp_ssize) * (size_t)v->ndim);
    memcpy(b->strides, STRIDES(v), sizeof(gp_ssize) * (size_t)v->ndim);
}

static int mv_getbuffer(GpObject *o, GpBuffer *b, int flags)
{
    MemView *v = MV(o);
    if (!v->mbuf) {
        released_error();
        return -1;
    }
    if ((flags & GP_BUF_WRITABLE) && v->readonly) {
        gp_err_set_string(&GpExc_BufferError, "memoryview: underlying buffer is not writable");
        return -1;
    }
    if (!(flags & GP_BUF_STRIDED) && !c_contiguous(v)) {
        gp_err_set_string(&GpExc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    mv_fill(v, b);
    b->obj = gp_newref(o);
    v->exports++;
    return 0;
}

static void mv_releasebuffer(GpObject *o, GpBuffer *b)
{
    (void)b;
    MV(o)->exports--;
}

static const GpBufferProcs mv_as_buffer = { mv_getbuffer, mv_releasebuffer };

/* The viewed bytes in C (or 'F') order as a new bytes object. */
static GpObject *mv_to_bytes(MemView *v, char order)
{
    CHECK_RELEASED(v);
    GpObject *r = gp_bytes_from(NULL, v->len);
    if (!r)
        return NULL;
    GpBuffer *b = gp_mem_malloc(sizeof(GpBuffer));
    if (!b) {
        gp_decref(r);
        return gp_err_no_memory();
    }
    mv_fill(v, b);
    gp_buffer_to_contiguous(GP_BYTES_DATA(r), b, order);
    gp_mem_free(b);
    return r;
}

/* ---- type slots ------------------------------------------------------------------- */

static GpObject *mv_new(GpType *type, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = {"object", NULL};
    GpObject *a[1] = {NULL};
    (void)type;
    if (gp_args_parse("memoryview", args, nargs, kwnames, kwlist, 1, 1, a) < 0)
        return NULL;
    GpObject *o = a[0];
    if (GP_MEMORYVIEW_CHECK(o)) {
        CHECK_RELEASED(MV(o));
        return (GpObject *)mv_copy(MV(o), MV(o)->ndim);
    }
    if (!gp_object_check_buffer(o))
        return gp_err_format(&GpExc_TypeError,
                             "memoryview: a bytes-like object is required, not '%T'", o);
    return mv_from_object(o);
}

static GpObject *mv_repr(GpObject *o)
{
    return gp_str_from_format(MV(o)->mbuf ? "<memory at %p>" : "<released memory at %p>", o);
}

static gp_ssize mv_len(GpObject *o)
{
    MemView *v = MV(o);
    if (!v->mbuf) {
        released_error();
        return -1;
    }
    return v->ndim == 0 ? 1 : SHAPE(v)[0];   /* CPython: a 0-dim view has length 1 */
}

static int is_index_like(GpObject *k)
{
    return GP_INT_CHECK(k) || (!GP_FLOAT_CHECK(k) && gp_index_check(k));
}

/* Pointer to item `key` along dimension dim of the pointer p. */
static char *index_dim(MemView *v, char *p, int dim, GpObject *key)
{
    if (!is_index_like(key)) {
        gp_err_set_string(&GpExc_TypeError, "memoryview: invalid slice key");
        return NULL;
    }
    gp_ssize i = gp_number_as_ssize(key, &GpExc_IndexError);
    if (i == -1 && gp_err_occurred())
        return NULL;
    gp_ssize n = SHAPE(v)[dim];
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        gp_err_format(&GpExc_IndexError, "index out of bounds on dimension %d", dim + 1);
        return NULL;
    }
    return p + i * STRIDES(v)[dim];
}

/* 1 if key is a tuple whose items are all index-like (or all slices when
 * want_slices). */
static int tuple_of(GpObject *key, int want_slices)
{
    if (!GP_TUPLE_CHECK(key))
        return 0;
    for (gp_ssize i = 0; i < GP_SIZE(key); i++) {
        GpObject *x = GP_TUPLE_GET(key, i);
        if (want_slices ? !GP_SLICE_CHECK(x) : !is_index_like(x))
            return 0;
    }
    return 1;
}

/* Pointer to the item named by a full tuple index. */
static char *multi_index(MemView *v, GpObject *key)
{
    gp_ssize n = GP_SIZE(key);
    if (n < v->ndim) {
        gp_err_set_string(&GpExc_NotImplementedError, "sub-views are not implemented");
        return NULL;
    }
    if (n > v->ndim) {
        gp_err_format(&GpExc_TypeError, "cannot index %d-dimension view with %zd-element tuple",
                      v->ndim, n);
        return NULL;
    }
    char *p = v->buf;
    for (int d = 0; d < v->ndim && p; d++)
        p = index_dim(v, p, d, GP_TUPLE_GET(key, d));
    return p;
}

static GpObject *item_at(MemView *v, const char *p)
{
    const NativeFmt *nf = native_fmt(v->format);
    if (!nf)
        return unsupported_format(v->format);
    return unpack_item(nf, p);
}

static GpObject *mv_slice(MemView *v, GpObject *key)
{
    gp_ssize start, stop, step;
    gp_ssize n = gp_slice_indices(key, SHAPE(v)[0], &start, &stop, &step);
    if (n < 0)
        return NULL;
    MemView *r = mv_copy(v, v->ndim);
    if (!r)
        return NULL;
    r->buf = v->buf + start * STRIDES(v)[0];
    SHAPE(r)[0] = n;
    STRIDES(r)[0] = STRIDES(v)[0] * step;
    r->len = v->len / (SHAPE(v)[0] ? SHAPE(v)[0] : 1) * n;
    if (SHAPE(v)[0] == 0)
        r->len = 0;
    return (GpObject *)r;
}

static GpObject *mv_getitem(GpObject *o, GpObject *key)
{
    MemView *v = MV(o);
    CHECK_RELEASED(v);
    if (v->ndim == 0) {
        if (key == gp_Ellipsis)
            return gp_newref(o);
        if (GP_TUPLE_CHECK(key) && GP_SIZE(key) == 0)
            return item_at(v, v->buf);
        return gp_err_format(&GpExc_TypeError, "invalid indexing of 0-dim memory");
    }
    if (is_index_like(key)) {
        if (v->ndim > 1)
            return gp_err_format(&GpExc_NotImplementedError,
                                 "multi-dimensional sub-views are not implemented");
        char *p = index_dim(v, v->buf, 0, key);
        return p ? item_at(v, p) : NULL;
    }
    if (GP_SLICE_CHECK(key))
        return mv_slice(v, key);
    if (tuple_of(key, 0)) {
        char *p = multi_index(v, key);
        return p ? item_at(v, p) : NULL;
    }
    if (tuple_of(key, 1))
        return gp_err_format(&GpExc_NotImplementedError, "multi-dimensional slicing is not implemented");
    return gp_err_format(&GpExc_TypeError, "memoryview: invalid slice key");
}

static int set_at(MemView *v, char *p, GpObject *value)
{
    const NativeFmt *nf = native_fmt(v->format);
    if (!nf) {
        unsupported_format(v->format);
        return -1;
    }
    return pack_item(nf, v->format, value, p);
}

static int same_format(const char *a, const char *b)
{
    if (a[0] == '@')
        a++;
    if (b[0] == '@')
        b++;
    return strcmp(a, b) == 0;
}

/* m[slice] = buffer (1-D views only). */
static int mv_assign_slice(MemView *v, GpObject *key, GpObject *value)
{
    GpBuffer *src = gp_mem_malloc(sizeof(GpBuffer));
    if (!src) {
        gp_err_no_memory();
        return -1;
    }
    int rc = -1;
    if (gp_object_get_buffer(value, src, GP_BUF_STRIDED) < 0) {
        gp_mem_free(src);
        return -1;
    }
    gp_ssize start, stop, step;
    gp_ssize n = gp_slice_indices(key, SHAPE(v)[0], &start, &stop, &step);
    if (n < 0)
        goto done;
    if (!same_format(v->format, src->format ? src->format : "B") || src->itemsize != v->itemsize ||
        src->ndim != 1 || src->shape[0] != n) {
        gp_err_set_string(&GpExc_ValueError,
                          "memoryview assignment: lvalue and rvalue have different structures");
        goto done;
    }
    /* the source may overlap the target: gather it first */
    gp_ssize nbytes = n * v->itemsize;
    char *tmp = gp_mem_malloc(nbytes ? (size_t)nbytes : 1);
    if (!tmp) {
        gp_err_no_memory();
        goto done;
    }
    gp_buffer_to_contiguous(tmp, src, 'C');
    char *d = v->buf + start * STRIDES(v)[0];
    gp_ssize dstep = step * STRIDES(v)[0];
    for (gp_ssize i = 0; i < n; i++)
        memcpy(d + i * dstep, tmp + i * v->itemsize, (size_t)v->itemsize);
    gp_mem_free(tmp);
    rc = 0;
done:
    gp_buffer_release(src);
    gp_mem_free(src);
    return rc;
}

static int mv_setitem(GpObject *o, GpObject *key, GpObject *value)
{
    MemView *v = MV(o);
    if (!v->mbuf) {
        released_error();
        return -1;
    }
    if (v->readonly) {
        gp_err_set_string(&GpExc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        gp_err_set_string(&GpExc_TypeError, "cannot delete memory");
        return -1;
    }
    if (v->ndim == 0) {
        if (key == gp_Ellipsis || (GP_TUPLE_CHECK(key) && GP_SIZE(key) == 0))
            return set_at(v, v->buf, value);
        gp_err_set_string(&GpExc_TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (is_index_like(key)) {
        if (v->ndim > 1) {
            gp_err_set_string(&GpExc_NotImplementedError, "sub-views are not implemented");
            return -1;
        }
        char *p = index_dim(v, v->buf, 0, key);
        return p ? set_at(v, p, value) : -1;
    }
    if (GP_SLICE_CHECK(key) || tuple_of(key, 1)) {
        if (v->ndim != 1 || !GP_SLICE_CHECK(key)) {
            gp_err_set_string(&GpExc_NotImplementedError,
                              "memoryview slice assignments are currently restricted to ndim = 1");
            return -1;
        }
        return mv_assign_slice(v, key, value);
    }
    if (tuple_of(key, 0)) {
        char *p = multi_index(v, key);
        return p ? set_at(v, p, value) : -1;
    }
    gp_err_set_string(&GpExc_TypeError, "memoryview: invalid slice key");
    return -1;
}

/* ---- comparison and hashing ------------------------------------------------------- */

/* Walk both (same-shaped) geometries in C order comparing item values:
 * 1 equal, 0 not, -1 error. */
static int cmp_items(GpBuffer *a, GpBuffer *b, const NativeFmt *fa, const NativeFmt *fb)
{
    int bytewise = fa == fb && fa->code != 'f' && fa->code != 'd';
    gp_ssize idx[GP_BUF_MAX_NDIM];
    int nd = a->ndim;
    gp_ssize count = 1;
    for (int i = 0; i < nd; i++) {
        idx[i] = 0;
        count *= a->shape[i];
    }
    for (gp_ssize k = 0; k < count; k++) {
        const char *pa = a->buf, *pb = b->buf;
        for (int i = 0; i < nd; i++) {
            pa += idx[i] * a->strides[i];
            pb += idx[i] * b->strides[i];
        }
        if (bytewise) {
            /* '?' too: CPython compares the stored bytes, so b'\x01' and
             * b'\x02' viewed as '?' differ although both read as True */
            if (memcmp(pa, pb, (size_t)a->itemsize) != 0)
                return 0;
        } else {
            GpObject *x = unpack_item(fa, pa);
            GpObject *y = x ? unpack_item(fb, pb) : NULL;
            int eq = y ? gp_richcompare_bool(x, y, GP_EQ) : -1;
            GP_XDECREF(x);
            GP_XDECREF(y);
            if (eq <= 0)
                return eq;
        }
        for (int i = nd - 1; i >= 0; i--) {
            if (++idx[i] < a->shape[i])
                break;
            idx[i] = 0;
        }
    }
    return 1;
}

static GpObject *mv_richcompare(GpObject *a, GpObject *b, int op)
{
    if (op != GP_EQ && op != GP_NE)
        GP_RETURN_NOTIMPLEMENTED;
    if (!GP_MEMORYVIEW_CHECK(a)) {
        GpObject *t = a;
        a = b;
        b = t;
    }
    MemView *v = MV(a);
    int eq;
    if (!v->mbuf || (GP_MEMORYVIEW_CHECK(b) && !MV(b)->mbuf)) {
        eq = a == b;
        return gp_bool(op == GP_EQ ? eq : !eq);
    }
    if (!gp_object_check_buffer(b))
        GP_RETURN_NOTIMPLEMENTED;
    GpBuffer *bufs = gp_mem_malloc(2 * sizeof(GpBuffer));
    if (!bufs)
        return gp_err_no_memory();
    if (gp_object_get_buffer(b, &bufs[1], GP_BUF_STRIDED) < 0) {
        gp_mem_free(bufs);
        gp_err_clear();
        GP_RETURN_NOTIMPLEMENTED;
    }
    mv_fill(v, &bufs[0]);
    bufs[0].obj = NULL;
    GpBuffer *x = &bufs[0], *y = &bufs[1];
    eq = x->ndim == y->ndim;
    for (int i = 0; eq && i < x->ndim; i++)
        eq = x->shape[i] == y->shape[i];
    if (eq) {
        const NativeFmt *fx = native_fmt(x->format), *fy = native_fmt(y->format ? y->format : "B");
        eq = fx && fy ? cmp_items(x, y, fx, fy) : 0;
    }
    gp_buffer_release(y);
    gp_mem_free(bufs);
    if (eq < 0)
        return NULL;
    return gp_bool(op == GP_EQ ? eq : !eq);
}

static gp_hash mv_hash(GpObject *o)
{
    MemView *v = MV(o);
    if (v->hash != -1)
        return v->hash;
    if (!v->mbuf) {
        released_error();
        return -1;
    }
    if (!v->readonly) {
        gp_err_set_string(&GpExc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    const NativeFmt *nf = native_fmt(v->format);
    if (!nf || !IS_BYTE_FORMAT(nf->code)) {
        gp_err_set_string(&GpExc_ValueError,
                          "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    if (gp_hash_of(v->mbuf->master.obj) == -1)
        return -1;
    GpObject *b = mv_to_bytes(v, 'C');
    if (!b)
        return -1;
    v->hash = gp_hash_of(b);
    gp_decref(b);
    return v->hash;
}

/* iter(m): CPython's memory_iterator, over the items of a 1-D view. */
typedef struct {
    GpObject ob;
    GpObject *view;        /* NULL once exhausted */
    gp_ssize index;
} MemIter;

static GpType GpMemIter_Type;

static GpObject *mv_iter(GpObject *o)
{
    MemView *v = MV(o);
    CHECK_RELEASED(v);
    if (v->ndim == 0)
        return gp_err_format(&GpExc_TypeError, "invalid indexing of 0-dim memory");
    if (v->ndim > 1)
        return gp_err_format(&GpExc_NotImplementedError,
                             "multi-dimensional sub-views are not implemented");
    if (!(GpMemIter_Type.flags & GP_TPFLAGS_READY) && gp_type_ready(&GpMemIter_Type) < 0)
        return NULL;
    MemIter *it = (MemIter *)gp_obj_alloc(&GpMemIter_Type, 0);
    if (!it)
        return NULL;
    it->view = gp_newref(o);
    it->index = 0;
    return (GpObject *)it;
}

static GpObject *memiter_next(GpObject *o)
{
    MemIter *it = (MemIter *)o;
    if (!it->view)
        return NULL;
    MemView *v = MV(it->view);
    if (v->mbuf && it->index < SHAPE(v)[0])
        return item_at(v, v->buf + it->index++ * STRIDES(v)[0]);
    if (!v->mbuf)
        return released_error();
    GP_CLEAR(it->view);
    return NULL;
}

static void memiter_dealloc(GpObject *o)
{
    GP_XDECREF(((MemIter *)o)->view);
    gp_obj_free(o);
}

static GpObject *memiter_self(GpObject *o) { return gp_newref(o); }

static GpType GpMemIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "memory_iterator",
    .basicsize = sizeof(MemIter),
    .flags = GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = memiter_dealloc,
    .getattro = gp_generic_getattr,
    .iter = memiter_self,
    .iternext = memiter_next,
};

/* ---- methods ---------------------------------------------------------------------- */

static GpObject *mv_tobytes(GpObject *o, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = {"order", NULL};
    GpObject *a[1] = {NULL};
    if (gp_args_parse("tobytes", args, nargs, kwnames, kwlist, 0, 1, a) < 0)
        return NULL;
    char order = 'C';
    if (a[0] && a[0] != gp_None) {
        const char *s = GP_STR_CHECK(a[0]) ? gp_str_utf8(a[0]) : NULL;
        if (!GP_STR_CHECK(a[0]))
            return gp_err_format(&GpExc_TypeError,
                                 "tobytes() argument 'order' must be str or None, not %T", a[0]);
        if (!s)
            return NULL;
        if (strcmp(s, "C") && strcmp(s, "F") && strcmp(s, "A"))
            return gp_err_format(&GpExc_ValueError, "order must be 'C', 'F' or 'A'");
        order = s[0] == 'F' ? 'F' : 'C';
    }
    return mv_to_bytes(MV(o), order);
}

static GpObject *tolist_rec(MemView *v, const NativeFmt *nf, const char *p, int dim)
{
    gp_ssize n = SHAPE(v)[dim];
    GpObject *l = gp_list_new(n);
    if (!l)
        return NULL;
    for (gp_ssize i = 0; i < n; i++) {
        const char *q = p + i * STRIDES(v)[dim];
        GpObject *x = dim + 1 == v->ndim ? unpack_item(nf, q) : tolist_rec(v, nf, q, dim + 1);
        if (!x) {
            gp_decref(l);
            return NULL;
        }
        GP_LIST_SET(l, i, x);
    }
    return l;
}

static GpObject *mv_tolist(GpObject *o, GpObject *unused)
{
    (void)unused;
    MemView *v = MV(o);
    CHECK_RELEASED(v);
    const NativeFmt *nf = native_fmt(v->format);
    if (!nf)
        return unsupported_format(v->format);
    if (v->ndim == 0)
        return unpack_item(nf, v->buf);
    return tolist_rec(v, nf, v->buf, 0);
}

static GpObject *mv_hex(GpObject *o, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpObject *b = mv_to_bytes(MV(o), 'C');
    if (!b)
        return NULL;
    GpObject *m = gp_getattr_str(b, "hex");
    gp_decref(b);
    if (!m)
        return NULL;
    GpObject *r = gp_call(m, args, nargs, kwnames);
    gp_decref(m);
    return r;
}

static GpObject *mv_release(GpObject *o, GpObject *unused)
{
    (void)unused;
    if (mv_do_release(MV(o)) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *mv_toreadonly(GpObject *o, GpObject *unused)
{
    (void)unused;
    MemView *v = MV(o);
    CHECK_RELEASED(v);
    MemView *r = mv_copy(v, v->ndim);
    if (r)
        r->readonly = 1;
    return (GpObject *)r;
}

static GpObject *mv_enter(GpObject *o, GpObject *unused)
{
    (void)unused;
    CHECK_RELEASED(MV(o));
    return gp_newref(o);
}

static GpObject *mv_exit(GpObject *o, GpObject *const *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    if (mv_do_release(MV(o)) < 0)
        return NULL;
    GP_RETURN_NONE;
}

/* cast(format[, shape]): reinterpret a C-contiguous view. */
static GpObject *mv_cast(GpObject *o, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = {"format", "shape", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (gp_args_parse("cast", args, nargs, kwnames, kwlist, 1, 2, a) < 0)
        return NULL;
    MemView *v = MV(o);
    if (!GP_STR_CHECK(a[0]))
        return gp_err_format(&GpExc_TypeError, "cast() argument 'format' must be str, not %T", a[0]);
    CHECK_RELEASED(v);
    if (!c_contiguous(v))
        return gp_err_format(&GpExc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    GpObject *shape = a[1];
    int zero = 0;
    for (int i = 0; i < v->ndim; i++)
        if (SHAPE(v)[i] == 0)
            zero = 1;
    if ((shape || v->ndim != 1) && zero)
        return gp_err_format(&GpExc_TypeError,
                             "memoryview: cannot cast view with zeros in shape or strides");
    gp_ssize nd = 1;
    if (shape) {
        if (!GP_LIST_CHECK(shape) && !GP_TUPLE_CHECK(shape))
            return gp_err_format(&GpExc_TypeError, "shape must be a list or a tuple");
        nd = GP_SIZE(shape);
        if (nd > GP_BUF_MAX_NDIM)
            return gp_err_format(&GpExc_ValueError,
                                 "memoryview: number of dimensions must not exceed %d", GP_BUF_MAX_NDIM);
        if (v->ndim != 1 && nd != 1)
            return gp_err_format(&GpExc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
    const char *fs = gp_str_utf8(a[0]);
    if (!fs)
        return NULL;
    const NativeFmt *dst = native_fmt(fs);
    if (!dst)
        return gp_err_format(&GpExc_ValueError,
                             "memoryview: destination format must be a native single character "
                             "format prefixed with an optional '@'");
    const NativeFmt *srcf = native_fmt(v->format);
    char sc = srcf ? srcf->code : '_';
    if (!IS_BYTE_FORMAT(sc) && !IS_BYTE_FORMAT(dst->code))
        return gp_err_format(&GpExc_TypeError, "memoryview: cannot cast between two non-byte formats");
    if (v->len % dst->size)
        return gp_err_format(&GpExc_TypeError, "memoryview: length is not a multiple of itemsize");
    /* the shape is validated before the new view exists */
    gp_ssize dims[GP_BUF_MAX_NDIM];
    if (shape) {
        gp_ssize prod = 1;
        for (gp_ssize i = 0; i < nd; i++) {
            GpObject *x = shape == NULL ? NULL
                          : GP_LIST_CHECK(shape) ? GP_LIST_GET(shape, i) : GP_TUPLE_GET(shape, i);
            if (!GP_INT_CHECK(x))
                return gp_err_format(&GpExc_TypeError,
                                     "memoryview.cast(): elements of shape must be integers");
            gp_ssize k;
            if (gp_int_as_ssize(x, &k) < 0) {
                gp_err_clear();
                k = gp_int_sign(x) < 0 ? -1 : GP_SSIZE_MAX;
            }
            if (k <= 0)
                return gp_err_format(&GpExc_ValueError,
                                     "memoryview.cast(): elements of shape must be integers > 0");
            if (k > GP_SSIZE_MAX / prod)
                return gp_err_format(&GpExc_ValueError,
                                     "memoryview.cast(): product(shape) > SSIZE_MAX");
            prod *= k;
            dims[i] = k;
        }
        if (prod * dst->size != v->len)
            return gp_err_format(&GpExc_TypeError,
                                 "memoryview: product(shape) * itemsize != buffer size");
    } else {
        dims[0] = v->len / dst->size;
    }
    MemView *r = mv_copy(v, (int)nd);
    if (!r)
        return NULL;
    r->format = fs[0] == '@' ? dst->at : dst->plain;
    r->itemsize = dst->size;
    gp_ssize sd = dst->size;
    for (gp_ssize i = nd - 1; i >= 0; i--) {
        SHAPE(r)[i] = dims[i];
        STRIDES(r)[i] = sd;
        sd *= dims[i];
    }
    return (GpObject *)r;
}

static const GpMethodDef mv_methods[] = {
    GP_METHOD("tobytes", mv_tobytes, GP_METH_FASTKW),
    GP_METHOD("tolist", mv_tolist, GP_METH_NOARGS),
    GP_METHOD("hex", mv_hex, GP_METH_FASTKW),
    GP_METHOD("cast", mv_cast, GP_METH_FASTKW),
    GP_METHOD("release", mv_release, GP_METH_NOARGS),
    GP_METHOD("toreadonly", mv_toreadonly, GP_METH_NOARGS),
    GP_METHOD("__enter__", mv_enter, GP_METH_NOARGS),
    GP_METHOD("__exit__", mv_exit, GP_METH_FAST),
    { NULL },
};

/* ---- attributes ------------------------------------------------------------------- */

static GpObject *mv_get_obj(GpObject *o, void *c)
{
    (void)c;
    CHECK_RELEASED(MV(o));
    return gp_newref(MV(o)->mbuf->master.obj);
}

static GpObject *mv_get_nbytes(GpObject *o, void *c)
{
    (void)c;
    CHECK_RELEASED(MV(o));
    return gp_int_from_ssize(MV(o)->len);
}

static GpObject *mv_get_readonly(GpObject *o, void *c)
{
    (void)c;
    CHECK_RELEASED(MV(o));
    return gp_bool(MV(o)->readonly);
}

static GpObject *mv_get_format(GpObject *o, void *c)
{
    (void)c;
    CHECK_RELEASED(MV(o));
    return gp_str_from_cstr(MV(o)->format);
}

static GpObject *mv_get_itemsize(GpObject *o, void *c)
{
    (void)c;
    CHECK_RELEASED(MV(o));
    return gp_int_from_ssize(MV(o)->itemsize);
}

static GpObject *mv_get_ndim(GpObject *o, void *c)
{
    (void)c;
    CHECK_RELEASED(MV(o));
    return gp_int_from_ssize(MV(o)->ndim);
}

static GpObject *ssize_tuple(const gp_ssize *p, int n)
{
    GpObject *t = gp_tuple_new(n);
    if (!t)
        return NULL;
    for (int i = 0; i < n; i++) {
        GpObject *x = gp_int_from_ssize(p[i]);
        if (!x) {
            gp_decref(t);
            return NULL;
        }
        GP_TUPLE_SET(t, i, x);
    }
    return t;
}

static GpObject *mv_get_shape(GpObject *o, void *c)
{
    (void)c;
    CHECK_RELEASED(MV(o));
    return ssize_tuple(SHAPE(MV(o)), MV(o)->ndim);
}

static GpObject *mv_get_strides(GpObject *o, void *c)
{
    (void)c;
    CHECK_RELEASED(MV(o));
    return ssize_tuple(STRIDES(MV(o)), MV(o)->ndim);
}

static GpObject *mv_get_suboffsets(GpObject *o, void *c)
{
    (void)c;
    CHECK_RELEASED(MV(o));
    return gp_tuple_new(0);
}

static GpObject *mv_get_c_contiguous(GpObject *o, void *c)
{
    (void)c;
    CHECK_RELEASED(MV(o));
    return gp_bool(c_contiguous(MV(o)));
}

static GpObject *mv_get_f_contiguous(GpObject *o, void *c)
{
    (void)c;
    CHECK_RELEASED(MV(o));
    return gp_bool(f_contiguous(MV(o)));
}

static GpObject *mv_get_contiguous(GpObject *o, void *c)
{
    (void)c;
    CHECK_RELEASED(MV(o));
    return gp_bool(c_contiguous(MV(o)) || f_contiguous(MV(o)));
}

static const GpGetSetDef mv_getsets[] = {
    { "obj", mv_get_obj, NULL, NULL, NULL },
    { "nbytes", mv_get_nbytes, NULL, NULL, NULL },
    { "readonly", mv_get_readonly, NULL, NULL, NULL },
    { "format", mv_get_format, NULL, NULL, NULL },
    { "itemsize", mv_get_itemsize, NULL, NULL, NULL },
    { "ndim", mv_get_ndim, NULL, NULL, NULL },
    { "shape", mv_get_shape, NULL, NULL, NULL },
    { "strides", mv_get_strides, NULL, NULL, NULL },
    { "suboffsets", mv_get_suboffsets, NULL, NULL, NULL },
    { "contiguous", mv_get_contiguous, NULL, NULL, NULL },
    { "c_contiguous", mv_get_c_contiguous, NULL, NULL, NULL },
    { "f_contiguous", mv_get_f_contiguous, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

GpType GpMemoryView_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "memoryview",
    .doc = "Create a new memoryview object which references the given object.",
    .basicsize = sizeof(MemView),
    .itemsize = sizeof(gp_ssize),
    .flags = GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = mv_dealloc,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .getattro = gp_generic_getattr,
    .iter = mv_iter,
    .new_ = mv_new,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .methods = mv_methods,
    .getsets = mv_getsets,
    .as_buffer = &mv_as_buffer,
};
