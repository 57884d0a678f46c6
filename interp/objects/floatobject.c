/* floatobject.c -- the float type (an IEEE 754 binary64).
 *
 * Floats are immutable and created by the million in numeric loops, so exact
 * floats that die are parked on a free list and reused (CPython keeps up to
 * 100 of them; so do we).  The list is threaded through the ob.type field of
 * the parked objects, which is rewritten when an object is handed out again.
 *
 * Every text conversion (repr, format(), round(x, n), float.hex, parsing)
 * lives in support/numfmt.c and support/fmtspec.c; this file is the object
 * layer on top: argument conversion, the number slots with CPython's special
 * cases (modulo sign rules, pow's table of IEEE corner cases), the exact
 * comparison of a float with an arbitrarily large int, and the numeric hash
 * that makes hash(2.0) == hash(2) and hash(0.5) == hash(Fraction(1, 2)).
 *
 * Mixed arithmetic: an int operand is converted with gp_int_as_double,
 * which raises OverflowError "int too large to convert to float" for
 * huge values, exactly as CPython's float slots do.  Any other operand type
 * gets NotImplemented so that the generic dispatch can try the other side.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "gilpy.h"
#include "objects/typeobject.h"
#include "support/fmtspec.h"
#include "support/numfmt.h"
#include "support/unicodedb.h"
#include "support/utf8.h"

/* ======================================================================
 * allocation and the free list
 * ====================================================================== */

/* 100, as CPython 3.11's PyFloat_MAXFREELIST: enough to absorb the
 * temporaries of an expression-heavy loop (a few floats die per iteration),
 * small enough (100 * 32-byte blocks = 3.2 KB) to never matter.  Floats are
 * not containers, so parked floats are invisible to the collector; they are
 * not live objects (gp_float_freelist_clear empties the list for reports). */
#define GP_FLOAT_MAXFREE 100
static GpFloat *float_free_list;
static int float_num_free;

GpObject *gp_float_new(double v)
{
    GpFloat *f = float_free_list;
    if (f) {
        float_free_list = (GpFloat *)f->ob.type;
        float_num_free--;
        f->ob.type = &GpFloat_Type;
        f->ob.refcnt = 1;
    } else {
        f = (GpFloat *)gp_obj_alloc(&GpFloat_Type, 0);
        if (!f)
            return NULL;
    }
    f->v = v;
    return (GpObject *)f;
}

gp_ssize gp_float_freelist_clear(void)
{
    gp_ssize n = 0;
    while (float_free_list) {
        GpFloat *f = float_free_list;
        float_free_list = (GpFloat *)f->ob.type;
        f->ob.type = &GpFloat_Type;      /* gp_obj_free reads the type */
        gp_obj_free((GpObject *)f);
        n++;
    }
    float_num_free = 0;
    return n;
}

static void float_dealloc(GpObject *o)
{
    if (GP_FLOAT_CHECK_EXACT(o) && float_num_free < GP_FLOAT_MAXFREE) {
        o->type = (GpType *)float_free_list;
        float_free_list = (GpFloat *)o;
        float_num_free++;
        return;
    }
    gp_obj_free(o);
}

/* An exact float with the value of the float (or subclass) o. */
static GpObject *float_exact(GpObject *o)
{
    if (GP_FLOAT_CHECK_EXACT(o))
        return gp_newref(o);
    return gp_float_new(GP_FLOAT_VAL(o));
}

/* A new instance of type (float or a subclass) holding v. */
static GpObject *float_subtype_from_double(GpType *type, double v)
{
    if (type == &GpFloat_Type)
        return gp_float_new(v);
    GpObject *r = gp_type_generic_alloc(type, 0);
    if (!r)
        return NULL;
    ((GpFloat *)r)->v = v;
    return r;
}

/* ======================================================================
 * conversions
 * ====================================================================== */

