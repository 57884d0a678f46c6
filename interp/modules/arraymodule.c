/* arraymodule.c -- array: compact sequences of C numbers (and 'u' characters).
 *
 * An array stores its items unboxed in one malloc'd block: `size` items of
 * `d->itemsize` bytes each, with room for `allocated`. A typecode descriptor
 * (Desc) gives the item size and two conversions: Python object -> raw item
 * (into a small scratch buffer, so that a failed conversion never leaves a
 * half-modified array) and raw item -> Python object. Items are moved with
 * memcpy, so the block needs no particular alignment.
 *
 * The value checks reproduce CPython 3.11's messages, which come from the
 * argument-parser code each typecode borrows there: 'b' is first parsed as a
 * C short ("signed short integer is greater than maximum") and only then
 * range-checked as a char, 'H' is parsed as a C int, 'I'/'L' go through
 * unsigned long conversion and 'q'/'Q' through long long conversion (whose
 * overflow message is "int too big to convert").
 *
 * 'u' items are wchar_t in CPython, i.e. 4-byte code points on the platforms
 * gilpy runs on; tobytes()/frombytes() therefore see native UTF-32.
 *
 * Arrays export their storage through the buffer protocol (objects/buffer.c)
 * with the typecode as the struct format ('u' exports "w", 4-byte code
 * points, as CPython does). While any export is live the storage must not
 * move, so every size change goes through arr_resize, which refuses with
 * BufferError when `exports` is non-zero.
 */
#include <string.h>
#include <limits.h>
#include "gilpy.h"
#include "objects/typeobject.h"
#include "mem/gc.h"

/* tofile() writes in blocks of this many bytes, so that a huge array does
 * not need a second full-size copy in memory (CPython uses the same size). */
#define TOFILE_BLOCK (64 * 1024)

typedef struct Desc {
    char code;
    int itemsize;
    const char *format;                       /* buffer format (struct syntax) */
    int (*conv)(GpObject *v, void *out);     /* 0 ok, -1 error */
    GpObject *(*get)(const void *p);          /* new reference */
} Desc;

typedef struct {
    GpVarObject ob;          /* ob.size = number of items */
    char *data;
    gp_ssize allocated;      /* capacity in items */
    const Desc *d;
    GpObject *weakreflist;
    gp_ssize exports;        /* live buffer exports: the storage is pinned */
} Array;

typedef struct {
    GpObject ob;
    Array *arr;              /* NULL once exhausted */
    gp_ssize index;
} ArrayIter;

GpType GpArray_Type, GpArrayIter_Type;
#define AR(o) ((Array *)(o))
#define ARRAY_CHECK(o) GP_TYPE_CHECK(o, &GpArray_Type)

/* ---- item conversions ----------------------------------------------------- */

static GpObject *overflow(const char *msg)
{
    return gp_err_format(&GpExc_OverflowError, "%s", msg);
}

/* The int value of v (via __index__) as a C long (64-bit). */
static int conv_long(GpObject *v, long *out)
{
    GpObject *i = gp_number_index(v);
    if (!i)
        return -1;
    int ovf = 0;
    int64_t x = gp_int_as_i64_clamped(i, &ovf);
    GP_DECREF(i);
    if (ovf) {
        overflow("Python int too large to convert to C long");
        return -1;
    }
    *out = (long)x;
    return 0;
}

/* Range check with CPython's "<what> is less than minimum" wording. */
static int range_check(long x, long lo, long hi, const char *what)
{
    if (x < lo) {
        gp_err_format(&GpExc_OverflowError, "%s is less than minimum", what);
        return -1;
    }
    if (x > hi) {
        gp_err_format(&GpExc_OverflowError, "%s is greater than maximum", what);
        return -1;
    }
    return 0;
}

/* v as an unsigned 64-bit value; negmsg/bigmsg are the two overflow texts. */
static int conv_u64(GpObject *v, uint64_t *out, const char *negmsg, const char *bigmsg)
{
    GpObject *i = gp_number_index(v);
    if (!i)
        return -1;
    int rc = 0;
    if (gp_int_sign(i) < 0) {
        overflow(negmsg);
        rc = -1;
    } else if (gp_int_bit_length(i) > 64) {
        overflow(bigmsg);
        rc = -1;
    } else if (GP_INT_IS_SMALL(i)) {
        *out = (uint64_t)GP_INT_VAL(i);
    } else {
        GpIntView view;
        mpz_srcptr z = gp_int_view(i, &view);
        *out = (uint64_t)mpz_get_ui(z);
    }
    GP_DECREF(i);
    return rc;
}

static int conv_b(GpObject *v, void *out)
{
    long x;
    if (conv_long(v, &x) < 0 || range_check(x, SHRT_MIN, SHRT_MAX, "signed short integer") < 0 ||
        range_check(x, SCHAR_MIN, SCHAR_MAX, "signed char") < 0)
        return -1;
    signed char c = (signed char)x;
    memcpy(out, &c, 1);
    return 0;
}

static int conv_B(GpObject *v, void *out)
{
    long x;
    if (conv_long(v, &x) < 0 || range_check(x, 0, UCHAR_MAX, "unsigned byte integer") < 0)
        return -1;
    unsigned char c = (unsigned char)x;
    memcpy(out, &c, 1);
    return 0;
}

static int conv_h(GpObject *v, void *out)
{
    long x;
    if (conv_long(v, &x) < 0 || range_check(x, SHRT_MIN, SHRT_MAX, "signed short integer") < 0)
        return -1;
    short s = (short)x;
    memcpy(out, &s, sizeof s);
    return 0;
}

static int conv_H(GpObject *v, void *out)
{
    long x;
    if (conv_long(v, &x) < 0 || range_check(x, INT_MIN, INT_MAX, "signed integer") < 0 ||
        range_check(x, 0, USHRT_MAX, "unsigned short") < 0)
        return -1;
    unsigned short s = (unsigned short)x;
    memcpy(out, &s, sizeof s);
    return 0;
}

static int conv_i(GpObject *v, void *out)
{
    long x;
    if (conv_long(v, &x) < 0 || range_check(x, INT_MIN, INT_MAX, "signed integer") < 0)
        return -1;
    int i = (int)x;
    memcpy(out, &i, sizeof i);
    return 0;
}

static int conv_I(GpObject *v, void *out)
{
    uint64_t x;
    if (conv_u64(v, &x, "can't convert negative value to unsigned int",
                 "Python int too large to convert to C unsigned long") < 0)
        return -1;
    if (x > UINT_MAX) {
        overflow("unsigned int is greater than maximum");
        return -1;
    }
    unsigned int u = (unsigned int)x;
    memcpy(out, &u, sizeof u);
    return 0;
}

