/* marshalmodule.c -- marshal: CPython 3.11's value serialization format.
 *
 * Same API as CPython (dumps/dump(value[, file], version=4), loads/load,
 * version) and byte-identical output for the value types: None, bool,
 * StopIteration, Ellipsis, int, float, complex, str, bytes (and any buffer
 * exporter, written as bytes), tuple, list, dict, set and frozenset.
 *
 * Byte identity needs the two things Python code cannot see, which is why
 * this module is in C:
 *  - FLAG_REF / TYPE_REF. From version 3 on, CPython records every object
 *    it writes whose reference count is above 1 (w_ref: "a count of 1 means
 *    nobody else can reach it, so it is not shared") and writes a later
 *    occurrence of the same object as a back-reference. Interned strings are
 *    always recorded. gilpy's reference counts follow CPython's for the
 *    cases that matter (variables, containers, constants), so reading
 *    GP_REFCNT gives the same flags.
 *  - interned strings, written with their own type codes ('t', 'Z', 'A').
 *    GpStr carries an `interned` flag; gilpy interns identifier-like
 *    constants (and '') and sys.intern() results as CPython does.
 * Known differences, all outside this module: gilpy shares one str object
 * per character below U+0100 (chr(), indexing, str() of a one-digit int),
 * which may be interned or referenced elsewhere, while CPython 3.11 makes
 * some of those fresh or keeps its singletons un-interned; and CPython keeps
 * the __main__ script's AST alive while it runs, giving the script's own
 * constants one more reference (items of constant tuples are then flagged
 * in CPython only). Imported modules' constants match.
 * Writer errors follow CPython: the writer keeps going after an error and
 * the last one wins ("unmarshallable object" / "object too deeply nested to
 * marshal"), as scripts can observe with e.g. [int, deeply_nested].
 *
 * Set elements are written in the order of their own marshal bytes (CPython
 * bpo-37596, for reproducible output); CPython holds each element in a
 * (dump, value) pair while doing so, which raises its count above 1, so the
 * elements are always flagged -- reproduced by holding an extra reference.
 *
 * Code objects are not supported: gilpy's bytecode is not CPython's, so
 * dumping one raises ValueError("unmarshallable object") and reading a
 * TYPE_CODE record raises ValueError("bad marshal data (code objects are not
 * supported by gilpy)").
 *
 * load(file) reads like CPython: file.read(0) must return bytes, then
 * exactly the bytes needed are read with file.readinto(), so consecutive
 * loads from one file work and the file position ends right after the
 * value.
 */
#include <string.h>
#include <stdlib.h>
#include <math.h>
#include <stdio.h>
#include "gilpy.h"

/* The current format (marshal.version). */
#define MARSHAL_VERSION 4
/* CPython 3.11's MAX_MARSHAL_STACK_DEPTH: deeper nesting is an error in
 * both directions instead of a C stack overflow. */
#define MAX_DEPTH 2000
/* Sizes and counts are signed 32-bit in the format. */
#define SIZE32_MAX 0x7FFFFFFF

#define TYPE_NULL '0'
#define TYPE_NONE 'N'
#define TYPE_FALSE 'F'
#define TYPE_TRUE 'T'
#define TYPE_STOPITER 'S'
#define TYPE_ELLIPSIS '.'
#define TYPE_INT 'i'
#define TYPE_INT64 'I'          /* read only: older writers */
#define TYPE_FLOAT 'f'
#define TYPE_BINARY_FLOAT 'g'
#define TYPE_COMPLEX 'x'
#define TYPE_BINARY_COMPLEX 'y'
#define TYPE_LONG 'l'
#define TYPE_STRING 's'
#define TYPE_INTERNED 't'
#define TYPE_REF 'r'
#define TYPE_TUPLE '('
#define TYPE_LIST '['
#define TYPE_DICT '{'
#define TYPE_CODE 'c'
#define TYPE_UNICODE 'u'
#define TYPE_UNKNOWN '?'
#define TYPE_SET '<'
#define TYPE_FROZENSET '>'
#define TYPE_ASCII 'a'
#define TYPE_ASCII_INTERNED 'A'
#define TYPE_SMALL_TUPLE ')'
#define TYPE_SHORT_ASCII 'z'
#define TYPE_SHORT_ASCII_INTERNED 'Z'
#define FLAG_REF 0x80

/* Big ints travel as base 2**15 digits, least significant first. */
#define LONG_SHIFT 15
#define LONG_MASK 0x7FFF

/* ======================================================================
 * Writer
 * ====================================================================== */

enum { W_OK, W_NOMEM, W_NESTED, W_UNMARSHALLABLE };

typedef struct {
    unsigned char *buf;
    size_t len, cap;
    int version, depth, error;
    /* objects already written (version >= 3): open addressing on the
     * pointer; each key holds a reference, as in CPython */
    GpObject **rkeys;
    int32_t *rvals;
    size_t rsize, rused;
} WFile;

