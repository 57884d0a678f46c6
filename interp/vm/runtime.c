/* runtime.c -- bringing the interpreter up and down.
 *
 * Start-up order: the main thread state (so that errors can be raised), the
 * static types, the interned-string table, the builtins module, the
 * exception classes, the sys module. Shut-down follows CPython: atexit
 * callbacks, (threads: see concurrency/), flush the standard streams.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gilpy.h"
#include "vm/runtime.h"
#include "vm/embedded.h"

/* Every static type is made ready at start-up. Weak so that the list can
 * name types whose files are being written; missing ones are skipped. */
#define GP_STATIC_TYPES(X) \
    X(GpType_Type) X(GpBaseObject_Type) X(GpNone_Type) X(GpNotImplemented_Type) X(GpEllipsis_Type) \
    X(GpInt_Type) X(GpBool_Type) X(GpFloat_Type) X(GpComplex_Type) \
    X(GpStr_Type) X(GpStrIter_Type) X(GpBytes_Type) X(GpByteArray_Type) X(GpBytesIter_Type) X(GpByteArrayIter_Type) \
    X(GpTuple_Type) X(GpTupleIter_Type) X(GpList_Type) X(GpListIter_Type) X(GpListRevIter_Type) \
    X(GpDict_Type) X(GpDictKeys_Type) X(GpDictValues_Type) X(GpDictItems_Type) \
    X(GpDictIterKey_Type) X(GpDictIterValue_Type) X(GpDictIterItem_Type) \
    X(GpSet_Type) X(GpFrozenSet_Type) X(GpSetIter_Type) \
    X(GpRange_Type) X(GpRangeIter_Type) X(GpSlice_Type) X(GpEnumerate_Type) X(GpZip_Type) X(GpMap_Type) \
    X(GpFilter_Type) X(GpReversed_Type) X(GpSeqIter_Type) X(GpCallIter_Type) \
    X(GpCode_Type) X(GpFunction_Type) X(GpCell_Type) X(GpGen_Type) X(GpModule_Type) X(GpFrame_Type) \
    X(GpCFunction_Type) X(GpMethod_Type) X(GpSuper_Type) \
    X(GpMethodDescr_Type) X(GpClassMethodDescr_Type) X(GpMemberDescr_Type) X(GpGetSetDescr_Type) \
    X(GpWrapperDescr_Type) X(GpMethodWrapper_Type) X(GpClassMethod_Type) X(GpStaticMethod_Type) \
    X(GpProperty_Type) X(GpTraceback_Type) X(GpNamespace_Type)

#define GP_WEAK_TYPE(t) extern GpType t __attribute__((weak));
GP_STATIC_TYPES(GP_WEAK_TYPE)
#undef GP_WEAK_TYPE

int gp_str_init_types(void) __attribute__((weak));
int gp_int_init_types(void) __attribute__((weak));
int gp_float_init_types(void) __attribute__((weak));

static GpObject *builtin_import_fn;

static const GpMethodDef core_builtins[] = {
    { "__build_class__", (void *)gp_builtin_build_class, GP_METH_FASTKW,
      "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class" },
    { "__import__", (void *)gp_builtin_import, GP_METH_FASTKW,
      "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module" },
    { NULL },
};

static int fail(const char *what)
{
    fprintf(stderr, "gilpy: fatal error during start-up: %s\n", what);
    if (gp_err_occurred())
        gp_err_print();
    return -1;
}

static GpObject *make_module(const char *name)
{
    GpObject *m = gp_module_new(name);
    if (!m)
        return NULL;
    if (gp_dict_setitem_str(gp_interp()->modules, name, m) < 0) {
        GP_DECREF(m);
        return NULL;
    }
    return m;
}

