/* Unit tests of objects/floatobject.c and objects/complexobject.c: the
 * numeric hash, repr, rounding, parsing, mixed int/float comparison and the
 * free list.  Every expected value was printed by CPython 3.11. */
#include <CUnit/Basic.h>
#include <math.h>
#include <string.h>
#include "gilpy.h"
#include "vm/runtime.h"

static int init_ok;

static int suite_init(void)
{
    init_ok = gp_runtime_init(NULL) == 0;
    return 0;
}

/* repr(o) == expected; consumes o. */
static void check_repr(GpObject *o, const char *expected)
{
    CU_ASSERT_PTR_NOT_NULL_FATAL(o);
    GpObject *r = gp_repr(o);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_STRING_EQUAL(GP_STR_DATA(r), expected);
    GP_DECREF(r);
    GP_DECREF(o);
}

/* The current exception is of type t and its str() is msg; clears it. */
static void check_error(GpType *t, const char *msg)
{
    GpObject *e = gp_err_fetch();
    CU_ASSERT_PTR_NOT_NULL_FATAL(e);
    CU_ASSERT_PTR_EQUAL(GP_TYPE(e), t);
    if (msg) {
        GpObject *s = gp_str(e);
        CU_ASSERT_PTR_NOT_NULL_FATAL(s);
        CU_ASSERT_STRING_EQUAL(GP_STR_DATA(s), msg);
        GP_DECREF(s);
    }
    GP_DECREF(e);
}

