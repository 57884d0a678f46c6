/* intmethods.c -- the methods and attributes of int: bit_length,
 * bit_count, to_bytes/from_bytes, as_integer_ratio, __round__ and friends,
 * __format__ (the format-spec mini-language through support/fmtspec), and
 * the real/imag/numerator/denominator attributes.
 *
 * Every method returns an exact int even when self is a subclass instance
 * (CPython's rule: int(self), not self), except from_bytes which calls the
 * class for subclasses.
 */
#include <string.h>
#include <stdlib.h>
#include "gilpy.h"
#include "support/fmtspec.h"
#include "support/utf8.h"

/* ---- small methods ------------------------------------------------------- */

static GpObject *int_self_exact(GpObject *self, GpObject *unused)
{
    return gp_int_exact(self);
}

static GpObject *int_bit_length(GpObject *self, GpObject *unused)
{
    return gp_int_from_u64((uint64_t)gp_int_bit_length(self));
}

static GpObject *int_bit_count(GpObject *self, GpObject *unused)
{
    if (GP_INT_IS_SMALL(self)) {
        int64_t v = GP_INT_VAL(self);
        uint64_t a = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        return gp_int_from_i64(__builtin_popcountll(a));
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, ((GpInt *)self)->z);
    mp_bitcnt_t c = mpz_popcount(a);
    mpz_clear(a);
    return gp_int_from_u64((uint64_t)c);
}

static GpObject *int_as_integer_ratio(GpObject *self, GpObject *unused)
{
    GpObject *n = gp_int_exact(self);
    if (!n)
        return NULL;
    GpObject *one = gp_int_from_i64(1);
    GpObject *r = gp_tuple_pack(2, n, one);
    GP_DECREF(n);
    GP_DECREF(one);
    return r;
}

static GpObject *int_getnewargs(GpObject *self, GpObject *unused)
{
    GpObject *n = gp_int_exact(self);
    if (!n)
        return NULL;
    GpObject *r = gp_tuple_pack(1, n);
    GP_DECREF(n);
    return r;
}

static GpObject *int_sizeof(GpObject *self, GpObject *unused)
{
    /* CPython's figures (30-bit digits after a 24-byte header) so that
     * sys.getsizeof() answers what scripts written for CPython expect */
    size_t bits = gp_int_bit_length(self);
    size_t ndigits = (bits + 29) / 30;
    if (ndigits == 0)
        ndigits = 1;
    return gp_int_from_u64(24 + 4 * ndigits);
}

