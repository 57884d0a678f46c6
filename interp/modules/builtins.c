/* builtins.c -- the builtins module: functions and the names of the types. */
#include <stdio.h>
#include <string.h>
#include "gilpy.h"
#include "compile/parser.h"
#include "objects/typeobject.h"

static GpObject *sysattr(const char *name)
{
    GpObject *v = gp_dict_getitem_str(gp_interp()->sysdict, name);
    return v;
}

/* ---- print / input ----------------------------------------------------------- */

static int write_str(GpObject *file, GpObject *s)
{
    GpObject *r = gp_call_method_str(file, "write", &s, 1);
    if (!r)
        return -1;
    GP_DECREF(r);
    return 0;
}

static GpObject *builtin_print(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpObject *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
    gp_ssize nkw = kwnames ? GP_SIZE(kwnames) : 0;
    for (gp_ssize i = 0; i < nkw; i++) {
        GpObject *k = GP_TUPLE_GET(kwnames, i), *v = args[nargs + i];
        if (gp_str_eq_cstr(k, "sep")) sep = v;
        else if (gp_str_eq_cstr(k, "end")) end = v;
        else if (gp_str_eq_cstr(k, "file")) file = v;
        else if (gp_str_eq_cstr(k, "flush")) flush = v;
        else {
            gp_err_format(&GpExc_TypeError, "'%U' is an invalid keyword argument for print()", k);
            return NULL;
        }
    }
    /* CPython's order: flush= is converted while parsing, then the file is
     * looked up, then sep/end are checked. */
    int do_flush = 0;
    if (flush && (do_flush = gp_is_true(flush)) < 0)
        return NULL;
    if (!file || file == gp_None) {
        file = sysattr("stdout");
        if (!file) {
            if (!gp_err_occurred())
                gp_err_set_string(&GpExc_RuntimeError, "lost sys.stdout");
            return NULL;
        }
        if (file == gp_None)   /* no stdout connected: print does nothing */
            GP_RETURN_NONE;
    }
    if (sep == gp_None) sep = NULL;
    if (end == gp_None) end = NULL;
    if (sep && !GP_STR_CHECK(sep)) {
        gp_err_format(&GpExc_TypeError, "sep must be None or a string, not %T", sep);
        return NULL;
    }
    if (end && !GP_STR_CHECK(end)) {
        gp_err_format(&GpExc_TypeError, "end must be None or a string, not %T", end);
        return NULL;
    }
    GP_INCREF(file);
    static GpObject *space, *newline;
    if (!space) {
        space = gp_str_intern_cstr(" ");
        newline = gp_str_intern_cstr("\n");
    }
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0 && write_str(file, sep ? sep : space) < 0)
            goto fail;
        GpObject *s = GP_STR_CHECK_EXACT(args[i]) ? gp_newref(args[i]) : gp_str(args[i]);
        if (!s)
            goto fail;
        int r = write_str(file, s);
        GP_DECREF(s);
        if (r < 0)
            goto fail;
    }
    if (write_str(file, end ? end : newline) < 0)
        goto fail;
    if (do_flush) {
        GpObject *r = gp_call_method_str(file, "flush", NULL, 0);
        if (!r)
            goto fail;
        GP_DECREF(r);
    }
    GP_DECREF(file);
    GP_RETURN_NONE;
fail:
    GP_DECREF(file);
    return NULL;
}

static GpObject *builtin_input(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("input", nargs, 0, 1) < 0)
        return NULL;
    GpObject *in = sysattr("stdin"), *out = sysattr("stdout"), *err = sysattr("stderr");
    if (!in || in == gp_None) {
        gp_err_set_string(&GpExc_RuntimeError, "input(): lost sys.stdin");
        return NULL;
    }
    if (!out || out == gp_None) {
        gp_err_set_string(&GpExc_RuntimeError, "input(): lost sys.stdout");
        return NULL;
    }
    if (err && err != gp_None) {
        GpObject *r = gp_call_method_str(err, "flush", NULL, 0);
        GP_XDECREF(r);
        gp_err_clear();
    }
    if (nargs == 1) {
        GpObject *p = gp_str(args[0]);
        if (!p || write_str(out, p) < 0) {
            GP_XDECREF(p);
            return NULL;
        }
        GP_DECREF(p);
    }
    GpObject *r = gp_call_method_str(out, "flush", NULL, 0);
    if (!r)
        gp_err_clear();
    GP_XDECREF(r);
    GpObject *line = gp_call_method_str(in, "readline", NULL, 0);
    if (!line)
        return NULL;
    if (!GP_STR_CHECK(line)) {
        GP_DECREF(line);
        gp_err_set_string(&GpExc_TypeError, "object.readline() returned non-string");
        return NULL;
    }
    gp_ssize n = GP_STR_LEN(line);
    if (n == 0) {
        GP_DECREF(line);
        gp_err_set_string(&GpExc_EOFError, "EOF when reading a line");
        return NULL;
    }
    if (GP_STR_DATA(line)[GP_STR_NBYTES(line) - 1] == '\n') {
        GpObject *s = gp_str_substr(line, 0, n - 1);
        GP_DECREF(line);
        return s;
    }
    return line;
}

