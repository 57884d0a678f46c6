/* complexobject.c -- the complex type: a pair of doubles.
 *
 * The arithmetic reproduces CPython's formulas operation by operation (not
 * C99 <complex.h>, whose Annex G special-casing of infinities gives other
 * results): the plain schoolbook product, Smith's algorithm for the
 * quotient, repeated squaring for small integral powers and the polar form
 * otherwise.  Users compare printed results digit for digit, so the order of
 * the floating-point operations matters.
 *
 * Complex numbers are not ordered: only == and != are implemented; every
 * other comparison returns NotImplemented and the generic machinery raises
 * "'<' not supported between instances of 'complex' and 'complex'".
 *
 * Text: repr is "(re+imj)" with each part in shortest repr digits without a
 * trailing ".0", or just "imj" when the real part is +0.0; complex(str)
 * accepts the same forms back (with optional parentheses, white space and
 * the short forms "j", "-j", "1+j").
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gilpy.h"
#include "objects/typeobject.h"
#include "support/fmtspec.h"
#include "support/numfmt.h"

typedef struct { double real, imag; } cval;

#define CVAL(o) ((cval){ ((GpComplex *)(o))->real, ((GpComplex *)(o))->imag })

GpObject *gp_complex_new(double real, double imag)
{
    GpComplex *c = (GpComplex *)gp_obj_alloc(&GpComplex_Type, 0);
    if (!c)
        return NULL;
    c->real = real;
    c->imag = imag;
    return (GpObject *)c;
}

static GpObject *complex_subtype_from_doubles(GpType *type, double real, double imag)
{
    if (type == &GpComplex_Type)
        return gp_complex_new(real, imag);
    GpObject *r = gp_type_generic_alloc(type, 0);
    if (!r)
        return NULL;
    ((GpComplex *)r)->real = real;
    ((GpComplex *)r)->imag = imag;
    return r;
}

static GpObject *complex_from_cval(cval c) { return gp_complex_new(c.real, c.imag); }

/* Operand conversion for the binary slots: 1 ok, 0 NotImplemented, -1 error. */
static int operand_cval(GpObject *o, cval *out)
{
    if (GP_COMPLEX_CHECK(o)) {
        *out = CVAL(o);
        return 1;
    }
    if (GP_FLOAT_CHECK(o)) {
        out->real = GP_FLOAT_VAL(o);
        out->imag = 0.0;
        return 1;
    }
    if (GP_INT_CHECK(o)) {
        double d = gp_int_as_double(o);
        if (d == -1.0 && gp_err_occurred())
            return -1;
        out->real = d;
        out->imag = 0.0;
        return 1;
    }
    return 0;
}

#define CONVERT_BOTH(a, b, x, y)                               \
    do {                                                       \
        int _ca = operand_cval(a, &(x));                       \
        if (_ca < 0)                                           \
            return NULL;                                       \
        if (_ca == 0)                                          \
            GP_RETURN_NOTIMPLEMENTED;                          \
        int _cb = operand_cval(b, &(y));                       \
        if (_cb < 0)                                           \
            return NULL;                                       \
        if (_cb == 0)                                          \
            GP_RETURN_NOTIMPLEMENTED;                          \
    } while (0)

/* ======================================================================
 * the arithmetic kernels (errno reports domain/range problems)
 * ====================================================================== */

static const cval c_one = { 1.0, 0.0 };

static cval c_sum(cval a, cval b) { return (cval){ a.real + b.real, a.imag + b.imag }; }
static cval c_diff(cval a, cval b) { return (cval){ a.real - b.real, a.imag - b.imag }; }
static cval c_neg(cval a) { return (cval){ -a.real, -a.imag }; }

static cval c_prod(cval a, cval b)
{
    cval r;
    r.real = a.real * b.real - a.imag * b.imag;
    r.imag = a.real * b.imag + a.imag * b.real;
    return r;
}

/* Smith's algorithm: divide through by the larger component of b so that
 * the intermediate products neither overflow nor underflow needlessly. */
static cval c_quot(cval a, cval b)
{
    cval r;
    double abs_br = fabs(b.real), abs_bi = fabs(b.imag);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bi >= abs_br) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        r.real = r.imag = NAN;   /* a nan in b */
    }
    return r;
}

static cval c_pow(cval a, cval b)
{
    cval r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r = c_one;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0)
            errno = EDOM;
        r.real = r.imag = 0.0;
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

static cval c_powu(cval x, long n)
{
    cval r = c_one, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask)
            r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