/* round(self, ndigits): for ndigits < 0 round half to even at 10**-ndigits. */
static GpObject *int_round(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("__round__", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return gp_int_exact(self);
    GpObject *nd = gp_number_index(args[0]);
    if (!nd)
        return NULL;
    int sign = gp_int_sign(nd);
    if (sign >= 0) {
        GP_DECREF(nd);
        return gp_int_exact(self);
    }
    /* k = -ndigits; 10**k beyond twice |self| rounds everything to 0 */
    int overflow;
    int64_t k = gp_int_as_i64_clamped(nd, &overflow);
    GP_DECREF(nd);
    size_t bits = gp_int_bit_length(self);
    if (overflow || -(uint64_t)k > (uint64_t)bits + 1)
        return gp_int_from_i64(0);
    unsigned long e = (unsigned long)(0 - (uint64_t)k);
    GpIntView vs;
    mpz_srcptr z = gp_int_view(self, &vs);
    mpz_t p, q, r, twice;
    mpz_init(p);
    mpz_init(q);
    mpz_init(r);
    mpz_init(twice);
    mpz_ui_pow_ui(p, 10, e);
    mpz_fdiv_qr(q, r, z, p);            /* z = q*p + r, 0 <= r < p */
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clear(p);
    mpz_clear(r);
    mpz_clear(twice);
    return gp_int_from_mpz_steal(q);
}

/* ---- to_bytes / from_bytes ------------------------------------------------ */

static int parse_byteorder(const char *fname, GpObject *o, int *little)
{
    if (!o) {
        *little = 0;
        return 0;
    }
    if (!GP_STR_CHECK(o)) {
        gp_err_format(&GpExc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
                      GP_TYPE(o)->name);
        return -1;
    }
    if (gp_str_eq_cstr(o, "little"))
        *little = 1;
    else if (gp_str_eq_cstr(o, "big"))
        *little = 0;
    else {
        gp_err_set_string(&GpExc_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

static const char *const to_bytes_kw[] = { "length", "byteorder", "$signed", NULL };

static GpObject *int_to_bytes(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpObject *a[3];
    if (gp_args_parse("to_bytes", args, nargs, kwnames, to_bytes_kw, 0, 2, a) < 0)
        return NULL;
    gp_ssize length = 1;
    if (a[0]) {
        GpObject *li = gp_number_index(a[0]);
        if (!li)
            return NULL;
        int lrc = gp_int_as_ssize(li, &length);
        GP_DECREF(li);
        if (lrc < 0)
            return NULL;
        if (length < 0) {
            gp_err_set_string(&GpExc_ValueError, "length argument must be non-negative");
            return NULL;
        }
    }
    int little, is_signed = 0;
    if (parse_byteorder("to_bytes", a[1], &little) < 0)
        return NULL;
    if (a[2] && (is_signed = gp_is_true(a[2])) < 0)
        return NULL;

    GpIntView vs;
    mpz_srcptr z = gp_int_view(self, &vs);
    int sign = mpz_sgn(z);
    if (sign < 0 && !is_signed) {
        gp_err_set_string(&GpExc_OverflowError, "can't convert negative int to unsigned");
        return NULL;
    }
    /* fits: unsigned needs bit_length <= 8n; signed needs -2**(8n-1) <= v < 2**(8n-1) */
    size_t nbits = sign == 0 ? 0 : mpz_sizeinbase(z, 2);
    uint64_t cap = (uint64_t)length * 8;
    int fits;
    if (!is_signed)
        fits = nbits <= cap;
    else if (sign >= 0)
        fits = nbits < cap || (nbits == 0);
    else if (cap == 0) /* CPython quirk: (-1).to_bytes(0, signed=True) == b'' */
        fits = nbits == 1;
    else /* -v <= 2**(8n-1) */
        fits = nbits < cap || (nbits == cap && mpz_scan1(z, 0) == nbits - 1);
    if (!fits) {
        gp_err_set_string(&GpExc_OverflowError, "int too big to convert");
        return NULL;
    }
    GpObject *res = gp_bytes_from(NULL, length);
    if (!res)
        return NULL;
    unsigned char *out = (unsigned char *)GP_BYTES_DATA(res);
    memset(out, 0, (size_t)length);
    if (length > 0 && sign != 0) {
        mpz_t t;
        mpz_init(t);
        if (sign < 0) {          /* two's complement: 2**(8n) + v */
            mpz_setbit(t, (mp_bitcnt_t)cap);
            mpz_add(t, t, z);
        } else {
            mpz_set(t, z);
        }
        size_t count = 0;
        size_t need = (mpz_sizeinbase(t, 2) + 7) / 8;
        /* export little-endian into the low bytes, then reverse for big */
        unsigned char *tmp = need <= (size_t)length ? out : NULL;
        if (tmp && mpz_sgn(t) != 0)
            mpz_export(tmp, &count, -1, 1, 0, 0, t);
        mpz_clear(t);
        if (!little) {
            for (gp_ssize i = 0, j = length - 1; i < j; i++, j--) {
                unsigned char c = out[i];
                out[i] = out[j];
                out[j] = c;
            }
        }
    }
    return res;
}

static const char *const from_bytes_kw[] = { "bytes", "byteorder", "$signed", NULL };

static GpObject *int_from_bytes(GpObject *cls, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpObject *a[3];
    if (gp_args_parse("from_bytes", args, nargs, kwnames, from_bytes_kw, 1, 2, a) < 0)
        return NULL;
    int little, is_signed = 0;
    if (parse_byteorder("from_bytes", a[1], &little) < 0)
        return NULL;
    if (a[2] && (is_signed = gp_is_true(a[2])) < 0)
        return NULL;
    GpObject *b;
    if (GP_BYTES_CHECK_EXACT(a[0])) {
        b = gp_newref(a[0]);
    } else {
        GpObject *o = a[0];
        if (GP_STR_CHECK(o) || (!GP_TYPE(o)->iter && !GP_BYTEARRAY_CHECK(o))) {
            GpObject *m = GP_STR_CHECK(o) ? NULL : gp_lookup_special(o, gp_str_intern_cstr("__bytes__"));
            if (!m) {
                if (!gp_err_occurred())
                    gp_err_format(&GpExc_TypeError, "cannot convert '%s' object to bytes", GP_TYPE(o)->name);
                return NULL;
            }
            GP_DECREF(m);
        }
        b = gp_bytes_from_object(o);
        if (!b)
            return NULL;
    }
    gp_ssize n = GP_SIZE(b);
    const unsigned char *d = (const unsigned char *)GP_BYTES_DATA(b);
    mpz_t z;
    mpz_init(z);
    if (n > 0)
        mpz_import(z, (size_t)n, little ? -1 : 1, 1, 0, 0, d);
    if (is_signed && n > 0) {
        unsigned char top = little ? d[n - 1] : d[0];
        if (top & 0x80) {
            mpz_t p;
            mpz_init(p);
            mpz_setbit(p, (mp_bitcnt_t)n * 8);
            mpz_sub(z, z, p);
            mpz_clear(p);
        }
    }
    GP_DECREF(b);
    GpObject *r = gp_int_from_mpz_steal(z);
    if (!r || cls == (GpObject *)&GpInt_Type)
        return r;
    GpObject *x = gp_call1(cls, r);
    GP_DECREF(r);
    return x;
}

/* ---- __format__ ---------------------------------------------------------- */

static GpObject *fmt_error(int rc, const char *errmsg, GpObject *spec, const GpFormatSpec *fs,
                           GpObject *o)
{
    const char *tname = GP_TYPE(o)->name;
    switch (rc) {
    case GP_FMT_EMSG:
        gp_err_set_string(&GpExc_ValueError, errmsg);
        break;
    case GP_FMT_EOVERFLOW:
        gp_err_set_string(&GpExc_OverflowError, errmsg);
        break;
    case GP_FMT_EINVALID:
        gp_err_format(&GpExc_ValueError, "Invalid format specifier '%s' for object of type '%s'",
                      GP_STR_DATA(spec), tname);
        break;
    case GP_FMT_EUNKNOWN:
        if (fs->type_cp <= 32 || fs->type_cp >= 128)
            gp_err_format(&GpExc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                          (unsigned)fs->type_cp, tname);
        else
            gp_err_format(&GpExc_ValueError, "Unknown format code '%c' for object of type '%s'",
                          (int)fs->type_cp, tname);
        break;
    default:
        gp_err_no_memory();
        break;
    }
    return NULL;
}

/* Build a str from a malloc'd UTF-8 result and free it. */
static GpObject *take_utf8(char *out, size_t len)
{
    GpObject *r;
    if (gp_utf8_isascii(out, len))
        r = gp_str_from_utf8_trusted(out, (gp_ssize)len, (gp_ssize)len, 1);
    else
        r = gp_str_from_utf8(out, (gp_ssize)len);
    free(out);
    return r;
}

GpObject *gp_int_format(GpObject *o, GpObject *spec)
{
    if (!spec || GP_STR_NBYTES(spec) == 0)
        return GP_INT_CHECK_EXACT(o) ? gp_int_decimal(o) : gp_str(o);
    GpFormatSpec fs;
    const char *errmsg = NULL;
    int rc = gp_fmtspec_parse(GP_STR_DATA(spec), (size_t)GP_STR_NBYTES(spec), &fs, &errmsg);
    if (rc != GP_FMT_OK)
        return fmt_error(rc, errmsg, spec, &fs, o);
    int base = gp_fmtspec_int_base(&fs);
    char *out = NULL;
    size_t outlen = 0;
    if (base == GP_FMT_EUNKNOWN)
        return fmt_error(base, NULL, spec, &fs, o);
    if (base == -1) {
        double d = gp_int_as_double(o);
        if (d == -1.0 && gp_err_occurred())
            return NULL;
        rc = gp_format_double(d, &fs, &out, &outlen, &errmsg);
        if (rc != GP_FMT_OK)
            return fmt_error(rc, errmsg, spec, &fs, o);
        return take_utf8(out, outlen);
    }
    if (base == 0) {            /* 'c' */
        if (fs.precision != -1 || fs.no_neg_zero || fs.sign || fs.alternate) {
            rc = gp_format_int_digits("0", 1, 0, &fs, &out, &outlen, &errmsg);
            if (rc == GP_FMT_OK) {
                free(out);
                rc = GP_FMT_ENOMEM;
            }
            return fmt_error(rc, errmsg, spec, &fs, o);
        }
        int overflow;
        int64_t v = gp_int_as_i64_clamped(o, &overflow);
        if (overflow) {
            gp_err_set_string(&GpExc_OverflowError, "Python int too large to convert to C long");
            return NULL;
        }
        if (v < 0 || v > 0x10FFFF) {
            gp_err_set_string(&GpExc_OverflowError, "%c arg not in range(0x110000)");
            return NULL;
        }
        char u[4];
        int n = gp_utf8_encode((uint32_t)v, u);
        rc = gp_format_int_digits(u, (size_t)n, 0, &fs, &out, &outlen, &errmsg);
    } else {
        GpObject *digits = gp_int_digits(o, base, 1, 0);
        if (!digits)
            return NULL;
        rc = gp_format_int_digits(GP_STR_DATA(digits), (size_t)GP_STR_NBYTES(digits),
                                  gp_int_sign(o) < 0, &fs, &out, &outlen, &errmsg);
        GP_DECREF(digits);
    }
    if (rc != GP_FMT_OK)
        return fmt_error(rc, errmsg, spec, &fs, o);
    return take_utf8(out, outlen);
}

static GpObject *int_format_method(GpObject *self, GpObject *spec)
{
    if (!GP_STR_CHECK(spec))
        return gp_err_format(&GpExc_TypeError, "__format__() argument must be str, not %s",
                             GP_TYPE(spec)->name);
    return gp_int_format(self, spec);
}

const GpMethodDef gp_int_methods[] = {
    { "conjugate", (void *)int_self_exact, GP_METH_NOARGS,
      "Returns self, the complex conjugate of any int." },
    { "bit_length", (void *)int_bit_length, GP_METH_NOARGS,
      "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6" },
    { "bit_count", (void *)int_bit_count, GP_METH_NOARGS,
      "Number of ones in the binary representation of the absolute value of self.\n\nAlso known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3" },
    { "to_bytes", (void *)int_to_bytes, GP_METH_FASTKW,
      "Return an array of bytes representing an integer.\n\n  length\n    Length of bytes object to use.  An OverflowError is raised if the\n    integer is not representable with the given number of bytes.  Default\n    is length 1.\n  byteorder\n    The byte order used to represent the integer.  If byteorder is 'big',\n    the most significant byte is at the beginning of the byte array.  If\n    byteorder is 'little', the most significant byte is at the end of the\n    byte array.  To request the native byte order of the host system, use\n    `sys.byteorder' as the byte order value.  Default is to use 'big'.\n  signed\n    Determines whether two's complement is used to represent the integer.\n    If signed is False and a negative integer is given, an OverflowError\n    is raised." },
    { "from_bytes", (void *)int_from_bytes, GP_METH_FASTKW | GP_METH_CLASS,
      "Return the integer represented by the given array of bytes.\n\n  bytes\n    Holds the array of bytes to convert.  The argument must either\n    support the buffer protocol or be an iterable object producing bytes.\n    Bytes and bytearray are examples of built-in objects that support the\n    buffer protocol.\n  byteorder\n    The byte order used to represent the integer.  If byteorder is 'big',\n    the most significant byte is at the beginning of the byte array.  If\n    byteorder is 'little', the most significant byte is at the end of the\n    byte array.  To request the native byte order of the host system, use\n    `sys.byteorder' as the byte order value.  Default is to use 'big'.\n  signed\n    Indicates whether two's complement is used to represent the integer." },
    { "as_integer_ratio", (void *)int_as_integer_ratio, GP_METH_NOARGS,
      "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original int\nand with a positive denominator.\n\n>>> (10).as_integer_ratio()\n(10, 1)\n>>> (-10).as_integer_ratio()\n(-10, 1)\n>>> (0).as_integer_ratio()\n(0, 1)" },
    { "__trunc__", (void *)int_self_exact, GP_METH_NOARGS,
      "Truncating an Integral returns itself." },
    { "__floor__", (void *)int_self_exact, GP_METH_NOARGS,
      "Flooring an Integral returns itself." },
    { "__ceil__", (void *)int_self_exact, GP_METH_NOARGS,
      "Ceiling of an Integral returns itself." },
    { "__round__", (void *)int_round, GP_METH_FAST,
      "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer." },
    { "__getnewargs__", (void *)int_getnewargs, GP_METH_NOARGS,
      NULL },
    { "__format__", (void *)int_format_method, GP_METH_O,
      NULL },
    { "__sizeof__", (void *)int_sizeof, GP_METH_NOARGS,
      "Returns size in memory, in bytes." },
    { NULL, NULL, 0, NULL },
};

/* ---- attributes ---------------------------------------------------------- */

static GpObject *get_self(GpObject *self, void *c) { return gp_int_exact(self); }
static GpObject *get_zero(GpObject *self, void *c) { return gp_int_from_i64(0); }
static GpObject *get_one(GpObject *self, void *c) { return gp_int_from_i64(1); }

const GpGetSetDef gp_int_getsets[] = {
    { "real", get_self, NULL, "the real part of a complex number", NULL },
    { "imag", get_zero, NULL, "the imaginary part of a complex number", NULL },
    { "numerator", get_self, NULL, "the numerator of a rational number in lowest terms", NULL },
    { "denominator", get_one, NULL, "the denominator of a rational number in lowest terms", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};