int gp_runtime_init(const GpConfig *cfg)
{
    static GpConfig empty;
    if (!cfg)
        cfg = &empty;
    GpInterp *in = &gp_interp_main;
    if (in->modules)
        return 0;   /* already initialised (unit tests) */
    in->recursion_limit = 1000;
    in->preempt_every_instruction = cfg == &empty ? 1 : cfg->preempt_instruction;
    in->flag_unbuffered = cfg->unbuffered;
    in->flag_inspect = cfg->inspect;
    in->flag_verbose = cfg->verbose;
    GpThreadState *ts = gp_tstate_new(in);
    if (!ts)
        return fail("no memory for the thread state");
    gp_tstate_bind(ts);
    in->main_thread = ts;

#define GP_READY(t) if (&t && gp_type_ready(&t) < 0) return fail("type " #t);
    GP_STATIC_TYPES(GP_READY)
#undef GP_READY
    if (gp_str_init_types && gp_str_init_types() < 0)
        return fail("str");
    if (gp_int_init_types && gp_int_init_types() < 0)
        return fail("int");
    if (gp_float_init_types && gp_float_init_types() < 0)
        return fail("float");

    if (!in->interned && !(in->interned = gp_dict_new()))
        return fail("interned strings");
    if (!(in->modules = gp_dict_new()))
        return fail("sys.modules");
    if (!(in->xoptions = gp_dict_new()))
        return fail("xoptions");
    if (!(in->atexit_callbacks = gp_list_new(0)))
        return fail("atexit");
    for (int i = 0; i < cfg->nxoptions; i++) {
        const char *o = cfg->xoptions[i];
        const char *eq = strchr(o, '=');
        GpObject *k = eq ? gp_str_from_utf8(o, eq - o) : gp_str_from_cstr(o);
        GpObject *v = eq ? gp_str_from_cstr(eq + 1) : gp_newref(gp_True);
        if (!k || !v || gp_dict_setitem(in->xoptions, k, v) < 0)
            return fail("xoptions");
        GP_DECREF(k);
        GP_DECREF(v);
    }

    /* builtins */
    GpObject *bm = make_module("builtins");
    if (!bm)
        return fail("builtins module");
    in->builtins_module = bm;
    in->builtins = gp_newref(GP_MODULE_DICT(bm));
    if (gp_add_functions(in->builtins, core_builtins, NULL) < 0)
        return fail("builtins functions");
    builtin_import_fn = gp_dict_getitem_str(in->builtins, "__import__");
    if (gp_exceptions_init(in->builtins) < 0)
        return fail("exceptions");
    for (const GpBuiltinModule *b = gp_builtin_modules; b->name; b++)
        if (strcmp(b->name, "builtins") == 0 && b->init && b->init(bm) < 0)
            return fail("builtins init");
    gp_dict_setitem_str(in->builtins, "__debug__", cfg->optimize ? gp_False : gp_True);

    /* sys */
    GpObject *sm = make_module("sys");
    if (!sm)
        return fail("sys module");
    in->sys_module = sm;
    in->sysdict = gp_newref(GP_MODULE_DICT(sm));
    gp_dict_setitem_str(in->sysdict, "modules", in->modules);
    gp_dict_setitem_str(in->sysdict, "_xoptions", in->xoptions);
    {
        GpObject *argv = gp_list_new(0);
        if (!argv)
            return fail("sys.argv");
        for (int i = 0; i < cfg->argc; i++) {
            GpObject *a = gp_str_from_cstr(cfg->argv[i]);
            if (!a) {
                gp_err_clear();
                a = gp_str_from_cstr("?");
            }
            gp_list_append(argv, a);
            GP_DECREF(a);
        }
        if (cfg->argc == 0) {
            GpObject *e = gp_str_empty();
            gp_list_append(argv, e);
            GP_DECREF(e);
        }
        gp_dict_setitem_str(in->sysdict, "argv", argv);
        GP_DECREF(argv);
        GpObject *path = gp_list_new(0);
        GpObject *p0 = gp_str_from_cstr(cfg->path0 ? cfg->path0 : "");
        gp_list_append(path, p0);
        GP_DECREF(p0);
        const char *pp = getenv("PYTHONPATH");
        while (pp && *pp) {
            const char *c = strchr(pp, ':');
            size_t n = c ? (size_t)(c - pp) : strlen(pp);
            if (n) {
                GpObject *e = gp_str_from_utf8(pp, (gp_ssize)n);
                if (e) {
                    gp_list_append(path, e);
                    GP_DECREF(e);
                } else {
                    gp_err_clear();
                }
            }
            pp = c ? c + 1 : NULL;
        }
        gp_dict_setitem_str(in->sysdict, "path", path);
        GP_DECREF(path);
        GpObject *exe = gp_str_from_cstr(cfg->executable ? cfg->executable : "");
        gp_dict_setitem_str(in->sysdict, "executable", exe);
        GP_DECREF(exe);
    }
    for (const GpBuiltinModule *b = gp_builtin_modules; b->name; b++)
        if (strcmp(b->name, "sys") == 0 && b->init && b->init(sm) < 0)
            return fail("sys init");
    if (gp_err_occurred())
        return fail("start-up");
    return 0;
}

