/* intobject.c -- the int type: representation, construction, conversions,
 * hashing, decimal text and the number protocol.
 *
 * Representation
 * --------------
 * A GpInt holds its value inline in `v` whenever it fits in int64 (the
 * overwhelmingly common case); otherwise `is_big` is set and the value is a
 * GMP mpz stored right after the header (the type's itemsize is one
 * __mpz_struct, so a big int is allocated with nitems == 1 and an inline one
 * with nitems == 0).  Invariant: a big int NEVER holds a value that fits in
 * int64, so "inline" and "fits int64" are the same predicate and equal values
 * always have the same representation.  Every result goes through
 * gp_int_from_mpz_steal()/gp_int_from_i64() which restore the invariant.
 *
 * The inline path does not touch GMP at all: + - * // % and friends on two
 * inline ints use the compiler's overflow builtins and fall back to GMP only
 * when the result leaves int64.  GMP needs mpz operands; gp_int_view() makes
 * a read-only mpz of an inline value on the stack (one limb, no allocation).
 *
 * The ints -5..256 are preallocated and immortal, as in CPython, so `256 is
 * int("256")`.  Other inline ints of exact type int are recycled through a
 * small free list.
 *
 * GMP allocates limbs through gilpy's allocator (gp_int_init_types installs
 * the hooks), so GMP calls must happen with the GIL held like every other
 * allocation.  GMP aborts the process when a number would exceed its size
 * limits, so operations that can produce huge results (<<, **) check the
 * size first and raise MemoryError/OverflowError instead.
 *
 * Methods (bit_length, to_bytes, __format__ ...) live in intmethods.c; bool
 * in boolobject.c.
 */
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include <math.h>
#include <float.h>
#include "gilpy.h"
#include "support/numfmt.h"
#include "support/utf8.h"
#include "support/unicodedb.h"

_Static_assert(GMP_NUMB_BITS == 64 && sizeof(long) == 8,
               "gilpy's int assumes 64-bit GMP limbs and 64-bit long");

int gp_int_max_str_digits = 4300;

GpInt gp_small_ints[GP_SMALL_INT_MAX - GP_SMALL_INT_MIN + 1];

/* Results above this many bits are refused with MemoryError before GMP is
 * asked: GMP aborts (rather than failing) near 2**37 bits, and a number of
 * 2**36 bits is already 8 GiB. */
#define INT_MAX_BITS ((uint64_t)1 << 36)
static int reserve_bits(uint64_t bits);   /* below: MemoryError instead of a GMP abort */

/* Free list of inline exact ints: enough to absorb the churn of a loop's
 * temporaries without holding on to much memory. */
#define INT_MAXFREE 256
static GpInt *free_ints;
static int nfree_ints;

/* The small ints are initialised before main() so that gp_int_from_i64 works
 * even for code that runs before gp_int_init_types (type readying). */
__attribute__((constructor)) static void small_ints_init(void)
{
    for (int i = 0; i <= GP_SMALL_INT_MAX - GP_SMALL_INT_MIN; i++) {
        gp_small_ints[i].ob.refcnt = GP_IMMORTAL_REFCNT;
        gp_small_ints[i].ob.type = &GpInt_Type;
        gp_small_ints[i].v = i + GP_SMALL_INT_MIN;
        gp_small_ints[i].is_big = 0;
    }
}

/* ======================================================================
 * Construction
 * ====================================================================== */

GpObject *gp_int_from_i64(int64_t v)
{
    if (v >= GP_SMALL_INT_MIN && v <= GP_SMALL_INT_MAX) {
        GpObject *r = (GpObject *)&gp_small_ints[v - GP_SMALL_INT_MIN];
        gp_incref(r);
        return r;
    }
    GpInt *r = free_ints;
    if (r) {
        free_ints = (GpInt *)(intptr_t)r->is_big;
        nfree_ints--;
        r->ob.refcnt = 1;
        r->is_big = 0;
    } else {
        r = (GpInt *)gp_obj_alloc(&GpInt_Type, 0);
        if (!r)
            return NULL;
    }
    r->v = v;
    return (GpObject *)r;
}

GpObject *gp_int_from_u64(uint64_t v)
{
    if (v <= INT64_MAX)
        return gp_int_from_i64((int64_t)v);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, 1, 1, sizeof v, 0, 0, &v);
    return gp_int_from_mpz_steal(z);
}

GpObject *gp_int_from_ssize(gp_ssize v)
{
    return gp_int_from_i64((int64_t)v);
}

static GpInt *alloc_big(void)
{
    GpInt *r = (GpInt *)gp_obj_alloc(&GpInt_Type, 1);
    if (r)
        r->is_big = 1;
    return r;
}

GpObject *gp_int_from_mpz(const mpz_t z)
{
    if (mpz_fits_slong_p(z))
        return gp_int_from_i64(mpz_get_si(z));
    GpInt *r = alloc_big();
    if (!r)
        return NULL;
    r->v = 0;
    mpz_init_set(r->z, z);
    return (GpObject *)r;
}

GpObject *gp_int_from_mpz_steal(mpz_t z)
{
    if (mpz_fits_slong_p(z)) {
        int64_t v = mpz_get_si(z);
        mpz_clear(z);
        return gp_int_from_i64(v);
    }
    GpInt *r = alloc_big();
    if (!r) {
        mpz_clear(z);
        return NULL;
    }
    r->v = 0;
    r->z[0] = z[0];     /* the limbs now belong to the object */
    return (GpObject *)r;
}

mpz_srcptr gp_int_view(GpObject *o, GpIntView *v)
{
    GpInt *i = (GpInt *)o;
    if (i->is_big)
        return i->z;
    int64_t x = i->v;
    v->limb = x < 0 ? (mp_limb_t)(0 - (uint64_t)x) : (mp_limb_t)x;
    return mpz_roinit_n(v->z, &v->limb, x < 0 ? -1 : x > 0 ? 1 : 0);
}

