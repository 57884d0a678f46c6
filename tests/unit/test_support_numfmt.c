/* Unit tests for support/numfmt and support/fmtspec.  Every expected string
 * below was printed by CPython 3.11 (format(), repr(), round(), float(),
 * int(), float.hex()). */
#include <CUnit/Basic.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "support/fmtspec.h"
#include "support/numfmt.h"

static void t_repr(void)
{
    static const struct { double x; const char *s; } cases[] = {
        {0.1, "0.1"}, {1e16, "1e+16"}, {1e-05, "1e-05"}, {0.0001, "0.0001"},
        {123456789012345.0, "123456789012345.0"}, {1e15, "1000000000000000.0"},
        {9999999999999998.0, "9999999999999998.0"},
        {1.2345678901234567e+19, "1.2345678901234567e+19"}, {-0.0, "-0.0"},
        {0.0, "0.0"}, {5e-324, "5e-324"}, {1.7976931348623157e+308, "1.7976931348623157e+308"},
        {2.2250738585072014e-308, "2.2250738585072014e-308"}, {0.3, "0.3"},
        {0.1 + 0.2, "0.30000000000000004"}, {2.0 / 3, "0.6666666666666666"},
        {1e22, "1e+22"}, {1e23, "1e+23"}, {-1.5, "-1.5"}, {1152921504606846976.0, "1.152921504606847e+18"},
        {5.351097043477547e-197, "5.351097043477547e-197"}, {1.28940467e-316, "1.28940467e-316"},
        {INFINITY, "inf"}, {-INFINITY, "-inf"}, {NAN, "nan"}, {-NAN, "nan"},
    };
    char buf[32];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        gp_float_repr(cases[i].x, buf);
        CU_ASSERT_STRING_EQUAL(buf, cases[i].s);
    }
}

static void t_float_format_lowlevel(void)
{
    char buf[64];
    long n = gp_float_format(1234.5, 0, 2, 0, buf, sizeof buf);
    CU_ASSERT_EQUAL(n, 7);
    CU_ASSERT_STRING_EQUAL(buf, "1.2e+03");
    gp_float_format(1.0, 0, 2, 0, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "1.0");
    gp_float_format(2.5, 'f', 0, 0, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "2");
    gp_float_format(1.5, 'e', 0, GP_FF_ALT, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "2.e+00");
    gp_float_format(0.5, '%', 1, 0, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "50.0%");
    gp_float_format(-INFINITY, 'F', 2, 0, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "-INF");
    gp_float_format(-0.0001, 'f', 2, GP_FF_NO_NEG0, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "0.00");
    gp_float_format(0.1, 'r', -1, 0, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "0.1");
    /* truncation reports the full length like snprintf */
    n = gp_float_format(1e300, 'f', 0, 0, buf, 8);
    CU_ASSERT_EQUAL(n, 301);
    CU_ASSERT_EQUAL(strlen(buf), 7);
    CU_ASSERT_EQUAL(gp_float_format(1.0, 'x', 0, 0, buf, sizeof buf), -1);
}

