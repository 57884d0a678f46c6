/* unicodedatamodule.c -- the unicodedata module over support/unicodedb.h
 * (Unicode 14.0.0, as in CPython 3.11).  Not provided: the UCD type and
 * ucd_3_2_0 (Unicode 3.2 data for IDNA/stringprep), _ucnhash_CAPI. */
#include "gilpy.h"
#include "support/unicodedb.h"
#include "support/utf8.h"

#include <stdlib.h>
#include <string.h>

/* CPython's NAME_MAXLEN: longer names are refused with "name too long". */
#define UD_NAME_MAXLEN 256

/* The code point of a one-character str, or -1 with CPython's TypeError:
 * "f() argument must be ..." (argno 0) / "f() argument N must be ...". */
static int64_t one_char(const char *fname, int argno, GpObject *o)
{
    if (GP_STR_CHECK(o) && GP_STR_LEN(o) == 1)
        return gp_str_char_at(o, 0);
    if (argno)
        gp_err_format(&GpExc_TypeError, "%s() argument %d must be a unicode character, not %T",
                      fname, argno, o);
    else
        gp_err_format(&GpExc_TypeError, "%s() argument must be a unicode character, not %T",
                      fname, o);
    return -1;
}

static GpObject *ud_lookup(GpObject *m, GpObject *arg)
{
    const char *s;
    size_t n;
    if (GP_STR_CHECK(arg)) {
        s = GP_STR_DATA(arg);
        n = (size_t)GP_STR_NBYTES(arg);
    } else if (GP_BYTES_CHECK(arg)) {
        s = GP_BYTES_DATA(arg);
        n = (size_t)GP_SIZE(arg);
    } else {
        return gp_err_format(&GpExc_TypeError, "a bytes-like object is required, not '%T'", arg);
    }
    if (n > UD_NAME_MAXLEN) {
        gp_err_set_string(&GpExc_KeyError, "name too long");
        return NULL;
    }
    uint32_t out[GP_UNI_SEQ_MAX];
    int k = gp_uni_lookup_name_seq(s, n, out);
    if (k == 0) {
        GpObject *nm = gp_str_decode_utf8(s, (gp_ssize)n, "replace");
        if (!nm)
            return NULL;
        GpObject *msg = gp_str_from_format("undefined character name '%U'", nm);
        GP_DECREF(nm);
        if (!msg)
            return NULL;
        gp_err_set_object(&GpExc_KeyError, msg);
        GP_DECREF(msg);
        return NULL;
    }
    if (k == 1)
        return gp_str_from_codepoint(out[0]);
    GpStrWriter w;
    gp_strw_init(&w);
    for (int i = 0; i < k; i++)
        if (gp_strw_write_char(&w, out[i]) < 0) {
            gp_strw_discard(&w);
            return NULL;
        }
    return gp_strw_finish(&w);
}

static GpObject *ud_name(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("name", nargs, 1, 2) < 0)
        return NULL;
    int64_t cp = one_char("name", 1, args[0]);
    if (cp < 0)
        return NULL;
    char buf[GP_UNI_NAME_MAXLEN];
    int n = gp_uni_name((uint32_t)cp, buf, sizeof buf);
    if (n > 0)
        return gp_str_from_utf8_trusted(buf, n, n, 1);
    if (nargs > 1)
        return gp_newref(args[1]);
    gp_err_set_string(&GpExc_ValueError, "no such name");
    return NULL;
}

/* decimal / digit / numeric share the argument handling. */
static GpObject *ud_value(const char *fname, GpObject *const *args, size_t nargs, int which)
{
    if (gp_args_count(fname, nargs, 1, 2) < 0)
        return NULL;
    int64_t cp = one_char(fname, 1, args[0]);
    if (cp < 0)
        return NULL;
    uint32_t c = (uint32_t)cp;
    if (which == 0 && gp_uni_decimal_value(c) >= 0)
        return gp_int_from_ssize(gp_uni_decimal_value(c));
    if (which == 1 && gp_uni_digit_value(c) >= 0)
        return gp_int_from_ssize(gp_uni_digit_value(c));
    if (which == 2 && gp_uni_isnumeric(c))
        return gp_float_new(gp_uni_numeric_value(c));
    if (nargs > 1)
        return gp_newref(args[1]);
    static const char *const msgs[] = { "not a decimal", "not a digit", "not a numeric character" };
    gp_err_set_string(&GpExc_ValueError, msgs[which]);
    return NULL;
}

static GpObject *ud_decimal(GpObject *m, GpObject *const *args, size_t nargs)
{
    return ud_value("decimal", args, nargs, 0);
}

static GpObject *ud_digit(GpObject *m, GpObject *const *args, size_t nargs)
{
    return ud_value("digit", args, nargs, 1);
}

static GpObject *ud_numeric(GpObject *m, GpObject *const *args, size_t nargs)
{
    return ud_value("numeric", args, nargs, 2);
}

static GpObject *ud_category(GpObject *m, GpObject *arg)
{
    int64_t cp = one_char("category", 0, arg);
    return cp < 0 ? NULL : gp_str_from_cstr(gp_uni_category((uint32_t)cp));
}