double gp_float_as_double(GpObject *o)
{
    if (!o) {
        gp_err_bad_argument();
        return -1.0;
    }
    if (GP_FLOAT_CHECK(o))
        return GP_FLOAT_VAL(o);
    if (GP_INT_CHECK(o))
        return gp_int_as_double(o);
    GpType *t = GP_TYPE(o);
    if (t->nb.float_) {
        GpObject *r = t->nb.float_(o);
        if (!r)
            return -1.0;
        if (!GP_FLOAT_CHECK(r)) {
            gp_err_format(&GpExc_TypeError, "%s.__float__ returned non-float (type %s)", t->name,
                          GP_TYPE(r)->name);
            GP_DECREF(r);
            return -1.0;
        }
        double d = GP_FLOAT_VAL(r);
        GP_DECREF(r);
        return d;
    }
    if (t->nb.index) {
        GpObject *r = gp_number_index(o);
        if (!r)
            return -1.0;
        double d = gp_int_as_double(r);
        GP_DECREF(r);
        return d;
    }
    gp_err_format(&GpExc_TypeError, "must be real number, not %s", t->name);
    return -1.0;
}

/* Operand conversion for the binary slots: 1 converted, 0 not a float or
 * int (NotImplemented), -1 error (OverflowError for a huge int). */
static int operand_double(GpObject *o, double *out)
{
    if (GP_FLOAT_CHECK(o)) {
        *out = GP_FLOAT_VAL(o);
        return 1;
    }
    if (GP_INT_CHECK(o)) {
        double d = gp_int_as_double(o);
        if (d == -1.0 && gp_err_occurred())
            return -1;
        *out = d;
        return 1;
    }
    return 0;
}

#define CONVERT_BOTH(a, b, x, y)                               \
    do {                                                       \
        int _ca = operand_double(a, &(x));                     \
        if (_ca < 0)                                           \
            return NULL;                                       \
        if (_ca == 0)                                          \
            GP_RETURN_NOTIMPLEMENTED;                          \
        int _cb = operand_double(b, &(y));                     \
        if (_cb < 0)                                           \
            return NULL;                                       \
        if (_cb == 0)                                          \
            GP_RETURN_NOTIMPLEMENTED;                          \
    } while (0)

/* ---- float(str) ------------------------------------------------------ */

static GpObject *parse_error(GpObject *orig)
{
    return gp_err_format(&GpExc_ValueError, "could not convert string to float: %R", orig);
}

/* Parse ASCII text s[0..n) as float(); orig is the object named in the error. */
static GpObject *float_from_ascii(const char *s, size_t n, GpObject *orig)
{
    double d;
    if (gp_parse_float(s, n, &d) < 0)
        return parse_error(orig);
    return gp_float_new(d);
}

/* Map a str's text to ASCII the way CPython does before parsing numbers:
 * Unicode white space becomes ' ', Unicode decimal digits their ASCII digit,
 * any other non-ASCII character '?' (which no parser accepts).  Returns a
 * malloc'd buffer (length *outn) or NULL (MemoryError set). */
char *gp_float_str_to_ascii(GpObject *s, size_t *outn)
{
    const char *p = GP_STR_DATA(s);
    size_t nb = (size_t)GP_STR_NBYTES(s);
    char *buf = malloc(nb + 1);
    if (!buf) {
        gp_err_no_memory();
        return NULL;
    }
    size_t i = 0, k = 0;
    if (GP_STR_IS_ASCII(s)) {
        memcpy(buf, p, nb);
        k = nb;
    } else {
        while (i < nb) {
            uint32_t cp = gp_utf8_decode(p, nb, &i);
            if (cp < 128)
                buf[k++] = (char)cp;
            else if (gp_uni_isspace(cp))
                buf[k++] = ' ';
            else if (gp_uni_decimal_value(cp) >= 0)
                buf[k++] = (char)('0' + gp_uni_decimal_value(cp));
            else
                buf[k++] = '?';
        }
    }
    buf[k] = 0;
    *outn = k;
    return buf;
}

GpObject *gp_float_from_string(GpObject *s)
{
    if (GP_STR_CHECK(s)) {
        if (GP_STR_IS_ASCII(s))
            return float_from_ascii(GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s), s);
        size_t n;
        char *buf = gp_float_str_to_ascii(s, &n);
        if (!buf)
            return NULL;
        GpObject *r = float_from_ascii(buf, n, s);
        free(buf);
        return r;
    }
    const char *d;
    gp_ssize n;
    if (GP_BYTES_CHECK(s) || GP_BYTEARRAY_CHECK(s)) {
        d = gp_bytes_like_data(s);
        n = GP_SIZE(s);
    } else if (gp_bytes_buffer(s, &d, &n) < 0) {
        gp_err_clear();
        return gp_err_format(&GpExc_TypeError,
                             "float() argument must be a string or a real number, not '%s'",
                             GP_TYPE(s)->name);
    }
    return float_from_ascii(d, (size_t)n, s);
}