static void w_reserve(WFile *w, size_t n)
{
    if (w->error == W_NOMEM || w->len + n <= w->cap)
        return;
    size_t ncap = w->cap ? w->cap : 64;
    while (ncap < w->len + n)
        ncap *= 2;
    unsigned char *nb = realloc(w->buf, ncap);
    if (!nb) {
        w->error = W_NOMEM;
        return;
    }
    w->buf = nb;
    w->cap = ncap;
}

static void w_bytes(WFile *w, const void *p, size_t n)
{
    w_reserve(w, n);
    if (w->error == W_NOMEM)
        return;
    memcpy(w->buf + w->len, p, n);
    w->len += n;
}

static void w_byte(WFile *w, int c)
{
    unsigned char b = (unsigned char)c;
    w_bytes(w, &b, 1);
}

static void w_long(WFile *w, int32_t x)
{
    uint32_t u = (uint32_t)x;
    unsigned char b[4] = { (unsigned char)u, (unsigned char)(u >> 8), (unsigned char)(u >> 16),
                           (unsigned char)(u >> 24) };
    w_bytes(w, b, 4);
}

static void w_short(WFile *w, unsigned v)
{
    unsigned char b[2] = { (unsigned char)v, (unsigned char)(v >> 8) };
    w_bytes(w, b, 2);
}

/* A size: above SIZE32_MAX the object cannot be written. */
static int w_size(WFile *w, gp_ssize n)
{
    if (n > SIZE32_MAX) {
        w->error = W_UNMARSHALLABLE;
        return -1;
    }
    w_long(w, (int32_t)n);
    return 0;
}

static void w_pstring(WFile *w, const char *s, gp_ssize n)
{
    if (w_size(w, n) == 0)
        w_bytes(w, s, (size_t)n);
}

static void w_float_bin(WFile *w, double d)
{
    unsigned char b[8];
    uint64_t u;
    memcpy(&u, &d, 8);
    for (int i = 0; i < 8; i++)
        b[i] = (unsigned char)(u >> (8 * i));
    w_bytes(w, b, 8);
}

/* Versions 0 and 1: "%.17g" text (CPython's PyOS_double_to_string(v, 'g',
 * 17)), with a one-byte length. */
static void w_float_str(WFile *w, double d)
{
    char s[64];
    int n;
    if (isnan(d))
        n = snprintf(s, sizeof s, "nan");
    else if (isinf(d))
        n = snprintf(s, sizeof s, d < 0 ? "-inf" : "inf");
    else
        n = snprintf(s, sizeof s, "%.17g", d);
    w_byte(w, n);
    w_bytes(w, s, (size_t)n);
}

static size_t ref_slot(WFile *w, GpObject *o)
{
    size_t mask = w->rsize - 1, j = ((uintptr_t)o >> 4) & mask;
    while (w->rkeys[j] && w->rkeys[j] != o)
        j = (j + 1) & mask;
    return j;
}

static int ref_grow(WFile *w)
{
    size_t osize = w->rsize, nsize = osize ? osize * 2 : 64;
    GpObject **ok = w->rkeys;
    int32_t *ov = w->rvals;
    w->rkeys = calloc(nsize, sizeof *w->rkeys);
    w->rvals = malloc(nsize * sizeof *w->rvals);
    if (!w->rkeys || !w->rvals) {
        free(w->rkeys);
        free(w->rvals);
        w->rkeys = ok;
        w->rvals = ov;
        return -1;
    }
    w->rsize = nsize;
    for (size_t i = 0; i < osize; i++) {
        if (ok[i]) {
            size_t j = ref_slot(w, ok[i]);
            w->rkeys[j] = ok[i];
            w->rvals[j] = ov[i];
        }
    }
    free(ok);
    free(ov);
    return 0;
}

/* CPython's w_ref: 1 when o was written as a back-reference; otherwise 0,
 * with FLAG_REF added to *flag when o is now recorded. */
static int w_ref(WFile *w, GpObject *o, int *flag)
{
    if (w->version < 3)
        return 0;
    if (GP_REFCNT(o) == 1 && !(GP_STR_CHECK_EXACT(o) && ((GpStr *)o)->interned))
        return 0;
    if (w->rsize) {
        size_t j = ref_slot(w, o);
        if (w->rkeys[j]) {
            w_byte(w, TYPE_REF);
            w_long(w, w->rvals[j]);
            return 1;
        }
    }
    if (w->rused >= SIZE32_MAX) {
        w->error = W_UNMARSHALLABLE;
        return 0;
    }
    /* keep the table at most half full */
    if ((w->rused + 1) * 2 > w->rsize && ref_grow(w) < 0) {
        w->error = W_NOMEM;
        return 0;
    }
    size_t j = ref_slot(w, o);
    w->rkeys[j] = gp_newref(o);
    w->rvals[j] = (int32_t)w->rused++;
    *flag |= FLAG_REF;
    return 0;
}

