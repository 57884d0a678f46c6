/* mathmodule.c -- the `math` module of Python 3.11.
 *
 * Real functions follow one error policy, CPython's: a NaN produced from a
 * non-NaN argument is a domain error (ValueError "math domain error"); an
 * infinity produced from finite arguments is a range error (OverflowError
 * "math range error") for functions that can overflow (exp, cosh ...) and a
 * domain error for the others (a pole, like atanh(1)). Underflow to zero is
 * never an error. NaN arguments propagate silently.
 *
 * Integer functions (factorial, gcd, lcm, comb, perm, isqrt) work on GMP
 * integers, so their results are exact at any size. log() and friends accept
 * ints too large for a double by splitting them into mantissa * 2**exp.
 * fsum() is exact: it keeps the running sum as a list of non-overlapping
 * partial sums (Shewchuk's algorithm) and rounds only once at the end.
 */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "gilpy.h"

/* ---- argument conversion and errors ---------------------------------- */

static GpObject *domain_error(void)
{
    gp_err_set_string(&GpExc_ValueError, "math domain error");
    return NULL;
}

static GpObject *range_error(void)
{
    gp_err_set_string(&GpExc_OverflowError, "math range error");
    return NULL;
}

/* A real-number argument as a double (float, int, __float__ or __index__). */
static int as_double(GpObject *o, double *out)
{
    if (GP_FLOAT_CHECK(o)) {
        *out = GP_FLOAT_VAL(o);
        return 0;
    }
    if (GP_INT_CHECK(o)) {
        double d = gp_int_as_double(o);
        if (d == -1.0 && gp_err_occurred())
            return -1;
        *out = d;
        return 0;
    }
    if (!gp_type_lookup_str(GP_TYPE(o), "__float__") && !gp_type_lookup_str(GP_TYPE(o), "__index__")) {
        gp_err_format(&GpExc_TypeError, "must be real number, not %T", o);
        return -1;
    }
    double d = gp_float_as_double(o);
    if (d == -1.0 && gp_err_occurred())
        return -1;
    *out = d;
    return 0;
}

/* An integer argument (anything with __index__) as a new int reference. */
static GpObject *as_int(GpObject *o)
{
    if (GP_INT_CHECK(o))
        return gp_newref(o);
    if (!gp_index_check(o))
        return gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
    return gp_number_index(o);
}

static GpObject *check_result(double x, double r, int can_overflow)
{
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    return gp_float_new(r);
}

static GpObject *math_1(GpObject *arg, double (*f)(double), int can_overflow)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    errno = 0;
    double r = f(x);
    return check_result(x, r, can_overflow);
}

#define FUNC1(name, cfunc, can_overflow) \
    static GpObject *math_##name(GpObject *m, GpObject *arg) { return math_1(arg, cfunc, can_overflow); }

FUNC1(acos, acos, 0)
FUNC1(acosh, acosh, 0)
FUNC1(asin, asin, 0)
FUNC1(asinh, asinh, 0)
FUNC1(atan, atan, 0)
FUNC1(atanh, atanh, 0)
FUNC1(cbrt, cbrt, 0)
FUNC1(cos, cos, 0)
FUNC1(cosh, cosh, 1)
FUNC1(erf, erf, 0)
FUNC1(erfc, erfc, 0)
FUNC1(exp, exp, 1)
FUNC1(exp2, exp2, 1)
FUNC1(expm1, expm1, 1)
FUNC1(fabs, fabs, 0)
FUNC1(log1p, log1p, 0)
FUNC1(sin, sin, 0)
FUNC1(sinh, sinh, 1)
FUNC1(sqrt, sqrt, 0)
FUNC1(tan, tan, 0)
FUNC1(tanh, tanh, 0)

/* gamma and lgamma: CPython computes these itself rather than calling libm,
 * with a Lanczos approximation (N = 13, g = 6.02468...; the coefficient
 * tables are Boost's lanczos13m53), so we do the same to print the same
 * digits. The rational function is num(x)/den(x) with den(x) =
 * x(x+1)...(x+11); for large x it is evaluated in powers of 1/x. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x), exact at the integers and half-integers. */
