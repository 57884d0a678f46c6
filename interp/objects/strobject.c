/* strobject.c -- the str type: storage, hashing, comparison, interning,
 * indexing, slicing, concatenation, repetition, repr and iteration.
 *
 * Representation
 * --------------
 * A str is immutable UTF-8 text stored inline after the header, followed by a
 * NUL byte (so C code may treat GP_STR_DATA as a C string when the text has
 * no embedded NUL). Lone surrogates (U+D800..U+DFFF) are stored as their
 * 3-byte encodings, like "surrogatepass" would write them; UTF-8 byte order
 * is then exactly code-point order, so comparisons are plain memcmp.
 *
 * ob.size is the length in code points and `ascii` says whether every code
 * point is < 128. ASCII text -- by far the common case -- indexes in O(1)
 * with byte offset == code-point index, and every method has a fast path for
 * it. Non-ASCII text indexes through `cpindex`, built on first need: the byte
 * offset of every GP_STR_CPINDEX_STEP-th code point, so finding code point i
 * costs one table load plus decoding at most STEP-1 code points.
 *
 * Sharing: '' and the 256 one-character strings for U+0000..U+00FF are
 * created once and shared, like CPython's latin-1 singletons. Interned
 * strings live in a private open-addressing table holding a strong
 * reference, so an interned string lives until gp_str_fini().
 *
 * Hashing: a 64-bit multiply-mix over 16-byte blocks of the UTF-8 data
 * (str and bytes share it), cached in the object; never -1.
 */
#define _GNU_SOURCE
#include <string.h>
#include <stddef.h>
#include <stdlib.h>
#include "gilpy.h"
#include "support/utf8.h"
#include "support/unicodedb.h"

/* Every 32nd code point gets an entry: 1/32 of the text's length in index
 * memory (4 bytes per 32 code points, at least 32 bytes of UTF-8) while
 * limiting a lookup to decoding at most 31 code points. */
#define GP_STR_CPINDEX_STEP 32
/* Shorter non-ASCII strings are indexed by scanning from the start; an
 * index would cost more to build than the scans it saves. */
#define GP_STR_CPINDEX_MIN 64

static GpObject *str_empty;
static GpObject *str_chars[256];

/* ---- hashing ----------------------------------------------------------- */

static inline uint64_t ld64(const unsigned char *p) { uint64_t v; memcpy(&v, p, 8); return v; }
static inline uint64_t ld32(const unsigned char *p) { uint32_t v; memcpy(&v, p, 4); return v; }

/* Fold a 128-bit product back into 64 bits: every input bit influences
 * every output bit after two rounds. */