/* ---- simple functions ---------------------------------------------------------- */

static GpObject *builtin_abs(GpObject *m, GpObject *x) { return gp_absolute(x); }
static GpObject *builtin_repr(GpObject *m, GpObject *x) { return gp_repr(x); }
static GpObject *builtin_ascii(GpObject *m, GpObject *x) { return gp_ascii(x); }
static GpObject *builtin_callable(GpObject *m, GpObject *x) { return gp_bool(gp_callable(x)); }

static GpObject *builtin_len(GpObject *m, GpObject *x)
{
    gp_ssize n = gp_len(x);
    return n < 0 ? NULL : gp_int_from_ssize(n);
}

static GpObject *builtin_id(GpObject *m, GpObject *x) { return gp_int_from_u64((uint64_t)(uintptr_t)x); }

static GpObject *builtin_hash(GpObject *m, GpObject *x)
{
    gp_hash h = gp_hash_of(x);
    return h == -1 ? NULL : gp_int_from_i64(h);
}

static GpObject *builtin_format(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("format", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 2 && !GP_STR_CHECK(args[1])) {
        gp_err_format(&GpExc_TypeError, "format() argument 2 must be str, not %T", args[1]);
        return NULL;
    }
    return gp_format(args[0], nargs == 2 ? args[1] : NULL);
}

static GpObject *builtin_chr(GpObject *m, GpObject *x)
{
    if (!GP_INT_CHECK(x)) {
        GpObject *i = gp_number_index(x);
        if (!i)
            return NULL;
        GpObject *r = builtin_chr(m, i);
        GP_DECREF(i);
        return r;
    }
    int overflow;
    int64_t v = gp_int_as_i64_clamped(x, &overflow);
    if (overflow || v < 0 || v > 0x10FFFF) {
        gp_err_set_string(overflow ? &GpExc_OverflowError : &GpExc_ValueError,
                          overflow ? "Python int too large to convert to C int" : "chr() arg not in range(0x110000)");
        return NULL;
    }
    return gp_str_from_codepoint((uint32_t)v);
}

static GpObject *builtin_ord(GpObject *m, GpObject *x)
{
    if (GP_STR_CHECK(x)) {
        if (GP_STR_LEN(x) != 1) {
            gp_err_format(&GpExc_TypeError, "ord() expected a character, but string of length %zd found",
                          GP_STR_LEN(x));
            return NULL;
        }
        return gp_int_from_i64(gp_str_char_at(x, 0));
    }
    if (GP_BYTES_CHECK(x) || GP_BYTEARRAY_CHECK(x)) {
        const char *d;
        gp_ssize n;
        gp_bytes_buffer(x, &d, &n);
        if (n != 1) {
            gp_err_format(&GpExc_TypeError, "ord() expected a character, but string of length %zd found", n);
            return NULL;
        }
        return gp_int_from_i64((unsigned char)d[0]);
    }
    gp_err_format(&GpExc_TypeError, "ord() expected string of length 1, but %T found", x);
    return NULL;
}

static GpObject *int_base(GpObject *x, int base)
{
    GpObject *i = gp_number_index(x);
    if (!i)
        return NULL;
    GpObject *r = gp_int_to_string(i, base);
    GP_DECREF(i);
    return r;
}
static GpObject *builtin_bin(GpObject *m, GpObject *x) { return int_base(x, 2); }
static GpObject *builtin_oct(GpObject *m, GpObject *x) { return int_base(x, 8); }
static GpObject *builtin_hex(GpObject *m, GpObject *x) { return int_base(x, 16); }

static GpObject *builtin_divmod(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("divmod", nargs, 2, 2) < 0)
        return NULL;
    GpObject *a = args[0], *b = args[1];
    GpType *ta = GP_TYPE(a), *tb = GP_TYPE(b);
    gp_binaryfunc fa = ta->nb.divmod, fb = tb != ta ? tb->nb.divmod : NULL;
    if (fa && fb && gp_type_is_subtype(tb, ta)) {
        GpObject *r = fb(a, b);
        if (r != gp_NotImplemented)
            return r;
        GP_DECREF(r);
        fb = NULL;
    }
    if (fa) {
        GpObject *r = fa(a, b);
        if (r != gp_NotImplemented)
            return r;
        GP_DECREF(r);
    }
    if (fb) {
        GpObject *r = fb(a, b);
        if (r != gp_NotImplemented)
            return r;
        GP_DECREF(r);
    }
    gp_err_format(&GpExc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                  gp_type_name(ta), gp_type_name(tb));
    return NULL;
}