/* ======================================================================
 * repr, hash, comparison
 * ====================================================================== */

static GpObject *float_repr(GpObject *o)
{
    char buf[40];
    gp_float_repr(GP_FLOAT_VAL(o), buf);
    size_t n = strlen(buf);
    return gp_str_from_utf8_trusted(buf, (gp_ssize)n, (gp_ssize)n, 1);
}

/* CPython's numeric hash: the value reduced modulo the Mersenne prime
 * 2**61 - 1, so that equal numbers of different types hash alike.  The
 * mantissa is consumed 28 bits at a time (a double has 53), each step
 * multiplying the running value by 2**28 modulo P (a rotation of the 61-bit
 * field); the binary exponent is then applied as one more rotation.
 * A nan gives 0 here; the float object hashes a nan by identity (3.10+). */
gp_hash gp_float_hash_value(double v)
{
    if (!isfinite(v)) {
        if (isinf(v))
            return v > 0 ? GP_HASH_INF : -GP_HASH_INF;
        return 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    size_t x = 0;
    while (m) {
        x = ((x << 28) & GP_HASH_MODULUS) | x >> (GP_HASH_BITS - 28);
        m *= 268435456.0;   /* 2**28 */
        e -= 28;
        size_t y = (size_t)m;
        m -= (double)y;
        x += y;
        if (x >= GP_HASH_MODULUS)
            x -= GP_HASH_MODULUS;
    }
    e = e >= 0 ? e % GP_HASH_BITS : GP_HASH_BITS - 1 - ((-1 - e) % GP_HASH_BITS);
    x = ((x << e) & GP_HASH_MODULUS) | x >> (GP_HASH_BITS - e);
    x = x * (size_t)(intptr_t)sign;
    if (x == (size_t)-1)
        x = (size_t)-2;
    return (gp_hash)x;
}

/* The identity hash used for nans (same rotation as object.__hash__). */
gp_hash gp_float_identity_hash(GpObject *o)
{
    size_t y = (size_t)o;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    gp_hash h = (gp_hash)y;
    return h == -1 ? -2 : h;
}

static gp_hash float_hash(GpObject *o)
{
    double v = GP_FLOAT_VAL(o);
    if (isnan(v))
        return gp_float_identity_hash(o);
    return gp_float_hash_value(v);
}

/* Compare a non-nan double with an int exactly: -1, 0, 1 for x <, ==, > w. */
static int compare_double_int(double x, GpObject *w)
{
    int overflow = 0;
    int64_t v = gp_int_as_i64_clamped(w, &overflow);
    const int64_t lim = (int64_t)1 << 53;
    if (!overflow && v > -lim && v < lim) {
        double d = (double)v;   /* exact */
        return (x > d) - (x < d);
    }
    if (isinf(x))
        return x > 0 ? 1 : -1;
    mpz_t z;
    mpz_init(z);
    gp_int_to_mpz(w, z);
    int c = mpz_cmp_d(z, x);   /* exact: GMP compares against the double's value */
    mpz_clear(z);
    return (c < 0) - (c > 0);
}

static int op_result(int c, int op)
{
    switch (op) {
    case GP_LT: return c < 0;
    case GP_LE: return c <= 0;
    case GP_EQ: return c == 0;
    case GP_NE: return c != 0;
    case GP_GT: return c > 0;
    default:    return c >= 0;
    }
}

static GpObject *float_richcompare(GpObject *a, GpObject *b, int op)
{
    if (!GP_FLOAT_CHECK(a))
        GP_RETURN_NOTIMPLEMENTED;
    double x = GP_FLOAT_VAL(a);
    if (GP_FLOAT_CHECK(b)) {
        double y = GP_FLOAT_VAL(b);
        int r;
        switch (op) {
        case GP_LT: r = x < y; break;
        case GP_LE: r = x <= y; break;
        case GP_EQ: r = x == y; break;
        case GP_NE: r = x != y; break;
        case GP_GT: r = x > y; break;
        default:    r = x >= y; break;
        }
        return gp_bool(r);
    }
    if (GP_INT_CHECK(b)) {
        if (isnan(x))
            return gp_bool(op == GP_NE);
        return gp_bool(op_result(compare_double_int(x, b), op));
    }
    GP_RETURN_NOTIMPLEMENTED;
}

/* ======================================================================
 * number slots
 * ====================================================================== */

static GpObject *float_add(GpObject *a, GpObject *b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    return gp_float_new(x + y);
}

static GpObject *float_sub(GpObject *a, GpObject *b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    return gp_float_new(x - y);
}

static GpObject *float_mul(GpObject *a, GpObject *b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    return gp_float_new(x * y);
}

static GpObject *float_truediv(GpObject *a, GpObject *b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        gp_err_set_string(&GpExc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return gp_float_new(x / y);
}

/* x mod y with the sign of y (Python's rule); fmod is exact. */
static double float_mod_value(double x, double y)
{
    double m = fmod(x, y);
    if (m) {
        if ((y < 0) != (m < 0))
            m += y;
    } else {
        m = copysign(0.0, y);
    }
    return m;
}

static GpObject *float_rem(GpObject *a, GpObject *b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        gp_err_set_string(&GpExc_ZeroDivisionError, "float modulo");
        return NULL;
    }
    return gp_float_new(float_mod_value(x, y));
}

/* floor(x / y) and x mod y, consistent with each other: the quotient is
 * computed from x - mod, which is exactly divisible (up to rounding) by y,
 * then nudged to the nearest integer. */
static void float_divmod_values(double x, double y, double *floordiv, double *mod)
{
    double m = fmod(x, y);
    double div = (x - m) / y;
    if (m) {
        if ((y < 0) != (m < 0)) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, x / y);
    }
    *floordiv = fd;
    *mod = m;
}