static void w_free(WFile *w)
{
    for (size_t i = 0; i < w->rsize; i++)
        GP_XDECREF(w->rkeys[i]);
    free(w->rkeys);
    free(w->rvals);
    free(w->buf);
    w->rkeys = NULL;
    w->rvals = NULL;
    w->buf = NULL;
}

static void w_object(WFile *w, GpObject *o);
static int marshal_to_wfile(GpObject *o, int version, WFile *w);

#define W_TYPE(t) w_byte(w, (t) | flag)

static void w_int(WFile *w, GpObject *o, int flag)
{
    if (GP_INT_IS_SMALL(o)) {
        int64_t v = GP_INT_VAL(o);
        if (v >= INT32_MIN && v <= INT32_MAX) {
            W_TYPE(TYPE_INT);
            w_long(w, (int32_t)v);
            return;
        }
    }
    GpIntView view;
    mpz_srcptr z = gp_int_view(o, &view);
    size_t bits = mpz_sizeinbase(z, 2);
    size_t ndig = (bits + LONG_SHIFT - 1) / LONG_SHIFT;
    if (ndig > SIZE32_MAX) {
        w->error = W_UNMARSHALLABLE;
        return;
    }
    W_TYPE(TYPE_LONG);
    w_long(w, mpz_sgn(z) < 0 ? -(int32_t)ndig : (int32_t)ndig);
    /* |value| as little-endian bytes, then cut into 15-bit digits */
    size_t nbytes = 0;
    unsigned char *mag = mpz_export(NULL, &nbytes, -1, 1, 0, 0, z);
    uint32_t acc = 0;
    int accbits = 0;
    size_t bi = 0;
    for (size_t d = 0; d < ndig; d++) {
        while (accbits < LONG_SHIFT && bi < nbytes) {
            acc |= (uint32_t)mag[bi++] << accbits;
            accbits += 8;
        }
        w_short(w, acc & LONG_MASK);
        acc >>= LONG_SHIFT;
        accbits -= LONG_SHIFT;
        if (accbits < 0)
            accbits = 0;
    }
    void (*freefn)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freefn);
    if (mag)
        freefn(mag, nbytes);
}

static void w_str(WFile *w, GpObject *o, int flag)
{
    int interned = ((GpStr *)o)->interned;
    gp_ssize n = GP_STR_NBYTES(o);
    if (w->version >= 4 && GP_STR_IS_ASCII(o)) {
        if (n < 256) {
            W_TYPE(interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII);
            w_byte(w, (int)n);
            w_bytes(w, GP_STR_DATA(o), (size_t)n);
        } else {
            W_TYPE(interned ? TYPE_ASCII_INTERNED : TYPE_ASCII);
            w_pstring(w, GP_STR_DATA(o), n);
        }
        return;
    }
    /* gilpy's str text is UTF-8 already (lone surrogates included, as
     * "surrogatepass" would encode them) */
    W_TYPE(w->version >= 3 && interned ? TYPE_INTERNED : TYPE_UNICODE);
    w_pstring(w, GP_STR_DATA(o), n);
}

/* One set element with its marshal bytes, for the sorted order. */
typedef struct {
    GpObject *v;
    unsigned char *dump;
    size_t len;
    gp_ssize order;
} SetItem;

static int setitem_cmp(const void *a, const void *b)
{
    const SetItem *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->dump, y->dump, n);
    if (c)
        return c;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    /* equal dumps (distinct nan objects): keep iteration order, as the
     * stable sort of CPython's (dump, value) pairs does */
    return x->order < y->order ? -1 : x->order > y->order;
}

static void w_set(WFile *w, GpObject *o, int flag)
{
    gp_ssize n = gp_set_size(o);
    W_TYPE(GP_FROZENSET_CHECK(o) ? TYPE_FROZENSET : TYPE_SET);
    if (w_size(w, n) < 0)
        return;
    SetItem *items = calloc(n ? (size_t)n : 1, sizeof *items);
    if (!items) {
        w->error = W_NOMEM;
        return;
    }
    gp_ssize pos = 0, k = 0;
    GpObject *key;
    gp_hash h;
    int ok = 1;
    while (k < n && gp_set_next(o, &pos, &key, &h)) {
        WFile sub;
        if (marshal_to_wfile(key, w->version, &sub) < 0) {
            /* CPython turns any failure here into "unmarshallable" */
            w->error = sub.error == W_NOMEM ? W_NOMEM : W_UNMARSHALLABLE;
            w_free(&sub);
            ok = 0;
            break;
        }
        items[k].v = gp_newref(key);   /* CPython's (dump, value) pair */
        items[k].dump = sub.buf;
        items[k].len = sub.len;
        items[k].order = k;
        sub.buf = NULL;
        w_free(&sub);
        k++;
    }
    if (ok) {
        qsort(items, (size_t)k, sizeof *items, setitem_cmp);
        for (gp_ssize i = 0; i < k; i++)
            w_object(w, items[i].v);
    }
    for (gp_ssize i = 0; i < k; i++) {
        GP_DECREF(items[i].v);
        free(items[i].dump);
    }
    free(items);
}