/* Integral exponents up to 100 in magnitude by repeated squaring (exact for
 * Gaussian integers), larger ones through the polar form. */
static cval c_powi(cval x, long n)
{
    if (n > 100 || n < -100)
        return c_pow(x, (cval){ (double)n, 0.0 });
    if (n > 0)
        return c_powu(x, n);
    return c_quot(c_one, c_powu(x, -n));
}

static double c_abs(cval z)
{
    if (!isfinite(z.real) || !isfinite(z.imag)) {
        errno = 0;
        if (isinf(z.real))
            return fabs(z.real);
        if (isinf(z.imag))
            return fabs(z.imag);
        return NAN;
    }
    double r = hypot(z.real, z.imag);
    errno = isfinite(r) ? 0 : ERANGE;
    return r;
}

/* ======================================================================
 * number slots
 * ====================================================================== */

static GpObject *complex_add(GpObject *a, GpObject *b)
{
    cval x, y;
    CONVERT_BOTH(a, b, x, y);
    return complex_from_cval(c_sum(x, y));
}

static GpObject *complex_sub(GpObject *a, GpObject *b)
{
    cval x, y;
    CONVERT_BOTH(a, b, x, y);
    return complex_from_cval(c_diff(x, y));
}

static GpObject *complex_mul(GpObject *a, GpObject *b)
{
    cval x, y;
    CONVERT_BOTH(a, b, x, y);
    return complex_from_cval(c_prod(x, y));
}

static GpObject *complex_div(GpObject *a, GpObject *b)
{
    cval x, y;
    CONVERT_BOTH(a, b, x, y);
    errno = 0;
    cval q = c_quot(x, y);
    if (errno == EDOM) {
        gp_err_set_string(&GpExc_ZeroDivisionError, "complex division by zero");
        return NULL;
    }
    return complex_from_cval(q);
}

static GpObject *complex_pow(GpObject *a, GpObject *b, GpObject *m)
{
    cval x, y, p;
    CONVERT_BOTH(a, b, x, y);
    if (m && m != gp_None) {
        gp_err_set_string(&GpExc_ValueError, "complex modulo");
        return NULL;
    }
    errno = 0;
    if (y.imag == 0.0 && y.real == floor(y.real) && fabs(y.real) <= 100.0)
        p = c_powi(x, (long)y.real);
    else
        p = c_pow(x, y);
    /* an infinite part is an overflow; a range error with finite parts
     * was an underflow and is ignored */
    if (isinf(p.real) || isinf(p.imag)) {
        if (errno == 0)
            errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM) {
        gp_err_set_string(&GpExc_ZeroDivisionError, "0.0 to a negative or complex power");
        return NULL;
    }
    if (errno == ERANGE) {
        gp_err_set_string(&GpExc_OverflowError, "complex exponentiation");
        return NULL;
    }
    return complex_from_cval(p);
}

static GpObject *complex_neg(GpObject *o) { return complex_from_cval(c_neg(CVAL(o))); }

static GpObject *complex_pos(GpObject *o)
{
    if (GP_TYPE(o) == &GpComplex_Type)
        return gp_newref(o);
    return complex_from_cval(CVAL(o));
}

static GpObject *complex_abs(GpObject *o)
{
    double r = c_abs(CVAL(o));
    if (errno == ERANGE) {
        gp_err_set_string(&GpExc_OverflowError, "absolute value too large");
        return NULL;
    }
    return gp_float_new(r);
}

static int complex_bool(GpObject *o)
{
    cval c = CVAL(o);
    return c.real != 0.0 || c.imag != 0.0;
}

/* ======================================================================
 * repr, hash, comparison
 * ====================================================================== */

/* repr digits of x without the ".0" float's repr adds to integral values
 * (PyOS_double_to_string with type 'r' and no flags). */
static void part_repr(double x, char *buf)
{
    gp_float_repr(x, buf);
    size_t n = strlen(buf);
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0')
        buf[n - 2] = 0;
}

static GpObject *complex_repr(GpObject *o)
{
    cval c = CVAL(o);
    char re[40], im[40], out[96];
    part_repr(c.imag, im);
    if (c.real == 0.0 && !signbit(c.real)) {
        snprintf(out, sizeof out, "%sj", im);
    } else {
        part_repr(c.real, re);
        const char *sign = im[0] == '-' ? "" : "+";
        snprintf(out, sizeof out, "(%s%s%sj)", re, sign, im);
    }
    size_t n = strlen(out);
    return gp_str_from_utf8_trusted(out, (gp_ssize)n, (gp_ssize)n, 1);
}