static GpObject *float_floordiv(GpObject *a, GpObject *b)
{
    double x, y, d, m;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        gp_err_set_string(&GpExc_ZeroDivisionError, "float floor division by zero");
        return NULL;
    }
    float_divmod_values(x, y, &d, &m);
    return gp_float_new(d);
}

static GpObject *float_divmod(GpObject *a, GpObject *b)
{
    double x, y, d, m;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        gp_err_set_string(&GpExc_ZeroDivisionError, "float divmod()");
        return NULL;
    }
    float_divmod_values(x, y, &d, &m);
    GpObject *fd = gp_float_new(d), *fm = gp_float_new(m);
    if (!fd || !fm) {
        GP_XDECREF(fd);
        GP_XDECREF(fm);
        return NULL;
    }
    GpObject *t = gp_tuple_new(2);
    if (!t) {
        GP_DECREF(fd);
        GP_DECREF(fm);
        return NULL;
    }
    GP_TUPLE_SET(t, 0, fd);
    GP_TUPLE_SET(t, 1, fm);
    return t;
}

static int double_is_odd_integer(double w)
{
    return fmod(fabs(w), 2.0) == 1.0;
}

static GpObject *raise_range_error(void)
{
    GpObject *code = gp_int_from_i64(ERANGE);
    GpObject *msg = gp_str_from_cstr(strerror(ERANGE));
    GpObject *args = (code && msg) ? gp_tuple_pack(2, code, msg) : NULL;
    GP_XDECREF(code);
    GP_XDECREF(msg);
    if (args) {
        gp_err_set_object(&GpExc_OverflowError, args);
        GP_DECREF(args);
    }
    return NULL;
}

/* x ** y following C99 Annex F for the corner cases (as CPython does, so
 * that platform pow() quirks do not show), and returning a complex for a
 * negative base raised to a non-integral power. */