static int conv_l(GpObject *v, void *out)
{
    long x;
    if (conv_long(v, &x) < 0)
        return -1;
    memcpy(out, &x, sizeof x);
    return 0;
}

static int conv_L(GpObject *v, void *out)
{
    uint64_t x;
    if (conv_u64(v, &x, "can't convert negative value to unsigned int",
                 "Python int too large to convert to C unsigned long") < 0)
        return -1;
    unsigned long u = (unsigned long)x;
    memcpy(out, &u, sizeof u);
    return 0;
}

static int conv_q(GpObject *v, void *out)
{
    GpObject *i = gp_number_index(v);
    if (!i)
        return -1;
    int ovf = 0;
    long long x = (long long)gp_int_as_i64_clamped(i, &ovf);
    GP_DECREF(i);
    if (ovf) {
        overflow("int too big to convert");
        return -1;
    }
    memcpy(out, &x, sizeof x);
    return 0;
}

static int conv_Q(GpObject *v, void *out)
{
    uint64_t x;
    if (conv_u64(v, &x, "can't convert negative int to unsigned", "int too big to convert") < 0)
        return -1;
    unsigned long long u = (unsigned long long)x;
    memcpy(out, &u, sizeof u);
    return 0;
}

static int conv_f(GpObject *v, void *out)
{
    double x = gp_float_as_double(v);
    if (x == -1.0 && gp_err_occurred())
        return -1;
    float f = (float)x;
    memcpy(out, &f, sizeof f);
    return 0;
}

static int conv_d(GpObject *v, void *out)
{
    double x = gp_float_as_double(v);
    if (x == -1.0 && gp_err_occurred())
        return -1;
    memcpy(out, &x, sizeof x);
    return 0;
}

static int conv_u(GpObject *v, void *out)
{
    if (!GP_STR_CHECK(v) || GP_STR_LEN(v) != 1) {
        gp_err_set_string(&GpExc_TypeError, "array item must be unicode character");
        return -1;
    }
    uint32_t c = gp_str_char_at(v, 0);
    memcpy(out, &c, sizeof c);
    return 0;
}

#define GETTER(name, ctype, make)                       \
    static GpObject *name(const void *p)                \
    {                                                   \
        ctype x;                                        \
        memcpy(&x, p, sizeof x);                        \
        return make;                                    \
    }
GETTER(get_b, signed char, gp_int_from_i64(x))
GETTER(get_B, unsigned char, gp_int_from_i64(x))
GETTER(get_h, short, gp_int_from_i64(x))
GETTER(get_H, unsigned short, gp_int_from_i64(x))
GETTER(get_i, int, gp_int_from_i64(x))
GETTER(get_I, unsigned int, gp_int_from_u64(x))
GETTER(get_l, long, gp_int_from_i64(x))
GETTER(get_L, unsigned long, gp_int_from_u64(x))
GETTER(get_q, long long, gp_int_from_i64(x))
GETTER(get_Q, unsigned long long, gp_int_from_u64(x))
GETTER(get_f, float, gp_float_new((double)x))
GETTER(get_d, double, gp_float_new(x))
#undef GETTER

static GpObject *get_u(const void *p)
{
    uint32_t c;
    memcpy(&c, p, sizeof c);
    if (c > 0x10FFFF)
        return gp_err_format(&GpExc_ValueError, "chr() arg not in range(0x110000)");
    return gp_str_from_codepoint(c);
}

static const Desc descs[] = {
    { 'b', 1, "b", conv_b, get_b },
    { 'B', 1, "B", conv_B, get_B },
    { 'u', 4, "w", conv_u, get_u },
    { 'h', (int)sizeof(short), "h", conv_h, get_h },
    { 'H', (int)sizeof(short), "H", conv_H, get_H },
    { 'i', (int)sizeof(int), "i", conv_i, get_i },
    { 'I', (int)sizeof(int), "I", conv_I, get_I },
    { 'l', (int)sizeof(long), "l", conv_l, get_l },
    { 'L', (int)sizeof(long), "L", conv_L, get_L },
    { 'q', (int)sizeof(long long), "q", conv_q, get_q },
    { 'Q', (int)sizeof(long long), "Q", conv_Q, get_Q },
    { 'f', (int)sizeof(float), "f", conv_f, get_f },
    { 'd', (int)sizeof(double), "d", conv_d, get_d },
};
#define NDESCS ((int)(sizeof descs / sizeof descs[0]))

/* ---- storage ------------------------------------------------------------------ */

#define ITEM(a, i) ((a)->data + (size_t)(i) * (size_t)(a)->d->itemsize)

/* Make room for n items (contents kept) and set the size to n. Growth
 * over-allocates by 1/8 plus a little so that appends are amortised O(1),
 * like list. */