static void w_complex_object(WFile *w, GpObject *o, int flag)
{
    GpType *t = GP_TYPE(o);
    if (t == &GpInt_Type) {
        w_int(w, o, flag);
    } else if (t == &GpFloat_Type) {
        if (w->version > 1) {
            W_TYPE(TYPE_BINARY_FLOAT);
            w_float_bin(w, GP_FLOAT_VAL(o));
        } else {
            W_TYPE(TYPE_FLOAT);
            w_float_str(w, GP_FLOAT_VAL(o));
        }
    } else if (t == &GpComplex_Type) {
        GpComplex *c = (GpComplex *)o;
        if (w->version > 1) {
            W_TYPE(TYPE_BINARY_COMPLEX);
            w_float_bin(w, c->real);
            w_float_bin(w, c->imag);
        } else {
            W_TYPE(TYPE_COMPLEX);
            w_float_str(w, c->real);
            w_float_str(w, c->imag);
        }
    } else if (t == &GpBytes_Type) {
        W_TYPE(TYPE_STRING);
        w_pstring(w, GP_BYTES_DATA(o), GP_SIZE(o));
    } else if (t == &GpStr_Type) {
        w_str(w, o, flag);
    } else if (t == &GpTuple_Type) {
        gp_ssize n = GP_SIZE(o);
        if (w->version >= 4 && n < 256) {
            W_TYPE(TYPE_SMALL_TUPLE);
            w_byte(w, (int)n);
        } else {
            W_TYPE(TYPE_TUPLE);
            if (w_size(w, n) < 0)
                return;
        }
        for (gp_ssize i = 0; i < n; i++)
            w_object(w, GP_TUPLE_GET(o, i));
    } else if (t == &GpList_Type) {
        W_TYPE(TYPE_LIST);
        if (w_size(w, GP_SIZE(o)) < 0)
            return;
        /* the list may not change under us: nothing here runs Python code */
        for (gp_ssize i = 0; i < GP_SIZE(o); i++)
            w_object(w, GP_LIST_GET(o, i));
    } else if (t == &GpDict_Type) {
        gp_ssize pos = 0;
        GpObject *k, *v;
        W_TYPE(TYPE_DICT);
        while (gp_dict_next(o, &pos, &k, &v)) {
            w_object(w, k);
            w_object(w, v);
        }
        w_object(w, NULL);   /* the terminator counts as one level deeper */
    } else if (t == &GpSet_Type || t == &GpFrozenSet_Type) {
        w_set(w, o, flag);
    } else if (gp_is_bytes_like(o)) {
        /* other buffer exporters (bytearray, memoryview, array, bytes
         * subclasses) are written as bytes */
        const char *p;
        gp_ssize n;
        if (gp_bytes_buffer(o, &p, &n) < 0) {
            gp_err_clear();
            w_byte(w, TYPE_UNKNOWN);
            w->error = W_UNMARSHALLABLE;
            return;
        }
        W_TYPE(TYPE_STRING);
        w_pstring(w, p, n);
    } else {
        W_TYPE(TYPE_UNKNOWN);
        w->error = W_UNMARSHALLABLE;
    }
}

static void w_object(WFile *w, GpObject *o)
{
    int flag = 0;
    w->depth++;
    if (w->error == W_NOMEM)
        ;   /* nothing more can be written */
    else if (w->depth > MAX_DEPTH)
        w->error = W_NESTED;
    else if (o == NULL)
        w_byte(w, TYPE_NULL);
    else if (o == gp_None)
        w_byte(w, TYPE_NONE);
    else if (o == (GpObject *)&GpExc_StopIteration)
        w_byte(w, TYPE_STOPITER);
    else if (o == gp_Ellipsis)
        w_byte(w, TYPE_ELLIPSIS);
    else if (o == gp_False)
        w_byte(w, TYPE_FALSE);
    else if (o == gp_True)
        w_byte(w, TYPE_TRUE);
    else if (!w_ref(w, o, &flag))
        w_complex_object(w, o, flag);
    w->depth--;
}

/* Write o into a fresh *w; 0 ok, -1 with w->error set. The caller frees
 * *w with w_free (after taking w->buf if wanted). */
static int marshal_to_wfile(GpObject *o, int version, WFile *w)
{
    memset(w, 0, sizeof *w);
    w->version = version;
    w_object(w, o);
    return w->error == W_OK ? 0 : -1;
}

static GpObject *marshal_dumps_impl(GpObject *o, int version)
{
    WFile w;
    GpObject *r = NULL;
    if (marshal_to_wfile(o, version, &w) < 0) {
        if (w.error == W_NOMEM)
            gp_err_no_memory();
        else
            gp_err_set_string(&GpExc_ValueError, w.error == W_UNMARSHALLABLE
                              ? "unmarshallable object" : "object too deeply nested to marshal");
    } else {
        r = gp_bytes_from((const char *)w.buf, (gp_ssize)w.len);
    }
    w_free(&w);
    return r;
}