static GpObject *ud_bidirectional(GpObject *m, GpObject *arg)
{
    int64_t cp = one_char("bidirectional", 0, arg);
    return cp < 0 ? NULL : gp_str_from_cstr(gp_uni_bidirectional((uint32_t)cp));
}

static GpObject *ud_combining(GpObject *m, GpObject *arg)
{
    int64_t cp = one_char("combining", 0, arg);
    return cp < 0 ? NULL : gp_int_from_ssize(gp_uni_combining((uint32_t)cp));
}

static GpObject *ud_mirrored(GpObject *m, GpObject *arg)
{
    int64_t cp = one_char("mirrored", 0, arg);
    return cp < 0 ? NULL : gp_int_from_ssize(gp_uni_mirrored((uint32_t)cp));
}

static GpObject *ud_east_asian_width(GpObject *m, GpObject *arg)
{
    int64_t cp = one_char("east_asian_width", 0, arg);
    return cp < 0 ? NULL : gp_str_from_cstr(gp_uni_east_asian_width((uint32_t)cp));
}

static GpObject *ud_decomposition(GpObject *m, GpObject *arg)
{
    int64_t cp = one_char("decomposition", 0, arg);
    if (cp < 0)
        return NULL;
    char buf[256];
    gp_uni_decomposition_str((uint32_t)cp, buf, sizeof buf);
    return gp_str_from_cstr(buf);
}

/* Shared argument checks of normalize / is_normalized: the form, or -1. */
static int norm_args(const char *fname, GpObject *const *args, size_t nargs)
{
    if (gp_args_count(fname, nargs, 2, 2) < 0)
        return -1;
    for (int i = 0; i < 2; i++)
        if (!GP_STR_CHECK(args[i])) {
            gp_err_format(&GpExc_TypeError, "%s() argument %d must be str, not %T",
                          fname, i + 1, args[i]);
            return -1;
        }
    int form = gp_uni_nform_parse(GP_STR_DATA(args[0]), (size_t)GP_STR_NBYTES(args[0]));
    if (form < 0)
        gp_err_set_string(&GpExc_ValueError, "invalid normalization form");
    return form;
}

static GpObject *ud_normalize(GpObject *m, GpObject *const *args, size_t nargs)
{
    int form = norm_args("normalize", args, nargs);
    if (form < 0)
        return NULL;
    GpObject *s = args[1];
    const char *p = GP_STR_DATA(s);
    size_t n = (size_t)GP_STR_NBYTES(s);
    int ok = GP_STR_IS_ASCII(s) ? 1 : gp_uni_utf8_is_normalized((gp_uni_nform)form, p, n);
    if (ok < 0)
        return gp_err_no_memory();
    if (ok)
        return GP_STR_CHECK_EXACT(s) ? gp_newref(s) : gp_str_from_utf8_trusted(p, (gp_ssize)n, GP_STR_LEN(s), GP_STR_IS_ASCII(s));
    size_t outlen, outncp;
    char *r = gp_uni_normalize_utf8((gp_uni_nform)form, p, n, &outlen, &outncp);
    if (!r)
        return gp_err_no_memory();
    GpObject *res = gp_str_from_utf8_trusted(r, (gp_ssize)outlen, (gp_ssize)outncp,
                                             gp_utf8_isascii(r, outlen));
    free(r);
    return res;
}

static GpObject *ud_is_normalized(GpObject *m, GpObject *const *args, size_t nargs)
{
    int form = norm_args("is_normalized", args, nargs);
    if (form < 0)
        return NULL;
    GpObject *s = args[1];
    if (GP_STR_IS_ASCII(s))
        return gp_newref(gp_True);
    int ok = gp_uni_utf8_is_normalized((gp_uni_nform)form, GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s));
    if (ok < 0)
        return gp_err_no_memory();
    return gp_newref(ok ? gp_True : gp_False);
}

static const GpMethodDef unicodedata_methods[] = {
    GP_METHOD("lookup", ud_lookup, GP_METH_O),
    GP_METHOD("name", ud_name, GP_METH_FAST),
    GP_METHOD("decimal", ud_decimal, GP_METH_FAST),
    GP_METHOD("digit", ud_digit, GP_METH_FAST),
    GP_METHOD("numeric", ud_numeric, GP_METH_FAST),
    GP_METHOD("category", ud_category, GP_METH_O),
    GP_METHOD("bidirectional", ud_bidirectional, GP_METH_O),
    GP_METHOD("combining", ud_combining, GP_METH_O),
    GP_METHOD("mirrored", ud_mirrored, GP_METH_O),
    GP_METHOD("east_asian_width", ud_east_asian_width, GP_METH_O),
    GP_METHOD("decomposition", ud_decomposition, GP_METH_O),
    GP_METHOD("normalize", ud_normalize, GP_METH_FAST),
    GP_METHOD("is_normalized", ud_is_normalized, GP_METH_FAST),
    { NULL },
};

int gp_mod_unicodedata_init(GpObject *m)
{
    GpObject *d = GP_MODULE_DICT(m);
    if (gp_add_functions(d, unicodedata_methods, gp_str_intern_cstr("unicodedata")) < 0)
        return -1;
    GpObject *v = gp_str_from_cstr("14.0.0");
    if (!v)
        return -1;
    int rc = gp_dict_setitem_str(d, "unidata_version", v);
    GP_DECREF(v);
    return rc;
}