static inline uint64_t hmix(uint64_t a, uint64_t b)
{
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

/* Odd constants with well-spread bits (digits of pi and e in hex). */
#define HK0 0x243f6a8885a308d3ull
#define HK1 0x13198a2e03707345ull
#define HK2 0xb7e151628aed2a6bull
#define HK3 0xa4093822299f31d1ull

gp_hash gp_hash_bytes(const void *data, gp_ssize len)
{
    const unsigned char *p = data;
    size_t n = (size_t)len;
    if (n == 0)
        return 0;
    uint64_t h = HK0 ^ ((uint64_t)n * HK1);
    while (n > 16) {
        h = hmix(ld64(p) ^ HK2 ^ h, ld64(p + 8) ^ HK3);
        p += 16;
        n -= 16;
    }
    uint64_t a, b;
    if (n > 8) {
        a = ld64(p);
        b = ld64(p + n - 8);
    } else if (n >= 4) {
        a = (ld32(p) << 32) | ld32(p + n - 4);
        b = 0;
    } else {
        a = ((uint64_t)p[0] << 16) | ((uint64_t)p[n >> 1] << 8) | p[n - 1];
        b = 0;
    }
    h = hmix(a ^ HK2 ^ h, b ^ HK3 ^ n);
    h = hmix(h ^ HK1, HK0);
    gp_hash r = (gp_hash)h;
    if (r == -1)
        r = -2;
    return r;
}

gp_hash gp_str_hash(GpObject *o)
{
    GpStr *s = (GpStr *)o;
    if (s->hash == -1)
        s->hash = gp_hash_bytes(s->data, s->nbytes);
    return s->hash;
}

/* ---- allocation -------------------------------------------------------- */

static GpObject *str_alloc(gp_ssize nbytes, gp_ssize ncp, int ascii)
{
    if (nbytes < 0 || nbytes >= GP_SSIZE_MAX - (gp_ssize)sizeof(GpStr) - 1)
        return gp_err_no_memory();
    GpStr *s = (GpStr *)gp_obj_alloc(&GpStr_Type, nbytes + 1);
    if (!s)
        return NULL;
    s->ob.size = ncp;
    s->nbytes = nbytes;
    s->hash = -1;
    s->ascii = (uint8_t)(ascii != 0);
    s->interned = 0;
    s->cpindex = NULL;
    s->data[nbytes] = '\0';
    return (GpObject *)s;
}

GpObject *gp_str_empty(void)
{
    if (!str_empty) {
        str_empty = str_alloc(0, 0, 1);
        if (!str_empty)
            return NULL;
    }
    return gp_newref(str_empty);
}

GpObject *gp_str_new_uninit(gp_ssize nbytes, gp_ssize ncp, int ascii)
{
    if (nbytes == 0)
        return gp_str_empty();
    return str_alloc(nbytes, ncp, ascii);
}

static GpObject *str_char_cached(uint32_t cp)
{
    GpObject *c = str_chars[cp];
    if (!c) {
        char buf[4];
        int n = gp_utf8_encode(cp, buf);
        c = str_alloc(n, 1, cp < 128);
        if (!c)
            return NULL;
        memcpy(GP_STR_DATA(c), buf, (size_t)n);
        str_chars[cp] = c;
    }
    return gp_newref(c);
}

GpObject *gp_str_from_codepoint(uint32_t cp)
{
    if (cp < 256)
        return str_char_cached(cp);
    if (cp > 0x10FFFF)
        return gp_err_format(&GpExc_ValueError, "chr() arg not in range(0x110000)");
    char buf[4];
    int n = gp_utf8_encode(cp, buf);
    GpObject *s = str_alloc(n, 1, 0);
    if (s)
        memcpy(GP_STR_DATA(s), buf, (size_t)n);
    return s;
}

GpObject *gp_str_from_utf8_trusted(const char *p, gp_ssize nbytes, gp_ssize ncp, int ascii)
{
    if (nbytes == 0)
        return gp_str_empty();
    if (ncp == 1) {
        size_t i = 0;
        uint32_t cp = gp_utf8_decode(p, (size_t)nbytes, &i);
        if (cp < 256)
            return str_char_cached(cp);
    }
    GpObject *s = str_alloc(nbytes, ncp, ascii);
    if (s)
        memcpy(GP_STR_DATA(s), p, (size_t)nbytes);
    return s;
}

GpObject *gp_str_from_utf8(const char *p, gp_ssize nbytes)
{
    size_t ncp;
    /* fast check for pure ASCII */
    if (gp_utf8_isascii(p, (size_t)nbytes))
        return gp_str_from_utf8_trusted(p, nbytes, nbytes, 1);
    if (gp_utf8_check(p, (size_t)nbytes, 1, &ncp, NULL))
        return gp_str_from_utf8_trusted(p, nbytes, (gp_ssize)ncp, 0);
    /* invalid: let the codec raise the precise UnicodeDecodeError */
    return gp_str_decode_utf8(p, nbytes, "strict");
}

GpObject *gp_str_from_cstr(const char *p)
{
    return gp_str_from_utf8(p, (gp_ssize)strlen(p));
}

GpObject *gp_str_from_latin1(const char *p, gp_ssize n)
{
    gp_ssize extra = 0;
    for (gp_ssize i = 0; i < n; i++)
        if ((unsigned char)p[i] >= 0x80)
            extra++;
    if (extra == 0)
        return gp_str_from_utf8_trusted(p, n, n, 1);
    GpObject *s = gp_str_new_uninit(n + extra, n, 0);
    if (!s)
        return NULL;
    char *d = GP_STR_DATA(s);
    for (gp_ssize i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c < 0x80) {
            *d++ = (char)c;
        } else {
            *d++ = (char)(0xC0 | (c >> 6));
            *d++ = (char)(0x80 | (c & 0x3F));
        }
    }
    return s;
}

const char *gp_str_utf8(GpObject *s) { return GP_STR_DATA(s); }

GpObject *gp_str_exact(GpObject *s)
{
    if (GP_STR_CHECK_EXACT(s))
        return gp_newref(s);
    return gp_str_from_utf8_trusted(GP_STR_DATA(s), GP_STR_NBYTES(s), GP_STR_LEN(s),
                                    GP_STR_IS_ASCII(s));
}

GpObject *gp_str_subtype_new(GpType *t, GpObject *src)
{
    gp_ssize nb = GP_STR_NBYTES(src);
    GpStr *s = (GpStr *)gp_type_generic_alloc(t, nb + 1);
    if (!s)
        return NULL;
    s->ob.size = GP_STR_LEN(src);
    s->nbytes = nb;
    s->hash = -1;
    s->ascii = GP_STR_IS_ASCII(src);
    s->interned = 0;
    s->cpindex = NULL;
    memcpy(s->data, GP_STR_DATA(src), (size_t)nb);
    s->data[nb] = '\0';
    return (GpObject *)s;
}