static double sin_pi(double x)
{
    double y = fmod(fabs(x), 2.0);
    int n = (int)round(2.0 * y);
    double r;
    switch (n) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* Gamma at the positive integers 1..23 is exactly representable. */
#define NGAMMA_EXACT 23

/* gamma and lgamma have poles at the non-positive integers: domain errors. */
static GpObject *math_gamma(GpObject *m, GpObject *arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    if (isnan(x))
        return gp_float_new(x);
    if (isinf(x))
        return x > 0 ? gp_float_new(x) : domain_error();
    if (x == floor(x)) {
        if (x <= 0)
            return domain_error();
        if (x <= NGAMMA_EXACT) {
            double f = 1.0;
            for (int i = 2; i < (int)x; i++)
                f *= i;
            return gp_float_new(f);
        }
    }
    double absx = fabs(x);
    if (absx < 1e-20)
        return gp_float_new(1.0 / x);
    if (absx > 200.0) {
        if (x < 0)
            return gp_float_new(0.0 / sin_pi(x));
        return range_error();
    }
    double y = absx + lanczos_g_minus_half, q, z, r;
    if (absx > lanczos_g_minus_half) {
        q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0) {
        r = -M_PI / sin_pi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sq = pow(y, absx / 2.0 - 0.25);
            r /= sq;
            r /= sq;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sq = pow(y, absx / 2.0 - 0.25);
            r *= sq;
            r *= sq;
        }
    }
    if (isinf(r))
        return range_error();
    return gp_float_new(r);
}

static GpObject *math_lgamma(GpObject *m, GpObject *arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    if (isnan(x))
        return gp_float_new(x);
    if (isinf(x))
        return gp_float_new(INFINITY);
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0)
            return domain_error();
        return gp_float_new(0.0);
    }
    double absx = fabs(x);
    if (absx < 1e-20)
        return gp_float_new(-log(absx));
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1.0);
    if (x < 0)
        r = log(M_PI) - log(fabs(sin_pi(absx))) - log(absx) - r;
    if (isinf(r))
        return range_error();
    return gp_float_new(r);
}

/* ---- rounding to int ------------------------------------------------- */

static GpObject *round_special(GpObject *arg, const char *dunder, double (*f)(double))
{
    if (GP_FLOAT_CHECK_EXACT(arg))
        return gp_int_from_double(f(GP_FLOAT_VAL(arg)));
    if (GP_INT_CHECK_EXACT(arg))
        return gp_newref(arg);
    GpObject *name = gp_str_intern_cstr(dunder);
    if (!name)
        return NULL;
    GpObject *meth = gp_lookup_special(arg, name);
    GP_DECREF(name);
    if (meth) {
        GpObject *r = gp_call0(meth);
        GP_DECREF(meth);
        return r;
    }
    if (gp_err_occurred())
        return NULL;
    if (GP_INT_CHECK(arg))
        return gp_number_int(arg);
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    return gp_int_from_double(f(x));
}

static GpObject *math_floor(GpObject *m, GpObject *arg) { return round_special(arg, "__floor__", floor); }
static GpObject *math_ceil(GpObject *m, GpObject *arg) { return round_special(arg, "__ceil__", ceil); }

static GpObject *math_trunc(GpObject *m, GpObject *arg)
{
    if (GP_FLOAT_CHECK_EXACT(arg))
        return gp_int_from_double(trunc(GP_FLOAT_VAL(arg)));
    if (GP_INT_CHECK_EXACT(arg))
        return gp_newref(arg);
    GpObject *name = gp_str_intern_cstr("__trunc__");
    if (!name)
        return NULL;
    GpObject *meth = gp_lookup_special(arg, name);
    GP_DECREF(name);
    if (!meth) {
        if (gp_err_occurred())
            return NULL;
        if (GP_INT_CHECK(arg))
            return gp_number_int(arg);
        if (GP_FLOAT_CHECK(arg))
            return gp_int_from_double(trunc(GP_FLOAT_VAL(arg)));
        return gp_err_format(&GpExc_TypeError, "type %s doesn't define __trunc__ method",
                             gp_type_name(GP_TYPE(arg)));
    }
    GpObject *r = gp_call0(meth);
    GP_DECREF(meth);
    return r;
}