static const struct { double x; const char *spec; const char *out; } fcases[] = {
    {1234.5, ".2", "1.2e+03"}, {1.0, ".2", "1.0"}, {1.0, ".0", "1e+00"},
    {1e16, "", "1e+16"}, {1e16, ".17", "1e+16"}, {123.0, ".3", "1.23e+02"},
    {0.0001, ".3", "0.0001"}, {1e-05, ".3", "1e-05"}, {1.5, "#.0", "2.e+00"},
    {1.5, ".0e", "2e+00"}, {2.0, "#g", "2.00000"}, {2.0, "g", "2"},
    {1e100, "n", "1e+100"}, {1234567.0, "n", "1.23457e+06"},
    {1234567.0, ",.2f", "1,234,567.00"}, {1234567.0, "_g", "1.23457e+06"},
    {0.5, ".0f", "0"}, {2.5, ".0f", "2"}, {NAN, "010", "0000000nan"},
    {-INFINITY, "=+10", "-      inf"}, {-INFINITY, "010", "-000000inf"},
    {INFINITY, "010,", "0000000inf"}, {-0.0, "", "-0.0"}, {-0.0, "z", "0.0"},
    {1.0, "#", "1.0"}, {1e16, "#", "1.e+16"}, {1.0, "#.3", "1.00"},
    {12345678.0, ",.3", "1.23e+07"}, {0.0, ".3", "0.0"}, {NAN, "+", "+nan"},
    {-0.0001, "z.2f", "0.00"}, {1.0, "\xc3\xb1^5", "\xc3\xb1" "1.0\xc3\xb1"},
    {1234.0, "012,.2f", "0,001,234.00"}, {-1234.5, "09,.1f", "-01,234.5"},
    {-1234.5, "011,.1f", "-0,001,234.5"}, {1e22, ",", "1e+22"},
    {1.7976931348623157e+308, "020,.1%", "0000000000000000inf%"},
    {0.25, ".1%", "25.0%"}, {3.14159, "*^12.3f", "***3.142****"},
    {-3.14159, " =12.3e", "-  3.142e+00"}, {3.0, "+", "+3.0"}, {3.0, " ", " 3.0"},
    {123456.789, "_.2f", "123_456.79"}, {99.995, ".2f", "100.00"},
    {1e-7, "g", "1e-07"}, {0.00001234, ".3", "1.23e-05"}, {1152921504606846976.0, ",.0f", "1,152,921,504,606,846,976"},
    {1.0, ".1000000000f", NULL}, /* only checks it works */
};

static void t_format_double(void)
{
    for (size_t i = 0; i < sizeof fcases / sizeof fcases[0]; i++) {
        GpFormatSpec fs;
        const char *em;
        CU_ASSERT_EQUAL_FATAL(gp_fmtspec_parse(fcases[i].spec, strlen(fcases[i].spec), &fs, &em), 0);
        if (!fcases[i].out)
            continue;
        char *out;
        size_t ol;
        CU_ASSERT_EQUAL(gp_format_double(fcases[i].x, &fs, &out, &ol, &em), GP_FMT_OK);
        CU_ASSERT_STRING_EQUAL(out, fcases[i].out);
        CU_ASSERT_EQUAL(ol, strlen(fcases[i].out));
        free(out);
    }
}