static GpObject *builtin_pow(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "base", "exp", "mod", NULL };
    GpObject *a[3];
    if (gp_args_parse("pow", args, nargs, kwnames, kwlist, 2, 3, a) < 0)
        return NULL;
    if (a[2] && a[2] != gp_None)
        return gp_pow3(a[0], a[1], a[2]);
    return gp_binary_op(a[0], a[1], GP_BINOP_POW);
}

static GpObject *builtin_round(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "number", "ndigits", NULL };
    GpObject *a[2];
    if (gp_args_parse("round", args, nargs, kwnames, kwlist, 1, 2, a) < 0)
        return NULL;
    GpObject *meth = gp_lookup_special(a[0], gp_str_intern_cstr("__round__"));
    if (!meth) {
        if (!gp_err_occurred())
            gp_err_format(&GpExc_TypeError, "type %s doesn't define __round__ method",
                          gp_type_name(GP_TYPE(a[0])));
        return NULL;
    }
    GpObject *r = (a[1] && a[1] != gp_None) ? gp_call1(meth, a[1]) : gp_call0(meth);
    GP_DECREF(meth);
    return r;
}

static GpObject *builtin_all(GpObject *m, GpObject *x)
{
    GpObject *it = gp_iter(x), *v;
    if (!it)
        return NULL;
    while ((v = gp_iter_next(it))) {
        int t = gp_is_true(v);
        GP_DECREF(v);
        if (t <= 0) {
            GP_DECREF(it);
            return t < 0 ? NULL : gp_bool(0);
        }
    }
    GP_DECREF(it);
    return gp_err_occurred() ? NULL : gp_bool(1);
}

static GpObject *builtin_any(GpObject *m, GpObject *x)
{
    GpObject *it = gp_iter(x), *v;
    if (!it)
        return NULL;
    while ((v = gp_iter_next(it))) {
        int t = gp_is_true(v);
        GP_DECREF(v);
        if (t != 0) {
            GP_DECREF(it);
            return t < 0 ? NULL : gp_bool(1);
        }
    }
    GP_DECREF(it);
    return gp_err_occurred() ? NULL : gp_bool(0);
}