/* ---- logarithms ------------------------------------------------------ */

/* func(arg) for float or int arg; huge ints are split as m * 2**e. */
static int log_of(GpObject *arg, double (*func)(double), double *out)
{
    if (GP_INT_CHECK(arg)) {
        if (gp_int_sign(arg) <= 0) {
            domain_error();
            return -1;
        }
        double x = gp_int_as_double(arg);
        if (x == -1.0 && gp_err_occurred()) {
            if (!gp_err_matches(&GpExc_OverflowError))
                return -1;
            gp_err_clear();
            mpz_t z;
            mpz_init(z);
            gp_int_to_mpz(arg, z);
            signed long e;
            double mant = mpz_get_d_2exp(&e, z);
            mpz_clear(z);
            *out = func(mant) + func(2.0) * (double)e;
            return 0;
        }
        *out = func(x);
        return 0;
    }
    double x;
    if (as_double(arg, &x) < 0)
        return -1;
    if (isnan(x) || (isinf(x) && x > 0)) {
        *out = x;
        return 0;
    }
    if (x <= 0) {
        domain_error();
        return -1;
    }
    *out = func(x);
    return 0;
}

static GpObject *math_log(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("log", nargs, 1, 2) < 0)
        return NULL;
    double num, den;
    if (log_of(args[0], log, &num) < 0)
        return NULL;
    if (nargs == 1)
        return gp_float_new(num);
    if (log_of(args[1], log, &den) < 0)
        return NULL;
    if (den == 0) {
        gp_err_set_string(&GpExc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return gp_float_new(num / den);
}

static GpObject *math_log2(GpObject *m, GpObject *arg)
{
    double r;
    return log_of(arg, log2, &r) < 0 ? NULL : gp_float_new(r);
}

static GpObject *math_log10(GpObject *m, GpObject *arg)
{
    double r;
    return log_of(arg, log10, &r) < 0 ? NULL : gp_float_new(r);
}

/* ---- two-argument real functions ------------------------------------- */

static int two_doubles(const char *name, GpObject *const *args, size_t nargs, double *x, double *y)
{
    if (gp_args_count(name, nargs, 2, 2) < 0)
        return -1;
    if (as_double(args[0], x) < 0 || as_double(args[1], y) < 0)
        return -1;
    return 0;
}

static GpObject *math_pow(GpObject *m, GpObject *const *args, size_t nargs)
{
    double x, y;
    if (two_doubles("pow", args, nargs, &x, &y) < 0)
        return NULL;
    /* C99 Annex F gives the special values Python wants for non-finite
     * arguments (pow(1, nan) == 1, pow(nan, 0) == 1 ...); errors only come
     * from finite arguments. */
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r))
            return domain_error();
        if (isinf(r))
            return x == 0 ? domain_error() : range_error();
    }
    return gp_float_new(r);
}

static GpObject *math_atan2(GpObject *m, GpObject *const *args, size_t nargs)
{
    double y, x;
    if (two_doubles("atan2", args, nargs, &y, &x) < 0)
        return NULL;
    return gp_float_new(atan2(y, x));
}

static GpObject *math_copysign(GpObject *m, GpObject *const *args, size_t nargs)
{
    double x, y;
    if (two_doubles("copysign", args, nargs, &x, &y) < 0)
        return NULL;
    return gp_float_new(copysign(x, y));
}

static GpObject *math_fmod(GpObject *m, GpObject *const *args, size_t nargs)
{
    double x, y;
    if (two_doubles("fmod", args, nargs, &x, &y) < 0)
        return NULL;
    if (isinf(y) && isfinite(x))
        return gp_float_new(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error();
    return gp_float_new(r);
}

static GpObject *math_remainder(GpObject *m, GpObject *const *args, size_t nargs)
{
    double x, y;
    if (two_doubles("remainder", args, nargs, &x, &y) < 0)
        return NULL;
    if (isnan(x) || isnan(y))
        return gp_float_new(isnan(x) ? x : y);
    if (isinf(x) || y == 0)
        return domain_error();
    if (isinf(y))
        return gp_float_new(x);
    return gp_float_new(remainder(x, y));
}

static GpObject *math_nextafter(GpObject *m, GpObject *const *args, size_t nargs)
{
    double x, y;
    if (two_doubles("nextafter", args, nargs, &x, &y) < 0)
        return NULL;
    return gp_float_new(nextafter(x, y));
}

static GpObject *math_ulp(GpObject *m, GpObject *arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    if (isnan(x))
        return gp_float_new(x);
    x = fabs(x);
    if (isinf(x))
        return gp_float_new(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up))
        return gp_float_new(x - nextafter(x, -INFINITY));
    return gp_float_new(up - x);
}

