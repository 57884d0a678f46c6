/* sysmodule.c -- the sys module. */
#include <float.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "gilpy.h"
#include "vm/trace.h"
#include "objects/structseq.h"
#include "objects/namespaceobject.h"
#include "objects/genobject.h"   /* the async generator hooks */
#include "mem/gc.h"
#include "concurrency/gil.h"
#include "mem/gpmem.h"

#define GP_VERSION_STR "3.11.7 (gilpy 0.1) [GCC " __VERSION__ "]"

/* I/O layer hooks (modules/_io): the standard streams as text files. */
GpObject *gp_io_std_stream(int fd, int writable, int unbuffered) __attribute__((weak));
extern int gp_int_max_str_digits __attribute__((weak));


/* ---- a minimal writer used when _io is unavailable ------------------------- */
typedef struct { GpObject ob; int fd; } GpStdWriter;
static GpObject *stdw_write(GpObject *self, GpObject *s)
{
    if (!GP_STR_CHECK(s)) {
        gp_err_format(&GpExc_TypeError, "write() argument must be str, not %T", s);
        return NULL;
    }
    FILE *f = ((GpStdWriter *)self)->fd == 2 ? stderr : stdout;
    fwrite(GP_STR_DATA(s), 1, (size_t)GP_STR_NBYTES(s), f);
    return gp_int_from_ssize(GP_STR_LEN(s));
}
static GpObject *stdw_flush(GpObject *self, GpObject *u)
{
    fflush(((GpStdWriter *)self)->fd == 2 ? stderr : stdout);
    GP_RETURN_NONE;
}
static GpObject *stdw_fileno(GpObject *self, GpObject *u) { return gp_int_from_i64(((GpStdWriter *)self)->fd); }
static GpObject *stdw_isatty(GpObject *self, GpObject *u) { return gp_bool(isatty(((GpStdWriter *)self)->fd)); }
static const GpMethodDef stdw_methods[] = {
    GP_METHOD("write", stdw_write, GP_METH_O),
    GP_METHOD("flush", stdw_flush, GP_METH_NOARGS),
    GP_METHOD("fileno", stdw_fileno, GP_METH_NOARGS),
    GP_METHOD("isatty", stdw_isatty, GP_METH_NOARGS),
    { NULL },
};
static GpType GpStdWriter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_gilpy_stdwriter",
    .basicsize = sizeof(GpStdWriter),
    .methods = stdw_methods,
};
static GpObject *std_stream(int fd, int writable, int unbuffered)
{
    if (gp_io_std_stream)
        return gp_io_std_stream(fd, writable, unbuffered);
    if (!(GpStdWriter_Type.flags & GP_TPFLAGS_READY) && gp_type_ready(&GpStdWriter_Type) < 0)
        return NULL;
    GpStdWriter *w = (GpStdWriter *)gp_obj_alloc(&GpStdWriter_Type, 0);
    if (w)
        w->fd = fd;
    return (GpObject *)w;
}

/* ---- functions ----------------------------------------------------------------- */

static GpObject *sys_exit(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("exit", nargs, 0, 1) < 0)
        return NULL;
    gp_err_set_object(&GpExc_SystemExit, nargs ? args[0] : NULL);
    return NULL;
}

static GpObject *sys_getrecursionlimit(GpObject *m, GpObject *u)
{
    return gp_int_from_i64(gp_interp()->recursion_limit);
}