static GpObject *builtin_sum(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "", "start", NULL };
    GpObject *a[2];
    if (gp_args_parse("sum", args, nargs, kwnames, kwlist, 1, 2, a) < 0)
        return NULL;
    GpObject *acc = a[1] ? a[1] : (GpObject *)&gp_small_ints[0 - GP_SMALL_INT_MIN];
    if (a[1]) {
        if (GP_STR_CHECK(acc)) {
            gp_err_set_string(&GpExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
            return NULL;
        }
        if (GP_BYTES_CHECK(acc)) {
            gp_err_set_string(&GpExc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
            return NULL;
        }
        if (GP_BYTEARRAY_CHECK(acc)) {
            gp_err_set_string(&GpExc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
            return NULL;
        }
    }
    GpObject *it = gp_iter(a[0]);
    if (!it)
        return NULL;
    GP_INCREF(acc);
    /* fast path: small ints */
    if (GP_INT_CHECK_EXACT(acc) && GP_INT_IS_SMALL(acc)) {
        int64_t s = GP_INT_VAL(acc);
        GpObject *v;
        for (;;) {
            v = gp_iter_next(it);
            if (!v)
                break;
            if (GP_INT_CHECK_EXACT(v) && GP_INT_IS_SMALL(v) &&
                !__builtin_add_overflow(s, GP_INT_VAL(v), &s)) {
                GP_DECREF(v);
                continue;
            }
            GP_DECREF(acc);
            acc = gp_int_from_i64(s);
            GpObject *n = acc ? gp_binary_op(acc, v, GP_BINOP_ADD) : NULL;
            GP_DECREF(v);
            GP_XDECREF(acc);
            acc = n;
            if (!acc) {
                GP_DECREF(it);
                return NULL;
            }
            goto generic;
        }
        GP_DECREF(acc);
        GP_DECREF(it);
        if (gp_err_occurred())
            return NULL;
        return gp_int_from_i64(s);
    }
    if (GP_FLOAT_CHECK_EXACT(acc)) {
        double s = GP_FLOAT_VAL(acc);
        GpObject *v;
        for (;;) {
            v = gp_iter_next(it);
            if (!v)
                break;
            if (GP_FLOAT_CHECK_EXACT(v)) {
                s += GP_FLOAT_VAL(v);
                GP_DECREF(v);
                continue;
            }
            if (GP_INT_CHECK_EXACT(v) && GP_INT_IS_SMALL(v) && GP_INT_VAL(v) < (1LL << 53) &&
                GP_INT_VAL(v) > -(1LL << 53)) {
                s += (double)GP_INT_VAL(v);
                GP_DECREF(v);
                continue;
            }
            GP_DECREF(acc);
            acc = gp_float_new(s);
            GpObject *n = acc ? gp_binary_op(acc, v, GP_BINOP_ADD) : NULL;
            GP_DECREF(v);
            GP_XDECREF(acc);
            acc = n;
            if (!acc) {
                GP_DECREF(it);
                return NULL;
            }
            goto generic;
        }
        GP_DECREF(acc);
        GP_DECREF(it);
        if (gp_err_occurred())
            return NULL;
        return gp_float_new(s);
    }
generic:;
    GpObject *v;
    while ((v = gp_iter_next(it))) {
        GpObject *n = gp_binary_op(acc, v, GP_BINOP_ADD);
        GP_DECREF(v);
        GP_DECREF(acc);
        acc = n;
        if (!acc) {
            GP_DECREF(it);
            return NULL;
        }
    }
    GP_DECREF(it);
    if (gp_err_occurred()) {
        GP_DECREF(acc);
        return NULL;
    }
    return acc;
}

/* min() and max() */
static GpObject *min_max(GpObject *const *args, size_t nargs, GpObject *kwnames, int op, const char *name)
{
    GpObject *key = NULL, *dflt = NULL;
    gp_ssize nkw = kwnames ? GP_SIZE(kwnames) : 0;
    for (gp_ssize i = 0; i < nkw; i++) {
        GpObject *k = GP_TUPLE_GET(kwnames, i);
        if (gp_str_eq_cstr(k, "key"))
            key = args[nargs + i];
        else if (gp_str_eq_cstr(k, "default"))
            dflt = args[nargs + i];
        else {
            gp_err_format(&GpExc_TypeError, "'%U' is an invalid keyword argument for %s()", k, name);
            return NULL;
        }
    }
    if (key == gp_None)
        key = NULL;
    if (nargs == 0) {
        gp_err_format(&GpExc_TypeError, "%s expected at least 1 argument, got 0", name);
        return NULL;
    }
    GpObject *it;
    if (nargs == 1) {
        it = gp_iter(args[0]);
    } else {
        if (dflt) {
            gp_err_format(&GpExc_TypeError,
                          "Cannot specify a default for %s() with multiple positional arguments", name);
            return NULL;
        }
        GpObject *t = gp_tuple_from_array(args, (gp_ssize)nargs);
        it = t ? gp_iter(t) : NULL;
        GP_XDECREF(t);
    }
    if (!it)
        return NULL;
    GpObject *best = NULL, *bestkey = NULL, *v;
    while ((v = gp_iter_next(it))) {
        GpObject *kv = key ? gp_call1(key, v) : gp_newref(v);
        if (!kv) {
            GP_DECREF(v);
            goto fail;
        }
        if (!best) {
            best = v;
            bestkey = kv;
            continue;
        }
        int c = gp_richcompare_bool(kv, bestkey, op);
        if (c < 0) {
            GP_DECREF(v);
            GP_DECREF(kv);
            goto fail;
        }
        if (c) {
            GP_SETREF(best, v);
            GP_SETREF(bestkey, kv);
        } else {
            GP_DECREF(v);
            GP_DECREF(kv);
        }
    }
    if (gp_err_occurred())
        goto fail;
    GP_DECREF(it);
    GP_XDECREF(bestkey);
    if (!best) {
        if (dflt)
            return gp_newref(dflt);
        gp_err_format(&GpExc_ValueError, "%s() arg is an empty sequence", name);
        return NULL;
    }
    return best;
fail:
    GP_DECREF(it);
    GP_XDECREF(best);
    GP_XDECREF(bestkey);
    return NULL;
}

static GpObject *builtin_min(GpObject *m, GpObject *const *a, size_t n, GpObject *kw) { return min_max(a, n, kw, GP_LT, "min"); }
static GpObject *builtin_max(GpObject *m, GpObject *const *a, size_t n, GpObject *kw) { return min_max(a, n, kw, GP_GT, "max"); }

static GpObject *builtin_sorted(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (nargs != 1) {
        if (nargs == 0)
            gp_err_set_string(&GpExc_TypeError, "sorted expected 1 argument, got 0");
        else
            gp_err_format(&GpExc_TypeError, "sorted expected 1 argument, got %zu", nargs);
        return NULL;
    }
    GpObject *l = gp_sequence_list(args[0]);
    if (!l)
        return NULL;
    GpObject *sort = gp_getattr_str(l, "sort");
    if (!sort) {
        GP_DECREF(l);
        return NULL;
    }
    GpObject *r = gp_call(sort, args + 1, 0, kwnames);
    GP_DECREF(sort);
    if (!r) {
        GP_DECREF(l);
        return NULL;
    }
    GP_DECREF(r);
    return l;
}

static GpObject *builtin_iter(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("iter", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 1)
        return gp_iter(args[0]);
    if (!gp_callable(args[0])) {
        gp_err_set_string(&GpExc_TypeError, "iter(v, w): v must be callable");
        return NULL;
    }
    return gp_calliter_new(args[0], args[1]);
}

static GpObject *builtin_next(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("next", nargs, 1, 2) < 0)
        return NULL;
    GpObject *it = args[0];
    if (!GP_TYPE(it)->iternext) {
        gp_err_format(&GpExc_TypeError, "'%T' object is not an iterator", it);
        return NULL;
    }
    GpObject *v = gp_next_keep_stop(it);
    if (v)
        return v;
    if (gp_err_occurred()) {
        if (nargs == 2 && gp_err_matches(&GpExc_StopIteration)) {
            gp_err_clear();
            return gp_newref(args[1]);
        }
        return NULL;
    }
    if (nargs == 2)
        return gp_newref(args[1]);
    gp_err_set_none(&GpExc_StopIteration);
    return NULL;
}

GpObject *gp_builtin_aiter(GpObject *o);                 /* objects/anextobject.c */
GpObject *gp_builtin_anext(GpObject *it, GpObject *dflt);

static GpObject *builtin_aiter(GpObject *m, GpObject *arg)
{
    return gp_builtin_aiter(arg);
}

static GpObject *builtin_anext(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("anext", nargs, 1, 2) < 0)
        return NULL;
    return gp_builtin_anext(args[0], nargs == 2 ? args[1] : NULL);
}

