/* cmathmodule.c -- the `cmath` module: complex versions of the math functions.
 *
 * The functions are C99's <complex.h> ones (glibc handles the special
 * values of Annex G: infinities, NaNs, signed zeros and branch cuts), with
 * CPython's error policy on top: a non-finite result from finite arguments
 * is an error -- OverflowError "math range error" for the exponential
 * family, ValueError "math domain error" for singularities such as log(0)
 * or atanh(1). CPython implements these functions itself; results can differ
 * from it in the last bit for arguments where libm rounds differently.
 *
 * An argument may be a complex, a float, an int, or anything with
 * __complex__, __float__ or __index__.
 */
#include <complex.h>
#ifndef CMPLX   /* glibc defines it for gcc only */
#define CMPLX(x, y) __builtin_complex((double)(x), (double)(y))
#endif
#include <errno.h>
#include <math.h>
#include "gilpy.h"

typedef double _Complex cplx;

static int as_complex(GpObject *o, cplx *out)
{
    if (GP_COMPLEX_CHECK(o)) {
        GpComplex *c = (GpComplex *)o;
        *out = CMPLX(c->real, c->imag);
        return 0;
    }
    if (GP_FLOAT_CHECK(o)) {
        *out = CMPLX(GP_FLOAT_VAL(o), 0.0);
        return 0;
    }
    GpObject *name = gp_str_intern_cstr("__complex__");
    if (!name)
        return -1;
    GpObject *meth = gp_lookup_special(o, name);
    GP_DECREF(name);
    if (meth) {
        GpObject *r = gp_call0(meth);
        GP_DECREF(meth);
        if (!r)
            return -1;
        if (!GP_COMPLEX_CHECK(r)) {
            gp_err_format(&GpExc_TypeError, "__complex__ returned non-complex (type %T)", r);
            GP_DECREF(r);
            return -1;
        }
        *out = CMPLX(((GpComplex *)r)->real, ((GpComplex *)r)->imag);
        GP_DECREF(r);
        return 0;
    }
    if (gp_err_occurred())
        return -1;
    if (!GP_INT_CHECK(o) && !gp_type_lookup_str(GP_TYPE(o), "__float__") &&
        !gp_type_lookup_str(GP_TYPE(o), "__index__")) {
        gp_err_format(&GpExc_TypeError, "must be real number, not %T", o);
        return -1;
    }
    double d = GP_INT_CHECK(o) ? gp_int_as_double(o) : gp_float_as_double(o);
    if (d == -1.0 && gp_err_occurred())
        return -1;
    *out = CMPLX(d, 0.0);
    return 0;
}

static int finite_c(cplx z) { return isfinite(creal(z)) && isfinite(cimag(z)); }

static GpObject *result(cplx z, cplx r, int can_overflow)
{
    if (finite_c(z) && !finite_c(r)) {
        if (isnan(creal(r)) || isnan(cimag(r)) || !can_overflow)
            gp_err_set_string(&GpExc_ValueError, "math domain error");
        else
            gp_err_set_string(&GpExc_OverflowError, "math range error");
        return NULL;
    }
    return gp_complex_new(creal(r), cimag(r));
}

static GpObject *cmath_1(GpObject *arg, cplx (*f)(cplx), int can_overflow)
{
    cplx z;
    if (as_complex(arg, &z) < 0)
        return NULL;
    return result(z, f(z), can_overflow);
}

#define CFUNC1(name, cfunc, can_overflow) \
    static GpObject *cmath_##name(GpObject *m, GpObject *arg) { return cmath_1(arg, cfunc, can_overflow); }

CFUNC1(sqrt, csqrt, 0)
CFUNC1(exp, cexp, 1)
CFUNC1(sin, csin, 1)
CFUNC1(cos, ccos, 1)
CFUNC1(tan, ctan, 1)
CFUNC1(asin, casin, 0)
CFUNC1(acos, cacos, 0)
CFUNC1(atan, catan, 0)
CFUNC1(sinh, csinh, 1)
CFUNC1(cosh, ccosh, 1)
CFUNC1(tanh, ctanh, 1)
CFUNC1(asinh, casinh, 0)
CFUNC1(acosh, cacosh, 0)
CFUNC1(atanh, catanh, 0)