static gp_hash complex_hash(GpObject *o)
{
    cval c = CVAL(o);
    size_t hr = (size_t)(isnan(c.real) ? gp_float_identity_hash(o) : gp_float_hash_value(c.real));
    size_t hi = (size_t)(isnan(c.imag) ? gp_float_identity_hash(o) : gp_float_hash_value(c.imag));
    /* 1000003 (CPython's _PyHASH_IMAG) mixes the imaginary part in so that
     * hash(complex(x, 0)) == hash(x). */
    size_t h = hr + 1000003u * hi;
    if (h == (size_t)-1)
        h = (size_t)-2;
    return (gp_hash)h;
}

static GpObject *complex_richcompare(GpObject *a, GpObject *b, int op)
{
    if ((op != GP_EQ && op != GP_NE) || !GP_COMPLEX_CHECK(a))
        GP_RETURN_NOTIMPLEMENTED;
    cval x = CVAL(a);
    int equal;
    if (GP_INT_CHECK(b)) {
        if (x.imag == 0.0) {
            /* compare the real part with the int exactly (float's rules) */
            GpObject *f = gp_float_new(x.real);
            if (!f)
                return NULL;
            GpObject *r = gp_richcompare(f, b, op);
            GP_DECREF(f);
            return r;
        }
        equal = 0;
    } else if (GP_FLOAT_CHECK(b)) {
        equal = x.real == GP_FLOAT_VAL(b) && x.imag == 0.0;
    } else if (GP_COMPLEX_CHECK(b)) {
        cval y = CVAL(b);
        equal = x.real == y.real && x.imag == y.imag;
    } else {
        GP_RETURN_NOTIMPLEMENTED;
    }
    return gp_bool(op == GP_EQ ? equal : !equal);
}

/* ======================================================================
 * complex(str)
 * ====================================================================== */

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int match_word(const char *s, size_t n, size_t i, const char *w)
{
    size_t k = strlen(w);
    if (n - i < k)
        return 0;
    for (size_t j = 0; j < k; j++) {
        char c = s[i + j];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != w[j])
            return 0;
    }
    return 1;
}

/* Longest prefix of s[i..n) that is a float literal (optional sign, digits
 * with optional fraction and exponent, or inf/infinity/nan).  Returns its
 * end; i itself when there is none. */
static size_t scan_float(const char *s, size_t n, size_t i)
{
    size_t p = i;
    if (p < n && (s[p] == '+' || s[p] == '-'))
        p++;
    if (match_word(s, n, p, "infinity"))
        return p + 8;
    if (match_word(s, n, p, "inf") || match_word(s, n, p, "nan"))
        return p + 3;
    int nd = 0;
    while (p < n && is_digit(s[p]))
        p++, nd++;
    if (p < n && s[p] == '.') {
        p++;
        while (p < n && is_digit(s[p]))
            p++, nd++;
    }
    if (nd == 0)
        return i;
    if (p < n && (s[p] == 'e' || s[p] == 'E')) {
        size_t q = p + 1;
        if (q < n && (s[q] == '+' || s[q] == '-'))
            q++;
        if (q < n && is_digit(s[q])) {
            while (q < n && is_digit(s[q]))
                q++;
            p = q;
        }
    }
    return p;
}

static double parse_part(const char *s, size_t a, size_t b)
{
    double d = 0.0;
    gp_parse_float(s + a, b - a, &d);   /* scan_float guarantees validity */
    return d;
}

/* Parse the ASCII text s[0..n) (no underscores): 0 ok, -1 malformed. */
static int parse_complex_text(const char *s, size_t n, double *re, double *im)
{
    size_t i = 0;
    int bracket = 0;
    double x = 0.0, y = 0.0;
    while (i < n && is_space(s[i]))
        i++;
    if (i < n && s[i] == '(') {
        bracket = 1;
        i++;
        while (i < n && is_space(s[i]))
            i++;
    }
    size_t e = scan_float(s, n, i);
    if (e != i) {
        double z = parse_part(s, i, e);
        i = e;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            /* <float><signed-float>j or <float><sign>j */
            x = z;
            e = scan_float(s, n, i);
            if (e != i) {
                y = parse_part(s, i, e);
                i = e;
            } else {
                y = s[i] == '+' ? 1.0 : -1.0;
                i++;
            }
            if (!(i < n && (s[i] == 'j' || s[i] == 'J')))
                return -1;
            i++;
        } else if (i < n && (s[i] == 'j' || s[i] == 'J')) {
            i++;
            y = z;
        } else {
            x = z;
        }
    } else {
        /* <sign>j or j */
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            y = s[i] == '+' ? 1.0 : -1.0;
            i++;
        } else {
            y = 1.0;
        }
        if (!(i < n && (s[i] == 'j' || s[i] == 'J')))
            return -1;
        i++;
    }
    while (i < n && is_space(s[i]))
        i++;
    if (bracket) {
        if (!(i < n && s[i] == ')'))
            return -1;
        i++;
        while (i < n && is_space(s[i]))
            i++;
    }
    if (i != n)
        return -1;
    *re = x;
    *im = y;
    return 0;
}