/* ---- attributes --------------------------------------------------------------- */

static int check_attr_name(GpObject *name, const char *fn)
{
    if (!GP_STR_CHECK(name)) {
        (void)fn;
        gp_err_format(&GpExc_TypeError, "attribute name must be string, not '%T'", name);
        return -1;
    }
    return 0;
}

static GpObject *builtin_getattr(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("getattr", nargs, 2, 3) < 0 || check_attr_name(args[1], "getattr") < 0)
        return NULL;
    if (nargs == 2)
        return gp_getattr(args[0], args[1]);
    GpObject *r;
    if (gp_getattr_opt(args[0], args[1], &r) < 0)
        return NULL;
    return r ? r : gp_newref(args[2]);
}

static GpObject *builtin_setattr(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("setattr", nargs, 3, 3) < 0 || check_attr_name(args[1], "setattr") < 0)
        return NULL;
    if (gp_setattr(args[0], args[1], args[2]) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *builtin_delattr(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("delattr", nargs, 2, 2) < 0 || check_attr_name(args[1], "delattr") < 0)
        return NULL;
    if (gp_setattr(args[0], args[1], NULL) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *builtin_hasattr(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("hasattr", nargs, 2, 2) < 0 || check_attr_name(args[1], "hasattr") < 0)
        return NULL;
    int r = gp_hasattr(args[0], args[1]);
    return r < 0 ? NULL : gp_bool(r);
}

static GpObject *builtin_isinstance(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("isinstance", nargs, 2, 2) < 0)
        return NULL;
    int r = gp_isinstance(args[0], args[1]);
    return r < 0 ? NULL : gp_bool(r);
}

static GpObject *builtin_issubclass(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("issubclass", nargs, 2, 2) < 0)
        return NULL;
    int r = gp_issubclass(args[0], args[1]);
    return r < 0 ? NULL : gp_bool(r);
}

static GpObject *builtin_dir(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("dir", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0) {
        GpObject *loc = gp_eval_get_locals();
        if (!loc)
            return NULL;
        GpObject *l = gp_sequence_list(loc);
        GP_DECREF(loc);
        if (l && gp_list_sort(l) < 0) {
            GP_DECREF(l);
            return NULL;
        }
        return l;
    }
    return gp_dir(args[0]);
}

static GpObject *builtin_globals(GpObject *m, GpObject *u)
{
    GpObject *g = gp_eval_get_globals();
    return gp_newref(g ? g : gp_None);
}

static GpObject *builtin_locals(GpObject *m, GpObject *u) { return gp_eval_get_locals(); }