static void str_dealloc(GpObject *o)
{
    GpStr *s = (GpStr *)o;
    if (s->cpindex) {
        gp_mem_free(s->cpindex);
        s->cpindex = NULL;
    }
    gp_obj_free(o);
}

/* ---- code-point indexing ----------------------------------------------- */

static uint32_t *str_build_cpindex(GpStr *s)
{
    gp_ssize n = (s->ob.size + GP_STR_CPINDEX_STEP - 1) / GP_STR_CPINDEX_STEP;
    uint32_t *ix = gp_mem_malloc((size_t)(n ? n : 1) * sizeof(uint32_t));
    if (!ix)
        return NULL;   /* callers fall back to scanning */
    const unsigned char *p = (const unsigned char *)s->data;
    gp_ssize off = 0, cp = 0, k = 0;
    while (off < s->nbytes) {
        if (cp % GP_STR_CPINDEX_STEP == 0)
            ix[k++] = (uint32_t)off;
        /* advance one code point */
        unsigned char c = p[off];
        off += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        cp++;
    }
    s->cpindex = ix;
    return ix;
}

gp_ssize gp_str_byte_offset(GpObject *o, gp_ssize index)
{
    GpStr *s = (GpStr *)o;
    if (s->ascii)
        return index;
    if (index <= 0)
        return 0;
    if (index >= s->ob.size)
        return s->nbytes;
    if (s->ob.size < GP_STR_CPINDEX_MIN || s->nbytes > (gp_ssize)UINT32_MAX)
        return (gp_ssize)gp_utf8_offset(s->data, (size_t)s->nbytes, (size_t)index);
    uint32_t *ix = s->cpindex ? s->cpindex : str_build_cpindex(s);
    if (!ix)
        return (gp_ssize)gp_utf8_offset(s->data, (size_t)s->nbytes, (size_t)index);
    gp_ssize off = ix[index / GP_STR_CPINDEX_STEP];
    gp_ssize rest = index % GP_STR_CPINDEX_STEP;
    const unsigned char *p = (const unsigned char *)s->data;
    while (rest-- > 0) {
        unsigned char c = p[off];
        off += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
    return off;
}

uint32_t gp_str_char_at(GpObject *s, gp_ssize index)
{
    if (GP_STR_IS_ASCII(s))
        return (unsigned char)GP_STR_DATA(s)[index];
    size_t off = (size_t)gp_str_byte_offset(s, index);
    return gp_utf8_decode(GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s), &off);
}

GpObject *gp_str_substr(GpObject *s, gp_ssize start, gp_ssize end)
{
    gp_ssize len = GP_STR_LEN(s);
    if (start < 0)
        start = 0;
    if (end > len)
        end = len;
    if (start >= end)
        return gp_str_empty();
    if (start == 0 && end == len && GP_STR_CHECK_EXACT(s))
        return gp_newref(s);
    if (GP_STR_IS_ASCII(s))
        return gp_str_from_utf8_trusted(GP_STR_DATA(s) + start, end - start, end - start, 1);
    gp_ssize b0 = gp_str_byte_offset(s, start);
    gp_ssize b1 = (end - start <= GP_STR_CPINDEX_STEP)
        ? b0 + (gp_ssize)gp_utf8_offset(GP_STR_DATA(s) + b0, (size_t)(GP_STR_NBYTES(s) - b0),
                                        (size_t)(end - start))
        : gp_str_byte_offset(s, end);
    return gp_str_from_utf8_trusted(GP_STR_DATA(s) + b0, b1 - b0, end - start,
                                    b1 - b0 == end - start);
}

/* ---- equality and ordering --------------------------------------------- */

int gp_str_eq(GpObject *a, GpObject *b)
{
    if (a == b)
        return 1;
    GpStr *x = (GpStr *)a, *y = (GpStr *)b;
    if (x->nbytes != y->nbytes)
        return 0;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return 0;
    if (x->interned && y->interned && GP_STR_CHECK_EXACT(a) && GP_STR_CHECK_EXACT(b))
        return 0;
    return memcmp(x->data, y->data, (size_t)x->nbytes) == 0;
}

int gp_str_eq_cstr(GpObject *a, const char *s)
{
    size_t n = strlen(s);
    return (size_t)GP_STR_NBYTES(a) == n && memcmp(GP_STR_DATA(a), s, n) == 0;
}