static void t_hash(void)
{
    static const struct { double x; long long h; } cases[] = {
        {INFINITY, 314159}, {-INFINITY, -314159}, {1.5, 1152921504606846977LL},
        {-1.0, -2}, {0.0, 0}, {-0.0, 0}, {1180591620717411303424.0 /* 2**70 */, 512},
        {1e-300, 482449582752280463LL}, {-2.5e-7, -976437270670017967LL},
        {1e308, 156575653125701LL}, {0.5, 1152921504606846976LL}, {2305843009213693951.0, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CU_ASSERT_EQUAL((long long)gp_float_hash_value(cases[i].x), cases[i].h);
    if (!init_ok)
        return;
    /* an integral float hashes like the int */
    GpObject *f = gp_float_new(123456789.0), *n = gp_int_from_i64(123456789);
    CU_ASSERT_EQUAL(gp_hash_of(f), gp_hash_of(n));
    GP_DECREF(f);
    GP_DECREF(n);
    /* nan hashes by identity */
    GpObject *a = gp_float_new(NAN), *b = gp_float_new(NAN);
    CU_ASSERT_EQUAL(gp_hash_of(a), gp_hash_of(a));
    CU_ASSERT_NOT_EQUAL(gp_hash_of(a), gp_hash_of(b));
    GP_DECREF(a);
    GP_DECREF(b);
    GpObject *c = gp_complex_new(1.5, 2.5);
    CU_ASSERT_EQUAL((long long)gp_hash_of(c), 4611686018429387911LL);
    GP_DECREF(c);
    c = gp_complex_new(-1.0, 0.0);
    CU_ASSERT_EQUAL(gp_hash_of(c), -2);
    GP_DECREF(c);
}

static void t_repr(void)
{
    if (!init_ok)
        return;
    check_repr(gp_float_new(1e16), "1e+16");
    check_repr(gp_float_new(1.5), "1.5");
    check_repr(gp_float_new(-0.0), "-0.0");
    check_repr(gp_float_new(INFINITY), "inf");
    check_repr(gp_float_new(NAN), "nan");
    check_repr(gp_float_new(0.1 + 0.2), "0.30000000000000004");
    check_repr(gp_complex_new(1, 2), "(1+2j)");
    check_repr(gp_complex_new(0, 2), "2j");
    check_repr(gp_complex_new(-0.0, -1), "(-0-1j)");
    check_repr(gp_complex_new(0, -0.0), "-0j");
    check_repr(gp_complex_new(NAN, INFINITY), "(nan+infj)");
    check_repr(gp_complex_new(1e16, 1), "(1e+16+1j)");
    check_repr(gp_complex_new(-1.5, NAN), "(-1.5+nanj)");
}

static GpObject *call_round(double x, GpObject *nd)
{
    GpObject *f = gp_float_new(x);
    GpObject *r = gp_call_method_str(f, "__round__", &nd, nd ? 1 : 0);
    GP_DECREF(f);
    return r;
}

static void t_round(void)
{
    if (!init_ok)
        return;
    check_repr(call_round(2.5, NULL), "2");
    check_repr(call_round(3.5, NULL), "4");
    check_repr(call_round(-2.5, NULL), "-2");
    check_repr(call_round(0.5, gp_None), "0");
    GpObject *two = gp_int_from_i64(2), *m2 = gp_int_from_i64(-2), *big = gp_int_from_i64(400);
    check_repr(call_round(2.675, two), "2.67");
    check_repr(call_round(1234.5, m2), "1200.0");
    check_repr(call_round(-0.4, big), "-0.4");
    check_repr(call_round(0.125, two), "0.12");
    check_repr(call_round(0.375, two), "0.38");
    check_repr(call_round(NAN, two), "nan");
    CU_ASSERT_PTR_NULL(call_round(INFINITY, NULL));
    check_error(&GpExc_OverflowError, "cannot convert float infinity to integer");
    CU_ASSERT_PTR_NULL(call_round(NAN, NULL));
    check_error(&GpExc_ValueError, "cannot convert float NaN to integer");
    GpObject *half = gp_float_new(1.0);
    CU_ASSERT_PTR_NULL(call_round(1.5, half));
    check_error(&GpExc_TypeError, "'float' object cannot be interpreted as an integer");
    GP_DECREF(half);
    GP_DECREF(two);
    GP_DECREF(m2);
    GP_DECREF(big);
}

static void t_parse(void)
{
    if (!init_ok)
        return;
    static const struct { const char *in, *out; } ok[] = {
        {" 1_000.5 ", "1000.5"}, {"-iNfinity", "-inf"}, {"nan", "nan"}, {"1e500", "inf"},
        {"\xd9\xa1.5", "1.5"} /* ARABIC-INDIC DIGIT ONE */, {"\xc2\xa0" "2\xe2\x80\x83", "2.0"},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        GpObject *s = gp_str_from_cstr(ok[i].in);
        check_repr(gp_float_from_string(s), ok[i].out);
        GP_DECREF(s);
    }
    GpObject *s = gp_str_from_cstr("1__0");
    CU_ASSERT_PTR_NULL(gp_float_from_string(s));
    check_error(&GpExc_ValueError, "could not convert string to float: '1__0'");
    GP_DECREF(s);
}

/* complex(text) through the type's constructor. */
static GpObject *complex_of(const char *text)
{
    GpObject *s = gp_str_from_cstr(text);
    GpObject *r = gp_call1((GpObject *)&GpComplex_Type, s);
    GP_DECREF(s);
    return r;
}

static void t_complex_parse(void)
{
    if (!init_ok)
        return;
    static const struct { const char *in, *out; } ok[] = {
        {"1_0+2_0j", "(10+20j)"}, {" ( 1-j ) ", "(1-1j)"}, {"-j", "-1j"}, {"infj", "infj"},
        {"1e5J", "100000j"}, {"-.5E+2+.5e-2J", "(-50+0.005j)"}, {"j", "1j"}, {" 5 ", "(5+0j)"},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        check_repr(complex_of(ok[i].in), ok[i].out);
    static const char *bad[] = { "1+", "1e", "()", "1 + 2j", "1j1", "+-1j", "0x1j", "j+1" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CU_ASSERT_PTR_NULL(complex_of(bad[i]));
        check_error(&GpExc_ValueError, "complex() arg is a malformed string");
    }
    CU_ASSERT_PTR_NULL(complex_of("1__0"));
    check_error(&GpExc_ValueError, "could not convert string to complex: '1__0'");
}

static void t_compare_bigint(void)
{
    if (!init_ok)
        return;
    GpObject *f = gp_float_new(9007199254740992.0);   /* 2**53 */
    GpObject *i = gp_int_from_i64(9007199254740993LL); /* 2**53 + 1 */
    CU_ASSERT_EQUAL(gp_richcompare_bool(f, i, GP_LT), 1);
    CU_ASSERT_EQUAL(gp_richcompare_bool(f, i, GP_EQ), 0);
    CU_ASSERT_EQUAL(gp_richcompare_bool(i, f, GP_GT), 1);
    GP_DECREF(i);
    i = gp_int_from_i64(9007199254740992LL);
    CU_ASSERT_EQUAL(gp_richcompare_bool(f, i, GP_EQ), 1);
    GP_DECREF(i);
    GP_DECREF(f);
    GpObject *n = gp_float_new(NAN);
    i = gp_int_from_i64(1);
    CU_ASSERT_EQUAL(gp_richcompare_bool(n, i, GP_EQ), 0);
    CU_ASSERT_EQUAL(gp_richcompare_bool(n, i, GP_NE), 1);
    CU_ASSERT_EQUAL(gp_richcompare_bool(n, i, GP_LT), 0);
    GP_DECREF(i);
    GP_DECREF(n);
}

static void t_free_list(void)
{
    if (!init_ok)
        return;
    /* a dead exact float's memory is handed out again */
    GpObject *a = gp_float_new(1.0);
    void *addr = a;
    GP_DECREF(a);
    GpObject *b = gp_float_new(2.0);
    CU_ASSERT_PTR_EQUAL(b, addr);
    CU_ASSERT_EQUAL(GP_REFCNT(b), 1);
    CU_ASSERT_PTR_EQUAL(GP_TYPE(b), &GpFloat_Type);
    CU_ASSERT_EQUAL(GP_FLOAT_VAL(b), 2.0);
    GP_DECREF(b);
}

static void t_as_double(void)
{
    if (!init_ok)
        return;
    GpObject *i = gp_int_from_i64(-7);
    CU_ASSERT_EQUAL(gp_float_as_double(i), -7.0);
    GP_DECREF(i);
    GpObject *s = gp_str_from_cstr("x");
    CU_ASSERT_EQUAL(gp_float_as_double(s), -1.0);
    check_error(&GpExc_TypeError, "must be real number, not str");
    GP_DECREF(s);
}

void gp_cu_register(void)
{
    CU_pSuite s = CU_add_suite("float", suite_init, NULL);
    CU_add_test(s, "hash", t_hash);
    CU_add_test(s, "repr", t_repr);
    CU_add_test(s, "round", t_round);
    CU_add_test(s, "parse", t_parse);
    CU_add_test(s, "complex_parse", t_complex_parse);
    CU_add_test(s, "compare_bigint", t_compare_bigint);
    CU_add_test(s, "free_list", t_free_list);
    CU_add_test(s, "as_double", t_as_double);
}