static GpObject *complex_from_string(GpType *type, GpObject *v)
{
    size_t n;
    char *buf = gp_float_str_to_ascii(v, &n);
    if (!buf)
        return NULL;
    if (memchr(buf, '_', n)) {
        /* an underscore must sit between two digits; then drop them all */
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            if (buf[i] == '_') {
                if (i == 0 || i + 1 >= n || !is_digit(buf[i - 1]) || !is_digit(buf[i + 1])) {
                    free(buf);
                    return gp_err_format(&GpExc_ValueError, "could not convert string to complex: %R", v);
                }
                continue;
            }
            buf[k++] = buf[i];
        }
        n = k;
    }
    double re, im;
    int rc = memchr(buf, 0, n) ? -1 : parse_complex_text(buf, n, &re, &im);
    free(buf);
    if (rc < 0) {
        gp_err_set_string(&GpExc_ValueError, "complex() arg is a malformed string");
        return NULL;
    }
    return complex_subtype_from_doubles(type, re, im);
}

/* ======================================================================
 * constructor
 * ====================================================================== */

static int is_number_like(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    return GP_COMPLEX_CHECK(o) || GP_FLOAT_CHECK(o) || GP_INT_CHECK(o) || t->nb.float_ || t->nb.index;
}

static GpObject *complex_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    static const char *const kwlist[] = { "real", "imag", NULL };
    GpObject *a[2] = { NULL, NULL };
    if (gp_args_parse("complex", args, (size_t)GP_NARGS(nargsf), kwnames, kwlist, 0, 2, a) < 0)
        return NULL;
    GpObject *r = a[0], *i = a[1];
    if (!r)
        r = (GpObject *)&gp_small_ints[-GP_SMALL_INT_MIN];   /* the int 0, borrowed */
    if (GP_TYPE(r) == &GpComplex_Type && !i && type == &GpComplex_Type)
        return gp_newref(r);
    if (GP_STR_CHECK(r)) {
        if (i) {
            gp_err_set_string(&GpExc_TypeError, "complex() can't take second arg if first is a string");
            return NULL;
        }
        return complex_from_string(type, r);
    }
    if (i && GP_STR_CHECK(i)) {
        gp_err_set_string(&GpExc_TypeError, "complex() second arg can't be a string");
        return NULL;
    }

    GpObject *own_r = NULL;   /* the result of __complex__, owned */
    GpObject *meth = gp_lookup_special(r, gp_str_intern_cstr("__complex__"));
    if (meth) {
        own_r = gp_call0(meth);
        GP_DECREF(meth);
        if (!own_r)
            return NULL;
        if (!GP_COMPLEX_CHECK(own_r)) {
            gp_err_format(&GpExc_TypeError, "__complex__ returned non-complex (type %s)",
                          GP_TYPE(own_r)->name);
            GP_DECREF(own_r);
            return NULL;
        }
        r = own_r;
    } else if (gp_err_occurred()) {
        return NULL;
    }
    if (!is_number_like(r)) {
        gp_err_format(&GpExc_TypeError, "complex() first argument must be a string or a number, not '%s'",
                      GP_TYPE(r)->name);
        GP_XDECREF(own_r);
        return NULL;
    }
    if (i && !is_number_like(i)) {
        gp_err_format(&GpExc_TypeError, "complex() second argument must be a number, not '%s'",
                      GP_TYPE(i)->name);
        GP_XDECREF(own_r);
        return NULL;
    }

    cval cr, ci = { 0.0, 0.0 };
    int cr_is_complex = 0, ci_is_complex = 0;
    if (GP_COMPLEX_CHECK(r)) {
        cr = CVAL(r);
        cr_is_complex = 1;
        GP_XDECREF(own_r);
    } else {
        GpObject *f = gp_number_float(r);
        GP_XDECREF(own_r);
        if (!f)
            return NULL;
        cr.real = GP_FLOAT_VAL(f);
        cr.imag = 0.0;
        GP_DECREF(f);
    }
    if (!i) {
        ci.real = cr.imag;
    } else if (GP_COMPLEX_CHECK(i)) {
        ci = CVAL(i);
        ci_is_complex = 1;
    } else {
        GpObject *f = gp_number_float(i);
        if (!f)
            return NULL;
        ci.real = GP_FLOAT_VAL(f);
        GP_DECREF(f);
    }
    /* real + imag*1j when either part is itself complex */
    if (ci_is_complex)
        cr.real -= ci.imag;
    if (cr_is_complex && i)
        ci.real += cr.imag;
    return complex_subtype_from_doubles(type, cr.real, ci.real);
}