int gp_str_compare(GpObject *a, GpObject *b)
{
    if (a == b)
        return 0;
    gp_ssize na = GP_STR_NBYTES(a), nb = GP_STR_NBYTES(b);
    int c = memcmp(GP_STR_DATA(a), GP_STR_DATA(b), (size_t)(na < nb ? na : nb));
    if (c)
        return c;
    return na < nb ? -1 : na > nb ? 1 : 0;
}

static GpObject *str_richcompare(GpObject *a, GpObject *b, int op)
{
    if (!GP_STR_CHECK(a) || !GP_STR_CHECK(b))
        GP_RETURN_NOTIMPLEMENTED;
    int r;
    switch (op) {
    case GP_EQ: r = gp_str_eq(a, b); break;
    case GP_NE: r = !gp_str_eq(a, b); break;
    default: {
        int c = gp_str_compare(a, b);
        r = op == GP_LT ? c < 0 : op == GP_LE ? c <= 0 : op == GP_GT ? c > 0 : c >= 0;
    }
    }
    return gp_bool(r);
}

/* ---- interning --------------------------------------------------------- */

/* Open addressing with linear probing; size a power of two, at most 2/3 full.
 * Entries are strong references; an interned string is immortal until
 * gp_str_fini(). */
static GpObject **intern_tab;
static size_t intern_size, intern_used;

static int intern_grow(void)
{
    size_t nsize = intern_size ? intern_size * 2 : 1024;
    GpObject **nt = calloc(nsize, sizeof *nt);
    if (!nt)
        return -1;
    for (size_t i = 0; i < intern_size; i++) {
        GpObject *s = intern_tab[i];
        if (!s)
            continue;
        size_t j = (size_t)gp_str_hash(s) & (nsize - 1);
        while (nt[j])
            j = (j + 1) & (nsize - 1);
        nt[j] = s;
    }
    free(intern_tab);
    intern_tab = nt;
    intern_size = nsize;
    return 0;
}

GpObject *gp_str_intern(GpObject *s)
{
    GpStr *st = (GpStr *)s;
    if (st->interned || !GP_STR_CHECK_EXACT(s))
        return gp_newref(s);
    if ((intern_used + 1) * 3 >= intern_size * 2 && intern_grow() < 0)
        return gp_newref(s);
    gp_hash h = gp_str_hash(s);
    size_t mask = intern_size - 1, j = (size_t)h & mask;
    GpObject *e;
    while ((e = intern_tab[j]) != NULL) {
        if (((GpStr *)e)->hash == h && GP_STR_NBYTES(e) == st->nbytes &&
            memcmp(GP_STR_DATA(e), st->data, (size_t)st->nbytes) == 0)
            return gp_newref(e);
        j = (j + 1) & mask;
    }
    intern_tab[j] = gp_newref(s);
    intern_used++;
    st->interned = 1;
    return gp_newref(s);
}

void gp_str_intern_inplace(GpObject **ps)
{
    GpObject *s = *ps;
    if (!s || ((GpStr *)s)->interned)
        return;
    GpObject *i = gp_str_intern(s);
    *ps = i;
    gp_decref(s);
}

GpObject *gp_str_intern_cstr(const char *c)
{
    /* look the bytes up first: the common case (an already interned name)
     * allocates nothing */
    size_t n = strlen(c);
    if (intern_size) {
        gp_hash h = gp_hash_bytes(c, (gp_ssize)n);
        size_t mask = intern_size - 1, j = (size_t)h & mask;
        GpObject *e;
        while ((e = intern_tab[j]) != NULL) {
            if (((GpStr *)e)->hash == h && (size_t)GP_STR_NBYTES(e) == n &&
                memcmp(GP_STR_DATA(e), c, n) == 0)
                return gp_newref(e);
            j = (j + 1) & mask;
        }
    }
    GpObject *s = gp_str_from_utf8(c, (gp_ssize)n);
    if (!s)
        return NULL;
    gp_str_intern_inplace(&s);
    return s;
}

void gp_str_fini(void)
{
    for (size_t i = 0; i < intern_size; i++) {
        GpObject *s = intern_tab[i];
        if (s) {
            intern_tab[i] = NULL;
            ((GpStr *)s)->interned = 0;
            gp_decref(s);
        }
    }
    free(intern_tab);
    intern_tab = NULL;
    intern_size = intern_used = 0;
    for (int i = 0; i < 256; i++)
        GP_CLEAR(str_chars[i]);
    GP_CLEAR(str_empty);
}

/* ---- concatenation and repetition -------------------------------------- */