static cplx log10_c(cplx z)
{
    cplx l = clog(z);
    return CMPLX(creal(l) / M_LN10, cimag(l) / M_LN10);
}
CFUNC1(log10, log10_c, 0)

/* a / b by Smith's method (what Python's complex division does) */
static int cdiv(cplx a, cplx b, cplx *out)
{
    double ar = creal(a), ai = cimag(a), br = creal(b), bi = cimag(b);
    double abr = fabs(br), abi = fabs(bi);
    if (abr >= abi) {
        if (abr == 0.0) {
            gp_err_set_string(&GpExc_ZeroDivisionError, "complex division by zero");
            return -1;
        }
        double ratio = bi / br, denom = br + bi * ratio;
        *out = CMPLX((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
    } else if (abi >= abr) {
        double ratio = br / bi, denom = br * ratio + bi;
        *out = CMPLX((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
    } else {
        *out = CMPLX(NAN, NAN);
    }
    return 0;
}

static GpObject *cmath_log(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("log", nargs, 1, 2) < 0)
        return NULL;
    cplx z, r;
    if (as_complex(args[0], &z) < 0)
        return NULL;
    r = clog(z);
    if (finite_c(z) && !finite_c(r)) {
        gp_err_set_string(&GpExc_ValueError, "math domain error");
        return NULL;
    }
    if (nargs == 2) {
        cplx b, lb;
        if (as_complex(args[1], &b) < 0)
            return NULL;
        lb = clog(b);
        if (finite_c(b) && !finite_c(lb)) {
            gp_err_set_string(&GpExc_ValueError, "math domain error");
            return NULL;
        }
        if (cdiv(r, lb, &r) < 0) {   /* log base 1: CPython calls it a domain error */
            gp_err_clear();
            gp_err_set_string(&GpExc_ValueError, "math domain error");
            return NULL;
        }
    }
    return gp_complex_new(creal(r), cimag(r));
}

static GpObject *cmath_phase(GpObject *m, GpObject *arg)
{
    cplx z;
    if (as_complex(arg, &z) < 0)
        return NULL;
    return gp_float_new(carg(z));
}

static GpObject *cmath_polar(GpObject *m, GpObject *arg)
{
    cplx z;
    if (as_complex(arg, &z) < 0)
        return NULL;
    double r = hypot(creal(z), cimag(z));
    if (isinf(r) && finite_c(z)) {
        gp_err_set_string(&GpExc_OverflowError, "absolute value too large");
        return NULL;
    }
    GpObject *a = gp_float_new(r), *b = gp_float_new(carg(z));
    GpObject *t = (a && b) ? gp_tuple_pack(2, a, b) : NULL;
    GP_XDECREF(a);
    GP_XDECREF(b);
    return t;
}

static int real_arg(GpObject *o, double *out)
{
    if (GP_FLOAT_CHECK(o)) {
        *out = GP_FLOAT_VAL(o);
        return 0;
    }
    if (!GP_INT_CHECK(o) && !gp_type_lookup_str(GP_TYPE(o), "__float__") &&
        !gp_type_lookup_str(GP_TYPE(o), "__index__")) {
        gp_err_format(&GpExc_TypeError, "must be real number, not %T", o);
        return -1;
    }
    double d = GP_INT_CHECK(o) ? gp_int_as_double(o) : gp_float_as_double(o);
    if (d == -1.0 && gp_err_occurred())
        return -1;
    *out = d;
    return 0;
}

static GpObject *cmath_rect(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("rect", nargs, 2, 2) < 0)
        return NULL;
    double r, phi;
    if (real_arg(args[0], &r) < 0 || real_arg(args[1], &phi) < 0)
        return NULL;
    if (isfinite(r) && isinf(phi)) {
        if (r == 0.0)
            return gp_complex_new(0.0, 0.0);
        gp_err_set_string(&GpExc_ValueError, "math domain error");
        return NULL;
    }
    if (phi == 0.0)   /* keep an infinite or signed-zero r exact */
        return gp_complex_new(r, isfinite(r) ? r * phi : phi);
    return gp_complex_new(r * cos(phi), r * sin(phi));
}

static GpObject *cmath_pred(GpObject *arg, int which)
{
    cplx z;
    if (as_complex(arg, &z) < 0)
        return NULL;
    double a = creal(z), b = cimag(z);
    if (which == 0)
        return gp_bool(isfinite(a) && isfinite(b));
    if (which == 1)
        return gp_bool(isinf(a) || isinf(b));
    return gp_bool(isnan(a) || isnan(b));
}

static GpObject *cmath_isfinite(GpObject *m, GpObject *arg) { return cmath_pred(arg, 0); }
static GpObject *cmath_isinf(GpObject *m, GpObject *arg) { return cmath_pred(arg, 1); }
static GpObject *cmath_isnan(GpObject *m, GpObject *arg) { return cmath_pred(arg, 2); }

static GpObject *cmath_isclose(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "a", "b", "$rel_tol", "abs_tol", NULL };
    GpObject *o[4];
    if (nargs > 2)
        return gp_err_format(&GpExc_TypeError, "isclose() takes exactly 2 positional arguments (%zu given)", nargs);
    if (gp_args_parse("isclose", args, nargs, kwnames, kwlist, 2, 2, o) < 0)
        return NULL;
    cplx a, b;
    double rel = 1e-9, abs_tol = 0.0;
    if (as_complex(o[0], &a) < 0 || as_complex(o[1], &b) < 0)
        return NULL;
    if ((o[2] && real_arg(o[2], &rel) < 0) || (o[3] && real_arg(o[3], &abs_tol) < 0))
        return NULL;
    if (rel < 0.0 || abs_tol < 0.0) {
        gp_err_set_string(&GpExc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (creal(a) == creal(b) && cimag(a) == cimag(b))
        GP_RETURN_TRUE;
    if (!finite_c(a) || !finite_c(b))
        GP_RETURN_FALSE;
    double diff = hypot(creal(a) - creal(b), cimag(a) - cimag(b));
    double ma = hypot(creal(a), cimag(a)), mb = hypot(creal(b), cimag(b));
    return gp_bool(diff <= rel * mb || diff <= rel * ma || diff <= abs_tol);
}

static const GpMethodDef cmath_methods[] = {
    GP_METHOD("acos", cmath_acos, GP_METH_O),
    GP_METHOD("acosh", cmath_acosh, GP_METH_O),
    GP_METHOD("asin", cmath_asin, GP_METH_O),
    GP_METHOD("asinh", cmath_asinh, GP_METH_O),
    GP_METHOD("atan", cmath_atan, GP_METH_O),
    GP_METHOD("atanh", cmath_atanh, GP_METH_O),
    GP_METHOD("cos", cmath_cos, GP_METH_O),
    GP_METHOD("cosh", cmath_cosh, GP_METH_O),
    GP_METHOD("exp", cmath_exp, GP_METH_O),
    GP_METHOD("isclose", cmath_isclose, GP_METH_FASTKW),
    GP_METHOD("isfinite", cmath_isfinite, GP_METH_O),
    GP_METHOD("isinf", cmath_isinf, GP_METH_O),
    GP_METHOD("isnan", cmath_isnan, GP_METH_O),
    GP_METHOD("log", cmath_log, GP_METH_FAST),
    GP_METHOD("log10", cmath_log10, GP_METH_O),
    GP_METHOD("phase", cmath_phase, GP_METH_O),
    GP_METHOD("polar", cmath_polar, GP_METH_O),
    GP_METHOD("rect", cmath_rect, GP_METH_FAST),
    GP_METHOD("sin", cmath_sin, GP_METH_O),
    GP_METHOD("sinh", cmath_sinh, GP_METH_O),
    GP_METHOD("sqrt", cmath_sqrt, GP_METH_O),
    GP_METHOD("tan", cmath_tan, GP_METH_O),
    GP_METHOD("tanh", cmath_tanh, GP_METH_O),
    { NULL },
};

int gp_mod_cmath_init(GpObject *m)
{
    GpObject *d = GP_MODULE_DICT(m);
    if (gp_add_functions(d, cmath_methods, gp_str_intern_cstr("cmath")) < 0)
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
    GpObject *infj = gp_complex_new(0.0, INFINITY), *nanj = gp_complex_new(0.0, NAN);
    int rc = (infj && nanj && gp_dict_setitem_str(d, "infj", infj) == 0 &&
              gp_dict_setitem_str(d, "nanj", nanj) == 0) ? 0 : -1;
    GP_XDECREF(infj);
    GP_XDECREF(nanj);
    return rc;
}