static GpObject *float_pow(GpObject *a, GpObject *b, GpObject *m)
{
    double x, y;
    if (m && m != gp_None) {
        gp_err_set_string(&GpExc_TypeError,
                          "pow() 3rd argument not allowed unless all arguments are integers");
        return NULL;
    }
    CONVERT_BOTH(a, b, x, y);

    if (y == 0.0)
        return gp_float_new(1.0);
    if (isnan(x))
        return gp_float_new(x);
    if (isnan(y))
        return gp_float_new(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0)
            return gp_float_new(1.0);
        if ((y > 0) == (ax > 1.0))
            return gp_float_new(fabs(y));
        return gp_float_new(0.0);
    }
    if (isinf(x)) {
        int odd = double_is_odd_integer(y);
        if (y > 0)
            return gp_float_new(odd ? x : fabs(x));
        return gp_float_new(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        int odd = double_is_odd_integer(y);
        if (y < 0) {
            gp_err_set_string(&GpExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return NULL;
        }
        return gp_float_new(odd ? x : 0.0);
    }
    int negate = 0;
    if (x < 0.0) {
        if (y != floor(y))
            return GpComplex_Type.nb.power(a, b, m ? m : gp_None);
        x = -x;
        negate = double_is_odd_integer(y);
    }
    if (x == 1.0)
        return gp_float_new(negate ? -1.0 : 1.0);
    errno = 0;
    double r = pow(x, y);
    if (isinf(r))
        errno = ERANGE;
    else if (errno == ERANGE && fabs(r) < 1.0)
        errno = 0;   /* underflow to a tiny value is not an error */
    if (negate)
        r = -r;
    if (errno == ERANGE)
        return raise_range_error();
    if (errno) {
        gp_err_set_string(&GpExc_ValueError, "math domain error");
        return NULL;
    }
    return gp_float_new(r);
}

static GpObject *float_neg(GpObject *o) { return gp_float_new(-GP_FLOAT_VAL(o)); }
static GpObject *float_pos(GpObject *o) { return float_exact(o); }
static GpObject *float_abs(GpObject *o) { return gp_float_new(fabs(GP_FLOAT_VAL(o))); }
static int float_bool(GpObject *o) { return GP_FLOAT_VAL(o) != 0.0; }
static GpObject *float_int(GpObject *o) { return gp_int_from_double(GP_FLOAT_VAL(o)); }

/* ======================================================================
 * constructor
 * ====================================================================== */

static GpObject *float_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    gp_ssize nargs = GP_NARGS(nargsf);
    if ((type == &GpFloat_Type || type->init == GpFloat_Type.init) &&
        gp_args_no_kw("float", kwnames) < 0)
        return NULL;
    if (gp_args_count("float", (size_t)nargs, 0, 1) < 0)
        return NULL;
    GpObject *r;
    if (nargs == 0) {
        r = gp_float_new(0.0);
    } else {
        GpObject *x = args[0];
        GpType *t = GP_TYPE(x);
        if (GP_STR_CHECK_EXACT(x))
            r = gp_float_from_string(x);
        else if (GP_FLOAT_CHECK(x) || t->nb.float_ || t->nb.index)
            r = gp_number_float(x);
        else
            r = gp_float_from_string(x);   /* bytes-like, else TypeError */
    }
    if (!r || type == &GpFloat_Type)
        return r;
    GpObject *s = float_subtype_from_double(type, GP_FLOAT_VAL(r));
    GP_DECREF(r);
    return s;
}

static GpObject *float_vectorcall(GpObject *callable, GpObject *const *args, size_t nargsf,
                                  GpObject *kwnames)
{
    return float_new((GpType *)callable, args, nargsf, kwnames);
}

/* ======================================================================
 * methods
 * ====================================================================== */

static GpObject *float_is_integer(GpObject *self, GpObject *unused)
{
    (void)unused;
    double v = GP_FLOAT_VAL(self);
    return gp_bool(isfinite(v) && floor(v) == v);
}