GpObject *gp_str_concat(GpObject *a, GpObject *b)
{
    gp_ssize na = GP_STR_NBYTES(a), nb = GP_STR_NBYTES(b);
    if (nb == 0 && GP_STR_CHECK_EXACT(a))
        return gp_newref(a);
    if (na == 0 && GP_STR_CHECK_EXACT(b))
        return gp_newref(b);
    if (na > GP_SSIZE_MAX / 2 || nb > GP_SSIZE_MAX / 2)
        return gp_err_format(&GpExc_OverflowError, "strings are too large to concat");
    GpObject *r = gp_str_new_uninit(na + nb, GP_STR_LEN(a) + GP_STR_LEN(b),
                                    GP_STR_IS_ASCII(a) && GP_STR_IS_ASCII(b));
    if (!r)
        return NULL;
    memcpy(GP_STR_DATA(r), GP_STR_DATA(a), (size_t)na);
    memcpy(GP_STR_DATA(r) + na, GP_STR_DATA(b), (size_t)nb);
    return r;
}

int gp_str_concat_inplace(GpObject **pleft, GpObject *right)
{
    GpObject *left = *pleft;
    if (!GP_STR_CHECK(right)) {
        gp_err_format(&GpExc_TypeError, "can only concatenate str (not \"%T\") to str", right);
        *pleft = NULL;
        gp_decref(left);
        return -1;
    }
    GpStr *l = (GpStr *)left;
    gp_ssize nr = GP_STR_NBYTES(right);
    if (nr == 0 && GP_STR_CHECK_EXACT(left))
        return 0;
    if (GP_REFCNT(left) == 1 && GP_STR_CHECK_EXACT(left) && !l->interned && left != right &&
        l->nbytes > 0 && l->nbytes < GP_SSIZE_MAX / 2 && nr < GP_SSIZE_MAX / 2) {
        gp_ssize nl = l->nbytes;
        if (l->cpindex) {
            gp_mem_free(l->cpindex);
            l->cpindex = NULL;
        }
        GpStr *n = (GpStr *)gp_obj_resize(left, nl + nr + 1);
        if (!n) {
            *pleft = NULL;
            gp_decref(left);
            return -1;
        }
        memcpy(n->data + nl, GP_STR_DATA(right), (size_t)nr);
        n->nbytes = nl + nr;
        n->data[n->nbytes] = '\0';
        n->ob.size += GP_STR_LEN(right);
        n->ascii = n->ascii && GP_STR_IS_ASCII(right);
        n->hash = -1;
        *pleft = (GpObject *)n;
        return 0;
    }
    GpObject *r = gp_str_concat(left, right);
    *pleft = r;
    gp_decref(left);
    return r ? 0 : -1;
}

static GpObject *str_repeat(GpObject *s, gp_ssize n)
{
    if (n <= 0 || GP_STR_NBYTES(s) == 0)
        return gp_str_empty();
    if (n == 1)
        return gp_str_exact(s);
    gp_ssize nb = GP_STR_NBYTES(s);
    if (nb > GP_SSIZE_MAX / n)
        return gp_err_format(&GpExc_OverflowError, "repeated string is too long");
    gp_ssize total = nb * n;
    GpObject *r = gp_str_new_uninit(total, GP_STR_LEN(s) * n, GP_STR_IS_ASCII(s));
    if (!r)
        return NULL;
    char *d = GP_STR_DATA(r);
    if (nb == 1) {
        memset(d, GP_STR_DATA(s)[0], (size_t)total);
    } else {
        memcpy(d, GP_STR_DATA(s), (size_t)nb);
        gp_ssize done = nb;
        while (done < total) {
            gp_ssize k = done <= total - done ? done : total - done;
            memcpy(d + done, d, (size_t)k);
            done += k;
        }
    }
    return r;
}

static GpObject *str_add(GpObject *a, GpObject *b)
{
    if (!GP_STR_CHECK(a))
        GP_RETURN_NOTIMPLEMENTED;
    if (GP_STR_CHECK(b))
        return gp_str_concat(a, b);
    /* str has no reflected concat: give the right operand's __radd__ its
     * chance here, then fail with the sequence-concat message. */
    gp_binaryfunc f = GP_TYPE(b)->nb.add;
    if (f) {
        GpObject *r = f(a, b);
        if (r != gp_NotImplemented)
            return r;
        gp_decref(r);
    }
    return gp_err_format(&GpExc_TypeError, "can only concatenate str (not \"%T\") to str", b);
}