static void t_spec_errors(void)
{
    static const struct { const char *spec; int rc; const char *msg; } cases[] = {
        {"abc", GP_FMT_EINVALID, "Invalid format specifier"},
        {"5.1e%", GP_FMT_EINVALID, "Invalid format specifier"},
        {".", GP_FMT_EMSG, "Format specifier missing precision"},
        {".f", GP_FMT_EMSG, "Format specifier missing precision"},
        {",_", GP_FMT_EMSG, "Cannot specify both ',' and '_'."},
        {"_,", GP_FMT_EMSG, "Cannot specify both ',' and '_'."},
        {",,", GP_FMT_EMSG, "Cannot specify ',' with ','."},
        {",x", GP_FMT_EMSG, "Cannot specify ',' with 'x'."},
        {",n", GP_FMT_EMSG, "Cannot specify ',' with 'n'."},
        {",s", GP_FMT_EMSG, "Cannot specify ',' with 's'."},
        {"99999999999999999999", GP_FMT_EMSG, "Too many decimal digits in format string"},
        {".99999999999999999999", GP_FMT_EMSG, "Too many decimal digits in format string"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        GpFormatSpec fs;
        const char *em = NULL;
        int rc = gp_fmtspec_parse(cases[i].spec, strlen(cases[i].spec), &fs, &em);
        CU_ASSERT_EQUAL(rc, cases[i].rc);
        CU_ASSERT_PTR_NOT_NULL_FATAL(em);
        CU_ASSERT_STRING_EQUAL(em, cases[i].msg);
    }
    GpFormatSpec fs;
    const char *em;
    char *out;
    size_t ol;
    CU_ASSERT_EQUAL(gp_fmtspec_parse("d", 1, &fs, &em), 0);
    CU_ASSERT_EQUAL(gp_format_double(1.0, &fs, &out, &ol, &em), GP_FMT_EUNKNOWN);
    CU_ASSERT_EQUAL(fs.type_cp, 'd');
    /* fill: any code point; '0' flag */
    CU_ASSERT_EQUAL(gp_fmtspec_parse("\xe2\x82\xac<+z#012_.3f", 14, &fs, &em), 0);
    CU_ASSERT_EQUAL(fs.fill, 0x20AC);
    CU_ASSERT_EQUAL(fs.align, '<');
    CU_ASSERT_EQUAL(fs.sign, '+');
    CU_ASSERT(fs.no_neg_zero && fs.alternate);
    CU_ASSERT_EQUAL(fs.zero_pad, 0); /* explicit fill: the 0 is width */
    CU_ASSERT_EQUAL(fs.width, 12);
    CU_ASSERT_EQUAL(fs.grouping, '_');
    CU_ASSERT_EQUAL(fs.precision, 3);
    CU_ASSERT_EQUAL(fs.type, 'f');
    CU_ASSERT_EQUAL(gp_fmtspec_parse("010", 3, &fs, &em), 0);
    CU_ASSERT(fs.zero_pad && fs.fill == '0' && fs.width == 10 && fs.align == 0);
    CU_ASSERT_EQUAL(gp_fmtspec_align(&fs, '>'), '=');
    CU_ASSERT_EQUAL(gp_fmtspec_align(&fs, '<'), '<');
}

static char *fmt_int(long long v, const char *spec, int *rc, const char **em)
{
    GpFormatSpec fs;
    *rc = gp_fmtspec_parse(spec, strlen(spec), &fs, em);
    if (*rc)
        return NULL;
    int base = gp_fmtspec_int_base(&fs);
    if (base < 0) {
        *rc = base;
        return NULL;
    }
    char dg[80], rv[80];
    int n = 0;
    unsigned long long a = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
    if (base == 0) {
        dg[n++] = (char)a;
    } else {
        do {
            rv[n++] = "0123456789abcdef"[a % (unsigned)base];
            a /= (unsigned)base;
        } while (a);
        for (int i = 0; i < n; i++)
            dg[i] = rv[n - 1 - i];
    }
    char *out;
    size_t ol;
    *rc = gp_format_int_digits(dg, (size_t)n, v < 0, &fs, &out, &ol, em);
    return *rc ? NULL : out;
}

static void t_format_int(void)
{
    static const struct { long long v; const char *spec; const char *out; } cases[] = {
        {12345, "_b", "11_0000_0011_1001"}, {12345, "#_x", "0x3039"},
        {-12345, "#010_x", "-0x00_3039"}, {123456, "010,", "00,123,456"},
        {1234, "08,", "0,001,234"}, {-1234, "06_x", "-0_04d2"}, {-1234, "011_x", "-0_0000_04d2"},
        {255, "#X", "0XFF"}, {255, "#o", "0o377"}, {255, "#012b", "0b0011111111"},
        {-42, "", "-42"}, {42, "+", "+42"}, {42, " ", " 42"}, {42, "x^10", "xxxx42xxxx"},
        {-42, "=+10", "-       42"}, {-42, "0=10", "-000000042"}, {5, "<05", "50000"},
        {1234567, "n", "1234567"}, {1234567, ",d", "1,234,567"}, {65, "5c", "    A"},
        {65, "c", "A"}, {0, "#x", "0x0"}, {-1, "b", "-1"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int rc;
        const char *em;
        char *out = fmt_int(cases[i].v, cases[i].spec, &rc, &em);
        CU_ASSERT_EQUAL(rc, 0);
        if (out) {
            CU_ASSERT_STRING_EQUAL(out, cases[i].out);
            free(out);
        }
    }
    static const struct { const char *spec; int rc; const char *msg; } errs[] = {
        {".2d", GP_FMT_EMSG, "Precision not allowed in integer format specifier"},
        {"z", GP_FMT_EMSG, "Negative zero coercion (z) not allowed in integer format specifier"},
        {"+c", GP_FMT_EMSG, "Sign not allowed with integer format specifier 'c'"},
        {"#c", GP_FMT_EMSG, "Alternate form (#) not allowed with integer format specifier 'c'"},
        {"s", GP_FMT_EUNKNOWN, NULL}, {".2f", -1, NULL},
    };
    for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int rc;
        const char *em = NULL;
        char *out = fmt_int(65, errs[i].spec, &rc, &em);
        CU_ASSERT_PTR_NULL(out);
        CU_ASSERT_EQUAL(rc, errs[i].rc);
        if (errs[i].msg && em)
            CU_ASSERT_STRING_EQUAL(em, errs[i].msg);
    }
}

static void t_grouping_pad(void)
{
    char b[64];
    size_t n = gp_fmt_apply_grouping("1234", 4, ',', 3, 0, b);
    b[n] = 0;
    CU_ASSERT_STRING_EQUAL(b, "1,234");
    CU_ASSERT_EQUAL(gp_fmt_apply_grouping("1234", 4, ',', 3, 8, NULL), 9);
    n = gp_fmt_apply_grouping("4d2", 3, '_', 4, 5, b);
    b[n] = 0;
    CU_ASSERT_STRING_EQUAL(b, "0_04d2");
    n = gp_fmt_apply_grouping("7", 1, 0, 3, 4, b);
    b[n] = 0;
    CU_ASSERT_STRING_EQUAL(b, "0007");
    CU_ASSERT_EQUAL(gp_fmt_apply_grouping("", 0, ',', 3, 0, b), 0);

    GpFormatSpec fs;
    const char *em;
    char *out;
    size_t ol;
    gp_fmtspec_parse("*^9", 3, &fs, &em);
    CU_ASSERT_EQUAL(gp_fmt_pad("\xc3\xa9t\xc3\xa9", 5, 3, "-", &fs, '>', &out, &ol), 0);
    CU_ASSERT_STRING_EQUAL(out, "**-\xc3\xa9t\xc3\xa9***");
    CU_ASSERT_EQUAL(ol, 11);
    free(out);
}

static void t_format_str(void)
{
    static const struct { const char *s; const char *spec; const char *out; } cases[] = {
        {"abc", "^7.2", "  ab   "}, {"ab", "05", "ab000"}, {"x", "*>6", "*****x"},
        {"hello", ".0", ""}, {"\xc3\xa9\xc3\xa9", "^5.1s", "  \xc3\xa9  "},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        GpFormatSpec fs;
        const char *em;
        char *out;
        size_t ol;
        gp_fmtspec_parse(cases[i].spec, strlen(cases[i].spec), &fs, &em);
        size_t n = strlen(cases[i].s);
        size_t cps = 0;
        for (size_t k = 0; k < n; k++)
            cps += ((unsigned char)cases[i].s[k] & 0xC0) != 0x80;
        CU_ASSERT_EQUAL(gp_format_str(cases[i].s, n, cps, &fs, &out, &ol, &em), 0);
        CU_ASSERT_STRING_EQUAL(out, cases[i].out);
        free(out);
    }
    static const struct { const char *spec; int rc; const char *msg; } errs[] = {
        {"+", GP_FMT_EMSG, "Sign not allowed in string format specifier"},
        {"#", GP_FMT_EMSG, "Alternate form (#) not allowed in string format specifier"},
        {"z", GP_FMT_EMSG, "Negative zero coercion (z) not allowed in string format specifier"},
        {"=10", GP_FMT_EMSG, "'=' alignment not allowed in string format specifier"},
        {",", GP_FMT_EMSG, "Cannot specify ',' with 's'."}, {"d", GP_FMT_EUNKNOWN, NULL},
    };
    for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        GpFormatSpec fs;
        const char *em = NULL;
        char *out;
        size_t ol;
        gp_fmtspec_parse(errs[i].spec, strlen(errs[i].spec), &fs, &em);
        CU_ASSERT_EQUAL(gp_format_str("s", 1, 1, &fs, &out, &ol, &em), errs[i].rc);
        if (errs[i].msg && em)
            CU_ASSERT_STRING_EQUAL(em, errs[i].msg);
    }
}