/* ======================================================================
 * Reader
 * ====================================================================== */

typedef struct {
    const unsigned char *ptr, *end;   /* loads(): the whole input */
    GpObject *file;                   /* load(): file object (readinto) */
    GpObject *buf;                    /* load(): bytearray receiving reads */
    GpObject *refs;                   /* list of objects flagged FLAG_REF */
    int depth;
} RFile;

/* n bytes of input, or NULL with EOFError (or the file's error). The bytes
 * stay valid until the next read. */
static const unsigned char *r_string(RFile *r, gp_ssize n)
{
    if (!r->file) {
        if (r->end - r->ptr < n) {
            gp_err_set_string(&GpExc_EOFError, "marshal data too short");
            return NULL;
        }
        const unsigned char *p = r->ptr;
        r->ptr += n;
        return p;
    }
    if (!r->buf) {
        r->buf = gp_bytearray_from(NULL, n);
        if (!r->buf)
            return NULL;
    } else if (GP_SIZE(r->buf) != n && gp_bytearray_resize(r->buf, n) < 0) {
        return NULL;
    }
    GpObject *res = gp_call_method_str(r->file, "readinto", &r->buf, 1);
    if (!res)
        return NULL;
    GpObject *idx = gp_number_index(res);
    GP_DECREF(res);
    if (!idx)
        return NULL;
    gp_ssize got;
    int rc = gp_int_as_ssize(idx, &got);
    GP_DECREF(idx);
    if (rc < 0)
        return NULL;
    if (got != n) {
        if (got > n)
            gp_err_format(&GpExc_ValueError, "read() returned too much data: %zd bytes requested, %zd returned",
                          n, got);
        else
            gp_err_set_string(&GpExc_EOFError, "EOF read where not expected");
        return NULL;
    }
    /* readinto may have resized or replaced nothing we rely on: re-read size */
    if (GP_SIZE(r->buf) < n) {
        gp_err_set_string(&GpExc_EOFError, "EOF read where not expected");
        return NULL;
    }
    return (const unsigned char *)GP_BYTEARRAY_DATA(r->buf);
}

/* One byte, or -1 at the end of the input (an exception may be set when
 * reading from a file, as in CPython). */
static int r_byte(RFile *r)
{
    if (!r->file)
        return r->ptr < r->end ? *r->ptr++ : -1;
    const unsigned char *p = r_string(r, 1);
    return p ? *p : -1;
}