static GpObject *builtin_vars(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("vars", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return gp_eval_get_locals();
    GpObject *d;
    int r = gp_getattr_opt(args[0], gp_str_intern_cstr("__dict__"), &d);
    if (r == 0)
        gp_err_set_string(&GpExc_TypeError, "vars() argument must have __dict__ attribute");
    return r > 0 ? d : NULL;
}

/* ---- compile / exec / eval --------------------------------------------------------- */

static int source_text(GpObject *src, const char *fn, const char **s, gp_ssize *n)
{
    if (GP_STR_CHECK(src)) {
        *s = GP_STR_DATA(src);
        *n = GP_STR_NBYTES(src);
        return 0;
    }
    if (GP_BYTES_CHECK(src) || GP_BYTEARRAY_CHECK(src))
        return gp_bytes_buffer(src, s, n);
    gp_err_format(&GpExc_TypeError, "%s() arg 1 must be a string, bytes or %s object", fn,
                  strcmp(fn, "compile") == 0 ? "AST" : "code");
    return -1;
}

/* `from __future__` features are co_flags bits (CPython's PyCF_MASK:
 * 0x20000..0x1000000); compile() without dont_inherit, exec() and eval()
 * compile with those of the calling code (see compile/compiler.h). */
#define FUTURE_FLAGS_MASK 0x1FE0000

static int caller_future_flags(void)
{
    GpFrame *f = gp_current_frame();
    return f && f->code ? f->code->flags & FUTURE_FLAGS_MASK : 0;
}

/* A str source is already text: its coding cookie, if any, is ignored
 * (CPython's PyCF_IGNORE_COOKIE); bytes are decoded by their cookie. */
static int str_source_flags(GpObject *source)
{
    return GP_STR_CHECK(source) ? GP_PARSE_FLAG_IGNORE_COOKIE : 0;
}

static GpObject *builtin_compile(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "source", "filename", "mode", "flags", "dont_inherit",
                                          "optimize", "_feature_version", NULL };
    GpObject *a[7];
    if (gp_args_parse("compile", args, nargs, kwnames, kwlist, 3, 6, a) < 0)
        return NULL;
    /* PyCF_* and CO_FUTURE_* bits CPython accepts (others: ValueError) */
    const int64_t known_flags = 0x1FE0000 | 0x8000 | 0x4000 | 0x2000 | 0x1000 | 0x0400 | 0x0200 | 0x0010;
    int64_t flags = 0;
    if (a[3] && gp_int_as_i64(a[3], &flags) < 0)
        return NULL;
    if (flags & ~known_flags) {
        gp_err_set_string(&GpExc_ValueError, "compile(): unrecognised flags");
        return NULL;
    }
    const char *s;
    gp_ssize n;
    if (source_text(a[0], "compile", &s, &n) < 0)
        return NULL;
    GpObject *fn = GP_STR_CHECK(a[1]) ? gp_newref(a[1]) : gp_str(a[1]);
    if (!fn)
        return NULL;
    if (!GP_STR_CHECK(a[2]) || !(gp_str_eq_cstr(a[2], "exec") || gp_str_eq_cstr(a[2], "eval") ||
                                 gp_str_eq_cstr(a[2], "single"))) {
        GP_DECREF(fn);
        gp_err_set_string(&GpExc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        return NULL;
    }
    if (memchr(s, 0, (size_t)n)) {
        GP_DECREF(fn);
        gp_err_set_string(&GpExc_ValueError, "source code string cannot contain null bytes");
        return NULL;
    }
    int64_t opt = -1;
    if (a[5] && gp_int_as_i64(a[5], &opt) < 0) {
        GP_DECREF(fn);
        return NULL;
    }
    int64_t dont_inherit = 0;
    if (a[4] && gp_int_as_i64(a[4], &dont_inherit) < 0) {
        GP_DECREF(fn);
        return NULL;
    }
    int cflags = (int)(flags & FUTURE_FLAGS_MASK) | (dont_inherit ? 0 : caller_future_flags()) | str_source_flags(a[0]);
    GpObject *r = gp_compile_source(s, n, fn, GP_STR_DATA(a[2]), cflags, opt > 0 ? (int)opt : 0);
    GP_DECREF(fn);
    return r;
}

static GpObject *run_code_or_source(const char *fname, GpObject *const *args, size_t nargs,
                                    GpObject *kwnames, const char *mode)
{
    static const char *const kwlist[] = { "source", "globals", "locals", "closure", NULL };
    GpObject *a[4];
    if (gp_args_parse(fname, args, nargs, kwnames, kwlist, 1, 3, a) < 0)
        return NULL;
    GpObject *globals = a[1] && a[1] != gp_None ? a[1] : NULL;
    GpObject *locals = a[2] && a[2] != gp_None ? a[2] : NULL;
    if (globals && !GP_DICT_CHECK(globals)) {
        gp_err_format(&GpExc_TypeError,
                      strcmp(fname, "exec") == 0 ? "exec() globals must be a dict, not %T"
                                                 : "globals must be a dict", globals);
        return NULL;
    }
    if (locals && !GP_TYPE(locals)->getitem) {
        gp_err_set_string(&GpExc_TypeError, strcmp(fname, "exec") == 0
                                                ? "locals must be a mapping"
                                                : "locals must be a mapping");
        return NULL;
    }
    if (!globals) {
        globals = gp_eval_get_globals();
        if (!locals) {
            GpObject *l = gp_eval_get_locals();
            if (!l)
                return NULL;
            GpObject *r;
            GP_INCREF(globals);
            goto have_ns_owned;
        have_ns_owned:
            locals = l;
            r = NULL;
            {
                GpObject *code;
                if (GP_CODE_CHECK(a[0])) {
                    code = gp_newref(a[0]);
                } else {
                    const char *s;
                    gp_ssize n;
                    if (source_text(a[0], fname, &s, &n) < 0) {
                        GP_DECREF(l);
                        GP_DECREF(globals);
                        return NULL;
                    }
                    /* eval() strips leading spaces and tabs */
                    if (strcmp(mode, "eval") == 0)
                        while (n > 0 && (*s == ' ' || *s == '\t')) {
                            s++;
                            n--;
                        }
                    GpObject *fn = gp_str_from_cstr("<string>");
                    code = fn ? gp_compile_source(s, n, fn, mode, caller_future_flags() | str_source_flags(a[0]), 0)
                              : NULL;
                    GP_XDECREF(fn);
                }
                if (code) {
                    r = gp_eval_code(code, globals, locals);
                    GP_DECREF(code);
                }
            }
            GP_DECREF(l);
            GP_DECREF(globals);
            if (r && strcmp(mode, "exec") == 0) {
                GP_DECREF(r);
                GP_RETURN_NONE;
            }
            return r;
        }
    } else if (!locals) {
        locals = globals;
    }
    if (!gp_dict_getitem_str(globals, "__builtins__") &&
        gp_dict_setitem_str(globals, "__builtins__", gp_interp()->builtins_module) < 0)
        return NULL;
    GpObject *code;
    if (GP_CODE_CHECK(a[0])) {
        code = gp_newref(a[0]);
    } else {
        const char *s;
        gp_ssize n;
        if (source_text(a[0], fname, &s, &n) < 0)
            return NULL;
        if (strcmp(mode, "eval") == 0)
            while (n > 0 && (*s == ' ' || *s == '\t')) {
                s++;
                n--;
            }
        GpObject *fn = gp_str_from_cstr("<string>");
        code = fn ? gp_compile_source(s, n, fn, mode, caller_future_flags() | str_source_flags(a[0]), 0) : NULL;
        GP_XDECREF(fn);
        if (!code)
            return NULL;
    }
    GpObject *r = gp_eval_code(code, globals, locals);
    GP_DECREF(code);
    if (r && strcmp(mode, "exec") == 0) {
        GP_DECREF(r);
        GP_RETURN_NONE;
    }
    return r;
}

static GpObject *builtin_exec(GpObject *m, GpObject *const *a, size_t n, GpObject *kw)
{
    return run_code_or_source("exec", a, n, kw, "exec");
}

static GpObject *builtin_eval(GpObject *m, GpObject *const *a, size_t n, GpObject *kw)
{
    return run_code_or_source("eval", a, n, kw, "eval");
}

static GpObject *builtin_open(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpObject *io = gp_import("_io");
    if (!io)
        return NULL;
    GpObject *open = gp_getattr_str(io, "open");
    GP_DECREF(io);
    if (!open)
        return NULL;
    GpObject *r = gp_call(open, args, nargs, kwnames);
    GP_DECREF(open);
    return r;
}

static GpObject *builtin_breakpoint(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kw)
{
    GP_RETURN_NONE;
}

/* exit and quit: callable objects whose repr tells how to leave (CPython's
 * site.Quitter). Calling one raises SystemExit(code). */
typedef struct { GpObject ob; const char *name; } GpQuitter;

static GpObject *quitter_repr(GpObject *self)
{
    return gp_str_from_format("Use %s() or Ctrl-D (i.e. EOF) to exit", ((GpQuitter *)self)->name);
}

static GpObject *quitter_call(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    size_t nargs = (size_t)GP_NARGS(nargsf);
    if ((kwnames && GP_SIZE(kwnames)) || nargs > 1) {
        gp_err_format(&GpExc_TypeError, "Quitter.__call__() takes from 1 to 2 positional arguments but %zu were given",
                      nargs + 1);
        return NULL;
    }
    gp_err_set_object(&GpExc_SystemExit, nargs ? args[0] : NULL);
    return NULL;
}

static GpType GpQuitter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(GpQuitter),
    .repr = quitter_repr,
    .call = quitter_call,
};