static GpObject *complex_vectorcall(GpObject *callable, GpObject *const *args, size_t nargsf,
                                    GpObject *kwnames)
{
    return complex_new((GpType *)callable, args, nargsf, kwnames);
}

/* ======================================================================
 * __format__
 * ====================================================================== */

typedef struct { char *p; size_t n, cap; } buf_t;

static int buf_put(buf_t *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = (b->n + n + 1) * 2;
        char *p = realloc(b->p, cap);
        if (!p)
            return -1;
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
    return 0;
}

/* One part of a formatted complex: sign (per sign_mode: '+', ' ' or '-'),
 * the integer digits with grouping, then the rest of the number's text. */
static int format_part(buf_t *b, double x, char type, int prec, int ff, char sign_mode, char sep)
{
    char small[48];
    char *text;
    size_t len;
    char *heap = NULL;
    if (type == 'r') {
        part_repr(x, small);
        len = strlen(small);
        if ((ff & GP_FF_NO_NEG0) && strcmp(small, "-0") == 0) {
            memmove(small, small + 1, 2);
            len = 1;
        }
        if ((ff & GP_FF_ALT) && isfinite(x) && !strchr(small, '.')) {
            char *e = strchr(small, 'e');
            size_t at = e ? (size_t)(e - small) : len;
            memmove(small + at + 1, small + at, len - at + 1);
            small[at] = '.';
            len++;
        }
        text = small;
    } else {
        heap = gp_float_format_alloc(x, type, prec, ff, &len);
        if (!heap)
            return -1;
        text = heap;
    }
    int neg = text[0] == '-';
    const char *body = text + neg;
    size_t blen = len - (size_t)neg;
    char sc = neg ? '-' : sign_mode == '+' ? '+' : sign_mode == ' ' ? ' ' : 0;
    int rc = 0;
    if (sc)
        rc = buf_put(b, &sc, 1);
    size_t nint = 0;
    while (nint < blen && body[nint] >= '0' && body[nint] <= '9')
        nint++;
    if (rc == 0 && sep && nint > 0) {
        size_t glen = gp_fmt_apply_grouping(body, nint, sep, 3, 0, NULL);
        char *g = malloc(glen + 1);
        if (!g) {
            rc = -1;
        } else {
            gp_fmt_apply_grouping(body, nint, sep, 3, 0, g);
            rc = buf_put(b, g, glen);
            free(g);
        }
    } else if (rc == 0) {
        rc = buf_put(b, body, nint);
    }
    if (rc == 0)
        rc = buf_put(b, body + nint, blen - nint);
    free(heap);
    return rc;
}