static void t_round(void)
{
    static const struct { double x; int nd; double r; } cases[] = {
        {2.5, 0, 2.0}, {3.5, 0, 4.0}, {0.125, 2, 0.12}, {0.375, 2, 0.38}, {2.675, 2, 2.67},
        {123.456, -1, 120.0}, {25.0, -1, 20.0}, {35.0, -1, 40.0}, {150.0, -2, 200.0},
        {250.0, -2, 200.0}, {0.5, 0, 0.0}, {1e300, -400, 0.0}, {1.5, 400, 1.5},
        {5e22, -23, 0.0}, {1.5e300, -300, 2e300}, {-0.4, 0, -0.0}, {1e22, -22, 1e22},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int ok;
        double r = gp_float_round(cases[i].x, cases[i].nd, &ok);
        CU_ASSERT(ok);
        CU_ASSERT_EQUAL(r, cases[i].r);
        CU_ASSERT_EQUAL(signbit(r), signbit(cases[i].r));
    }
    int ok;
    gp_float_round(1.7976931348623157e+308, -308, &ok);
    CU_ASSERT_EQUAL(ok, 0);
}

static void t_hex(void)
{
    char b[32];
    CU_ASSERT_STRING_EQUAL(gp_float_hex(1.5, b), "0x1.8000000000000p+0");
    CU_ASSERT_STRING_EQUAL(gp_float_hex(-0.0, b), "-0x0.0p+0");
    CU_ASSERT_STRING_EQUAL(gp_float_hex(5e-324, b), "0x0.0000000000001p-1022");
    CU_ASSERT_STRING_EQUAL(gp_float_hex(1.7976931348623157e+308, b), "0x1.fffffffffffffp+1023");
    CU_ASSERT_STRING_EQUAL(gp_float_hex(-INFINITY, b), "-inf");
    double d;
    CU_ASSERT_EQUAL(gp_float_fromhex(" 0x1.8p1 ", 9, &d), 0);
    CU_ASSERT_EQUAL(d, 3.0);
    CU_ASSERT_EQUAL(gp_float_fromhex("-1p-1074", 8, &d), 0);
    CU_ASSERT_EQUAL(d, -5e-324);
    CU_ASSERT_EQUAL(gp_float_fromhex("ff", 2, &d), 0);
    CU_ASSERT_EQUAL(d, 255.0);
    CU_ASSERT_EQUAL(gp_float_fromhex("0x1p99999", 9, &d), -2);
    CU_ASSERT_EQUAL(gp_float_fromhex("0x", 2, &d), -1);
    CU_ASSERT_EQUAL(gp_float_fromhex("1.8p", 4, &d), -1);
}