static GpObject *float_as_integer_ratio(GpObject *self, GpObject *unused)
{
    (void)unused;
    double v = GP_FLOAT_VAL(self);
    if (isinf(v)) {
        gp_err_set_string(&GpExc_OverflowError, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(v)) {
        gp_err_set_string(&GpExc_ValueError, "cannot convert NaN to integer ratio");
        return NULL;
    }
    int e;
    double m = frexp(v, &e);
    /* Scale the mantissa up until it is an integer (at most 53 + 1074 bits
     * of shifting spread over mantissa and exponent; 300 steps bound it). */
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    GpObject *n = gp_int_from_mpz(num), *d = gp_int_from_mpz(den);
    mpz_clear(num);
    mpz_clear(den);
    GpObject *t = (n && d) ? gp_tuple_pack(2, n, d) : NULL;
    GP_XDECREF(n);
    GP_XDECREF(d);
    return t;
}

static GpObject *float_hex_method(GpObject *self, GpObject *unused)
{
    (void)unused;
    char buf[40];
    gp_float_hex(GP_FLOAT_VAL(self), buf);
    size_t n = strlen(buf);
    return gp_str_from_utf8_trusted(buf, (gp_ssize)n, (gp_ssize)n, 1);
}

static GpObject *float_fromhex(GpObject *cls, GpObject *arg)
{
    if (!GP_STR_CHECK(arg)) {
        gp_err_bad_argument();
        return NULL;
    }
    double d;
    size_t n;
    char *buf = gp_float_str_to_ascii(arg, &n);
    if (!buf)
        return NULL;
    int rc = gp_float_fromhex(buf, n, &d);
    free(buf);
    if (rc == -1) {
        gp_err_set_string(&GpExc_ValueError, "invalid hexadecimal floating-point string");
        return NULL;
    }
    if (rc == -2) {
        gp_err_set_string(&GpExc_OverflowError, "hexadecimal value too large to represent as a float");
        return NULL;
    }
    GpObject *r = gp_float_new(d);
    if (!r || cls == (GpObject *)&GpFloat_Type)
        return r;
    GpObject *s = gp_call1(cls, r);
    GP_DECREF(r);
    return s;
}

static GpObject *float_conjugate(GpObject *self, GpObject *unused)
{
    (void)unused;
    return float_exact(self);
}

static GpObject *float_trunc(GpObject *self, GpObject *unused)
{
    (void)unused;
    return gp_int_from_double(GP_FLOAT_VAL(self));
}

static GpObject *float_floor(GpObject *self, GpObject *unused)
{
    (void)unused;
    return gp_int_from_double(floor(GP_FLOAT_VAL(self)));
}

static GpObject *float_ceil(GpObject *self, GpObject *unused)
{
    (void)unused;
    return gp_int_from_double(ceil(GP_FLOAT_VAL(self)));
}

/* round(x) -> int, halves to even. */
static double round_half_even(double x)
{
    double r = round(x);   /* halves away from zero */
    if (fabs(x - r) == 0.5)
        r = 2.0 * round(x / 2.0);
    return r;
}

static GpObject *float_round(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("__round__", nargs, 0, 1) < 0)
        return NULL;
    double x = GP_FLOAT_VAL(self);
    if (nargs == 0 || args[0] == gp_None)
        return gp_int_from_double(round_half_even(x));
    gp_ssize nd = gp_number_as_ssize(args[0], NULL);
    if (nd == -1 && gp_err_occurred())
        return NULL;
    if (!isfinite(x))
        return gp_float_new(x);
    int ndigits = nd > 100000 ? 100000 : nd < -100000 ? -100000 : (int)nd;
    int ok = 1;
    double r = gp_float_round(x, ndigits, &ok);
    if (!ok) {
        gp_err_set_string(&GpExc_OverflowError, "rounded value too large to represent");
        return NULL;
    }
    return gp_float_new(r);
}

/* Raise the ValueError/OverflowError for a fmtspec error code. */
GpObject *gp_float_fmt_error(int rc, const char *errmsg, GpObject *spec, uint32_t type_cp,
                             const char *tname)
{
    switch (rc) {
    case GP_FMT_EMSG:
        gp_err_set_string(&GpExc_ValueError, errmsg);
        return NULL;
    case GP_FMT_EOVERFLOW:
        gp_err_set_string(&GpExc_OverflowError, errmsg);
        return NULL;
    case GP_FMT_EINVALID:
        return gp_err_format(&GpExc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                             spec, tname);
    case GP_FMT_EUNKNOWN:
        if (type_cp > 32 && type_cp < 128)
            return gp_err_format(&GpExc_ValueError, "Unknown format code '%c' for object of type '%s'",
                                 (int)type_cp, tname);
        return gp_err_format(&GpExc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                             (unsigned)type_cp, tname);
    default:
        return gp_err_no_memory();
    }
}

static GpObject *float_format_method(GpObject *self, GpObject *spec)
{
    if (!GP_STR_CHECK(spec))
        return gp_err_format(&GpExc_TypeError, "__format__() argument must be str, not %s",
                             GP_TYPE(spec)->name);
    if (GP_STR_NBYTES(spec) == 0)
        return gp_str(self);
    GpFormatSpec fs;
    const char *errmsg = NULL;
    int rc = gp_fmtspec_parse(GP_STR_DATA(spec), (size_t)GP_STR_NBYTES(spec), &fs, &errmsg);
    char *out = NULL;
    size_t outlen = 0;
    if (rc == GP_FMT_OK)
        rc = gp_format_double(GP_FLOAT_VAL(self), &fs, &out, &outlen, &errmsg);
    if (rc != GP_FMT_OK)
        return gp_float_fmt_error(rc, errmsg, spec, fs.type_cp, GP_TYPE(self)->name);
    GpObject *r = gp_str_from_utf8(out, (gp_ssize)outlen);
    free(out);
    return r;
}