static GpObject *math_degrees(GpObject *m, GpObject *arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    return gp_float_new(x * (180.0 / M_PI));
}

static GpObject *math_radians(GpObject *m, GpObject *arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    return gp_float_new(x * (M_PI / 180.0));
}

static GpObject *pred(GpObject *arg, int which)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    return gp_bool(which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x));
}

static GpObject *math_isfinite(GpObject *m, GpObject *arg) { return pred(arg, 0); }
static GpObject *math_isinf(GpObject *m, GpObject *arg) { return pred(arg, 1); }
static GpObject *math_isnan(GpObject *m, GpObject *arg) { return pred(arg, 2); }

static GpObject *math_isclose(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "a", "b", "$rel_tol", "abs_tol", NULL };
    GpObject *o[4];
    if (nargs > 2)
        return gp_err_format(&GpExc_TypeError, "isclose() takes exactly 2 positional arguments (%zu given)", nargs);
    if (gp_args_parse("isclose", args, nargs, kwnames, kwlist, 2, 2, o) < 0)
        return NULL;
    double a, b, rel = 1e-9, abs_tol = 0.0;
    if (as_double(o[0], &a) < 0 || as_double(o[1], &b) < 0)
        return NULL;
    if (o[2] && as_double(o[2], &rel) < 0)
        return NULL;
    if (o[3] && as_double(o[3], &abs_tol) < 0)
        return NULL;
    if (rel < 0.0 || abs_tol < 0.0) {
        gp_err_set_string(&GpExc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (a == b)
        GP_RETURN_TRUE;
    if (isinf(a) || isinf(b))
        GP_RETURN_FALSE;
    double diff = fabs(b - a);
    return gp_bool((diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || diff <= abs_tol);
}

/* ---- float decomposition --------------------------------------------- */

static GpObject *pair(GpObject *a, GpObject *b)   /* steals both */
{
    GpObject *r = (a && b) ? gp_tuple_pack(2, a, b) : NULL;
    GP_XDECREF(a);
    GP_XDECREF(b);
    return r;
}

static GpObject *math_frexp(GpObject *m, GpObject *arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    int e = 0;
    if (isfinite(x) && x != 0)
        x = frexp(x, &e);
    return pair(gp_float_new(x), gp_int_from_i64(e));
}

static GpObject *math_ldexp(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("ldexp", nargs, 2, 2) < 0)
        return NULL;
    double x;
    if (as_double(args[0], &x) < 0)
        return NULL;
    if (!GP_INT_CHECK(args[1])) {
        gp_err_set_string(&GpExc_TypeError, "Expected an int as second argument to ldexp.");
        return NULL;
    }
    int ovf;
    int64_t e = gp_int_as_i64_clamped(args[1], &ovf);
    if (x == 0 || !isfinite(x))
        return gp_float_new(x);
    if (e > 100000 || ovf > 0)
        return range_error();
    if (e < -100000 || ovf < 0)
        return gp_float_new(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r))
        return range_error();
    return gp_float_new(r);
}

static GpObject *math_modf(GpObject *m, GpObject *arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    if (isinf(x))
        return pair(gp_float_new(copysign(0.0, x)), gp_float_new(x));
    double ip;
    double fp = modf(x, &ip);
    return pair(gp_float_new(fp), gp_float_new(ip));
}

/* ---- hypot and dist -------------------------------------------------- */

/* Euclidean norm of v[0..n) (all >= 0, max is their maximum), accurate to
 * about half an ulp: the values are scaled by a power of two so that the
 * largest is near 1, the squares are summed with their rounding errors
 * (recovered exactly with fma) carried along, and the square root gets one
 * Newton correction against the exact sum. */