static int add_quitter(GpObject *d, const char *name)
{
    if (!(GpQuitter_Type.flags & GP_TPFLAGS_READY) && gp_type_ready(&GpQuitter_Type) < 0)
        return -1;
    GpQuitter *q = (GpQuitter *)gp_obj_alloc(&GpQuitter_Type, 0);
    if (!q)
        return -1;
    q->name = name;
    int r = gp_dict_setitem_str(d, name, (GpObject *)q);
    GP_DECREF(q);
    return r;
}

static const GpMethodDef builtin_methods[] = {
    { "print", (void *)builtin_print, GP_METH_FASTKW, "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)" },
    GP_METHOD("input", builtin_input, GP_METH_FAST),
    GP_METHOD("abs", builtin_abs, GP_METH_O),
    GP_METHOD("repr", builtin_repr, GP_METH_O),
    GP_METHOD("ascii", builtin_ascii, GP_METH_O),
    GP_METHOD("callable", builtin_callable, GP_METH_O),
    GP_METHOD("len", builtin_len, GP_METH_O),
    GP_METHOD("id", builtin_id, GP_METH_O),
    GP_METHOD("hash", builtin_hash, GP_METH_O),
    GP_METHOD("format", builtin_format, GP_METH_FAST),
    GP_METHOD("chr", builtin_chr, GP_METH_O),
    GP_METHOD("ord", builtin_ord, GP_METH_O),
    GP_METHOD("bin", builtin_bin, GP_METH_O),
    GP_METHOD("oct", builtin_oct, GP_METH_O),
    GP_METHOD("hex", builtin_hex, GP_METH_O),
    GP_METHOD("divmod", builtin_divmod, GP_METH_FAST),
    GP_METHOD("pow", builtin_pow, GP_METH_FASTKW),
    GP_METHOD("round", builtin_round, GP_METH_FASTKW),
    GP_METHOD("all", builtin_all, GP_METH_O),
    GP_METHOD("any", builtin_any, GP_METH_O),
    GP_METHOD("sum", builtin_sum, GP_METH_FASTKW),
    GP_METHOD("min", builtin_min, GP_METH_FASTKW),
    GP_METHOD("max", builtin_max, GP_METH_FASTKW),
    GP_METHOD("sorted", builtin_sorted, GP_METH_FASTKW),
    GP_METHOD("iter", builtin_iter, GP_METH_FAST),
    GP_METHOD("next", builtin_next, GP_METH_FAST),
    GP_METHOD("aiter", builtin_aiter, GP_METH_O),
    GP_METHOD("anext", builtin_anext, GP_METH_FAST),
    GP_METHOD("getattr", builtin_getattr, GP_METH_FAST),
    GP_METHOD("setattr", builtin_setattr, GP_METH_FAST),
    GP_METHOD("delattr", builtin_delattr, GP_METH_FAST),
    GP_METHOD("hasattr", builtin_hasattr, GP_METH_FAST),
    GP_METHOD("isinstance", builtin_isinstance, GP_METH_FAST),
    GP_METHOD("issubclass", builtin_issubclass, GP_METH_FAST),
    GP_METHOD("dir", builtin_dir, GP_METH_FAST),
    GP_METHOD("globals", builtin_globals, GP_METH_NOARGS),
    GP_METHOD("locals", builtin_locals, GP_METH_NOARGS),
    GP_METHOD("vars", builtin_vars, GP_METH_FAST),
    GP_METHOD("compile", builtin_compile, GP_METH_FASTKW),
    GP_METHOD("exec", builtin_exec, GP_METH_FASTKW),
    GP_METHOD("eval", builtin_eval, GP_METH_FASTKW),
    GP_METHOD("open", builtin_open, GP_METH_FASTKW),
    GP_METHOD("breakpoint", builtin_breakpoint, GP_METH_FASTKW),
    { NULL },
};