GpObject *gp_int_from_double(double d)
{
    if (isinf(d)) {
        gp_err_set_string(&GpExc_OverflowError, "cannot convert float infinity to integer");
        return NULL;
    }
    if (isnan(d)) {
        gp_err_set_string(&GpExc_ValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    /* -2**63 <= d < 2**63 converts exactly after truncation */
    if (d > -9223372036854775808.0 - 1.0 && d < 9223372036854775808.0)
        return gp_int_from_i64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return gp_int_from_mpz_steal(z);
}

/* An exact int equal to the int instance o (o itself when exact). */
GpObject *gp_int_exact(GpObject *o)
{
    if (GP_INT_CHECK_EXACT(o))
        return gp_newref(o);
    if (GP_INT_IS_SMALL(o))
        return gp_int_from_i64(GP_INT_VAL(o));
    return gp_int_from_mpz(((GpInt *)o)->z);
}

/* An instance of the int subclass t with the value of the exact int x. */
GpObject *gp_int_subtype_from(GpType *t, GpObject *x)
{
    int big = !GP_INT_IS_SMALL(x);
    GpInt *r = (GpInt *)gp_type_generic_alloc(t, big);
    if (!r)
        return NULL;
    r->is_big = big;
    if (big) {
        r->v = 0;
        mpz_init_set(r->z, ((GpInt *)x)->z);
    } else {
        r->v = GP_INT_VAL(x);
    }
    return (GpObject *)r;
}

static void int_dealloc(GpObject *o)
{
    GpInt *i = (GpInt *)o;
    if (i->is_big) {
        mpz_clear(i->z);
    } else if (GP_TYPE(o) == &GpInt_Type && nfree_ints < INT_MAXFREE) {
        i->is_big = (intptr_t)free_ints;
        free_ints = i;
        nfree_ints++;
        return;
    }
    gp_obj_free(o);
}

/* ======================================================================
 * Conversions to C
 * ====================================================================== */

/* The int behind o: o itself (borrowed, *owned NULL) for ints, else the
 * result of __index__ (new ref in *owned). NULL on error. */
static GpObject *as_int(GpObject *o, GpObject **owned)
{
    *owned = NULL;
    if (GP_INT_CHECK(o))
        return o;
    *owned = gp_number_index(o);
    return *owned;
}

int64_t gp_int_as_i64_clamped(GpObject *o, int *overflow)
{
    GpObject *tmp;
    *overflow = 0;
    GpObject *x = as_int(o, &tmp);
    if (!x)
        return -1;
    int64_t r;
    if (GP_INT_IS_SMALL(x)) {
        r = GP_INT_VAL(x);
    } else if (mpz_sgn(((GpInt *)x)->z) < 0) {
        *overflow = -1;
        r = INT64_MIN;
    } else {
        *overflow = 1;
        r = INT64_MAX;
    }
    GP_XDECREF(tmp);
    return r;
}

int gp_int_as_i64(GpObject *o, int64_t *out)
{
    int overflow;
    int64_t v = gp_int_as_i64_clamped(o, &overflow);
    if (v == -1 && !overflow && gp_err_occurred())
        return -1;
    if (overflow) {
        gp_err_set_string(&GpExc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    *out = v;
    return 0;
}

int gp_int_as_ssize(GpObject *o, gp_ssize *out)
{
    int overflow;
    int64_t v = gp_int_as_i64_clamped(o, &overflow);
    if (v == -1 && !overflow && gp_err_occurred())
        return -1;
    if (overflow || v > GP_SSIZE_MAX || v < -GP_SSIZE_MAX - 1) {
        gp_err_set_string(&GpExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = (gp_ssize)v;
    return 0;
}

/* |z| correctly rounded (half-even) to a double; *too_big when it overflows. */
static double mpz_to_double(mpz_srcptr z, int *too_big)
{
    *too_big = 0;
    size_t n = mpz_sizeinbase(z, 2);
    if (n <= 63) {
        uint64_t a = (uint64_t)mpz_getlimbn(z, 0);
        return (double)a;
    }
    if (n > DBL_MAX_EXP) {
        *too_big = 1;
        return 0;
    }
    /* the top 55 bits with a sticky bit for everything below: converting
     * that to double rounds exactly like rounding the whole number */
    mpz_t t;
    mpz_init(t);
    mpz_tdiv_q_2exp(t, z, n - 55);
    uint64_t top = (uint64_t)mpz_getlimbn(t, 0);
    mpz_clear(t);
    if (mpz_scan1(z, 0) < n - 55)
        top |= 1;
    double d = ldexp((double)top, (int)(n - 55));
    if (isinf(d)) {
        *too_big = 1;
        return 0;
    }
    return d;
}

double gp_int_as_double(GpObject *o)
{
    GpObject *tmp;
    GpObject *x = as_int(o, &tmp);
    if (!x)
        return -1.0;
    double d;
    if (GP_INT_IS_SMALL(x)) {
        d = (double)GP_INT_VAL(x);
    } else {
        int too_big;
        d = mpz_to_double(((GpInt *)x)->z, &too_big);
        if (too_big) {
            GP_XDECREF(tmp);
            gp_err_set_string(&GpExc_OverflowError, "int too large to convert to float");
            return -1.0;
        }
        if (mpz_sgn(((GpInt *)x)->z) < 0)
            d = -d;
    }
    GP_XDECREF(tmp);
    return d;
}

void gp_int_to_mpz(GpObject *o, mpz_t out)
{
    if (GP_INT_IS_SMALL(o))
        mpz_set_si(out, GP_INT_VAL(o));
    else
        mpz_set(out, ((GpInt *)o)->z);
}

int gp_int_sign(GpObject *o)
{
    if (GP_INT_IS_SMALL(o)) {
        int64_t v = GP_INT_VAL(o);
        return v < 0 ? -1 : v > 0;
    }
    return mpz_sgn(((GpInt *)o)->z);
}

int gp_int_compare(GpObject *a, GpObject *b)
{
    if (GP_INT_IS_SMALL(a) && GP_INT_IS_SMALL(b)) {
        int64_t x = GP_INT_VAL(a), y = GP_INT_VAL(b);
        return x < y ? -1 : x > y;
    }
    GpIntView va, vb;
    int c = mpz_cmp(gp_int_view(a, &va), gp_int_view(b, &vb));
    return c < 0 ? -1 : c > 0;
}

size_t gp_int_bit_length(GpObject *o)
{
    if (GP_INT_IS_SMALL(o)) {
        int64_t v = GP_INT_VAL(o);
        uint64_t a = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        return a ? 64 - (size_t)__builtin_clzll(a) : 0;
    }
    return mpz_sizeinbase(((GpInt *)o)->z, 2);
}

/* ======================================================================
 * Hash: the value modulo the Mersenne prime 2**61 - 1, with the sign of the
 * value, -1 mapped to -2 (CPython's numeric hash, shared with float).
 * ====================================================================== */

gp_hash gp_int_hash(GpObject *o)
{
    uint64_t h;
    int neg;
    if (GP_INT_IS_SMALL(o)) {
        int64_t v = GP_INT_VAL(o);
        neg = v < 0;
        h = (neg ? 0 - (uint64_t)v : (uint64_t)v) % GP_HASH_MODULUS;
    } else {
        mpz_srcptr z = ((GpInt *)o)->z;
        neg = mpz_sgn(z) < 0;
        h = mpz_tdiv_ui(z, GP_HASH_MODULUS);
    }
    gp_hash r = neg ? -(gp_hash)h : (gp_hash)h;
    return r == -1 ? -2 : r;
}

/* ======================================================================
 * Text
 * ====================================================================== */

static GpObject *digit_limit_error(void)
{
    return gp_err_format(&GpExc_ValueError,
                         "Exceeds the limit (%d digits) for integer string conversion; "
                         "use sys.set_int_max_str_digits() to increase the limit",
                         gp_int_max_str_digits);
}

/* The digits of |o| in base 2..36 (letters lower or upper case) as an ASCII
 * str; base 10 honours the digit limit when with_limit. */
GpObject *gp_int_digits(GpObject *o, int base, int with_limit, int upper)
{
    if (GP_INT_IS_SMALL(o)) {
        int64_t v = GP_INT_VAL(o);
        uint64_t a = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        char buf[72], *p = buf + sizeof buf;
        const char *dig = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
        do {
            *--p = dig[a % (unsigned)base];
            a /= (unsigned)base;
        } while (a);
        gp_ssize n = buf + sizeof buf - p;
        return gp_str_from_utf8_trusted(p, n, n, 1);
    }
    mpz_srcptr z = ((GpInt *)o)->z;
    int limit = gp_int_max_str_digits;
    if (base == 10 && with_limit && limit > 0) {
        /* cheap early refusal: bits * log10(2) digits, minus slack */
        double est = (double)mpz_sizeinbase(z, 2) * 0.30102999566398119521;
        if (est > (double)limit + 2)
            return digit_limit_error();
    }
    size_t cap = mpz_sizeinbase(z, base) + 2;
    char *buf = gp_mem_malloc(cap);
    if (!buf)
        return gp_err_no_memory();
    mpz_get_str(buf, upper ? -base : base, z);
    char *p = buf[0] == '-' ? buf + 1 : buf;
    gp_ssize n = (gp_ssize)strlen(p);
    if (base == 10 && with_limit && limit > 0 && n > limit) {
        gp_mem_free(buf);
        return digit_limit_error();
    }
    GpObject *r = gp_str_from_utf8_trusted(p, n, n, 1);
    gp_mem_free(buf);
    return r;
}

/* str(o) in decimal with the digit limit. */
GpObject *gp_int_decimal(GpObject *o)
{
    if (GP_INT_IS_SMALL(o)) {
        /* digits from the end of the buffer: printf's machinery was a third
         * of the time of '%r' % (1, 2, 3) */
        char buf[24], *p = buf + sizeof buf;
        int64_t v = GP_INT_VAL(o);
        uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        do {
            *--p = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (v < 0)
            *--p = '-';
        gp_ssize n = (gp_ssize)(buf + sizeof buf - p);
        return gp_str_from_utf8_trusted(p, n, n, 1);
    }
    GpObject *d = gp_int_digits(o, 10, 1, 0);
    if (!d || gp_int_sign(o) >= 0)
        return d;
    GpObject *minus = gp_str_from_utf8_trusted("-", 1, 1, 1);
    GpObject *r = minus ? gp_str_concat(minus, d) : NULL;
    GP_XDECREF(minus);
    GP_DECREF(d);
    return r;
}

GpObject *gp_int_to_string(GpObject *o, int base)
{
    if (base == 10)
        return gp_int_decimal(o);
    const char *prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
    GpObject *d = gp_int_digits(o, base, 0, 0);
    if (!d)
        return NULL;
    GpStrWriter w;
    gp_strw_init(&w);
    if ((gp_int_sign(o) < 0 && gp_strw_write_ascii(&w, "-", 1) < 0) ||
        gp_strw_write_cstr(&w, prefix) < 0 || gp_strw_write_str(&w, d) < 0) {
        GP_DECREF(d);
        gp_strw_discard(&w);
        return NULL;
    }
    GP_DECREF(d);
    return gp_strw_finish(&w);
}

static GpObject *int_repr(GpObject *o)
{
    return gp_int_decimal(o);
}

/* ---- text to int --------------------------------------------------------- */

/* Parse ASCII text s[0..n) in base (0 or 2..36). Returns the int, or NULL:
 * with an exception set (digit limit, memory), or without one when the
 * literal is invalid (the caller raises with its own repr). */
static GpObject *parse_ascii(const char *s, size_t n, int base)
{
    char small[64];
    char *digits = n + 2 <= sizeof small ? small : gp_mem_malloc(n + 2);
    if (!digits)
        return gp_err_no_memory();
    int neg, b;
    GpObject *r = NULL;
    if (gp_int_text_normalize(s, n, base, digits, &neg, &b) < 0)
        goto done;
    size_t nd = strlen(digits);
    if ((b & (b - 1)) != 0 && gp_int_max_str_digits > 0 && nd > (size_t)gp_int_max_str_digits) {
        /* the limit counts every digit written, leading zeros included */
        size_t count = 0;
        for (size_t i = 0; i < n; i++)
            if ((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))
                count++;
        gp_err_format(&GpExc_ValueError,
                      "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      gp_int_max_str_digits, count);
        goto done;
    }
    if (nd <= 12) {     /* 36**12 < 2**63: no overflow possible */
        int64_t v = 0;
        for (size_t i = 0; i < nd; i++) {
            int c = (unsigned char)digits[i];
            v = v * b + (c <= '9' ? c - '0' : c - 'a' + 10);
        }
        r = gp_int_from_i64(neg ? -v : v);
    } else {
        mpz_t z;
        mpz_init(z);
        if (mpz_set_str(z, digits, b) < 0) {
            mpz_clear(z);
            goto done;
        }
        if (neg)
            mpz_neg(z, z);
        r = gp_int_from_mpz_steal(z);
    }
    if (!r && !gp_err_occurred())
        gp_err_no_memory();
done:
    if (digits != small)
        gp_mem_free(digits);
    return r;
}

static int check_base(int base)
{
    if (base != 0 && (base < 2 || base > 36)) {
        gp_err_set_string(&GpExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return -1;
    }
    return 0;
}

/* int(str, base) for UTF-8 text: non-ASCII white space becomes ' ' and
 * non-ASCII decimal digits their ASCII digit (anything else non-ASCII makes
 * the literal invalid). orig (a str or bytes) is used in the error message;
 * NULL builds one from the text. */
static GpObject *int_from_text(const char *s, size_t n, int base, GpObject *orig, int is_unicode)
{
    if (check_base(base) < 0)
        return NULL;
    GpObject *r;
    if (!is_unicode || gp_utf8_isascii(s, n)) {
        r = parse_ascii(s, n, base);
    } else {
        char *buf = gp_mem_malloc(n + 1);
        if (!buf)
            return gp_err_no_memory();
        size_t i = 0, k = 0;
        while (i < n) {
            uint32_t cp = gp_utf8_decode(s, n, &i);
            if (cp < 128)
                buf[k++] = (char)cp;
            else if (gp_uni_isspace(cp))
                buf[k++] = ' ';
            else if (gp_uni_decimal_value(cp) >= 0)
                buf[k++] = (char)('0' + gp_uni_decimal_value(cp));
            else
                buf[k++] = '?';
        }
        r = parse_ascii(buf, k, base);
        gp_mem_free(buf);
    }
    if (r || gp_err_occurred())
        return r;
    /* invalid literal: the message shows (at most 200 characters of) the input */
    GpObject *shown;
    if (orig && GP_STR_CHECK(orig)) {
        shown = GP_STR_LEN(orig) > 200 ? gp_str_substr(orig, 0, 200) : gp_newref(orig);
    } else if (is_unicode) {
        size_t i = 0, cps = 0;
        while (i < n && cps < 200) {
            gp_utf8_decode(s, n, &i);
            cps++;
        }
        shown = gp_str_from_utf8_trusted(s, (gp_ssize)i, (gp_ssize)cps, gp_utf8_isascii(s, i));
    } else {
        shown = gp_bytes_from(s, (gp_ssize)(n > 200 ? 200 : n));
    }
    if (!shown)
        return NULL;
    /* CPython formats with %.200R: the repr itself is cut at 200 characters */
    GpObject *rep = gp_repr(shown);
    GP_DECREF(shown);
    if (!rep)
        return NULL;
    if (GP_STR_LEN(rep) > 200)
        GP_SETREF(rep, gp_str_substr(rep, 0, 200));
    if (!rep)
        return NULL;
    gp_err_format(&GpExc_ValueError, "invalid literal for int() with base %d: %U", base, rep);
    GP_DECREF(rep);
    return NULL;
}

GpObject *gp_int_from_string(const char *s, gp_ssize n, int base)
{
    int unicode = gp_utf8_check(s, (size_t)n, 1, NULL, NULL) == 1;
    return int_from_text(s, (size_t)n, base, NULL, unicode);
}

/* ======================================================================
 * Constructor
 * ====================================================================== */

static GpObject *int_from_object_base(GpObject *x, int base)
{
    if (GP_STR_CHECK(x))
        return int_from_text(GP_STR_DATA(x), (size_t)GP_STR_NBYTES(x), base, x, 1);
    return int_from_text(gp_bytes_like_data(x), (size_t)GP_SIZE(x), base, NULL, 0);
}

/* int(memoryview(b'12')): any other bytes-like object (the message shows
 * the bytes). */
static GpObject *int_from_buffer(GpObject *x)
{
    const char *d;
    gp_ssize n;
    if (gp_bytes_buffer(x, &d, &n) < 0)
        return NULL;
    GpObject *copy = gp_bytes_from(d, n);
    if (!copy)
        return NULL;
    GpObject *r = int_from_text(GP_BYTES_DATA(copy), (size_t)n, 10, NULL, 0);
    GP_DECREF(copy);
    return r;
}

GpObject *gp_int_new_impl(GpType *t, GpObject *x, GpObject *obase)
{
    GpObject *r;
    if (!x) {
        if (obase) {
            gp_err_set_string(&GpExc_TypeError, "int() missing string argument");
            return NULL;
        }
        r = gp_int_from_i64(0);
    } else if (!obase) {
        if (GP_STR_CHECK(x))
            r = int_from_text(GP_STR_DATA(x), (size_t)GP_STR_NBYTES(x), 10, x, 1);
        else if (GP_BYTES_CHECK(x) || GP_BYTEARRAY_CHECK(x))
            r = int_from_text(gp_bytes_like_data(x), (size_t)GP_SIZE(x), 10, NULL, 0);
        else if (!GP_TYPE(x)->nb.int_ && !GP_TYPE(x)->nb.index && gp_bytes_buffer(x, &(const char *){0}, &(gp_ssize){0}) == 0)
            r = int_from_buffer(x);
        else {
            gp_err_clear();
            r = gp_number_int(x);
        }
    } else {
        gp_ssize base = gp_number_as_ssize(obase, NULL);
        if (base == -1 && gp_err_occurred())
            return NULL;
        if ((base != 0 && base < 2) || base > 36) {
            gp_err_set_string(&GpExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
            return NULL;
        }
        if (!GP_STR_CHECK(x) && !GP_BYTES_CHECK(x) && !GP_BYTEARRAY_CHECK(x))
            return gp_err_format(&GpExc_TypeError, "int() can't convert non-string with explicit base");
        r = int_from_object_base(x, (int)base);
    }
    if (!r || t == &GpInt_Type)
        return r;
    if (!GP_INT_CHECK_EXACT(r)) {
        GpObject *e = gp_int_exact(r);
        GP_DECREF(r);
        if (!(r = e))
            return NULL;
    }
    GpObject *s = gp_int_subtype_from(t, r);
    GP_DECREF(r);
    return s;
}

static const char *const int_kwlist[] = { "", "base", NULL };

static GpObject *int_new(GpType *t, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    GpObject *a[2];
    if (GP_NARGS(nargsf) > 2) {
        gp_err_format(&GpExc_TypeError, "int() takes at most 2 arguments (%zd given)", GP_NARGS(nargsf));
        return NULL;
    }
    if (gp_args_parse("int", args, GP_NARGS(nargsf), kwnames, int_kwlist, 0, 2, a) < 0)
        return NULL;
    return gp_int_new_impl(t, a[0], a[1]);
}

static GpObject *int_vectorcall(GpObject *callable, GpObject *const *args, size_t nargsf,
                                GpObject *kwnames)
{
    gp_ssize n = GP_NARGS(nargsf);
    if (n == 1 && !kwnames && callable == (GpObject *)&GpInt_Type) {
        GpObject *x = args[0];
        if (GP_INT_CHECK_EXACT(x))
            return gp_newref(x);
        if (GP_FLOAT_CHECK_EXACT(x))
            return gp_int_from_double(GP_FLOAT_VAL(x));
    }
    return int_new((GpType *)callable, args, nargsf, kwnames);
}

/* ======================================================================
 * Number protocol
 * ====================================================================== */

#define CHECK_BINOP(a, b)                                   \
    do {                                                    \
        if (!GP_INT_CHECK(a) || !GP_INT_CHECK(b))           \
            GP_RETURN_NOTIMPLEMENTED;                       \
    } while (0)
#define BOTH_SMALL(a, b) (GP_INT_IS_SMALL(a) && GP_INT_IS_SMALL(b))

typedef void (*mpz_binfn)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static GpObject *mpz_binop(GpObject *a, GpObject *b, mpz_binfn fn)
{
    GpIntView va, vb;
    mpz_t r;
    mpz_init(r);
    fn(r, gp_int_view(a, &va), gp_int_view(b, &vb));
    return gp_int_from_mpz_steal(r);
}

GpObject *gp_int_add(GpObject *a, GpObject *b)
{
    int64_t z;
    if (BOTH_SMALL(a, b) && !__builtin_add_overflow(GP_INT_VAL(a), GP_INT_VAL(b), &z))
        return gp_int_from_i64(z);
    return mpz_binop(a, b, mpz_add);
}

GpObject *gp_int_sub(GpObject *a, GpObject *b)
{
    int64_t z;
    if (BOTH_SMALL(a, b) && !__builtin_sub_overflow(GP_INT_VAL(a), GP_INT_VAL(b), &z))
        return gp_int_from_i64(z);
    return mpz_binop(a, b, mpz_sub);
}

GpObject *gp_int_mul(GpObject *a, GpObject *b)
{
    int64_t z;
    if (BOTH_SMALL(a, b) && !__builtin_mul_overflow(GP_INT_VAL(a), GP_INT_VAL(b), &z))
        return gp_int_from_i64(z);
    if (reserve_bits((uint64_t)gp_int_bit_length(a) + gp_int_bit_length(b)) < 0)
        return gp_err_no_memory();
    return mpz_binop(a, b, mpz_mul);
}

static int is_zero(GpObject *o)
{
    return GP_INT_IS_SMALL(o) && GP_INT_VAL(o) == 0;
}

static GpObject *zero_div(const char *msg)
{
    gp_err_set_string(&GpExc_ZeroDivisionError, msg);
    return NULL;
}

GpObject *gp_int_floordiv(GpObject *a, GpObject *b)
{
    if (is_zero(b))
        return zero_div("integer division or modulo by zero");
    if (BOTH_SMALL(a, b)) {
        int64_t x = GP_INT_VAL(a), y = GP_INT_VAL(b);
        if (!(x == INT64_MIN && y == -1)) {
            int64_t q = x / y;
            if (x % y != 0 && ((x < 0) != (y < 0)))
                q--;
            return gp_int_from_i64(q);
        }
    }
    return mpz_binop(a, b, mpz_fdiv_q);
}

GpObject *gp_int_mod(GpObject *a, GpObject *b)
{
    if (is_zero(b))
        return zero_div("integer modulo by zero");
    if (BOTH_SMALL(a, b)) {
        int64_t x = GP_INT_VAL(a), y = GP_INT_VAL(b);
        if (y == -1)
            return gp_int_from_i64(0);
        int64_t r = x % y;
        if (r != 0 && ((r < 0) != (y < 0)))
            r += y;
        return gp_int_from_i64(r);
    }
    return mpz_binop(a, b, mpz_fdiv_r);
}

static GpObject *int_add(GpObject *a, GpObject *b) { CHECK_BINOP(a, b); return gp_int_add(a, b); }
static GpObject *int_sub(GpObject *a, GpObject *b) { CHECK_BINOP(a, b); return gp_int_sub(a, b); }
static GpObject *int_mul(GpObject *a, GpObject *b) { CHECK_BINOP(a, b); return gp_int_mul(a, b); }
static GpObject *int_floordiv(GpObject *a, GpObject *b) { CHECK_BINOP(a, b); return gp_int_floordiv(a, b); }
static GpObject *int_mod(GpObject *a, GpObject *b) { CHECK_BINOP(a, b); return gp_int_mod(a, b); }

static GpObject *int_divmod(GpObject *a, GpObject *b)
{
    CHECK_BINOP(a, b);
    if (is_zero(b))
        return zero_div("integer division or modulo by zero");
    GpObject *q, *r;
    if (BOTH_SMALL(a, b) && !(GP_INT_VAL(a) == INT64_MIN && GP_INT_VAL(b) == -1)) {
        q = gp_int_floordiv(a, b);
        r = q ? gp_int_mod(a, b) : NULL;
    } else {
        GpIntView va, vb;
        mpz_t zq, zr;
        mpz_init(zq);
        mpz_init(zr);
        mpz_fdiv_qr(zq, zr, gp_int_view(a, &va), gp_int_view(b, &vb));
        q = gp_int_from_mpz_steal(zq);
        r = gp_int_from_mpz_steal(zr);
    }
    if (!q || !r) {
        GP_XDECREF(q);
        GP_XDECREF(r);
        return NULL;
    }
    GpObject *t = gp_tuple_pack(2, q, r);
    GP_DECREF(q);
    GP_DECREF(r);
    return t;
}

/* a / b correctly rounded (round-half-even on the exact quotient). */
static GpObject *int_truediv(GpObject *a, GpObject *b)
{
    CHECK_BINOP(a, b);
    if (is_zero(b))
        return zero_div("division by zero");
    if (BOTH_SMALL(a, b)) {
        int64_t x = GP_INT_VAL(a), y = GP_INT_VAL(b);
        const int64_t lim = (int64_t)1 << DBL_MANT_DIG;
        if (x <= lim && x >= -lim && y <= lim && y >= -lim)
            return gp_float_new((double)x / (double)y);
    }
    GpIntView va, vb;
    mpz_srcptr za = gp_int_view(a, &va), zb = gp_int_view(b, &vb);
    int negative = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
    if (mpz_sgn(za) == 0)
        return gp_float_new(negative ? -0.0 : 0.0);
    long na = (long)mpz_sizeinbase(za, 2), nb = (long)mpz_sizeinbase(zb, 2);
    long diff = na - nb;    /* |a/b| lies in [2**(diff-1), 2**(diff+1)) */
    if (diff > DBL_MAX_EXP + 1) {
        gp_err_set_string(&GpExc_OverflowError, "integer division result too large for a float");
        return NULL;
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 2)
        return gp_float_new(negative ? -0.0 : 0.0);
    /* q = floor(|a| * 2**s / |b|) has 55 or 56 bits; inexact remembers
     * whether anything was lost */
    long s = DBL_MANT_DIG + 2 - diff;
    mpz_t num, den, q, r;
    mpz_init(num);
    mpz_init(den);
    mpz_init(q);
    mpz_init(r);
    mpz_abs(num, za);
    mpz_abs(den, zb);
    if (s > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)s);
    else if (s < 0)
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-s);
    mpz_tdiv_qr(q, r, num, den);
    int inexact = mpz_sgn(r) != 0;
    uint64_t qv = (uint64_t)mpz_getlimbn(q, 0);
    long bq = (long)mpz_sizeinbase(q, 2);
    mpz_clear(num);
    mpz_clear(den);
    mpz_clear(q);
    mpz_clear(r);
    /* the LSB of q is worth 2**-s; keep 53 bits, or fewer for subnormals
     * whose last bit is worth 2**-1074 */
    long drop = bq - DBL_MANT_DIG;
    long sub = s - (-(DBL_MIN_EXP - DBL_MANT_DIG)); /* s - 1074 */
    if (sub > drop)
        drop = sub;
    double result;
    if (drop > bq) {
        result = 0.0;
    } else {
        uint64_t m, rem, half;
        if (drop >= 64) {
            m = 0;
            rem = qv;
            half = (uint64_t)1 << 63;   /* unreachable: q < 2**56 */
        } else {
            m = drop > 0 ? qv >> drop : qv;
            rem = drop > 0 ? qv & (((uint64_t)1 << drop) - 1) : 0;
            half = drop > 0 ? (uint64_t)1 << (drop - 1) : 0;
        }
        if (drop > 0 && (rem > half || (rem == half && (inexact || (m & 1)))))
            m++;
        result = ldexp((double)m, (int)(drop - s));
        if (isinf(result)) {
            gp_err_set_string(&GpExc_OverflowError, "integer division result too large for a float");
            return NULL;
        }
    }
    return gp_float_new(negative ? -result : result);
}

static GpObject *memory_error(void)
{
    return gp_err_no_memory();
}

/* GMP aborts when an allocation fails. Before an operation whose result
 * needs more than 16 MiB, check that the memory is there (result plus
 * GMP's temporaries, about three times the result) so that running out
 * raises MemoryError instead. */
static int reserve_bits(uint64_t bits)
{
    uint64_t bytes = bits / 8 + 64;
    if (bytes < ((uint64_t)16 << 20))
        return 0;
    if (bytes > (uint64_t)SIZE_MAX / 4)
        return -1;
    void *p = malloc((size_t)bytes * 3);
    if (!p)
        return -1;
    free(p);
    return 0;
}

/* a ** b with b >= 0 (both ints). */
static GpObject *int_pow_nonneg(GpObject *a, GpObject *b)
{
    if (GP_INT_IS_SMALL(a)) {
        int64_t x = GP_INT_VAL(a);
        if (x == 0 || x == 1)
            return gp_int_from_i64(is_zero(b) && x == 0 ? 1 : x);
        if (x == -1)
            return gp_int_from_i64(GP_INT_IS_SMALL(b) ? ((GP_INT_VAL(b) & 1) ? -1 : 1)
                                                       : (mpz_odd_p(((GpInt *)b)->z) ? -1 : 1));
    }
    if (!GP_INT_IS_SMALL(b))
        return memory_error();
    uint64_t e = (uint64_t)GP_INT_VAL(b);
    if (GP_INT_IS_SMALL(a)) {
        /* square-and-multiply while the result fits */
        int64_t base = GP_INT_VAL(a), acc = 1;
        uint64_t k = e;
        int ok = 1;
        while (k) {
            if ((k & 1) && __builtin_mul_overflow(acc, base, &acc)) {
                ok = 0;
                break;
            }
            k >>= 1;
            if (k && __builtin_mul_overflow(base, base, &base)) {
                ok = 0;
                break;
            }
        }
        if (ok)
            return gp_int_from_i64(acc);
    }
    size_t bits = gp_int_bit_length(a);
    if (e > INT_MAX_BITS || (uint64_t)bits * e > INT_MAX_BITS || reserve_bits((uint64_t)bits * e) < 0)
        return memory_error();
    GpIntView va;
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, gp_int_view(a, &va), (unsigned long)e);
    return gp_int_from_mpz_steal(r);
}

static GpObject *int_pow(GpObject *a, GpObject *b, GpObject *m)
{
    CHECK_BINOP(a, b);
    if (m && m != gp_None) {
        if (!GP_INT_CHECK(m))
            GP_RETURN_NOTIMPLEMENTED;
        if (is_zero(m)) {
            gp_err_set_string(&GpExc_ValueError, "pow() 3rd argument cannot be 0");
            return NULL;
        }
        GpIntView va, vb, vm;
        mpz_srcptr za = gp_int_view(a, &va), zb = gp_int_view(b, &vb), zm = gp_int_view(m, &vm);
        mpz_t mod, base, exp, r;
        mpz_init(mod);
        mpz_abs(mod, zm);
        mpz_init(r);
        if (mpz_cmp_ui(mod, 1) == 0) {
            mpz_clear(mod);
            return gp_int_from_mpz_steal(r);
        }
        mpz_init_set(base, za);
        mpz_init_set(exp, zb);
        if (mpz_sgn(exp) < 0) {
            if (!mpz_invert(base, base, mod)) {
                mpz_clear(mod);
                mpz_clear(base);
                mpz_clear(exp);
                mpz_clear(r);
                gp_err_set_string(&GpExc_ValueError, "base is not invertible for the given modulus");
                return NULL;
            }
            mpz_neg(exp, exp);
        }
        mpz_powm(r, base, exp, mod);
        if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0)
            mpz_sub(r, r, mod);
        mpz_clear(mod);
        mpz_clear(base);
        mpz_clear(exp);
        return gp_int_from_mpz_steal(r);
    }
    if (gp_int_sign(b) < 0) {
        /* negative power: a float result, computed (and failing) as float does */
        double x = gp_int_as_double(a);
        if (x == -1.0 && gp_err_occurred())
            return NULL;
        double y = gp_int_as_double(b);
        if (y == -1.0 && gp_err_occurred())
            return NULL;
        GpObject *fx = gp_float_new(x), *fy = fx ? gp_float_new(y) : NULL;
        GpObject *r = fy ? GpFloat_Type.nb.power(fx, fy, gp_None) : NULL;
        GP_XDECREF(fx);
        GP_XDECREF(fy);
        return r;
    }
    return int_pow_nonneg(a, b);
}

static GpObject *int_neg(GpObject *a)
{
    if (GP_INT_IS_SMALL(a) && GP_INT_VAL(a) != INT64_MIN)
        return gp_int_from_i64(-GP_INT_VAL(a));
    GpIntView va;
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, gp_int_view(a, &va));
    return gp_int_from_mpz_steal(r);
}

static GpObject *int_pos(GpObject *a)
{
    return gp_int_exact(a);
}

static GpObject *int_abs(GpObject *a)
{
    return gp_int_sign(a) < 0 ? int_neg(a) : gp_int_exact(a);
}

static int int_bool(GpObject *a)
{
    return !is_zero(a);
}

static GpObject *int_invert(GpObject *a)
{
    if (GP_INT_IS_SMALL(a))
        return gp_int_from_i64(~GP_INT_VAL(a));
    GpIntView va;
    mpz_t r;
    mpz_init(r);
    mpz_com(r, gp_int_view(a, &va));
    return gp_int_from_mpz_steal(r);
}

static GpObject *int_lshift(GpObject *a, GpObject *b)
{
    CHECK_BINOP(a, b);
    if (gp_int_sign(b) < 0) {
        gp_err_set_string(&GpExc_ValueError, "negative shift count");
        return NULL;
    }
    if (is_zero(a))
        return gp_int_from_i64(0);
    if (!GP_INT_IS_SMALL(b)) {
        gp_err_set_string(&GpExc_OverflowError, "too many digits in integer");
        return NULL;
    }
    uint64_t s = (uint64_t)GP_INT_VAL(b);
    if (GP_INT_IS_SMALL(a) && s < 62) {
        int64_t x = GP_INT_VAL(a), lim = (int64_t)1 << (62 - s);
        if (x < lim && x > -lim)
            return gp_int_from_i64(x * ((int64_t)1 << s));
    }
    if (s > INT_MAX_BITS || gp_int_bit_length(a) + s > INT_MAX_BITS ||
        reserve_bits(gp_int_bit_length(a) + s) < 0)
        return memory_error();
    GpIntView va;
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, gp_int_view(a, &va), (mp_bitcnt_t)s);
    return gp_int_from_mpz_steal(r);
}

static GpObject *int_rshift(GpObject *a, GpObject *b)
{
    CHECK_BINOP(a, b);
    int sb = gp_int_sign(b);
    if (sb < 0) {
        gp_err_set_string(&GpExc_ValueError, "negative shift count");
        return NULL;
    }
    int sa = gp_int_sign(a);
    if (!GP_INT_IS_SMALL(b) || (uint64_t)GP_INT_VAL(b) >= gp_int_bit_length(a))
        return gp_int_from_i64(sa < 0 ? -1 : 0);
    uint64_t s = (uint64_t)GP_INT_VAL(b);
    if (GP_INT_IS_SMALL(a)) {
        int64_t x = GP_INT_VAL(a);
        /* floor division by 2**s, without relying on signed >> */
        int64_t q = x >= 0 ? (int64_t)((uint64_t)x >> s) : -(int64_t)(((~(uint64_t)x) >> s)) - 1;
        return gp_int_from_i64(q);
    }
    GpIntView va;
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, gp_int_view(a, &va), (mp_bitcnt_t)s);
    return gp_int_from_mpz_steal(r);
}

static GpObject *int_and(GpObject *a, GpObject *b)
{
    CHECK_BINOP(a, b);
    if (BOTH_SMALL(a, b))
        return gp_int_from_i64(GP_INT_VAL(a) & GP_INT_VAL(b));
    return mpz_binop(a, b, mpz_and);
}

static GpObject *int_or(GpObject *a, GpObject *b)
{
    CHECK_BINOP(a, b);
    if (BOTH_SMALL(a, b))
        return gp_int_from_i64(GP_INT_VAL(a) | GP_INT_VAL(b));
    return mpz_binop(a, b, mpz_ior);
}

static GpObject *int_xor(GpObject *a, GpObject *b)
{
    CHECK_BINOP(a, b);
    if (BOTH_SMALL(a, b))
        return gp_int_from_i64(GP_INT_VAL(a) ^ GP_INT_VAL(b));
    return mpz_binop(a, b, mpz_xor);
}

static GpObject *int_int(GpObject *a)
{
    return gp_int_exact(a);
}

static GpObject *int_float(GpObject *a)
{
    double d = gp_int_as_double(a);
    if (d == -1.0 && gp_err_occurred())
        return NULL;
    return gp_float_new(d);
}

static GpObject *int_richcompare(GpObject *a, GpObject *b, int op)
{
    if (!GP_INT_CHECK(a) || !GP_INT_CHECK(b))
        GP_RETURN_NOTIMPLEMENTED;
    int c = gp_int_compare(a, b), r = 0;
    switch (op) {
    case GP_LT: r = c < 0; break;
    case GP_LE: r = c <= 0; break;
    case GP_EQ: r = c == 0; break;
    case GP_NE: r = c != 0; break;
    case GP_GT: r = c > 0; break;
    case GP_GE: r = c >= 0; break;
    }
    return gp_bool(r);
}

/* ======================================================================
 * The type
 * ====================================================================== */

GpType GpInt_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "int",
    .getattro = gp_generic_getattr,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
           "Convert a number or string to an integer, or return 0 if no arguments\n"
           "are given.  If x is a number, return x.__int__().  For floating point\n"
           "numbers, this truncates towards zero.\n\n"
           "If x is not a number or if base is given, then x must be a string,\n"
           "bytes, or bytearray instance representing an integer literal in the\n"
           "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
           "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
           "Base 0 means to interpret the base from the string as an integer literal.\n"
           ">>> int('0b100', base=0)\n4",
    .basicsize = sizeof(GpInt),
    .itemsize = sizeof(__mpz_struct),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_INT_SUBCLASS,
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = gp_int_hash,
    .richcompare = int_richcompare,
    .new_ = int_new,
    .vectorcall = int_vectorcall,
    .nb = {
        .add = int_add, .subtract = int_sub, .multiply = int_mul,
        .remainder = int_mod, .divmod = int_divmod, .power = int_pow,
        .negative = int_neg, .positive = int_pos, .absolute = int_abs,
        .bool_ = int_bool, .invert = int_invert,
        .lshift = int_lshift, .rshift = int_rshift,
        .and_ = int_and, .xor_ = int_xor, .or_ = int_or,
        .int_ = int_int, .float_ = int_float,
        .floor_divide = int_floordiv, .true_divide = int_truediv,
        .index = int_int,
    },
    .methods = gp_int_methods,
    .getsets = gp_int_getsets,
};

/* GMP's allocation goes through gilpy's allocator. GMP cannot handle a
 * failed allocation, so running out of memory inside GMP is fatal. */
static void *gmp_alloc(size_t n)
{
    void *p = gp_mem_malloc(n);
    if (!p) {
        fputs("gilpy: out of memory in integer arithmetic\n", stderr);
        abort();
    }
    return p;
}

static void *gmp_realloc(void *p, size_t old, size_t n)
{
    (void)old;
    void *q = gp_mem_realloc(p, n);
    if (!q) {
        fputs("gilpy: out of memory in integer arithmetic\n", stderr);
        abort();
    }
    return q;
}

static void gmp_free(void *p, size_t n)
{
    (void)n;
    gp_mem_free(p);
}

int gp_int_init_types(void)
{
    static int done;
    if (!done) {
        mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
        done = 1;
    }
    if (gp_type_ready(&GpInt_Type) < 0 || gp_type_ready(&GpBool_Type) < 0)
        return -1;
    return 0;
}