/* SystemExit(code): None -> 0, int -> code, anything else printed -> 1 */
static int system_exit_status(GpObject *exc)
{
    GpObject *code = ((GpSystemExit *)exc)->code;
    if (!code || code == gp_None)
        return 0;
    if (GP_INT_CHECK(code)) {
        int64_t v;
        if (gp_int_as_i64(code, &v) < 0) {
            gp_err_clear();
            return -1 & 0xFF;
        }
        return (int)(v & 0xFF);
    }
    GpObject *s = gp_str(code);
    fflush(stdout);
    if (s) {
        GpObject *err = gp_dict_getitem_str(gp_interp()->sysdict, "stderr");
        if (err && err != gp_None) {
            GpObject *r = gp_call_method_str(err, "write", &s, 1);
            GpObject *nl = gp_str_from_cstr("\n");
            GpObject *r2 = r && nl ? gp_call_method_str(err, "write", &nl, 1) : NULL;
            GP_XDECREF(r);
            GP_XDECREF(r2);
            GP_XDECREF(nl);
            gp_err_clear();
        } else {
            fprintf(stderr, "%s\n", GP_STR_DATA(s));
        }
        GP_DECREF(s);
    } else {
        gp_err_clear();
    }
    return 1;
}

int gp_handle_uncaught(void)
{
    GpObject *exc = gp_err_occurred();
    if (!exc)
        return 0;
    if (GP_TYPE_CHECK(exc, &GpExc_SystemExit)) {
        exc = gp_err_fetch();
        int st = system_exit_status(exc);
        GP_DECREF(exc);
        return st;
    }
    int interrupted = GP_TYPE_CHECK(exc, &GpExc_KeyboardInterrupt);
    gp_err_print();
    return interrupted ? 130 : 1;
}

static void flush_stream(const char *name)
{
    GpInterp *in = gp_interp();
    GpObject *s = in->sysdict ? gp_dict_getitem_str(in->sysdict, name) : NULL;
    if (s && s != gp_None) {
        GpObject *r = gp_call_method_str(s, "flush", NULL, 0);
        if (r)
            GP_DECREF(r);
        else
            gp_err_clear();
    }
}

int gp_runtime_finalize(int status)
{
    GpInterp *in = gp_interp();
    if (!in->modules)
        return status;
    /* atexit callbacks, last registered first */
    GpObject *cbs = in->atexit_callbacks;
    while (cbs && GP_SIZE(cbs) > 0) {
        gp_ssize n = GP_SIZE(cbs);
        GpObject *entry = gp_newref(GP_LIST_GET(cbs, n - 1));
        gp_list_set_slice(cbs, n - 1, n, NULL);
        /* entry: (func, args, kwargs) */
        GpObject *r = NULL;
        if (GP_TUPLE_CHECK(entry) && GP_SIZE(entry) == 3)
            r = gp_call_tuple_dict(GP_TUPLE_GET(entry, 0), GP_TUPLE_GET(entry, 1),
                                   GP_TUPLE_GET(entry, 2) == gp_None ? NULL : GP_TUPLE_GET(entry, 2));
        else
            r = gp_call0(entry);
        if (!r) {
            if (gp_err_matches(&GpExc_SystemExit)) {
                GpObject *e = gp_err_fetch();
                status = system_exit_status(e);
                GP_DECREF(e);
            } else {
                fprintf(stderr, "Exception ignored in atexit callback: ");
                GpObject *rr = gp_repr(GP_TUPLE_CHECK(entry) ? GP_TUPLE_GET(entry, 0) : entry);
                fprintf(stderr, "%s\n", rr ? GP_STR_DATA(rr) : "?");
                GP_XDECREF(rr);
                gp_err_print();
            }
        } else {
            GP_DECREF(r);
        }
        GP_DECREF(entry);
    }
    in->finalizing = 1;
    flush_stream("stdout");
    flush_stream("stderr");
    fflush(stdout);
    fflush(stderr);
    return status;
}