static double vector_norm(gp_ssize n, double *v, double max, int found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0 || n <= 1)
        return max;
    int e;
    frexp(max, &e);
    if (e < -1023) {     /* subnormal maximum: scale up first to keep precision */
        for (gp_ssize i = 0; i < n; i++)
            v[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, v, max / DBL_MIN, 0);
    }
    double scale = ldexp(1.0, -e);
    double hi = 0.0, lo = 0.0;
    for (gp_ssize i = 0; i < n; i++) {
        double x = v[i] * scale;
        double sq = x * x;
        double sq_err = fma(x, x, -sq);
        /* two-sum of hi and sq */
        double s = hi + sq;
        double bb = s - hi;
        double err = (hi - (s - bb)) + (sq - bb);
        hi = s;
        lo += err + sq_err;
    }
    double total = hi + lo;
    lo = lo - (total - hi);
    hi = total;
    double h = sqrt(hi);
    /* residual of h*h against hi + lo, computed exactly, then one Newton step */
    double hh = h * h;
    double hh_err = fma(h, h, -hh);
    double resid = ((hi - hh) - hh_err) + lo;
    h += resid / (2.0 * h);
    return ldexp(h, e);
}

static GpObject *math_hypot(GpObject *m, GpObject *const *args, size_t nargs)
{
    double stackbuf[16];
    double *v = nargs <= 16 ? stackbuf : malloc(nargs * sizeof(double));
    if (!v)
        return gp_err_no_memory();
    double max = 0.0;
    int found_nan = 0;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (as_double(args[i], &x) < 0) {
            if (v != stackbuf)
                free(v);
            return NULL;
        }
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    double r = vector_norm((gp_ssize)nargs, v, max, found_nan);
    if (v != stackbuf)
        free(v);
    return gp_float_new(r);
}