static GpObject *sys_setrecursionlimit(GpObject *m, GpObject *arg)
{
    if (!GP_INT_CHECK(arg)) {
        gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", arg);
        return NULL;
    }
    int64_t v;
    if (gp_int_as_i64(arg, &v) < 0 || v > INT_MAX) {
        gp_err_clear();
        gp_err_set_string(&GpExc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (v < 1) {
        gp_err_set_string(&GpExc_ValueError, "recursion limit must be greater or equal than 1");
        return NULL;
    }
    /* CPython counts the call of this C function itself as one level */
    int depth = gp_tstate()->recursion_depth + 1;
    if (v <= depth) {
        gp_err_format(&GpExc_RecursionError,
                      "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                      (int)v, depth);
        return NULL;
    }
    gp_interp()->recursion_limit = (int)v;
    GP_RETURN_NONE;
}

static GpObject *sys_intern(GpObject *m, GpObject *arg)
{
    if (!GP_STR_CHECK(arg)) {
        /* CPython's argument-clinic wording: None is named "None" */
        gp_err_format(&GpExc_TypeError, "intern() argument must be str, not %s",
                      arg == gp_None ? "None" : gp_type_name(GP_TYPE(arg)));
        return NULL;
    }
    if (!GP_STR_CHECK_EXACT(arg)) {
        /* a str subclass passes the argument check but cannot be interned */
        gp_err_format(&GpExc_TypeError, "can't intern %s", gp_type_name(GP_TYPE(arg)));
        return NULL;
    }
    return gp_str_intern(arg);
}

/* The count as it stands while getrefcount runs: CPython's number, because
 * the argument is borrowed from the caller's stack exactly as CPython's
 * vectorcall borrows it (the "+1 for the argument" the docs mention is that
 * stack slot). Immortal objects (None, small ints, static types) report
 * a huge count (about 2**40), as CPython 3.12+ does for its own immortals
 * (3.11 reports smaller, drifting numbers; no script can rely on either).
 * In __main__, CPython reports one more for str/float/int CONSTANTS of the
 * script: its parser arena keeps a reference to them while the main module
 * runs (not in imported modules); gilpy does not reproduce that artefact. */
static GpObject *sys_getrefcount(GpObject *m, GpObject *arg)
{
    return gp_int_from_ssize(GP_REFCNT(arg));
}

/* sys.getsizeof(obj[, default]): obj.__sizeof__() (looked up on the type,
 * as every special method) plus what the allocator puts in front of the
 * object: the GC head for containers and the weaklist/dict pre-header of
 * heap subclasses of variable-sized built-ins (mem/gc.h).
 *
 * The numbers follow from gilpy's own layouts, so they differ from CPython's
 * where the layouts differ:
 *   - the GC head is 16 bytes, as in CPython: getsizeof([]) is 56 in both;
 *   - int is a 32-byte header with an inline 64-bit value or a GMP number
 *     (intmethods.c reports CPython's 30-bit digit figures today);
 *   - str stores UTF-8 plus an optional code point index, not CPython's
 *     1/2/4-byte kinds, so non-ASCII strings have different sizes;
 *   - a dict's table is one block: 2**k index slots plus 2/3*2**k entries of
 *     24 bytes, without CPython's 32-byte keys-object header or its 16-byte
 *     entries for str-only dicts; an empty dict has no table in either;
 *   - instances keep __dict__ in a slot of the object (CPython 3.11 puts it
 *     in a pre-header and counts it there).
 * What both share, and scripts may rely on: sizes grow by one pointer (8
 * bytes) per list slot and tuple item, list over-allocation follows the
 * same formula, equal-width ints have equal sizes, an empty container is
 * smaller than a non-empty one, and the error behaviour below. */
static GpObject *sys_getsizeof(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "object", "default", NULL };
    GpObject *a[2] = { NULL, NULL };
    if (gp_args_parse("getsizeof", args, nargs, kwnames, kwlist, 1, 2, a) < 0)
        return NULL;
    GpObject *o = a[0];
    GpObject *meth = gp_lookup_special(o, gp_str_intern_cstr("__sizeof__"));
    GpObject *r = NULL;
    if (!meth) {
        if (!gp_err_occurred())
            gp_err_format(&GpExc_TypeError, "Type %s doesn't define __sizeof__",
                          gp_type_name(GP_TYPE(o)));
    } else {
        r = gp_call(meth, NULL, 0, NULL);
        GP_DECREF(meth);
    }
    gp_ssize v = -1;
    if (r) {
        if (!GP_INT_CHECK(r))
            gp_err_set_string(&GpExc_TypeError, "an integer is required");
        else if (gp_int_as_ssize(r, &v) < 0)
            v = -1;
        else if (v < 0)
            gp_err_set_string(&GpExc_ValueError, "__sizeof__() should return >= 0");
        GP_DECREF(r);
    }
    if (v < 0) {
        /* only a TypeError is replaced by the default, as in CPython */
        if (a[1] && gp_err_matches(&GpExc_TypeError)) {
            gp_err_clear();
            return gp_newref(a[1]);
        }
        return NULL;
    }
    if (gp_obj_is_gc(o))
        v += (gp_ssize)sizeof(GpGCHead);
    if (GP_TYPE(o)->dictoffset < 0)
        v += (gp_ssize)GP_PREHEADER_SIZE;
    return gp_int_from_ssize(v);
}

/* sys._debugmallocstats(): the allocator report on stderr, as CPython
 * prints its pymalloc report (format documented in mem/memstats.c). */
static GpObject *sys_debugmallocstats(GpObject *m, GpObject *unused)
{
    fflush(stdout);
    gp_mem_print_stats(stderr);
    fflush(stderr);
    GP_RETURN_NONE;
}

static GpObject *exc_info_tuple(void)
{
    GpObject *e = gp_err_get_handled();
    if (!e)
        return gp_tuple_pack(3, gp_None, gp_None, gp_None);
    GpObject *tb = gp_exc_get_traceback(e);
    return gp_tuple_pack(3, GP_TYPE(e), e, tb ? tb : gp_None);
}

static GpObject *sys_exc_info(GpObject *m, GpObject *u) { return exc_info_tuple(); }

static GpObject *sys_exception(GpObject *m, GpObject *u)
{
    GpObject *e = gp_err_get_handled();
    return gp_newref(e ? e : gp_None);
}

static GpObject *sys_getframe(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("_getframe", nargs, 0, 1) < 0)
        return NULL;
    int64_t depth = 0;
    if (nargs && gp_int_as_i64(args[0], &depth) < 0)
        return NULL;
    GpFrame *f = gp_current_frame();
    while (depth > 0 && f) {
        f = f->previous;
        depth--;
    }
    if (!f) {
        gp_err_set_string(&GpExc_ValueError, "call stack is not deep enough");
        return NULL;
    }
    return gp_frame_get_object(f);
}

static GpObject *sys_displayhook(GpObject *m, GpObject *v)
{
    if (v == gp_None)
        GP_RETURN_NONE;
    GpObject *b = gp_interp()->builtins;
    if (gp_dict_setitem_str(b, "_", gp_None) < 0)
        return NULL;
    GpObject *out = gp_dict_getitem_str(gp_interp()->sysdict, "stdout");
    if (!out || out == gp_None) {
        gp_err_set_string(&GpExc_RuntimeError, "lost sys.stdout");
        return NULL;
    }
    GpObject *r = gp_repr(v);
    if (!r)
        return NULL;
    GpObject *res = gp_call_method_str(out, "write", &r, 1);
    GP_DECREF(r);
    if (!res)
        return NULL;
    GP_DECREF(res);
    GpObject *nl = gp_str_from_cstr("\n");
    res = nl ? gp_call_method_str(out, "write", &nl, 1) : NULL;
    GP_XDECREF(nl);
    if (!res)
        return NULL;
    GP_DECREF(res);
    if (gp_dict_setitem_str(b, "_", v) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *sys_excepthook(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("excepthook", nargs, 3, 3) < 0)
        return NULL;
    GpObject *exc = args[1];
    if (GP_EXC_CHECK(exc) && args[2] != gp_None && !gp_exc_get_traceback(exc))
        gp_exc_set_traceback(exc, args[2]);
    gp_err_display(exc, NULL);
    GP_RETURN_NONE;
}

/* sys.unraisablehook(unraisable): the default writer of unraisable.c */
static GpObject *sys_unraisablehook(GpObject *m, GpObject *args)
{
    return gp_unraisable_default_hook(args);
}

static GpObject *sys_getswitchinterval(GpObject *m, GpObject *u)
{
    return gp_float_new(gp_gil_get_switch_interval());
}

static GpObject *sys_setswitchinterval(GpObject *m, GpObject *arg)
{
    double d = gp_float_as_double(arg);
    if ((d == -1.0 && gp_err_occurred()) || gp_gil_set_switch_interval(d) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *sys_get_int_max_str_digits(GpObject *m, GpObject *u)
{
    return gp_int_from_i64(&gp_int_max_str_digits ? gp_int_max_str_digits : 4300);
}

static GpObject *sys_set_int_max_str_digits(GpObject *m, GpObject *const *args, size_t nargs,
                                            GpObject *kwnames)
{
    static const char *const kwlist[] = { "maxdigits", NULL };
    GpObject *a[1];
    if (gp_args_parse("set_int_max_str_digits", args, nargs, kwnames, kwlist, 1, 1, a) < 0)
        return NULL;
    int64_t v;
    if (gp_int_as_i64(a[0], &v) < 0)
        return NULL;
    if (v != 0 && v < 640) {
        gp_err_set_string(&GpExc_ValueError, "maxdigits must be 0 or larger than 640");
        return NULL;
    }
    if (&gp_int_max_str_digits)
        gp_int_max_str_digits = (int)v;
    GP_RETURN_NONE;
}

static GpObject *sys_getdefaultencoding(GpObject *m, GpObject *u) { return gp_str_from_cstr("utf-8"); }
static GpObject *sys_getfilesystemencoding(GpObject *m, GpObject *u) { return gp_str_from_cstr("utf-8"); }
static GpObject *sys_is_finalizing(GpObject *m, GpObject *u) { return gp_bool(gp_interp()->finalizing); }

/* Per-thread trace and profile functions (vm/trace.c). */
static GpObject *sys_settrace(GpObject *m, GpObject *f)
{
    gp_trace_set(gp_tstate(), f);
    GP_RETURN_NONE;
}
static GpObject *sys_gettrace(GpObject *m, GpObject *u)
{
    GpObject *f = gp_tstate()->c_tracefunc;
    return gp_newref(f ? f : gp_None);
}
static GpObject *sys_setprofile(GpObject *m, GpObject *f)
{
    gp_profile_set(gp_tstate(), f);
    GP_RETURN_NONE;
}
static GpObject *sys_getprofile(GpObject *m, GpObject *u)
{
    GpObject *f = gp_tstate()->c_profilefunc;
    return gp_newref(f ? f : gp_None);
}
static GpObject *sys_audit(GpObject *m, GpObject *const *args, size_t nargs) { GP_RETURN_NONE; }
static GpObject *sys_addaudithook(GpObject *m, GpObject *h) { GP_RETURN_NONE; }

static GpObject *sys_current_frames(GpObject *m, GpObject *u)
{
    return gp_threads_current_frames();
}

/* sys.set_asyncgen_hooks(firstiter=..., finalizer=...): an argument not
 * given leaves its hook alone, None clears it. (Stored per process, not per
 * thread as in CPython.) */
static GpObject *sys_set_asyncgen_hooks(GpObject *m, GpObject *const *args, size_t nargs,
                                        GpObject *kwnames)
{
    static const char *const kwlist[] = { "firstiter", "finalizer", NULL };
    GpObject *a[2];
    if (gp_args_parse("set_asyncgen_hooks", args, nargs, kwnames, kwlist, 0, 2, a) < 0)
        return NULL;
    if (a[1] && a[1] != gp_None && !gp_callable(a[1])) {
        gp_err_format(&GpExc_TypeError, "callable finalizer expected, got %T", a[1]);
        return NULL;
    }
    if (a[0] && a[0] != gp_None && !gp_callable(a[0])) {
        gp_err_format(&GpExc_TypeError, "callable firstiter expected, got %T", a[0]);
        return NULL;
    }
    if (a[1])
        GP_SETREF(gp_asyncgen_finalizer, a[1] == gp_None ? NULL : gp_newref(a[1]));
    if (a[0])
        GP_SETREF(gp_asyncgen_firstiter, a[0] == gp_None ? NULL : gp_newref(a[0]));
    GP_RETURN_NONE;
}

static GpObject *sys_get_asyncgen_hooks(GpObject *m, GpObject *u)
{
    static GpType *hooks_type;
    static const char *const fields[] = { "firstiter", "finalizer" };
    if (!hooks_type && !(hooks_type = gp_structseq_new_type("asyncgen_hooks", fields, 2)))
        return NULL;
    GpObject *v[2] = { gp_asyncgen_firstiter ? gp_asyncgen_firstiter : gp_None,
                       gp_asyncgen_finalizer ? gp_asyncgen_finalizer : gp_None };
    return gp_structseq_new(hooks_type, v, 2);
}

static const GpMethodDef sys_methods[] = {
    GP_METHOD("set_asyncgen_hooks", sys_set_asyncgen_hooks, GP_METH_FASTKW),
    GP_METHOD("get_asyncgen_hooks", sys_get_asyncgen_hooks, GP_METH_NOARGS),
    GP_METHOD("exit", sys_exit, GP_METH_FAST),
    GP_METHOD("getrecursionlimit", sys_getrecursionlimit, GP_METH_NOARGS),
    GP_METHOD("setrecursionlimit", sys_setrecursionlimit, GP_METH_O),
    GP_METHOD("intern", sys_intern, GP_METH_O),
    GP_METHOD("getrefcount", sys_getrefcount, GP_METH_O),
    GP_METHOD("getsizeof", sys_getsizeof, GP_METH_FASTKW),
    GP_METHOD("_debugmallocstats", sys_debugmallocstats, GP_METH_NOARGS),
    GP_METHOD("exc_info", sys_exc_info, GP_METH_NOARGS),
    GP_METHOD("exception", sys_exception, GP_METH_NOARGS),
    GP_METHOD("_getframe", sys_getframe, GP_METH_FAST),
    GP_METHOD("displayhook", sys_displayhook, GP_METH_O),
    GP_METHOD("excepthook", sys_excepthook, GP_METH_FAST),
    GP_METHOD("unraisablehook", sys_unraisablehook, GP_METH_O),
    GP_METHOD("getswitchinterval", sys_getswitchinterval, GP_METH_NOARGS),
    GP_METHOD("setswitchinterval", sys_setswitchinterval, GP_METH_O),
    GP_METHOD("get_int_max_str_digits", sys_get_int_max_str_digits, GP_METH_NOARGS),
    GP_METHOD("set_int_max_str_digits", sys_set_int_max_str_digits, GP_METH_FASTKW),
    GP_METHOD("getdefaultencoding", sys_getdefaultencoding, GP_METH_NOARGS),
    GP_METHOD("getfilesystemencoding", sys_getfilesystemencoding, GP_METH_NOARGS),
    GP_METHOD("is_finalizing", sys_is_finalizing, GP_METH_NOARGS),
    GP_METHOD("settrace", sys_settrace, GP_METH_O),
    GP_METHOD("gettrace", sys_gettrace, GP_METH_NOARGS),
    GP_METHOD("setprofile", sys_setprofile, GP_METH_O),
    GP_METHOD("getprofile", sys_getprofile, GP_METH_NOARGS),
    GP_METHOD("audit", sys_audit, GP_METH_FAST),
    GP_METHOD("addaudithook", sys_addaudithook, GP_METH_O),
    GP_METHOD("_current_frames", sys_current_frames, GP_METH_NOARGS),
    { NULL },
};

static int set_obj(GpObject *d, const char *name, GpObject *v)
{
    if (!v)
        return -1;
    int r = gp_dict_setitem_str(d, name, v);
    GP_DECREF(v);
    return r;
}

static GpObject *make_structseq(const char *tname, const char *const *fields, int n, GpObject **vals)
{
    GpType *t = gp_structseq_new_type(tname, fields, n);
    for (int i = 0; i < n; i++)
        if (!vals[i]) {
            for (int j = 0; j < n; j++)
                GP_XDECREF(vals[j]);
            return NULL;
        }
    GpObject *r = t ? gp_structseq_new(t, vals, n) : NULL;
    for (int i = 0; i < n; i++)
        GP_DECREF(vals[i]);
    return r;
}

int gp_mod_sys_init(GpObject *m)
{
    GpObject *d = GP_MODULE_DICT(m);
    GpInterp *in = gp_interp();
    if (gp_add_functions(d, sys_methods, gp_str_intern_cstr("sys")) < 0 ||
        /* sys.__excepthook__ is sys.excepthook (the original), likewise displayhook
         * and unraisablehook */
        gp_dict_setitem_str(d, "__excepthook__", gp_dict_getitem_str(d, "excepthook")) < 0 ||
        gp_dict_setitem_str(d, "__displayhook__", gp_dict_getitem_str(d, "displayhook")) < 0 ||
        gp_dict_setitem_str(d, "__unraisablehook__", gp_dict_getitem_str(d, "unraisablehook")) < 0)
        return -1;
    static const char *const vi_fields[] = { "major", "minor", "micro", "releaselevel", "serial" };
    GpObject *vi[5] = { gp_int_from_i64(3), gp_int_from_i64(11), gp_int_from_i64(7),
                        gp_str_from_cstr("final"), gp_int_from_i64(0) };
    if (set_obj(d, "version_info", make_structseq("sys.version_info", vi_fields, 5, vi)) < 0)
        return -1;
    static const char *const fi_fields[] = { "max", "max_exp", "max_10_exp", "min", "min_exp",
                                             "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                             "rounds" };
    GpObject *fi[11] = { gp_float_new(DBL_MAX), gp_int_from_i64(DBL_MAX_EXP), gp_int_from_i64(DBL_MAX_10_EXP),
                         gp_float_new(DBL_MIN), gp_int_from_i64(DBL_MIN_EXP), gp_int_from_i64(DBL_MIN_10_EXP),
                         gp_int_from_i64(DBL_DIG), gp_int_from_i64(DBL_MANT_DIG), gp_float_new(DBL_EPSILON),
                         gp_int_from_i64(FLT_RADIX), gp_int_from_i64(FLT_ROUNDS) };
    if (set_obj(d, "float_info", make_structseq("sys.float_info", fi_fields, 11, fi)) < 0)
        return -1;
    static const char *const ii_fields[] = { "bits_per_digit", "sizeof_digit",
                                             "default_max_str_digits", "str_digits_check_threshold" };
    GpObject *ii[4] = { gp_int_from_i64(30), gp_int_from_i64(4), gp_int_from_i64(4300), gp_int_from_i64(640) };
    if (set_obj(d, "int_info", make_structseq("sys.int_info", ii_fields, 4, ii)) < 0)
        return -1;
    static const char *const hi_fields[] = { "width", "modulus", "inf", "nan", "imag", "algorithm",
                                             "hash_bits", "seed_bits", "cutoff" };
    GpObject *hi[9] = { gp_int_from_i64(64), gp_int_from_i64((int64_t)GP_HASH_MODULUS), gp_int_from_i64(GP_HASH_INF),
                        gp_int_from_i64(0), gp_int_from_i64(1000003), gp_str_from_cstr("gilpy-wyhash"),
                        gp_int_from_i64(64), gp_int_from_i64(128), gp_int_from_i64(0) };
    if (set_obj(d, "hash_info", make_structseq("sys.hash_info", hi_fields, 9, hi)) < 0)
        return -1;
    static const char *const ti_fields[] = { "name", "lock", "version" };
    GpObject *ti[3] = { gp_str_from_cstr("pthread"), gp_str_from_cstr("mutex+cond"), gp_newref(gp_None) };
    if (set_obj(d, "thread_info", make_structseq("sys.thread_info", ti_fields, 3, ti)) < 0)
        return -1;
    static const char *const fl_fields[] = { "debug", "inspect", "interactive", "optimize",
                                             "dont_write_bytecode", "no_user_site", "no_site",
                                             "ignore_environment", "verbose", "bytes_warning",
                                             "quiet", "hash_randomization", "isolated", "dev_mode",
                                             "utf8_mode", "warn_default_encoding", "safe_path",
                                             "int_max_str_digits" };
    GpObject *fl[18];
    for (int i = 0; i < 18; i++)
        fl[i] = gp_int_from_i64(0);
    GP_SETREF(fl[1], gp_int_from_i64(in->flag_inspect));
    GP_SETREF(fl[8], gp_int_from_i64(in->flag_verbose));
    /* gilpy never writes bytecode files; string hashing is randomised */
    GP_SETREF(fl[4], gp_int_from_i64(1));
    GP_SETREF(fl[11], gp_int_from_i64(1));
    GP_SETREF(fl[13], gp_newref(gp_False));   /* dev_mode and safe_path are bools */
    GP_SETREF(fl[16], gp_newref(gp_False));
    GP_SETREF(fl[17], gp_int_from_i64(-1));
    if (set_obj(d, "flags", make_structseq("sys.flags", fl_fields, 18, fl)) < 0)
        return -1;

    GpObject *impl = gp_namespace_new();
    if (!impl)
        return -1;
    GpObject *iv[5] = { gp_int_from_i64(0), gp_int_from_i64(1), gp_int_from_i64(0),
                        gp_str_from_cstr("alpha"), gp_int_from_i64(0) };
    GpObject *iver = make_structseq("sys.version_info", vi_fields, 5, iv);
    if (set_obj(((GpNamespace *)impl)->dict, "name", gp_str_from_cstr("gilpy")) < 0 ||
        set_obj(((GpNamespace *)impl)->dict, "cache_tag", gp_newref(gp_None)) < 0 ||
        set_obj(((GpNamespace *)impl)->dict, "version", iver) < 0 ||
        set_obj(((GpNamespace *)impl)->dict, "hexversion", gp_int_from_i64(0x000100a0)) < 0 ||
        set_obj(((GpNamespace *)impl)->dict, "_multiarch", gp_str_from_cstr("x86_64-linux-gnu")) < 0 ||
        set_obj(d, "implementation", impl) < 0)
        return -1;

    int unbuf = in->flag_unbuffered;
    if (set_obj(d, "stdin", std_stream(0, 0, unbuf)) < 0 ||
        set_obj(d, "stdout", std_stream(1, 1, unbuf)) < 0 ||
        set_obj(d, "stderr", std_stream(2, 1, 1)) < 0)
        return -1;
    gp_dict_setitem_str(d, "__stdin__", gp_dict_getitem_str(d, "stdin"));
    gp_dict_setitem_str(d, "__stdout__", gp_dict_getitem_str(d, "stdout"));
    gp_dict_setitem_str(d, "__stderr__", gp_dict_getitem_str(d, "stderr"));

    GpObject *names = gp_list_new(0);
    if (!names)
        return -1;
    for (const GpBuiltinModule *b = gp_builtin_modules; b->name; b++) {
        if (!b->init && strcmp(b->name, "builtins") && strcmp(b->name, "sys"))
            continue;
        GpObject *s = gp_str_from_cstr(b->name);
        if (!s || gp_list_append(names, s) < 0)
            return -1;
        GP_DECREF(s);
    }
    gp_list_sort(names);
    GpObject *bt = gp_list_as_tuple(names);
    GP_DECREF(names);
    if (set_obj(d, "builtin_module_names", bt) < 0)
        return -1;

    if (set_obj(d, "version", gp_str_from_cstr(GP_VERSION_STR)) < 0 ||
        set_obj(d, "hexversion", gp_int_from_i64(0x030b07f0)) < 0 ||
        set_obj(d, "api_version", gp_int_from_i64(1013)) < 0 ||
        set_obj(d, "platform", gp_str_from_cstr("linux")) < 0 ||
        set_obj(d, "byteorder", gp_str_from_cstr(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big")) < 0 ||
        set_obj(d, "maxsize", gp_int_from_i64(GP_SSIZE_MAX)) < 0 ||
        set_obj(d, "maxunicode", gp_int_from_i64(0x10FFFF)) < 0 ||
        set_obj(d, "float_repr_style", gp_str_from_cstr("short")) < 0 ||
        set_obj(d, "copyright", gp_str_from_cstr("Copyright (c) gilpy authors.")) < 0 ||
        set_obj(d, "prefix", gp_str_from_cstr("/usr/local")) < 0 ||
        set_obj(d, "base_prefix", gp_str_from_cstr("/usr/local")) < 0 ||
        set_obj(d, "exec_prefix", gp_str_from_cstr("/usr/local")) < 0 ||
        set_obj(d, "base_exec_prefix", gp_str_from_cstr("/usr/local")) < 0 ||
        set_obj(d, "platlibdir", gp_str_from_cstr("lib")) < 0 ||
        set_obj(d, "pycache_prefix", gp_newref(gp_None)) < 0 ||
        set_obj(d, "dont_write_bytecode", gp_newref(gp_True)) < 0 ||
        set_obj(d, "warnoptions", gp_list_new(0)) < 0 ||
        set_obj(d, "meta_path", gp_list_new(0)) < 0 ||
        set_obj(d, "path_hooks", gp_list_new(0)) < 0 ||
        set_obj(d, "path_importer_cache", gp_dict_new()) < 0 ||
        set_obj(d, "abiflags", gp_str_from_cstr("")) < 0)
        return -1;
    GpObject *argv = gp_dict_getitem_str(d, "argv");
    if (argv && set_obj(d, "orig_argv", gp_sequence_list(argv)) < 0)
        return -1;
    return gp_err_occurred() ? -1 : 0;
}