#define GP_BUILTIN_TYPES(X) \
    X("object", GpBaseObject_Type) X("type", GpType_Type) X("int", GpInt_Type) X("bool", GpBool_Type) \
    X("float", GpFloat_Type) X("complex", GpComplex_Type) X("str", GpStr_Type) X("bytes", GpBytes_Type) \
    X("bytearray", GpByteArray_Type) X("list", GpList_Type) X("tuple", GpTuple_Type) X("dict", GpDict_Type) \
    X("set", GpSet_Type) X("frozenset", GpFrozenSet_Type) X("range", GpRange_Type) X("slice", GpSlice_Type) \
    X("enumerate", GpEnumerate_Type) X("zip", GpZip_Type) X("map", GpMap_Type) X("filter", GpFilter_Type) \
    X("reversed", GpReversed_Type) X("super", GpSuper_Type) X("property", GpProperty_Type) \
    X("classmethod", GpClassMethod_Type) X("staticmethod", GpStaticMethod_Type) X("memoryview", GpMemoryView_Type)

int gp_mod_builtins_init(GpObject *m)
{
    GpObject *d = GP_MODULE_DICT(m);
    if (gp_add_functions(d, builtin_methods, gp_str_intern_cstr("builtins")) < 0)
        return -1;
#define GP_ADD_TYPE(name, t) if (gp_dict_setitem_str(d, name, (GpObject *)&t) < 0) return -1;
    GP_BUILTIN_TYPES(GP_ADD_TYPE)
#undef GP_ADD_TYPE
    if (gp_dict_setitem_str(d, "None", gp_None) < 0 ||
        gp_dict_setitem_str(d, "Ellipsis", gp_Ellipsis) < 0 ||
        gp_dict_setitem_str(d, "NotImplemented", gp_NotImplemented) < 0 ||
        gp_dict_setitem_str(d, "True", gp_True) < 0 ||
        gp_dict_setitem_str(d, "False", gp_False) < 0 ||
        add_quitter(d, "exit") < 0 || add_quitter(d, "quit") < 0)
        return -1;
    GpObject *doc = gp_str_from_cstr("Built-in functions, exceptions, and other objects.");
    if (!doc || gp_dict_setitem_str(d, "__doc__", doc) < 0)
        return -1;
    GP_DECREF(doc);
    return 0;
}