static GpObject *float_getnewargs(GpObject *self, GpObject *unused)
{
    (void)unused;
    GpObject *f = gp_float_new(GP_FLOAT_VAL(self));
    if (!f)
        return NULL;
    GpObject *t = gp_tuple_pack(1, f);
    GP_DECREF(f);
    return t;
}

static GpObject *float_getformat(GpObject *cls, GpObject *arg)
{
    (void)cls;
    if (!GP_STR_CHECK(arg))
        return gp_err_format(&GpExc_TypeError, "__getformat__() argument must be str, not %s",
                             GP_TYPE(arg)->name);
    if (!gp_str_eq_cstr(arg, "double") && !gp_str_eq_cstr(arg, "float")) {
        gp_err_set_string(&GpExc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
        return NULL;
    }
    return gp_str_from_cstr("IEEE, little-endian");
}

static GpObject *float_get_real(GpObject *self, void *closure)
{
    (void)closure;
    return float_exact(self);
}

static GpObject *float_get_imag(GpObject *self, void *closure)
{
    (void)self;
    (void)closure;
    return gp_float_new(0.0);
}

static const GpMethodDef float_methods[] = {
    { "conjugate", (void *)float_conjugate, GP_METH_NOARGS,
      "Return self, the complex conjugate of any float." },
    { "__trunc__", (void *)float_trunc, GP_METH_NOARGS,
      "Return the Integral closest to x between 0 and x." },
    { "__floor__", (void *)float_floor, GP_METH_NOARGS,
      "Return the floor as an Integral." },
    { "__ceil__", (void *)float_ceil, GP_METH_NOARGS,
      "Return the ceiling as an Integral." },
    { "__round__", (void *)float_round, GP_METH_FAST,
      "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits)." },
    { "as_integer_ratio", (void *)float_as_integer_ratio, GP_METH_NOARGS,
      "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original float\nand with a positive denominator.\n\nRaise OverflowError on infinities and a ValueError on NaNs.\n\n>>> (10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n>>> (-.25).as_integer_ratio()\n(-1, 4)" },
    { "fromhex", (void *)float_fromhex, GP_METH_O | GP_METH_CLASS,
      "Create a floating-point number from a hexadecimal string.\n\n>>> float.fromhex('0x1.ffffp10')\n2047.984375\n>>> float.fromhex('-0x1p-1074')\n-5e-324" },
    { "hex", (void *)float_hex_method, GP_METH_NOARGS,
      "Return a hexadecimal representation of a floating-point number.\n\n>>> (-0.1).hex()\n'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'" },
    { "is_integer", (void *)float_is_integer, GP_METH_NOARGS,
      "Return True if the float is an integer." },
    GP_METHOD("__getnewargs__", float_getnewargs, GP_METH_NOARGS),
    { "__getformat__", (void *)float_getformat, GP_METH_O | GP_METH_CLASS,
      "You probably don't want to use this function.\n\n  typestr\n    Must be 'double' or 'float'.\n\nIt exists mainly to be used in Python's test suite.\n\nThis function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,\nlittle-endian' best describes the format of floating point numbers used by the\nC type named by typestr." },
    { "__format__", (void *)float_format_method, GP_METH_O,
      "Formats the float according to format_spec." },
    { NULL },
};

static const GpGetSetDef float_getsets[] = {
    { "real", float_get_real, NULL, "the real part of a complex number", NULL },
    { "imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL },
    { NULL },
};

GpType GpFloat_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "float",
    .getattro = gp_generic_getattr,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .basicsize = sizeof(GpFloat),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_FLOAT_SUBCLASS | GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .new_ = float_new,
    .vectorcall = float_vectorcall,
    .nb = {
        .add = float_add,
        .subtract = float_sub,
        .multiply = float_mul,
        .remainder = float_rem,
        .divmod = float_divmod,
        .power = float_pow,
        .negative = float_neg,
        .positive = float_pos,
        .absolute = float_abs,
        .bool_ = float_bool,
        .int_ = float_int,
        .float_ = float_exact,
        .floor_divide = float_floordiv,
        .true_divide = float_truediv,
    },
    .methods = float_methods,
    .getsets = float_getsets,
};

int gp_float_init_types(void)
{
    if (gp_type_ready(&GpFloat_Type) < 0)
        return -1;
    return gp_type_ready(&GpComplex_Type);
}