static GpObject *complex_format_method(GpObject *self, GpObject *spec)
{
    if (!GP_STR_CHECK(spec))
        return gp_err_format(&GpExc_TypeError, "__format__() argument must be str, not %s",
                             GP_TYPE(spec)->name);
    if (GP_STR_NBYTES(spec) == 0)
        return gp_str(self);
    GpFormatSpec fs;
    const char *errmsg = NULL;
    int rc = gp_fmtspec_parse(GP_STR_DATA(spec), (size_t)GP_STR_NBYTES(spec), &fs, &errmsg);
    if (rc != GP_FMT_OK)
        return gp_float_fmt_error(rc, errmsg, spec, fs.type_cp, GP_TYPE(self)->name);
    char type = fs.type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return gp_float_fmt_error(GP_FMT_EUNKNOWN, NULL, spec, fs.type_cp, GP_TYPE(self)->name);
    }
    if (fs.fill == '0') {
        gp_err_set_string(&GpExc_ValueError, "Zero padding is not allowed in complex format specifier");
        return NULL;
    }
    if (fs.align == '=') {
        gp_err_set_string(&GpExc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
        return NULL;
    }
    cval c = CVAL(self);
    int ff = 0;
    if (fs.alternate)
        ff |= GP_FF_ALT;
    if (fs.no_neg_zero)
        ff |= GP_FF_NO_NEG0;
    int skip_re = 0, parens = 0;
    long prec = fs.precision;
    long default_prec = 6;
    if (type == 0) {
        /* like str(self), but honouring the other fields */
        type = 'r';
        default_prec = 0;
        if (c.real == 0.0 && !signbit(c.real))
            skip_re = 1;
        else
            parens = 1;
    }
    if (type == 'n')
        type = 'g';
    if (prec < 0)
        prec = default_prec;
    else if (type == 'r')
        type = 'g';
    if (prec > 0x7fffffffL) {
        gp_err_set_string(&GpExc_ValueError, "precision too big");
        return NULL;
    }
    char sep = fs.type == 'n' ? 0 : fs.grouping;
    buf_t b = { NULL, 0, 0 };
    int err = 0;
    if (parens)
        err |= buf_put(&b, "(", 1);
    if (!skip_re)
        err |= format_part(&b, c.real, type, (int)prec, ff, fs.sign, sep);
    err |= format_part(&b, c.imag, type, (int)prec, ff, skip_re ? fs.sign : '+', sep);
    err |= buf_put(&b, "j", 1);
    if (parens)
        err |= buf_put(&b, ")", 1);
    if (err) {
        free(b.p);
        return gp_err_no_memory();
    }
    char *out = NULL;
    size_t outlen = 0;
    rc = gp_fmt_pad(b.p, b.n, b.n, "", &fs, '>', &out, &outlen);
    free(b.p);
    if (rc != GP_FMT_OK)
        return gp_float_fmt_error(rc, errmsg, spec, fs.type_cp, GP_TYPE(self)->name);
    GpObject *r = gp_str_from_utf8(out, (gp_ssize)outlen);
    free(out);
    return r;
}

/* ======================================================================
 * methods and the type
 * ====================================================================== */

static GpObject *complex_conjugate(GpObject *self, GpObject *unused)
{
    (void)unused;
    cval c = CVAL(self);
    return gp_complex_new(c.real, -c.imag);
}

static GpObject *complex_getnewargs(GpObject *self, GpObject *unused)
{
    (void)unused;
    cval c = CVAL(self);
    GpObject *re = gp_float_new(c.real), *im = gp_float_new(c.imag);
    GpObject *t = (re && im) ? gp_tuple_pack(2, re, im) : NULL;
    GP_XDECREF(re);
    GP_XDECREF(im);
    return t;
}

static GpObject *complex_complex(GpObject *self, GpObject *unused)
{
    (void)unused;
    return complex_pos(self);
}

static const GpMethodDef complex_methods[] = {
    { "conjugate", (void *)complex_conjugate, GP_METH_NOARGS,
      "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j." },
    { "__complex__", (void *)complex_complex, GP_METH_NOARGS,
      "Convert this value to exact type complex." },
    GP_METHOD("__getnewargs__", complex_getnewargs, GP_METH_NOARGS),
    { "__format__", (void *)complex_format_method, GP_METH_O,
      "Convert to a string according to format_spec." },
    { NULL },
};

static const GpMemberDef complex_members[] = {
    { "real", GP_T_DOUBLE, offsetof(GpComplex, real), GP_MEMBER_READONLY, "the real part of a complex number" },
    { "imag", GP_T_DOUBLE, offsetof(GpComplex, imag), GP_MEMBER_READONLY, "the imaginary part of a complex number" },
    { NULL },
};

GpType GpComplex_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "complex",
    .getattro = gp_generic_getattr,
    .doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
           "This is equivalent to (real + imag*1j) where imag defaults to 0.",
    .basicsize = sizeof(GpComplex),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_IMMUTABLETYPE,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .new_ = complex_new,
    .vectorcall = complex_vectorcall,
    .nb = {
        .add = complex_add,
        .subtract = complex_sub,
        .multiply = complex_mul,
        .power = complex_pow,
        .negative = complex_neg,
        .positive = complex_pos,
        .absolute = complex_abs,
        .bool_ = complex_bool,
        .true_divide = complex_div,
    },
    .methods = complex_methods,
    .members = complex_members,
};