static void t_parse_float(void)
{
    static const struct { const char *s; int ok; double v; } cases[] = {
        {"1_0", 1, 10.0}, {"1_0.5", 1, 10.5}, {"1e1_0", 1, 1e10}, {" 1.5 ", 1, 1.5},
        {".5", 1, 0.5}, {"5.", 1, 5.0}, {"-iNfinity", 1, -INFINITY}, {"1e400", 1, INFINITY},
        {"1e-400", 1, 0.0}, {"\v\f 3.25\r", 1, 3.25}, {"1.e5", 1, 1e5}, {"00.5", 1, 0.5},
        {"1__0", 0, 0}, {"_1", 0, 0}, {"1_", 0, 0}, {"1_e1", 0, 0}, {"1e_1", 0, 0},
        {"0x10", 0, 0}, {".", 0, 0}, {"1e", 0, 0}, {"infinit", 0, 0}, {"1.5_", 0, 0},
        {"1._5", 0, 0}, {"1_.5", 0, 0}, {"", 0, 0}, {"  ", 0, 0}, {"--1", 0, 0},
        {"1 2", 0, 0}, {"3.25\x1c", 0, 0}, {"e1", 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double d = -99;
        int rc = gp_parse_float(cases[i].s, strlen(cases[i].s), &d);
        CU_ASSERT_EQUAL(rc, cases[i].ok ? 0 : -1);
        if (cases[i].ok && rc == 0)
            CU_ASSERT_EQUAL(d, cases[i].v);
    }
    double d;
    CU_ASSERT_EQUAL(gp_parse_float("+nan", 4, &d), 0);
    CU_ASSERT(isnan(d));
    CU_ASSERT_EQUAL(gp_parse_float("1\0", 2, &d), -1);
}

static void t_int_text(void)
{
    static const struct { const char *s; int base; const char *digits; int neg; int bo; } cases[] = {
        {"0_0", 0, "0", 0, 10}, {"00", 0, "0", 0, 10}, {"010", 0, NULL, 0, 0},
        {"010", 10, "10", 0, 10}, {"0_10", 8, "10", 0, 8}, {"0x_1f", 0, "1f", 0, 16},
        {"0X1F", 16, "1f", 0, 16}, {"0b1", 16, "b1", 0, 16}, {"0b1", 0, "1", 0, 2},
        {" -0o17 ", 0, "17", 1, 8}, {"+0x10", 10, NULL, 0, 0}, {"0x", 16, NULL, 0, 0},
        {"0x_", 16, NULL, 0, 0}, {"1__2", 10, NULL, 0, 0}, {"_1", 10, NULL, 0, 0},
        {"1_", 10, NULL, 0, 0}, {"z", 36, "z", 0, 36}, {"Z", 35, NULL, 0, 0},
        {"  4_2  ", 10, "42", 0, 10}, {"0000123", 10, "123", 0, 10}, {"-", 10, NULL, 0, 0},
        {"", 10, NULL, 0, 0}, {"\x1c" "5", 10, NULL, 0, 0}, {"0b102", 0, NULL, 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char dg[64];
        int neg = -1, bo = -1;
        int rc = gp_int_text_normalize(cases[i].s, strlen(cases[i].s), cases[i].base, dg, &neg, &bo);
        if (!cases[i].digits) {
            CU_ASSERT_EQUAL(rc, -1);
            continue;
        }
        CU_ASSERT_EQUAL_FATAL(rc, 0);
        CU_ASSERT_STRING_EQUAL(dg, cases[i].digits);
        CU_ASSERT_EQUAL(neg, cases[i].neg);
        CU_ASSERT_EQUAL(bo, cases[i].bo);
    }
    char dg[8];
    int neg, bo;
    CU_ASSERT_EQUAL(gp_int_text_normalize("1", 1, 37, dg, &neg, &bo), -2);
    CU_ASSERT_EQUAL(gp_int_text_normalize("1", 1, 1, dg, &neg, &bo), -2);
}

void gp_cu_register(void)
{
    CU_pSuite s = CU_add_suite("numfmt", NULL, NULL);
    CU_add_test(s, "repr", t_repr);
    CU_add_test(s, "float_format", t_float_format_lowlevel);
    CU_add_test(s, "round", t_round);
    CU_add_test(s, "hex", t_hex);
    CU_add_test(s, "parse_float", t_parse_float);
    CU_add_test(s, "int_text", t_int_text);
    CU_pSuite f = CU_add_suite("fmtspec", NULL, NULL);
    CU_add_test(f, "format_double", t_format_double);
    CU_add_test(f, "spec_errors", t_spec_errors);
    CU_add_test(f, "format_int", t_format_int);
    CU_add_test(f, "grouping_pad", t_grouping_pad);
    CU_add_test(f, "format_str", t_format_str);
}