static GpObject *math_dist(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("dist", nargs, 2, 2) < 0)
        return NULL;
    GpObject *p = NULL, *q = NULL, *res = NULL;
    double *v = NULL;
    if (GP_TUPLE_CHECK(args[0]))
        p = gp_newref(args[0]);
    else if (!(p = gp_sequence_tuple(args[0])))
        return NULL;
    if (GP_TUPLE_CHECK(args[1]))
        q = gp_newref(args[1]);
    else if (!(q = gp_sequence_tuple(args[1])))
        goto done;
    gp_ssize n = GP_SIZE(p);
    if (GP_SIZE(q) != n) {
        gp_err_set_string(&GpExc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    v = malloc((size_t)(n ? n : 1) * sizeof(double));
    if (!v) {
        gp_err_no_memory();
        goto done;
    }
    double max = 0.0;
    int found_nan = 0;
    for (gp_ssize i = 0; i < n; i++) {
        double a, b;
        if (as_double(GP_TUPLE_GET(p, i), &a) < 0 || as_double(GP_TUPLE_GET(q, i), &b) < 0)
            goto done;
        double x = fabs(a - b);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    res = gp_float_new(vector_norm(n, v, max, found_nan));
done:
    free(v);
    GP_XDECREF(p);
    GP_XDECREF(q);
    return res;
}

/* ---- fsum ------------------------------------------------------------ */

static GpObject *math_fsum(GpObject *m, GpObject *seq)
{
    GpObject *it = gp_iter(seq);
    if (!it)
        return NULL;
    size_t cap = 32, np = 0;
    double stackp[32];
    double *p = stackp;
    double special = 0.0;     /* sum of infinities and nans seen */
    double inf_sum = 0.0;
    int have_special = 0;
    GpObject *res = NULL;

    for (;;) {
        GpObject *item = gp_iter_next(it);
        if (!item) {
            if (gp_err_occurred())
                goto done;
            break;
        }
        double x;
        int rc = as_double(item, &x);
        GP_DECREF(item);
        if (rc < 0)
            goto done;
        double xsave = x;
        size_t j = 0;
        /* fold x into the partials: each partial is the rounding error of
         * the one above it, so the list stays non-overlapping */
        for (size_t i = 0; i < np; i++) {
            double y = p[i];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0)
                p[j++] = lo;
            x = hi;
        }
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* a non-finite partial: either an inf/nan input (kept aside)
                 * or an overflow of finite inputs (an error) */
                if (isfinite(xsave)) {
                    gp_err_set_string(&GpExc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special += xsave;
                have_special = 1;
                np = 0;
            } else {
                if (j >= cap) {
                    size_t ncap = cap * 2;
                    double *np_ = p == stackp ? malloc(ncap * sizeof(double))
                                              : realloc(p, ncap * sizeof(double));
                    if (!np_) {
                        gp_err_no_memory();
                        goto done;
                    }
                    if (p == stackp)
                        memcpy(np_, stackp, sizeof stackp);
                    p = np_;
                    cap = ncap;
                }
                p[j++] = x;
                np = j;
            }
        } else {
            np = j;
        }
    }

    if (have_special) {
        if (isnan(inf_sum)) {
            gp_err_set_string(&GpExc_ValueError, "-inf + inf in fsum");
            goto done;
        }
        res = gp_float_new(special);
        goto done;
    }

    double hi = 0.0;
    if (np > 0) {
        size_t n = np;
        hi = p[--n];
        double lo = 0.0;
        /* add from the top down until the sum becomes inexact */
        while (n > 0) {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        /* round-half-even correction: if the remaining partials push the
         * discarded half-ulp one way, the rounding must follow */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    res = gp_float_new(hi);
done:
    if (p != stackp)
        free(p);
    GP_DECREF(it);
    return res;
}

/* ---- integer functions ----------------------------------------------- */

static GpObject *math_factorial(GpObject *m, GpObject *arg)
{
    if (GP_FLOAT_CHECK(arg))
        return gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", arg);
    GpObject *n = as_int(arg);
    if (!n)
        return NULL;
    int ovf;
    int64_t v = gp_int_as_i64_clamped(n, &ovf);
    GP_DECREF(n);
    if (ovf > 0)
        return gp_err_format(&GpExc_OverflowError, "factorial() argument should not exceed %ld", LONG_MAX);
    if (ovf < 0 || v < 0) {
        gp_err_set_string(&GpExc_ValueError, "factorial() not defined for negative values");
        return NULL;
    }
    if (v <= 20) {
        int64_t r = 1;
        for (int64_t i = 2; i <= v; i++)
            r *= i;
        return gp_int_from_i64(r);
    }
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)v);
    GpObject *r = gp_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static GpObject *gcd_lcm(GpObject *const *args, size_t nargs, int is_lcm)
{
    mpz_t acc, x;
    mpz_init_set_ui(acc, is_lcm ? 1 : 0);
    mpz_init(x);
    for (size_t i = 0; i < nargs; i++) {
        GpObject *n = as_int(args[i]);
        if (!n) {
            mpz_clear(acc);
            mpz_clear(x);
            return NULL;
        }
        gp_int_to_mpz(n, x);
        GP_DECREF(n);
        if (is_lcm)
            mpz_lcm(acc, acc, x);
        else
            mpz_gcd(acc, acc, x);
    }
    GpObject *r = gp_int_from_mpz(acc);
    mpz_clear(acc);
    mpz_clear(x);
    return r;
}

static GpObject *math_gcd(GpObject *m, GpObject *const *args, size_t nargs) { return gcd_lcm(args, nargs, 0); }
static GpObject *math_lcm(GpObject *m, GpObject *const *args, size_t nargs) { return gcd_lcm(args, nargs, 1); }

static GpObject *math_isqrt(GpObject *m, GpObject *arg)
{
    GpObject *n = as_int(arg);
    if (!n)
        return NULL;
    if (gp_int_sign(n) < 0) {
        GP_DECREF(n);
        gp_err_set_string(&GpExc_ValueError, "isqrt() argument must be nonnegative");
        return NULL;
    }
    mpz_t z;
    mpz_init(z);
    gp_int_to_mpz(n, z);
    GP_DECREF(n);
    mpz_sqrt(z, z);
    GpObject *r = gp_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

/* comb (is_perm 0) and perm (1): n and k already checked non-negative. */
static GpObject *comb_perm(GpObject *const *args, size_t nargs, int is_perm)
{
    const char *name = is_perm ? "perm" : "comb";
    if (gp_args_count(name, nargs, is_perm ? 1 : 2, 2) < 0)
        return NULL;
    GpObject *n = as_int(args[0]);
    if (!n)
        return NULL;
    GpObject *k = NULL;
    if (is_perm && (nargs < 2 || args[1] == gp_None)) {
        GpObject *r = math_factorial(NULL, n);   /* 3.11 reports factorial()'s errors here */
        GP_DECREF(n);
        return r;
    }
    k = as_int(args[1]);
    if (!k) {
        GP_DECREF(n);
        return NULL;
    }
    GpObject *r = NULL;
    if (gp_int_sign(n) < 0) {
        gp_err_set_string(&GpExc_ValueError, "n must be a non-negative integer");
        goto done;
    }
    if (gp_int_sign(k) < 0) {
        gp_err_set_string(&GpExc_ValueError, "k must be a non-negative integer");
        goto done;
    }
    if (gp_int_compare(k, n) > 0) {
        r = gp_int_from_i64(0);
        goto done;
    }
    mpz_t zn, zk, res;
    mpz_inits(zn, zk, res, NULL);
    gp_int_to_mpz(n, zn);
    gp_int_to_mpz(k, zk);
    /* comb(n, k) == comb(n, n - k): use the smaller one */
    if (!is_perm) {
        mpz_t nk;
        mpz_init(nk);
        mpz_sub(nk, zn, zk);
        if (mpz_cmp(nk, zk) < 0)
            mpz_set(zk, nk);
        mpz_clear(nk);
    }
    if (!mpz_fits_ulong_p(zk)) {
        gp_err_format(&GpExc_OverflowError, is_perm ? "k must not exceed %ld"
                                                    : "min(n - k, k) must not exceed %ld", LONG_MAX);
        mpz_clears(zn, zk, res, NULL);
        goto done;
    }
    unsigned long kk = mpz_get_ui(zk);
    if (is_perm) {
        /* n * (n-1) * ... * (n-k+1) */
        mpz_t f;
        mpz_init_set(f, zn);
        mpz_set_ui(res, 1);
        for (unsigned long i = 0; i < kk; i++) {
            mpz_mul(res, res, f);
            mpz_sub_ui(f, f, 1);
        }
        mpz_clear(f);
    } else {
        mpz_bin_ui(res, zn, kk);
    }
    r = gp_int_from_mpz(res);
    mpz_clears(zn, zk, res, NULL);
done:
    GP_DECREF(n);
    GP_XDECREF(k);
    return r;
}

static GpObject *math_comb(GpObject *m, GpObject *const *args, size_t nargs) { return comb_perm(args, nargs, 0); }
static GpObject *math_perm(GpObject *m, GpObject *const *args, size_t nargs) { return comb_perm(args, nargs, 1); }

static GpObject *math_prod(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "", "$start", NULL };
    GpObject *o[2];
    if (gp_args_parse("prod", args, nargs, kwnames, kwlist, 1, 1, o) < 0)
        return NULL;
    GpObject *it = gp_iter(o[0]);
    if (!it)
        return NULL;
    GpObject *acc = o[1] ? gp_newref(o[1]) : gp_int_from_i64(1);
    while (acc) {
        GpObject *item = gp_iter_next(it);
        if (!item) {
            if (gp_err_occurred())
                GP_CLEAR(acc);
            break;
        }
        GpObject *next = gp_binary_op(acc, item, GP_BINOP_MUL);
        GP_DECREF(item);
        GP_DECREF(acc);
        acc = next;
    }
    GP_DECREF(it);
    return acc;
}

static const GpMethodDef math_methods[] = {
    GP_METHOD("acos", math_acos, GP_METH_O),
    GP_METHOD("acosh", math_acosh, GP_METH_O),
    GP_METHOD("asin", math_asin, GP_METH_O),
    GP_METHOD("asinh", math_asinh, GP_METH_O),
    GP_METHOD("atan", math_atan, GP_METH_O),
    GP_METHOD("atan2", math_atan2, GP_METH_FAST),
    GP_METHOD("atanh", math_atanh, GP_METH_O),
    GP_METHOD("cbrt", math_cbrt, GP_METH_O),
    GP_METHOD("ceil", math_ceil, GP_METH_O),
    GP_METHOD("comb", math_comb, GP_METH_FAST),
    GP_METHOD("copysign", math_copysign, GP_METH_FAST),
    GP_METHOD("cos", math_cos, GP_METH_O),
    GP_METHOD("cosh", math_cosh, GP_METH_O),
    GP_METHOD("degrees", math_degrees, GP_METH_O),
    GP_METHOD("dist", math_dist, GP_METH_FAST),
    GP_METHOD("erf", math_erf, GP_METH_O),
    GP_METHOD("erfc", math_erfc, GP_METH_O),
    GP_METHOD("exp", math_exp, GP_METH_O),
    GP_METHOD("exp2", math_exp2, GP_METH_O),
    GP_METHOD("expm1", math_expm1, GP_METH_O),
    GP_METHOD("fabs", math_fabs, GP_METH_O),
    GP_METHOD("factorial", math_factorial, GP_METH_O),
    GP_METHOD("floor", math_floor, GP_METH_O),
    GP_METHOD("fmod", math_fmod, GP_METH_FAST),
    GP_METHOD("frexp", math_frexp, GP_METH_O),
    GP_METHOD("fsum", math_fsum, GP_METH_O),
    GP_METHOD("gamma", math_gamma, GP_METH_O),
    GP_METHOD("gcd", math_gcd, GP_METH_FAST),
    GP_METHOD("hypot", math_hypot, GP_METH_FAST),
    GP_METHOD("isclose", math_isclose, GP_METH_FASTKW),
    GP_METHOD("isfinite", math_isfinite, GP_METH_O),
    GP_METHOD("isinf", math_isinf, GP_METH_O),
    GP_METHOD("isnan", math_isnan, GP_METH_O),
    GP_METHOD("isqrt", math_isqrt, GP_METH_O),
    GP_METHOD("lcm", math_lcm, GP_METH_FAST),
    GP_METHOD("ldexp", math_ldexp, GP_METH_FAST),
    GP_METHOD("lgamma", math_lgamma, GP_METH_O),
    GP_METHOD("log", math_log, GP_METH_FAST),
    GP_METHOD("log10", math_log10, GP_METH_O),
    GP_METHOD("log1p", math_log1p, GP_METH_O),
    GP_METHOD("log2", math_log2, GP_METH_O),
    GP_METHOD("modf", math_modf, GP_METH_O),
    GP_METHOD("nextafter", math_nextafter, GP_METH_FAST),
    GP_METHOD("perm", math_perm, GP_METH_FAST),
    GP_METHOD("pow", math_pow, GP_METH_FAST),
    GP_METHOD("prod", math_prod, GP_METH_FASTKW),
    GP_METHOD("radians", math_radians, GP_METH_O),
    GP_METHOD("remainder", math_remainder, GP_METH_FAST),
    GP_METHOD("sin", math_sin, GP_METH_O),
    GP_METHOD("sinh", math_sinh, GP_METH_O),
    GP_METHOD("sqrt", math_sqrt, GP_METH_O),
    GP_METHOD("tan", math_tan, GP_METH_O),
    GP_METHOD("tanh", math_tanh, GP_METH_O),
    GP_METHOD("trunc", math_trunc, GP_METH_O),
    GP_METHOD("ulp", math_ulp, GP_METH_O),
    { NULL },
};

int gp_mod_math_init(GpObject *m)
{
    GpObject *d = GP_MODULE_DICT(m);
    if (gp_add_functions(d, math_methods, gp_str_intern_cstr("math")) < 0)
        return -1;
    static const struct { const char *name; double v; } consts[] = {
        { "pi", M_PI }, { "e", M_E }, { "tau", 2 * M_PI }, { "inf", INFINITY }, { "nan", NAN },
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        GpObject *v = gp_float_new(consts[i].v);
        if (!v || gp_dict_setitem_str(d, consts[i].name, v) < 0) {
            GP_XDECREF(v);
            return -1;
        }
        GP_DECREF(v);
    }
    return 0;
}