static int r_long(RFile *r, int32_t *out)
{
    const unsigned char *p = r_string(r, 4);
    if (!p)
        return -1;
    *out = (int32_t)((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
    return 0;
}

static int r_float_bin(RFile *r, double *out)
{
    const unsigned char *p = r_string(r, 8);
    if (!p)
        return -1;
    uint64_t u = 0;
    for (int i = 7; i >= 0; i--)
        u = (u << 8) | p[i];
    memcpy(out, &u, 8);
    return 0;
}

/* Versions 0 and 1: text with a one-byte length. */
static int r_float_str(RFile *r, double *out)
{
    int n = r_byte(r);
    if (n < 0) {
        gp_err_set_string(&GpExc_EOFError, "EOF read where not expected");
        return -1;
    }
    const unsigned char *p = r_string(r, n);
    if (!p)
        return -1;
    GpObject *s = gp_str_from_latin1((const char *)p, n);
    if (!s)
        return -1;
    GpObject *f = gp_float_from_string(s);
    GP_DECREF(s);
    if (!f)
        return -1;
    *out = GP_FLOAT_VAL(f);
    GP_DECREF(f);
    return 0;
}

static GpObject *r_long_obj(RFile *r)
{
    int32_t n;
    if (r_long(r, &n) < 0)
        return NULL;
    if (n == 0)
        return gp_int_from_i64(0);
    if (n < -SIZE32_MAX) {
        gp_err_set_string(&GpExc_ValueError, "bad marshal data (long size out of range)");
        return NULL;
    }
    size_t ndig = (size_t)(n < 0 ? -(int64_t)n : n);
    /* digits packed back into little-endian bytes for mpz_import */
    size_t nbytes = (ndig * LONG_SHIFT + 7) / 8;
    unsigned char *mag = calloc(nbytes, 1);
    if (!mag)
        return gp_err_no_memory();
    uint32_t acc = 0;
    int accbits = 0;
    size_t bo = 0;
    for (size_t d = 0; d < ndig; d++) {
        const unsigned char *p = r_string(r, 2);
        if (!p) {
            free(mag);
            return NULL;
        }
        unsigned md = (unsigned)p[0] | (unsigned)p[1] << 8;
        if (md > LONG_MASK) {
            free(mag);
            gp_err_set_string(&GpExc_ValueError, "bad marshal data (digit out of range in long)");
            return NULL;
        }
        if (md == 0 && d == ndig - 1) {
            free(mag);
            gp_err_set_string(&GpExc_ValueError, "bad marshal data (unnormalized long data)");
            return NULL;
        }
        acc |= (uint32_t)md << accbits;
        accbits += LONG_SHIFT;
        while (accbits >= 8) {
            mag[bo++] = (unsigned char)acc;
            acc >>= 8;
            accbits -= 8;
        }
    }
    if (accbits > 0 && bo < nbytes)
        mag[bo++] = (unsigned char)acc;
    mpz_t z;
    mpz_init(z);
    mpz_import(z, nbytes, -1, 1, 0, 0, mag);
    free(mag);
    if (n < 0)
        mpz_neg(z, z);
    return gp_int_from_mpz_steal(z);
}

static GpObject *r_object(RFile *r);

/* Record v (new reference, may be NULL) when the FLAG_REF bit was set. */
static GpObject *r_ref(RFile *r, GpObject *v, int flag)
{
    if (v && flag && gp_list_append(r->refs, v) < 0) {
        GP_DECREF(v);
        return NULL;
    }
    return v;
}

static int r_size(RFile *r, gp_ssize *out, const char *what)
{
    int32_t n;
    if (r_long(r, &n) < 0)
        return -1;
    if (n < 0) {
        gp_err_format(&GpExc_ValueError, "bad marshal data (%s size out of range)", what);
        return -1;
    }
    *out = n;
    return 0;
}

/* TYPE_NULL where an item is required: CPython's TypeError. */
static GpObject *r_item(RFile *r, const char *what)
{
    GpObject *v = r_object(r);
    if (!v && !gp_err_occurred())
        gp_err_format(&GpExc_TypeError, "NULL object in marshal data for %s", what);
    return v;
}

static GpObject *r_str(RFile *r, int type, int flag)
{
    gp_ssize n;
    int interned = type == TYPE_ASCII_INTERNED || type == TYPE_SHORT_ASCII_INTERNED ||
                   type == TYPE_INTERNED;
    if (type == TYPE_SHORT_ASCII || type == TYPE_SHORT_ASCII_INTERNED) {
        int b = r_byte(r);
        if (b < 0) {
            gp_err_set_string(&GpExc_EOFError, "EOF read where not expected");
            return NULL;
        }
        n = b;
    } else if (r_size(r, &n, "string") < 0) {
        return NULL;
    }
    GpObject *v;
    if (n == 0) {
        v = gp_str_empty();
    } else {
        const unsigned char *p = r_string(r, n);
        if (!p)
            return NULL;
        if (type == TYPE_UNICODE || type == TYPE_INTERNED)
            v = gp_str_decode_utf8((const char *)p, n, "surrogatepass");
        else
            v = gp_str_from_latin1((const char *)p, n);   /* one byte per character */
    }
    if (v && interned)
        gp_str_intern_inplace(&v);
    return r_ref(r, v, flag);
}

static GpObject *r_object1(RFile *r, int code)
{
    int flag = code & FLAG_REF, type = code & ~FLAG_REF;
    GpObject *v = NULL;
    gp_ssize n;
    int32_t x;
    double d1, d2;

    switch (type) {
    case TYPE_NULL:
        return NULL;
    case TYPE_NONE:
        return gp_newref(gp_None);
    case TYPE_STOPITER:
        return gp_newref(&GpExc_StopIteration);
    case TYPE_ELLIPSIS:
        return gp_newref(gp_Ellipsis);
    case TYPE_FALSE:
        return gp_newref(gp_False);
    case TYPE_TRUE:
        return gp_newref(gp_True);
    case TYPE_INT:
        if (r_long(r, &x) < 0)
            return NULL;
        return r_ref(r, gp_int_from_i64(x), flag);
    case TYPE_INT64: {
        const unsigned char *p = r_string(r, 8);
        if (!p)
            return NULL;
        uint64_t u = 0;
        for (int i = 7; i >= 0; i--)
            u = (u << 8) | p[i];
        return r_ref(r, gp_int_from_i64((int64_t)u), flag);
    }
    case TYPE_LONG:
        return r_ref(r, r_long_obj(r), flag);
    case TYPE_FLOAT:
        if (r_float_str(r, &d1) < 0)
            return NULL;
        return r_ref(r, gp_float_new(d1), flag);
    case TYPE_BINARY_FLOAT:
        if (r_float_bin(r, &d1) < 0)
            return NULL;
        return r_ref(r, gp_float_new(d1), flag);
    case TYPE_COMPLEX:
        if (r_float_str(r, &d1) < 0 || r_float_str(r, &d2) < 0)
            return NULL;
        return r_ref(r, gp_complex_new(d1, d2), flag);
    case TYPE_BINARY_COMPLEX:
        if (r_float_bin(r, &d1) < 0 || r_float_bin(r, &d2) < 0)
            return NULL;
        return r_ref(r, gp_complex_new(d1, d2), flag);
    case TYPE_STRING: {
        if (r_size(r, &n, "bytes object") < 0)
            return NULL;
        const unsigned char *p = r_string(r, n);
        if (!p)
            return NULL;
        return r_ref(r, gp_bytes_from((const char *)p, n), flag);
    }
    case TYPE_ASCII: case TYPE_ASCII_INTERNED: case TYPE_SHORT_ASCII:
    case TYPE_SHORT_ASCII_INTERNED: case TYPE_UNICODE: case TYPE_INTERNED:
        return r_str(r, type, flag);
    case TYPE_SMALL_TUPLE:
    case TYPE_TUPLE: {
        if (type == TYPE_SMALL_TUPLE) {
            int b = r_byte(r);
            if (b < 0) {
                if (!gp_err_occurred())
                    gp_err_set_string(&GpExc_EOFError, "EOF read where not expected");
                return NULL;
            }
            n = b;
        } else if (r_size(r, &n, "tuple") < 0) {
            return NULL;
        }
        /* registered before its items, which may refer back to it */
        v = r_ref(r, gp_tuple_new(n), flag);
        if (!v)
            return NULL;
        for (gp_ssize i = 0; i < n; i++) {
            GpObject *it = r_item(r, "tuple");
            if (!it) {
                GP_DECREF(v);
                return NULL;
            }
            GP_TUPLE_SET(v, i, it);
        }
        return v;
    }
    case TYPE_LIST:
        if (r_size(r, &n, "list") < 0)
            return NULL;
        v = r_ref(r, gp_list_new(0), flag);
        if (!v)
            return NULL;
        for (gp_ssize i = 0; i < n; i++) {
            GpObject *it = r_item(r, "list");
            if (!it || gp_list_append(v, it) < 0) {
                GP_XDECREF(it);
                GP_DECREF(v);
                return NULL;
            }
            GP_DECREF(it);
        }
        return v;
    case TYPE_DICT:
        v = r_ref(r, gp_dict_new(), flag);
        if (!v)
            return NULL;
        for (;;) {
            /* a NULL key (or value) ends the dict */
            GpObject *k = r_object(r);
            if (!k)
                break;
            GpObject *val = r_object(r);
            if (!val) {
                GP_DECREF(k);
                break;
            }
            int rc = gp_dict_setitem(v, k, val);
            GP_DECREF(k);
            GP_DECREF(val);
            if (rc < 0)
                break;
        }
        if (gp_err_occurred())
            GP_CLEAR(v);
        return v;
    case TYPE_SET:
    case TYPE_FROZENSET: {
        if (r_size(r, &n, "set") < 0)
            return NULL;
        /* a frozenset gets its slot now but is built at the end, when its
         * contents are known */
        gp_ssize slot = -1;
        if (type == TYPE_SET) {
            v = r_ref(r, gp_set_new(NULL), flag);
            if (!v)
                return NULL;
        } else {
            v = gp_set_new(NULL);
            if (!v)
                return NULL;
            if (flag) {
                slot = GP_SIZE(r->refs);
                if (gp_list_append(r->refs, gp_None) < 0) {
                    GP_DECREF(v);
                    return NULL;
                }
            }
        }
        for (gp_ssize i = 0; i < n; i++) {
            GpObject *it = r_item(r, "set");
            if (!it || gp_set_add(v, it) < 0) {
                GP_XDECREF(it);
                GP_DECREF(v);
                return NULL;
            }
            GP_DECREF(it);
        }
        if (type == TYPE_FROZENSET) {
            GpObject *fs = gp_frozenset_new(v);
            GP_DECREF(v);
            if (!fs)
                return NULL;
            if (slot >= 0) {
                GpObject *old = GP_LIST_GET(r->refs, slot);
                GP_LIST_SET(r->refs, slot, gp_newref(fs));
                GP_DECREF(old);
            }
            v = fs;
        }
        return v;
    }
    case TYPE_CODE:
        gp_err_set_string(&GpExc_ValueError, "bad marshal data (code objects are not supported by gilpy)");
        return NULL;
    case TYPE_REF:
        if (r_long(r, &x) < 0)
            return NULL;
        if (x < 0 || x >= GP_SIZE(r->refs) || GP_LIST_GET(r->refs, x) == gp_None) {
            gp_err_set_string(&GpExc_ValueError, "bad marshal data (invalid reference)");
            return NULL;
        }
        return gp_newref(GP_LIST_GET(r->refs, x));
    default:
        gp_err_set_string(&GpExc_ValueError, "bad marshal data (unknown type code)");
        return NULL;
    }
}

static GpObject *r_object(RFile *r)
{
    int code = r_byte(r);
    if (code < 0) {
        /* replaces a file's "EOF read where not expected", as CPython does,
         * but not the file's own errors */
        if (!gp_err_occurred() || gp_err_matches(&GpExc_EOFError))
            gp_err_set_string(&GpExc_EOFError, "EOF read where object expected");
        return NULL;
    }
    if (++r->depth > MAX_DEPTH) {
        r->depth--;
        gp_err_set_string(&GpExc_ValueError, "recursion limit exceeded");
        return NULL;
    }
    GpObject *v = r_object1(r, code);
    r->depth--;
    return v;
}

static GpObject *read_object(RFile *r)
{
    r->refs = gp_list_new(0);
    if (!r->refs)
        return NULL;
    GpObject *v = r_object(r);
    if (!v && !gp_err_occurred())
        gp_err_set_string(&GpExc_TypeError, "NULL object in marshal data for object");
    GP_CLEAR(r->refs);
    GP_CLEAR(r->buf);
    return v;
}

/* ======================================================================
 * Module functions
 * ====================================================================== */

/* The optional version argument: any integer that fits a C int. */
static int get_version(GpObject *o, int *out)
{
    GpObject *idx = gp_number_index(o);
    if (!idx)
        return -1;
    int64_t v;
    int rc = gp_int_as_i64(idx, &v);
    GP_DECREF(idx);
    if (rc < 0 || v < INT32_MIN || v > INT32_MAX) {
        gp_err_clear();
        gp_err_set_string(&GpExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static GpObject *m_dumps(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    (void)self;
    size_t nargs = (size_t)GP_NARGS(nargsf);
    if (gp_args_no_kw("marshal.dumps", kwnames) < 0 || gp_args_count("dumps", nargs, 1, 2) < 0)
        return NULL;
    int version = MARSHAL_VERSION;
    if (nargs > 1 && get_version(args[1], &version) < 0)
        return NULL;
    return marshal_dumps_impl(args[0], version);
}

static GpObject *m_dump(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    (void)self;
    size_t nargs = (size_t)GP_NARGS(nargsf);
    if (gp_args_no_kw("marshal.dump", kwnames) < 0 || gp_args_count("dump", nargs, 2, 3) < 0)
        return NULL;
    int version = MARSHAL_VERSION;
    if (nargs > 2 && get_version(args[2], &version) < 0)
        return NULL;
    GpObject *s = marshal_dumps_impl(args[0], version);
    if (!s)
        return NULL;
    GpObject *res = gp_call_method_str(args[1], "write", &s, 1);
    GP_DECREF(s);
    return res;   /* CPython returns what write() returned */
}

static GpObject *m_loads(GpObject *self, GpObject *data)
{
    (void)self;
    const char *p;
    gp_ssize n;
    if (gp_bytes_buffer(data, &p, &n) < 0)
        return NULL;
    /* hold the exporter: nothing here runs Python code, but be safe */
    GP_INCREF(data);
    RFile r = { (const unsigned char *)p, (const unsigned char *)p + n, NULL, NULL, NULL, 0 };
    GpObject *v = read_object(&r);
    GP_DECREF(data);
    return v;
}

static GpObject *m_load(GpObject *self, GpObject *file)
{
    (void)self;
    /* a zero-byte read first: the file must have read() returning bytes */
    GpObject *zero = gp_int_from_i64(0);
    GpObject *data = gp_call_method_str(file, "read", &zero, 1);
    GP_DECREF(zero);
    if (!data)
        return NULL;
    if (!GP_BYTES_CHECK(data)) {
        gp_err_format(&GpExc_TypeError, "file.read() returned not bytes but %s", GP_TYPE(data)->name);
        GP_DECREF(data);
        return NULL;
    }
    GP_DECREF(data);
    RFile r = { NULL, NULL, file, NULL, NULL, 0 };
    return read_object(&r);
}

static const GpMethodDef marshal_functions[] = {
    { "dumps", (void *)m_dumps, GP_METH_FASTKW,
      "dumps(value, version=version, /)\n--\n\nReturn the bytes object that would be written to a file by dump(value, file)." },
    { "dump", (void *)m_dump, GP_METH_FASTKW,
      "dump(value, file, version=version, /)\n--\n\nWrite the value on the open file." },
    { "loads", (void *)m_loads, GP_METH_O,
      "loads(bytes, /)\n--\n\nConvert the bytes-like object to a value." },
    { "load", (void *)m_load, GP_METH_O,
      "load(file, /)\n--\n\nRead one value from the open file and return it." },
    { NULL },
};

int gp_mod_marshal_init(GpObject *m)
{
    GpObject *d = GP_MODULE_DICT(m);
    GpObject *ver = gp_int_from_i64(MARSHAL_VERSION);
    if (!ver || gp_dict_setitem_str(d, "version", ver) < 0) {
        GP_XDECREF(ver);
        return -1;
    }
    GP_DECREF(ver);
    GpObject *doc = gp_str_from_cstr("This module contains functions that can read and write Python values in\n"
                                     "a binary format. The format is specific to Python, but independent of\n"
                                     "machine architecture issues.");
    if (!doc || gp_dict_setitem_str(d, "__doc__", doc) < 0) {
        GP_XDECREF(doc);
        return -1;
    }
    GP_DECREF(doc);
    return gp_add_functions(d, marshal_functions, gp_str_intern_cstr("marshal"));
}