static int arr_check_resizable(Array *a, gp_ssize n)
{
    if (a->exports > 0 && n != a->ob.size) {
        gp_err_set_string(&GpExc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    return 0;
}

static int arr_resize(Array *a, gp_ssize n)
{
    if (arr_check_resizable(a, n) < 0)
        return -1;
    if (n <= a->allocated && n >= a->allocated / 2) {
        a->ob.size = n;
        return 0;
    }
    gp_ssize isz = a->d->itemsize;
    gp_ssize cap = n;
    if (n > a->ob.size)
        cap = n + (n >> 3) + (n < 8 ? 3 : 6);
    if (n == 0)
        cap = 0;
    if (cap > GP_SSIZE_MAX / isz) {
        gp_err_no_memory();
        return -1;
    }
    char *p = cap ? gp_mem_realloc(a->data, (size_t)(cap * isz)) : NULL;
    if (cap && !p) {
        gp_err_no_memory();
        return -1;
    }
    if (!cap)
        gp_mem_free(a->data);
    a->data = p;
    a->allocated = cap;
    a->ob.size = n;
    return 0;
}

static Array *arr_alloc(GpType *t, const Desc *d, gp_ssize n)
{
    Array *a = (Array *)gp_type_generic_alloc(t, 0);
    if (!a)
        return NULL;
    a->d = d;
    a->data = NULL;
    a->allocated = 0;
    a->exports = 0;
    a->ob.size = 0;
    if (n && arr_resize(a, n) < 0) {
        GP_DECREF(a);
        return NULL;
    }
    return a;
}

static Array *arr_from_data(const Desc *d, const char *p, gp_ssize n)
{
    Array *a = arr_alloc(&GpArray_Type, d, n);
    if (a && n)
        memcpy(a->data, p, (size_t)(n * d->itemsize));
    return a;
}

/* Replace items [lo, hi) by n items from src (which may alias a->data). */
static int arr_replace(Array *a, gp_ssize lo, gp_ssize hi, const char *src, gp_ssize n)
{
    gp_ssize isz = a->d->itemsize, old = a->ob.size;
    char *copy = NULL;
    /* checked before anything moves: a shrink moves items before resizing */
    if (arr_check_resizable(a, old - (hi - lo) + n) < 0)
        return -1;
    if (n && src >= a->data && src < a->data + old * isz) {
        copy = gp_mem_malloc((size_t)(n * isz));
        if (!copy) {
            gp_err_no_memory();
            return -1;
        }
        memcpy(copy, src, (size_t)(n * isz));
        src = copy;
    }
    gp_ssize newsize = old - (hi - lo) + n;
    if (n > hi - lo) {
        if (arr_resize(a, newsize) < 0) {
            gp_mem_free(copy);
            return -1;
        }
        memmove(ITEM(a, lo + n), ITEM(a, hi), (size_t)((old - hi) * isz));
    } else {
        if (old > hi)   /* nothing to move (and maybe no buffer yet) otherwise */
            memmove(ITEM(a, lo + n), ITEM(a, hi), (size_t)((old - hi) * isz));
        if (arr_resize(a, newsize) < 0) {
            gp_mem_free(copy);
            return -1;
        }
    }
    if (n)
        memcpy(ITEM(a, lo), src, (size_t)(n * isz));
    gp_mem_free(copy);
    return 0;
}

/* Append one Python value (converted first, so a failure changes nothing). */
static int arr_append(Array *a, GpObject *v)
{
    char tmp[8];
    if (a->d->conv(v, tmp) < 0)
        return -1;
    gp_ssize n = a->ob.size;
    if (arr_resize(a, n + 1) < 0)
        return -1;
    memcpy(ITEM(a, n), tmp, (size_t)a->d->itemsize);
    return 0;
}

static int arr_extend_iter(Array *a, GpObject *iterable)
{
    GpObject *it = gp_iter(iterable);
    if (!it)
        return -1;
    GpObject *v;
    while ((v = gp_iter_next(it))) {
        int rc = arr_append(a, v);
        GP_DECREF(v);
        if (rc < 0) {
            GP_DECREF(it);
            return -1;
        }
    }
    GP_DECREF(it);
    return gp_err_occurred() ? -1 : 0;
}

static int arr_frombytes_raw(Array *a, const char *p, gp_ssize n)
{
    gp_ssize isz = a->d->itemsize;
    if (n % isz) {
        gp_err_set_string(&GpExc_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    gp_ssize old = a->ob.size;
    if (n / isz > GP_SSIZE_MAX - old) {
        gp_err_no_memory();
        return -1;
    }
    return arr_replace(a, old, old, p, n / isz);
}

static int arr_fromunicode_raw(Array *a, GpObject *s)
{
    gp_ssize n = GP_STR_LEN(s), old = a->ob.size;
    if (arr_resize(a, old + n) < 0)
        return -1;
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(s);
    for (gp_ssize i = 0; i < n; i++) {
        uint32_t c;
        if (GP_STR_IS_ASCII(s))
            c = p[i];
        else
            c = gp_str_char_at(s, i);
        memcpy(ITEM(a, old + i), &c, sizeof c);
    }
    return 0;
}

/* ---- construction --------------------------------------------------------------- */

static const Desc *find_desc(int code)
{
    for (int k = 0; k < NDESCS; k++)
        if (descs[k].code == code)
            return &descs[k];
    return NULL;
}

static int arr_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return 0;
}

static GpObject *arr_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    gp_ssize nargs = GP_NARGS(nargsf);
    if ((type == &GpArray_Type || type->init == arr_init) && kwnames && GP_SIZE(kwnames) > 0)
        return gp_err_format(&GpExc_TypeError, "array.array() takes no keyword arguments");
    if (nargs < 1)
        return gp_err_format(&GpExc_TypeError, "array() takes at least 1 argument (0 given)");
    if (nargs > 2)
        return gp_err_format(&GpExc_TypeError, "array() takes at most 2 arguments (%zd given)", nargs);
    GpObject *tc = args[0], *init = nargs > 1 ? args[1] : NULL;
    if (!GP_STR_CHECK(tc) || GP_STR_LEN(tc) != 1)
        return gp_err_format(&GpExc_TypeError, "array() argument 1 must be a unicode character, not %s",
                             GP_TYPE(tc)->name);
    uint32_t c = gp_str_char_at(tc, 0);
    const Desc *d = c < 128 ? find_desc((int)c) : NULL;
    if (!d)
        return gp_err_format(&GpExc_ValueError,
                             "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    if (init && GP_STR_CHECK(init) && d->code != 'u')
        return gp_err_format(&GpExc_TypeError,
                             "cannot use a str to initialize an array with typecode '%c'", d->code);
    if (init && ARRAY_CHECK(init) && AR(init)->d->code == 'u' && d->code != 'u')
        return gp_err_format(&GpExc_TypeError,
                             "cannot use a unicode array to initialize an array with typecode '%c'",
                             d->code);
    Array *a = arr_alloc(type, d, 0);
    if (!a)
        return NULL;
    int rc = 0;
    if (!init) {
        rc = 0;
    } else if (GP_LIST_CHECK(init) || GP_TUPLE_CHECK(init)) {
        gp_ssize n = GP_SIZE(init);
        for (gp_ssize i = 0; i < n && rc == 0; i++) {
            if (i >= GP_SIZE(init))
                break;
            GpObject *v = GP_LIST_CHECK(init) ? GP_LIST_GET(init, i) : GP_TUPLE_GET(init, i);
            GP_INCREF(v);
            rc = arr_append(a, v);
            GP_DECREF(v);
        }
    } else if (GP_BYTES_CHECK(init) || GP_BYTEARRAY_CHECK(init)) {
        const char *p;
        gp_ssize n;
        rc = gp_bytes_buffer(init, &p, &n);
        if (rc == 0)
            rc = arr_frombytes_raw(a, p, n);
    } else if (GP_STR_CHECK(init)) {
        rc = arr_fromunicode_raw(a, init);
    } else if (ARRAY_CHECK(init) && AR(init)->d == d) {
        rc = arr_replace(a, 0, 0, AR(init)->data, AR(init)->ob.size);
    } else {
        rc = arr_extend_iter(a, init);
    }
    if (rc < 0) {
        GP_DECREF(a);
        return NULL;
    }
    return (GpObject *)a;
}

static void arr_dealloc(GpObject *o)
{
    Array *a = AR(o);
    if (a->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &a->weakreflist);
    a->weakreflist = NULL;
    gp_mem_free(a->data);
    a->data = NULL;
    gp_obj_free(o);
}

/* ---- sequence protocol -------------------------------------------------------------- */

static gp_ssize arr_len(GpObject *o) { return AR(o)->ob.size; }

static GpObject *arr_item(Array *a, gp_ssize i) { return a->d->get(ITEM(a, i)); }

static GpObject *arr_subscript(GpObject *o, GpObject *key)
{
    Array *a = AR(o);
    gp_ssize n = a->ob.size;
    if (GP_SLICE_CHECK(key)) {
        gp_ssize start, stop, step;
        gp_ssize len = gp_slice_indices(key, n, &start, &stop, &step);
        if (len < 0)
            return NULL;
        if (step == 1)
            return (GpObject *)arr_from_data(a->d, ITEM(a, start), len);
        Array *r = arr_alloc(&GpArray_Type, a->d, len);
        if (!r)
            return NULL;
        for (gp_ssize k = 0, j = start; k < len; k++, j += step)
            memcpy(ITEM(r, k), ITEM(a, j), (size_t)a->d->itemsize);
        return (GpObject *)r;
    }
    if (!gp_index_check(key))
        return gp_err_format(&GpExc_TypeError, "array indices must be integers");
    gp_ssize i = gp_number_as_ssize(key, &GpExc_IndexError);
    if (i == -1 && gp_err_occurred())
        return NULL;
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return gp_err_format(&GpExc_IndexError, "array index out of range");
    return arr_item(a, i);
}

/* Delete the items start, start+step, ... (len of them; step > 0). */
static int arr_del_extended(Array *a, gp_ssize start, gp_ssize step, gp_ssize len)
{
    gp_ssize isz = a->d->itemsize, n = a->ob.size;
    gp_ssize dst = start;
    if (arr_check_resizable(a, n - len) < 0)
        return -1;
    for (gp_ssize k = 0; k < len; k++) {
        gp_ssize from = start + k * step + 1;
        gp_ssize to = k + 1 < len ? start + (k + 1) * step : n;
        memmove(a->data + dst * isz, a->data + from * isz, (size_t)((to - from) * isz));
        dst += to - from;
    }
    return arr_resize(a, n - len);
}

static int arr_ass_subscript(GpObject *o, GpObject *key, GpObject *value)
{
    Array *a = AR(o);
    gp_ssize n = a->ob.size, isz = a->d->itemsize;
    if (!GP_SLICE_CHECK(key)) {
        if (!gp_index_check(key)) {
            gp_err_set_string(&GpExc_TypeError, "array indices must be integers");
            return -1;
        }
        gp_ssize i = gp_number_as_ssize(key, &GpExc_IndexError);
        if (i == -1 && gp_err_occurred())
            return -1;
        if (i < 0)
            i += n;
        if (i < 0 || i >= n) {
            gp_err_set_string(&GpExc_IndexError, "array assignment index out of range");
            return -1;
        }
        if (!value)
            return arr_replace(a, i, i + 1, NULL, 0);
        return a->d->conv(value, ITEM(a, i));
    }
    gp_ssize start, stop, step;
    gp_ssize len = gp_slice_indices(key, n, &start, &stop, &step);
    if (len < 0)
        return -1;
    if (value && !ARRAY_CHECK(value)) {
        gp_err_format(&GpExc_TypeError, "can only assign array (not \"%s\") to array slice",
                      GP_TYPE(value)->name);
        return -1;
    }
    if (value && AR(value)->d != a->d) {
        gp_err_bad_argument();
        return -1;
    }
    if (step == 1) {
        if (!value)
            return arr_replace(a, start, start + len, NULL, 0);
        return arr_replace(a, start, start + len, AR(value)->data, AR(value)->ob.size);
    }
    if (!value) {
        if (len <= 0)
            return 0;
        if (step < 0) {
            start += step * (len - 1);
            step = -step;
        }
        return arr_del_extended(a, start, step, len);
    }
    Array *v = AR(value);
    if (v->ob.size != len) {
        gp_err_format(&GpExc_ValueError,
                      "attempt to assign array of size %zd to extended slice of size %zd",
                      v->ob.size, len);
        return -1;
    }
    if (len == 0)
        return 0;
    char *src = gp_mem_malloc((size_t)(len * isz));
    if (!src) {
        gp_err_no_memory();
        return -1;
    }
    memcpy(src, v->data, (size_t)(len * isz));
    for (gp_ssize k = 0, j = start; k < len; k++, j += step)
        memcpy(ITEM(a, j), src + k * isz, (size_t)isz);
    gp_mem_free(src);
    return 0;
}

static int arr_contains(GpObject *o, GpObject *v)
{
    Array *a = AR(o);
    for (gp_ssize i = 0; i < a->ob.size; i++) {
        GpObject *x = arr_item(a, i);
        if (!x)
            return -1;
        int c = gp_richcompare_bool(x, v, GP_EQ);
        GP_DECREF(x);
        if (c != 0)
            return c;
    }
    return 0;
}

/* ---- operators ------------------------------------------------------------------------ */

static int wants_reflection(GpObject *other, const char *rname)
{
    GpType *t = GP_TYPE(other);
    return (t->flags & GP_TPFLAGS_HEAPTYPE) && gp_type_lookup_str(t, rname) != NULL;
}

static GpObject *arr_add(GpObject *x, GpObject *y)
{
    if (!ARRAY_CHECK(x))
        GP_RETURN_NOTIMPLEMENTED;
    if (!ARRAY_CHECK(y)) {
        if (wants_reflection(y, "__radd__"))
            GP_RETURN_NOTIMPLEMENTED;
        return gp_err_format(&GpExc_TypeError, "can only append array (not \"%s\") to array",
                             GP_TYPE(y)->name);
    }
    Array *a = AR(x), *b = AR(y);
    if (a->d != b->d) {
        gp_err_bad_argument();
        return NULL;
    }
    if (a->ob.size > GP_SSIZE_MAX - b->ob.size)
        return gp_err_no_memory();
    Array *r = arr_alloc(&GpArray_Type, a->d, a->ob.size + b->ob.size);
    if (!r)
        return NULL;
    gp_ssize isz = a->d->itemsize;
    if (a->ob.size)
        memcpy(r->data, a->data, (size_t)(a->ob.size * isz));
    if (b->ob.size)
        memcpy(r->data + a->ob.size * isz, b->data, (size_t)(b->ob.size * isz));
    return (GpObject *)r;
}

/* The repeat count of `seq * count`, or -1 with an error (count < 0 -> 0). */
static int repeat_count(GpObject *count, gp_ssize *out)
{
    if (!gp_index_check(count)) {
        gp_err_format(&GpExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      GP_TYPE(count)->name);
        return -1;
    }
    gp_ssize n = gp_number_as_ssize(count, &GpExc_OverflowError);
    if (n == -1 && gp_err_occurred())
        return -1;
    *out = n < 0 ? 0 : n;
    return 0;
}

static GpObject *arr_mul(GpObject *x, GpObject *y)
{
    GpObject *seq = x, *count = y;
    if (!ARRAY_CHECK(x)) {
        seq = y;
        count = x;
        /* CPython lets the left operand's own sequence repeat run first, so
         * `"ab" * array` complains about the array, not about the str */
        GpType *t = GP_TYPE(x);
        if ((t->flags & (GP_TPFLAGS_STR_SUBCLASS | GP_TPFLAGS_BYTES_SUBCLASS |
                         GP_TPFLAGS_LIST_SUBCLASS | GP_TPFLAGS_TUPLE_SUBCLASS)) ||
            GP_BYTEARRAY_CHECK(x))
            return gp_err_format(&GpExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                                 GP_TYPE(y)->name);
    } else if (!gp_index_check(y) && wants_reflection(y, "__rmul__")) {
        GP_RETURN_NOTIMPLEMENTED;
    }
    gp_ssize n;
    if (repeat_count(count, &n) < 0)
        return NULL;
    Array *a = AR(seq);
    gp_ssize len = a->ob.size, total;
    if (gp_seq_repeat_size(len, n, &total) < 0)
        return NULL;
    Array *r = arr_alloc(&GpArray_Type, a->d, total);
    if (!r)
        return NULL;
    size_t chunk = (size_t)(len * a->d->itemsize);
    for (gp_ssize k = 0; k < (total ? n : 0); k++)
        memcpy(r->data + k * chunk, a->data, chunk);
    return (GpObject *)r;
}

static GpObject *arr_inplace_add(GpObject *x, GpObject *y)
{
    if (!ARRAY_CHECK(y))
        return gp_err_format(&GpExc_TypeError, "can only extend array with array (not \"%s\")",
                             GP_TYPE(y)->name);
    Array *a = AR(x), *b = AR(y);
    if (a->d != b->d)
        return gp_err_format(&GpExc_TypeError, "can only extend with array of same kind");
    if (arr_replace(a, a->ob.size, a->ob.size, b->data, b->ob.size) < 0)
        return NULL;
    return gp_newref(x);
}

static GpObject *arr_inplace_mul(GpObject *x, GpObject *y)
{
    gp_ssize n;
    if (repeat_count(y, &n) < 0)
        return NULL;
    Array *a = AR(x);
    gp_ssize len = a->ob.size, total;
    if (gp_seq_repeat_size(len, n, &total) < 0)
        return NULL;
    if (arr_resize(a, total) < 0)
        return NULL;
    size_t chunk = (size_t)(len * a->d->itemsize);
    for (gp_ssize k = 1; k < (total ? n : 0); k++)
        memcpy(a->data + k * chunk, a->data, chunk);
    return gp_newref(x);
}

static GpObject *arr_richcompare(GpObject *x, GpObject *y, int op)
{
    if (!ARRAY_CHECK(x) || !ARRAY_CHECK(y))
        GP_RETURN_NOTIMPLEMENTED;
    Array *a = AR(x), *b = AR(y);
    if (a->ob.size != b->ob.size && (op == GP_EQ || op == GP_NE))
        return gp_bool(op == GP_NE);
    gp_ssize i;
    for (i = 0; i < a->ob.size && i < b->ob.size; i++) {
        GpObject *va = arr_item(a, i), *vb = va ? arr_item(b, i) : NULL;
        if (!vb) {
            GP_XDECREF(va);
            return NULL;
        }
        int eq = gp_richcompare_bool(va, vb, GP_EQ);
        if (eq == 0) {
            GpObject *r = op == GP_EQ ? gp_bool(0) : op == GP_NE ? gp_bool(1)
                                                                 : gp_richcompare(va, vb, op);
            GP_DECREF(va);
            GP_DECREF(vb);
            return r;
        }
        GP_DECREF(va);
        GP_DECREF(vb);
        if (eq < 0)
            return NULL;
    }
    gp_ssize na = a->ob.size, nb = b->ob.size;
    int r;
    switch (op) {
    case GP_LT: r = na < nb; break;
    case GP_LE: r = na <= nb; break;
    case GP_EQ: r = na == nb; break;
    case GP_NE: r = na != nb; break;
    case GP_GT: r = na > nb; break;
    default: r = na >= nb; break;
    }
    return gp_bool(r);
}

static GpObject *m_tolist(GpObject *self, GpObject *unused);
static GpObject *m_tounicode(GpObject *self, GpObject *unused);

static GpObject *arr_repr(GpObject *o)
{
    Array *a = AR(o);
    const char *name = gp_type_name(GP_TYPE(o));
    if (a->ob.size == 0)
        return gp_str_from_format("%s('%c')", name, a->d->code);
    GpObject *v = a->d->code == 'u' ? m_tounicode(o, NULL) : m_tolist(o, NULL);
    if (!v)
        return NULL;
    GpObject *r = gp_str_from_format("%s('%c', %R)", name, a->d->code, v);
    GP_DECREF(v);
    return r;
}

/* ---- methods -------------------------------------------------------------------------- */

static GpObject *m_append(GpObject *self, GpObject *v)
{
    if (arr_append(AR(self), v) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *m_buffer_info(GpObject *self, GpObject *unused)
{
    (void)unused;
    GpObject *addr = gp_int_from_u64((uint64_t)(uintptr_t)AR(self)->data);
    GpObject *len = gp_int_from_ssize(AR(self)->ob.size);
    GpObject *r = addr && len ? gp_tuple_pack(2, addr, len) : NULL;
    GP_XDECREF(addr);
    GP_XDECREF(len);
    return r;
}

static GpObject *m_byteswap(GpObject *self, GpObject *unused)
{
    (void)unused;
    Array *a = AR(self);
    int isz = a->d->itemsize;
    for (gp_ssize i = 0; i < a->ob.size; i++) {
        unsigned char *p = (unsigned char *)ITEM(a, i);
        for (int k = 0; k < isz / 2; k++) {
            unsigned char t = p[k];
            p[k] = p[isz - 1 - k];
            p[isz - 1 - k] = t;
        }
    }
    GP_RETURN_NONE;
}

static GpObject *m_count(GpObject *self, GpObject *v)
{
    Array *a = AR(self);
    gp_ssize c = 0;
    for (gp_ssize i = 0; i < a->ob.size; i++) {
        GpObject *x = arr_item(a, i);
        if (!x)
            return NULL;
        int r = gp_richcompare_bool(x, v, GP_EQ);
        GP_DECREF(x);
        if (r < 0)
            return NULL;
        c += r;
    }
    return gp_int_from_ssize(c);
}

static GpObject *m_extend(GpObject *self, GpObject *v)
{
    Array *a = AR(self);
    if (ARRAY_CHECK(v)) {
        if (AR(v)->d != a->d)
            return gp_err_format(&GpExc_TypeError, "can only extend with array of same kind");
        if (arr_replace(a, a->ob.size, a->ob.size, AR(v)->data, AR(v)->ob.size) < 0)
            return NULL;
        GP_RETURN_NONE;
    }
    if (arr_extend_iter(a, v) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *m_frombytes(GpObject *self, GpObject *v)
{
    /* the buffer is held while the bytes are appended: a.frombytes(a)
     * then fails like CPython's (the array is exporting itself) */
    GpBuffer view;
    if (gp_object_get_buffer(v, &view, GP_BUF_SIMPLE) < 0)
        return NULL;
    if (view.itemsize != 1) {   /* CPython takes only buffers of one-byte items here */
        gp_buffer_release(&view);
        return gp_err_format(&GpExc_TypeError, "a bytes-like object is required");
    }
    int rc = arr_frombytes_raw(AR(self), view.buf ? view.buf : "", view.len);
    gp_buffer_release(&view);
    if (rc < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *m_fromfile(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("fromfile", nargs, 2, 2) < 0)
        return NULL;
    Array *a = AR(self);
    gp_ssize n = gp_number_as_ssize(args[1], &GpExc_OverflowError);
    if (n == -1 && gp_err_occurred())
        return NULL;
    if (n < 0)
        return gp_err_format(&GpExc_ValueError, "negative count");
    if (n > GP_SSIZE_MAX / a->d->itemsize)
        return gp_err_no_memory();
    gp_ssize nbytes = n * a->d->itemsize;
    GpObject *nb = gp_int_from_ssize(nbytes);
    if (!nb)
        return NULL;
    GpObject *b = gp_call_method_str(args[0], "read", &nb, 1);
    GP_DECREF(nb);
    if (!b)
        return NULL;
    if (!GP_BYTES_CHECK(b)) {
        GP_DECREF(b);
        return gp_err_format(&GpExc_TypeError, "read() didn't return bytes");
    }
    gp_ssize got = GP_SIZE(b);
    int rc = arr_frombytes_raw(a, GP_BYTES_DATA(b), got);
    GP_DECREF(b);
    if (rc < 0)
        return NULL;
    if (got != nbytes)
        return gp_err_format(&GpExc_EOFError, "read() didn't return enough bytes");
    GP_RETURN_NONE;
}

static GpObject *m_fromlist(GpObject *self, GpObject *v)
{
    if (!GP_LIST_CHECK(v))
        return gp_err_format(&GpExc_TypeError, "arg must be list");
    Array *a = AR(self);
    gp_ssize old = a->ob.size;
    for (gp_ssize i = 0; i < GP_SIZE(v); i++) {
        GpObject *x = gp_newref(GP_LIST_GET(v, i));
        int rc = arr_append(a, x);
        GP_DECREF(x);
        if (rc < 0) {
            arr_resize(a, old);
            return NULL;
        }
    }
    GP_RETURN_NONE;
}

static GpObject *m_fromunicode(GpObject *self, GpObject *v)
{
    if (!GP_STR_CHECK(v))
        return gp_err_format(&GpExc_TypeError, "fromunicode() argument must be str, not %s",
                             GP_TYPE(v)->name);
    if (AR(self)->d->code != 'u')
        return gp_err_format(&GpExc_ValueError,
                             "fromunicode() may only be called on unicode type arrays");
    if (arr_fromunicode_raw(AR(self), v) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *m_index(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("index", nargs, 1, 3) < 0)
        return NULL;
    Array *a = AR(self);
    gp_ssize n = a->ob.size, start = 0, stop = GP_SSIZE_MAX;
    for (size_t k = 1; k < nargs; k++) {
        if (args[k] == gp_None) {
            gp_err_set_string(&GpExc_TypeError,
                              "slice indices must be integers or have an __index__ method");
            return NULL;
        }
        if (gp_seq_clamped_index(args[k], k == 1 ? &start : &stop) < 0)
            return NULL;
    }
    if (start < 0) {
        start += n;
        if (start < 0)
            start = 0;
    }
    if (stop < 0) {
        stop += n;
        if (stop < 0)
            stop = 0;
    }
    for (gp_ssize i = start; i < stop && i < a->ob.size; i++) {
        GpObject *x = arr_item(a, i);
        if (!x)
            return NULL;
        int r = gp_richcompare_bool(x, args[0], GP_EQ);
        GP_DECREF(x);
        if (r > 0)
            return gp_int_from_ssize(i);
        if (r < 0)
            return NULL;
    }
    return gp_err_format(&GpExc_ValueError, "array.index(x): x not in array");
}

static GpObject *m_insert(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("insert", nargs, 2, 2) < 0)
        return NULL;
    Array *a = AR(self);
    gp_ssize i = gp_number_as_ssize(args[0], &GpExc_OverflowError);
    if (i == -1 && gp_err_occurred())
        return NULL;
    char tmp[8];
    if (a->d->conv(args[1], tmp) < 0)
        return NULL;
    gp_ssize n = a->ob.size;
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    if (arr_replace(a, i, i, tmp, 1) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *m_pop(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("pop", nargs, 0, 1) < 0)
        return NULL;
    Array *a = AR(self);
    gp_ssize i = -1;
    if (nargs) {
        i = gp_number_as_ssize(args[0], &GpExc_OverflowError);
        if (i == -1 && gp_err_occurred())
            return NULL;
    }
    gp_ssize n = a->ob.size;
    if (n == 0)
        return gp_err_format(&GpExc_IndexError, "pop from empty array");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return gp_err_format(&GpExc_IndexError, "pop index out of range");
    GpObject *v = arr_item(a, i);
    if (!v)
        return NULL;
    if (arr_replace(a, i, i + 1, NULL, 0) < 0) {
        GP_DECREF(v);
        return NULL;
    }
    return v;
}

static GpObject *m_remove(GpObject *self, GpObject *v)
{
    Array *a = AR(self);
    for (gp_ssize i = 0; i < a->ob.size; i++) {
        GpObject *x = arr_item(a, i);
        if (!x)
            return NULL;
        int r = gp_richcompare_bool(x, v, GP_EQ);
        GP_DECREF(x);
        if (r < 0)
            return NULL;
        if (r > 0) {
            if (arr_replace(a, i, i + 1, NULL, 0) < 0)
                return NULL;
            GP_RETURN_NONE;
        }
    }
    return gp_err_format(&GpExc_ValueError, "array.remove(x): x not in array");
}

static GpObject *m_reverse(GpObject *self, GpObject *unused)
{
    (void)unused;
    Array *a = AR(self);
    int isz = a->d->itemsize;
    char tmp[8];
    for (gp_ssize i = 0, j = a->ob.size - 1; i < j; i++, j--) {
        memcpy(tmp, ITEM(a, i), (size_t)isz);
        memcpy(ITEM(a, i), ITEM(a, j), (size_t)isz);
        memcpy(ITEM(a, j), tmp, (size_t)isz);
    }
    GP_RETURN_NONE;
}

static GpObject *m_tobytes(GpObject *self, GpObject *unused)
{
    (void)unused;
    Array *a = AR(self);
    return gp_bytes_from(a->data ? a->data : "", a->ob.size * a->d->itemsize);
}

static GpObject *m_tofile(GpObject *self, GpObject *f)
{
    Array *a = AR(self);
    gp_ssize total = a->ob.size * a->d->itemsize;
    for (gp_ssize off = 0; off < total; off += TOFILE_BLOCK) {
        gp_ssize n = total - off < TOFILE_BLOCK ? total - off : TOFILE_BLOCK;
        GpObject *b = gp_bytes_from(a->data + off, n);
        if (!b)
            return NULL;
        GpObject *r = gp_call_method_str(f, "write", &b, 1);
        GP_DECREF(b);
        if (!r)
            return NULL;
        GP_DECREF(r);
        total = a->ob.size * a->d->itemsize;   /* write() may have changed the array */
    }
    GP_RETURN_NONE;
}

static GpObject *m_tolist(GpObject *self, GpObject *unused)
{
    (void)unused;
    Array *a = AR(self);
    GpObject *l = gp_list_new(a->ob.size);
    if (!l)
        return NULL;
    for (gp_ssize i = 0; i < a->ob.size; i++) {
        GpObject *x = arr_item(a, i);
        if (!x) {
            /* fill the rest so the list can be freed safely */
            for (gp_ssize k = i; k < a->ob.size; k++)
                GP_LIST_SET(l, k, gp_newref(gp_None));
            GP_DECREF(l);
            return NULL;
        }
        GP_LIST_SET(l, i, x);
    }
    return l;
}

static GpObject *m_tounicode(GpObject *self, GpObject *unused)
{
    (void)unused;
    Array *a = AR(self);
    if (a->d->code != 'u')
        return gp_err_format(&GpExc_ValueError,
                             "tounicode() may only be called on unicode type arrays");
    GpStrWriter w;
    gp_strw_init(&w);
    for (gp_ssize i = 0; i < a->ob.size; i++) {
        uint32_t c;
        memcpy(&c, ITEM(a, i), sizeof c);
        if (c > 0x10FFFF) {
            gp_strw_discard(&w);
            return gp_err_format(&GpExc_ValueError,
                                 "character U+%x is not in range [U+0000; U+10ffff]", (unsigned)c);
        }
        if (gp_strw_write_char(&w, c) < 0) {
            gp_strw_discard(&w);
            return NULL;
        }
    }
    return gp_strw_finish(&w);
}

static GpObject *m_copy(GpObject *self, GpObject *unused)
{
    (void)unused;
    return (GpObject *)arr_from_data(AR(self)->d, AR(self)->data, AR(self)->ob.size);
}

static GpObject *m_deepcopy(GpObject *self, GpObject *memo)
{
    (void)memo;
    return m_copy(self, NULL);
}

static GpObject *m_sizeof(GpObject *self, GpObject *unused)
{
    (void)unused;
    return gp_int_from_ssize((gp_ssize)sizeof(Array) + AR(self)->allocated * AR(self)->d->itemsize);
}

static GpObject *get_typecode(GpObject *self, void *c)
{
    (void)c;
    return gp_str_from_codepoint((uint32_t)AR(self)->d->code);
}

static GpObject *get_itemsize(GpObject *self, void *c)
{
    (void)c;
    return gp_int_from_ssize(AR(self)->d->itemsize);
}

static const GpMethodDef arr_methods[] = {
    { "append", (void *)m_append, GP_METH_O, "Append new value v to the end of the array." },
    { "buffer_info", (void *)m_buffer_info, GP_METH_NOARGS,
      "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents." },
    { "byteswap", (void *)m_byteswap, GP_METH_NOARGS, "Byteswap all items of the array." },
    { "count", (void *)m_count, GP_METH_O, "Return number of occurrences of v in the array." },
    { "extend", (void *)m_extend, GP_METH_O, "Append items to the end of the array." },
    { "frombytes", (void *)m_frombytes, GP_METH_O, "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method." },
    { "fromfile", (void *)m_fromfile, GP_METH_FAST, "Read n objects from the file object f and append them to the end of the array." },
    { "fromlist", (void *)m_fromlist, GP_METH_O, "Append items to array from list." },
    { "fromunicode", (void *)m_fromunicode, GP_METH_O, "Extends this array with data from the unicode string ustr." },
    { "index", (void *)m_index, GP_METH_FAST, "Return index of first occurrence of v in the array." },
    { "insert", (void *)m_insert, GP_METH_FAST, "Insert a new item v into the array before position i." },
    { "pop", (void *)m_pop, GP_METH_FAST, "Return the i-th element and delete it from the array." },
    { "remove", (void *)m_remove, GP_METH_O, "Remove the first occurrence of v in the array." },
    { "reverse", (void *)m_reverse, GP_METH_NOARGS, "Reverse the order of the items in the array." },
    { "tobytes", (void *)m_tobytes, GP_METH_NOARGS, "Convert the array to an array of machine values and return the bytes representation." },
    { "tofile", (void *)m_tofile, GP_METH_O, "Write all items (as machine values) to the file object f." },
    { "tolist", (void *)m_tolist, GP_METH_NOARGS, "Convert array to an ordinary list with the same items." },
    { "tounicode", (void *)m_tounicode, GP_METH_NOARGS, "Extends this array with data from the unicode string ustr." },
    { "__copy__", (void *)m_copy, GP_METH_NOARGS, "Return a copy of the array." },
    { "__deepcopy__", (void *)m_deepcopy, GP_METH_O, "Return a copy of the array." },
    { "__sizeof__", (void *)m_sizeof, GP_METH_NOARGS, "Size of the array in memory, in bytes." },
    { NULL },
};

static const GpGetSetDef arr_getsets[] = {
    { "typecode", get_typecode, NULL, "the typecode character used to create the array", NULL },
    { "itemsize", get_itemsize, NULL, "the size, in bytes, of one array item", NULL },
    { NULL },
};

/* ---- iterator ------------------------------------------------------------------------- */

static GpObject *arr_iter(GpObject *o)
{
    ArrayIter *it = (ArrayIter *)gp_obj_alloc(&GpArrayIter_Type, 0);
    if (!it)
        return NULL;
    it->arr = (Array *)gp_newref(o);
    it->index = 0;
    gp_gc_track((GpObject *)it);
    return (GpObject *)it;
}

static void arriter_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_XDECREF(((ArrayIter *)o)->arr);
    gp_obj_free(o);
}

/* The iterator is a GC container because an array subclass instance can
 * hold its own iterator in its __dict__. */
static int arriter_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpObject *a = (GpObject *)((ArrayIter *)o)->arr;
    return a ? visit(a, arg) : 0;
}

static int arriter_clear(GpObject *o)
{
    GP_CLEAR(((ArrayIter *)o)->arr);
    return 0;
}

static GpObject *arriter_next(GpObject *o)
{
    ArrayIter *it = (ArrayIter *)o;
    if (!it->arr)
        return NULL;
    if (it->index >= it->arr->ob.size) {
        GP_CLEAR(it->arr);
        return NULL;
    }
    return arr_item(it->arr, it->index++);
}

static GpObject *arriter_self(GpObject *o) { return gp_newref(o); }

GpType GpArrayIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "array.arrayiterator",
    .basicsize = sizeof(ArrayIter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = arriter_dealloc,
    .traverse = arriter_traverse,
    .clear = arriter_clear,
    .getattro = gp_generic_getattr,
    .iter = arriter_self,
    .iternext = arriter_next,
};

/* ---- buffer export -------------------------------------------------------------------- */

static int arr_getbuffer(GpObject *o, GpBuffer *view, int flags)
{
    (void)flags;   /* always writable and contiguous */
    Array *a = AR(o);
    view->obj = gp_newref(o);
    /* an empty array may have no storage: export a valid dummy pointer */
    view->buf = a->data ? a->data : (void *)view->shape;
    view->len = a->ob.size * a->d->itemsize;
    view->itemsize = a->d->itemsize;
    view->readonly = 0;
    view->ndim = 1;
    view->format = a->d->format;
    view->shape[0] = a->ob.size;
    view->strides[0] = a->d->itemsize;
    a->exports++;
    return 0;
}

static void arr_releasebuffer(GpObject *o, GpBuffer *view)
{
    (void)view;
    AR(o)->exports--;
}

static const GpBufferProcs arr_as_buffer = { arr_getbuffer, arr_releasebuffer };

GpType GpArray_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "array.array",
    .doc = "array(typecode [, initializer]) -> array\n\n"
           "Return a new array whose items are restricted by typecode, and\n"
           "initialized from the optional initializer value, which must be a list,\n"
           "string or iterable over elements of the appropriate type.",
    .basicsize = sizeof(Array),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_SEQUENCE_LIKE,
    .dealloc = arr_dealloc,
    .repr = arr_repr,
    .hash = gp_hash_not_implemented,
    .richcompare = arr_richcompare,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .iter = arr_iter,
    .new_ = arr_new,
    .init = arr_init,
    .nb = { .add = arr_add, .multiply = arr_mul,
            .inplace_add = arr_inplace_add, .inplace_multiply = arr_inplace_mul },
    .len = arr_len,
    .getitem = arr_subscript,
    .setitem = arr_ass_subscript,
    .contains = arr_contains,
    .methods = arr_methods,
    .getsets = arr_getsets,
    .weaklistoffset = offsetof(Array, weakreflist),
    .as_buffer = &arr_as_buffer,
};

/* ---- module --------------------------------------------------------------------------- */

int gp_mod_array_init(GpObject *m)
{
    if (gp_type_ready(&GpArray_Type) < 0 || gp_type_ready(&GpArrayIter_Type) < 0)
        return -1;
    GpObject *d = GP_MODULE_DICT(m);
    GpObject *codes = gp_str_from_cstr("bBuhHiIlLqQfd");
    GpObject *doc = gp_str_from_cstr(
        "This module defines an object type which can efficiently represent\n"
        "an array of basic values: characters, integers, floating point\n"
        "numbers.  Arrays are sequence types and behave very much like lists,\n"
        "except that the type of objects stored in them is constrained.\n");
    int rc = -1;
    if (codes && doc && gp_dict_setitem_str(d, "typecodes", codes) == 0 &&
        gp_dict_setitem_str(d, "__doc__", doc) == 0 &&
        gp_dict_setitem_str(d, "array", (GpObject *)&GpArray_Type) == 0 &&
        gp_dict_setitem_str(d, "ArrayType", (GpObject *)&GpArray_Type) == 0)
        rc = 0;
    GP_XDECREF(codes);
    GP_XDECREF(doc);
    if (rc < 0)
        return -1;
    /* collections.abc.MutableSequence.register(array), as CPython does; the
     * module stays usable if that import fails. */
    GpObject *abc = gp_import("collections.abc");
    GpObject *ms = abc ? gp_getattr_str(abc, "MutableSequence") : NULL;
    GpObject *r = ms ? gp_call_method_str(ms, "register", (GpObject *const[]){ (GpObject *)&GpArray_Type }, 1)
                     : NULL;
    if (!r)
        gp_err_clear();
    GP_XDECREF(r);
    GP_XDECREF(ms);
    GP_XDECREF(abc);
    return 0;
}