static GpObject *str_mul(GpObject *a, GpObject *b)
{
    GpObject *s, *n;
    if (GP_STR_CHECK(a)) {
        s = a;
        n = b;
        /* let a non-sequence right operand try its reflected multiply */
        if (!GP_INT_CHECK(n) && !GP_STR_CHECK(n) && !GP_BYTES_CHECK(n) && !GP_BYTEARRAY_CHECK(n) &&
            !GP_LIST_CHECK(n) && !GP_TUPLE_CHECK(n)) {
            gp_binaryfunc f = GP_TYPE(n)->nb.multiply;
            if (f && f != str_mul) {
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
    if (!GP_INT_CHECK(n) && (GP_STR_CHECK(n) || !gp_index_check(n)))
        return gp_err_format(&GpExc_TypeError, "can't multiply sequence by non-int of type '%T'", n);
    gp_ssize k;
    if (GP_INT_CHECK(n) && GP_INT_IS_SMALL(n)) {
        int64_t v = GP_INT_VAL(n);
        k = v < 0 ? 0 : (gp_ssize)v;
    } else {
        k = gp_number_as_ssize(n, &GpExc_OverflowError);
        if (k == -1 && gp_err_occurred())
            return NULL;
    }
    return str_repeat(s, k);
}

static GpObject *str_mod(GpObject *a, GpObject *b)
{
    if (!GP_STR_CHECK(a))
        GP_RETURN_NOTIMPLEMENTED;
    return gp_str_percent_format(a, b);
}

/* ---- sequence protocol ------------------------------------------------- */

static gp_ssize str_len(GpObject *s) { return GP_STR_LEN(s); }

static GpObject *str_item(GpObject *s, gp_ssize i)
{
    gp_ssize n = GP_STR_LEN(s);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return gp_err_format(&GpExc_IndexError, "string index out of range");
    if (GP_STR_IS_ASCII(s))
        return str_char_cached((unsigned char)GP_STR_DATA(s)[i]);
    return gp_str_from_codepoint(gp_str_char_at(s, i));
}

static GpObject *str_slice_step(GpObject *s, gp_ssize start, gp_ssize step, gp_ssize count)
{
    if (count <= 0)
        return gp_str_empty();
    if (step == 1)
        return gp_str_substr(s, start, start + count);
    const char *d = GP_STR_DATA(s);
    if (GP_STR_IS_ASCII(s)) {
        GpObject *r = gp_str_new_uninit(count, count, 1);
        if (!r)
            return NULL;
        char *o = GP_STR_DATA(r);
        for (gp_ssize i = 0, j = start; i < count; i++, j += step)
            o[i] = d[j];
        return r;
    }
    GpStrWriter w;
    gp_strw_init(&w);
    size_t nb = (size_t)GP_STR_NBYTES(s);
    size_t off = (size_t)gp_str_byte_offset(s, start);
    for (gp_ssize i = 0; i < count; i++) {
        size_t k = off;
        uint32_t cp = gp_utf8_decode(d, nb, &k);
        if (gp_strw_write_char(&w, cp) < 0) {
            gp_strw_discard(&w);
            return NULL;
        }
        if (i + 1 == count)
            break;
        if (step > 0) {
            off = k;
            for (gp_ssize t = 1; t < step; t++) {
                unsigned char c = (unsigned char)d[off];
                off += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            }
        } else {
            for (gp_ssize t = 0; t < -step; t++)
                (void)gp_utf8_decode_prev(d, &off);
        }
    }
    return gp_strw_finish(&w);
}

static GpObject *str_getitem(GpObject *s, GpObject *key)
{
    if (GP_INT_CHECK(key)) {
        if (GP_INT_IS_SMALL(key))
            return str_item(s, (gp_ssize)GP_INT_VAL(key));
        gp_ssize i = gp_number_as_ssize(key, &GpExc_IndexError);
        if (i == -1 && gp_err_occurred())
            return NULL;
        return str_item(s, i);
    }
    if (GP_SLICE_CHECK(key)) {
        gp_ssize start, stop, step;
        gp_ssize n = gp_slice_indices(key, GP_STR_LEN(s), &start, &stop, &step);
        if (n < 0)
            return NULL;
        return str_slice_step(s, start, step, n);
    }
    if (gp_index_check(key)) {
        gp_ssize i = gp_number_as_ssize(key, &GpExc_IndexError);
        if (i == -1 && gp_err_occurred())
            return NULL;
        return str_item(s, i);
    }
    return gp_err_format(&GpExc_TypeError, "string indices must be integers, not '%T'", key);
}

/* Byte-level search helpers shared with strmethods.c through the static
 * inline copies there; this one is for `in`. */
static int str_contains(GpObject *s, GpObject *x)
{
    if (!GP_STR_CHECK(x)) {
        gp_err_format(&GpExc_TypeError, "'in <string>' requires string as left operand, not %T", x);
        return -1;
    }
    gp_ssize n = GP_STR_NBYTES(x);
    if (n == 0)
        return 1;
    if (n > GP_STR_NBYTES(s))
        return 0;
    if (n == 1)
        return memchr(GP_STR_DATA(s), GP_STR_DATA(x)[0], (size_t)GP_STR_NBYTES(s)) != NULL;
    return memmem(GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s), GP_STR_DATA(x), (size_t)n) != NULL;
}

/* ---- repr -------------------------------------------------------------- */

static const char hexdig[] = "0123456789abcdef";

GpObject *gp_str_repr(GpObject *s)
{
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(s);
    gp_ssize n = GP_STR_NBYTES(s);
    int has_sq = memchr(p, '\'', (size_t)n) != NULL;
    int has_dq = memchr(p, '"', (size_t)n) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';

    /* fast path: printable ASCII without backslashes or the quote */
    if (GP_STR_IS_ASCII(s)) {
        gp_ssize i;
        for (i = 0; i < n; i++) {
            unsigned char c = p[i];
            if (c < 0x20 || c >= 0x7f || c == '\\' || c == (unsigned char)quote)
                break;
        }
        if (i == n) {
            GpObject *r = gp_str_new_uninit(n + 2, n + 2, 1);
            if (!r)
                return NULL;
            char *d = GP_STR_DATA(r);
            d[0] = quote;
            memcpy(d + 1, p, (size_t)n);
            d[n + 1] = quote;
            return r;
        }
    }

    GpStrWriter w;
    gp_strw_init(&w);
    char buf[12];
    if (gp_strw_write_char(&w, (uint32_t)quote) < 0)
        goto fail;
    size_t i = 0;
    while (i < (size_t)n) {
        const char *start = (const char *)p + i;
        uint32_t c = gp_utf8_decode((const char *)p, (size_t)n, &i);
        int k = 0;
        if (c == (uint32_t)quote || c == '\\') {
            buf[k++] = '\\';
            buf[k++] = (char)c;
        } else if (c == '\t') {
            buf[k++] = '\\'; buf[k++] = 't';
        } else if (c == '\n') {
            buf[k++] = '\\'; buf[k++] = 'n';
        } else if (c == '\r') {
            buf[k++] = '\\'; buf[k++] = 'r';
        } else if (c < 0x20 || c == 0x7f) {
            buf[k++] = '\\'; buf[k++] = 'x';
            buf[k++] = hexdig[c >> 4]; buf[k++] = hexdig[c & 15];
        } else if (c < 0x7f) {
            buf[k++] = (char)c;
        } else if (gp_uni_isprintable(c)) {
            if (gp_strw_write(&w, start, (gp_ssize)((const char *)p + i - start)) < 0)
                goto fail;
            continue;
        } else if (c < 0x100) {
            buf[k++] = '\\'; buf[k++] = 'x';
            buf[k++] = hexdig[c >> 4]; buf[k++] = hexdig[c & 15];
        } else if (c < 0x10000) {
            buf[k++] = '\\'; buf[k++] = 'u';
            for (int sh = 12; sh >= 0; sh -= 4)
                buf[k++] = hexdig[(c >> sh) & 15];
        } else {
            buf[k++] = '\\'; buf[k++] = 'U';
            for (int sh = 28; sh >= 0; sh -= 4)
                buf[k++] = hexdig[(c >> sh) & 15];
        }
        if (gp_strw_write_ascii(&w, buf, k) < 0)
            goto fail;
    }
    if (gp_strw_write_char(&w, (uint32_t)quote) < 0)
        goto fail;
    return gp_strw_finish(&w);
fail:
    gp_strw_discard(&w);
    return NULL;
}

static GpObject *str_str(GpObject *s)
{
    return gp_str_exact(s);
}

/* ---- constructor ------------------------------------------------------- */

static GpObject *str_new(GpType *type, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = {"object", "encoding", "errors", NULL};
    GpObject *a[3] = {NULL, NULL, NULL};
    GpObject *r;
    if (nargs == 1 && (!kwnames || GP_SIZE(kwnames) == 0)) {
        a[0] = args[0];
    } else if (nargs + (kwnames ? (size_t)GP_SIZE(kwnames) : 0) > 3) {
        return gp_err_format(&GpExc_TypeError, "str() takes at most 3 arguments (%zu given)",
                             nargs + (kwnames ? (size_t)GP_SIZE(kwnames) : 0));
    } else if (gp_args_parse("str", args, nargs, kwnames, kwlist, 0, 3, a) < 0) {
        return NULL;
    }
    if (!a[1] && !a[2]) {
        r = a[0] ? gp_str(a[0]) : gp_str_empty();
    } else {
        const char *enc = NULL, *err = NULL;
        if (a[1]) {
            if (!GP_STR_CHECK(a[1]))
                return gp_err_format(&GpExc_TypeError,
                                     "str() argument 'encoding' must be str, not %T", a[1]);
            enc = GP_STR_DATA(a[1]);
        }
        if (a[2]) {
            if (!GP_STR_CHECK(a[2]))
                return gp_err_format(&GpExc_TypeError,
                                     "str() argument 'errors' must be str, not %T", a[2]);
            err = GP_STR_DATA(a[2]);
        }
        if (!a[0]) {
            r = gp_str_empty();
        } else if (GP_STR_CHECK(a[0])) {
            return gp_err_format(&GpExc_TypeError, "decoding str is not supported");
        } else {
            const char *data;
            gp_ssize len;
            if (gp_bytes_buffer(a[0], &data, &len) < 0) {
                if (!gp_err_matches(&GpExc_TypeError))
                    return NULL;
                gp_err_clear();
                return gp_err_format(&GpExc_TypeError,
                                     "decoding to str: need a bytes-like object, %T found", a[0]);
            }
            r = gp_str_decode(data, len, enc, err);
        }
    }
    if (!r || type == &GpStr_Type)
        return r;
    GpObject *sub = gp_str_subtype_new(type, r);
    gp_decref(r);
    return sub;
}

/* ---- iteration --------------------------------------------------------- */

typedef struct {
    GpObject ob;
    GpObject *str;        /* NULL once exhausted */
    gp_ssize off;         /* byte offset of the next code point */
    gp_ssize index;       /* code-point index of the next code point */
} GpStrIter;

static GpObject *str_iter(GpObject *s)
{
    GpStrIter *it = (GpStrIter *)gp_obj_alloc(&GpStrIter_Type, 0);
    if (!it)
        return NULL;
    it->str = gp_newref(s);
    it->off = 0;
    it->index = 0;
    return (GpObject *)it;
}

static void striter_dealloc(GpObject *o)
{
    GpStrIter *it = (GpStrIter *)o;
    GP_CLEAR(it->str);
    gp_obj_free(o);
}

static GpObject *striter_next(GpObject *o)
{
    GpStrIter *it = (GpStrIter *)o;
    GpObject *s = it->str;
    if (!s)
        return NULL;
    if (it->off >= GP_STR_NBYTES(s)) {
        it->str = NULL;
        gp_decref(s);
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(s) + it->off;
    it->index++;
    if (*p < 0x80) {
        it->off++;
        return str_char_cached(*p);
    }
    size_t k = (size_t)it->off;
    uint32_t cp = gp_utf8_decode(GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s), &k);
    it->off = (gp_ssize)k;
    return gp_str_from_codepoint(cp);
}

static GpObject *striter_self(GpObject *o) { return gp_newref(o); }

static GpObject *striter_length_hint(GpObject *o, GpObject *unused)
{
    GpStrIter *it = (GpStrIter *)o;
    gp_ssize n = it->str ? GP_STR_LEN(it->str) - it->index : 0;
    return gp_int_from_ssize(n < 0 ? 0 : n);
}

static const GpMethodDef striter_methods[] = {
    GP_METHOD("__length_hint__", striter_length_hint, GP_METH_NOARGS),
    {NULL, NULL, 0, NULL},
};

GpType GpStrIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "str_ascii_iterator",
    .basicsize = sizeof(GpStrIter),
    .flags = GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = striter_dealloc,
    .getattro = gp_generic_getattr,
    .iter = striter_self,
    .iternext = striter_next,
    .methods = striter_methods,
    .hash = NULL,
};

/* ---- the type ---------------------------------------------------------- */

GpType GpStr_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "str",
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object.",
    .basicsize = offsetof(GpStr, data),
    .itemsize = 1,
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_IMMUTABLETYPE | GP_TPFLAGS_STR_SUBCLASS,
    .dealloc = str_dealloc,
    .repr = gp_str_repr,
    .str = str_str,
    .hash = gp_str_hash,
    .richcompare = str_richcompare,
    .getattro = gp_generic_getattr,
    .iter = str_iter,
    .new_ = str_new,
    .nb.add = str_add,
    .nb.multiply = str_mul,
    .nb.remainder = str_mod,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .methods = gp_str_methods,
};

int gp_str_init_types(void)
{
    if (gp_type_ready(&GpStr_Type) < 0 || gp_type_ready(&GpStrIter_Type) < 0)
        return -1;
    GpObject *e = gp_str_empty();
    if (!e)
        return -1;
    gp_decref(e);
    for (uint32_t c = 0; c < 256; c++) {
        GpObject *ch = str_char_cached(c);
        if (!ch)
            return -1;
        gp_decref(ch);
    }
    return 0;
}
