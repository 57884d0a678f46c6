/* runtime.c -- bringing the interpreter up and down.
 *
 * Start-up order: the main thread state (so that errors can be raised), the
 * static types, the interned-string table, the builtins module, the
 * exception classes, the sys module.
 *
 * Shut-down (gp_runtime_finalize) follows CPython 3.11's Py_FinalizeEx:
 *   1. atexit callbacks, last registered first (atexitmodule.c);
 *   2. wait for non-daemon threads (concurrency/: later issue);
 *   3. interp->finalizing is set; sys.stdout and sys.stderr are flushed
 *      (a failure makes the exit status 120, stdout's error is reported as
 *      "Exception ignored in: <stdout's repr>");
 *   4. collect garbage: finalizers (__del__) of unreachable objects run
 *      while every module is still intact;
 *   5. the modules are torn down (finalize_modules below): some sys
 *      attributes are reset, every sys.modules entry is replaced by None
 *      (a module nobody else holds dies on the spot, releasing its dict),
 *      sys.modules is emptied, garbage is collected again (a module dict kept
 *      alive only by its own functions and classes is such garbage: its
 *      objects' __del__ run now with their globals intact), and finally the
 *      modules still alive are wiped, newest first, by setting their
 *      globals to None: names with one leading underscore first, then the
 *      rest (CPython's _PyModule_ClearDict). sys and builtins are left alone
 *      (CPython clears them last, when nothing can print any more);
 *   6. the standard streams are flushed again, errors ignored (CPython
 *      flushes them when wiping sys destroys them);
 *   7. an uncaught KeyboardInterrupt re-raises SIGINT with the default
 *      handler, so that the parent sees death by signal (shell: 130).
 * Freeing the interpreter state itself is left to process exit.
 *
 * Until mem/gc.c provides the collector, step 4 is a local stop-the-world
 * reachability pass over the tracked objects (gc.h) that only calls
 * finalizers; it does not break cycles (the process is about to exit).
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "vm/runtime.h"
#include "vm/embedded.h"
#include "concurrency/gil.h"
#include "mem/refstats.h"

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
    X(GpProperty_Type) X(GpTraceback_Type) X(GpNamespace_Type) \
    X(GpWeakRef_RefType) X(GpWeakRef_ProxyType) X(GpWeakRef_CallableProxyType)

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
    GpObject *loader = gp_str_from_cstr("built-in");
    int bad = !loader || gp_dict_setitem_str(GP_MODULE_DICT(m), "__loader__", loader) < 0;
    GP_XDECREF(loader);
    if (bad || gp_dict_setitem_str(gp_interp()->modules, name, m) < 0) {
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
    if (gp_gil_init(in, cfg->switch_interval) < 0)
        return fail("GIL");

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
    if (gp_gc_init() < 0)
        return fail("gc");
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
    if (gp_gil_configure(in) < 0)
        return fail("GIL options");

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
    GpObject *wopts = gp_dict_getitem_str(in->sysdict, "warnoptions");
    for (int i = 0; wopts && i < cfg->nwarnoptions; i++) {
        GpObject *w = gp_str_from_cstr(cfg->warnoptions[i]);
        if (!w || gp_list_append(wopts, w) < 0)
            return fail("sys.warnoptions");
        GP_DECREF(w);
    }
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

/* Set when the program ended with an uncaught KeyboardInterrupt: after
 * finalisation the process kills itself with SIGINT, as CPython does. */
static int unhandled_keyboard_interrupt;

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
    if (interrupted)
        unhandled_keyboard_interrupt = 1;
    return interrupted ? 130 : 1;
}

/* ---- flushing the standard streams ------------------------------------ */

static int file_is_closed(GpObject *f)
{
    GpObject *c = gp_getattr_str(f, "closed");
    if (!c) {
        gp_err_clear();
        return 0;
    }
    int r = gp_is_true(c);
    GP_DECREF(c);
    if (r < 0)
        gp_err_clear();
    return r > 0;
}

/* Flush sys.stdout then sys.stderr; -1 if either failed. With `report`, a
 * failure of stdout is reported like an unraisable exception; stderr's is
 * always silent. */
static int flush_std_files(int report)
{
    GpInterp *in = gp_interp();
    if (!in->sysdict)
        return 0;
    int status = 0;
    GpObject *saved = gp_err_fetch();
    GpObject *out = gp_xnewref(gp_dict_getitem_str(in->sysdict, "stdout"));
    GpObject *err = gp_xnewref(gp_dict_getitem_str(in->sysdict, "stderr"));
    if (out && out != gp_None && !file_is_closed(out)) {
        GpObject *r = gp_call_method_str(out, "flush", NULL, 0);
        if (r) {
            GP_DECREF(r);
        } else {
            if (report)
                gp_err_write_unraisable(out);
            else
                gp_err_clear();
            status = -1;
        }
    }
    if (err && err != gp_None && !file_is_closed(err)) {
        GpObject *r = gp_call_method_str(err, "flush", NULL, 0);
        if (r) {
            GP_DECREF(r);
        } else {
            gp_err_clear();
            status = -1;
        }
    }
    GP_XDECREF(out);
    GP_XDECREF(err);
    gp_err_restore(saved);
    fflush(stdout);
    fflush(stderr);
    return status;
}

/* ---- shutdown garbage pass --------------------------------------------- */

/* Objects (modules, module dicts) the teardown holds strong references to
 * while it decides whether CPython would still have them: the pass below
 * discounts these references, so that they act like CPython's weakrefs. */
typedef struct {
    GpObject **items;
    gp_ssize n, cap;
} ObjVec;

static int vec_push(ObjVec *v, GpObject *o)
{
    if (v->n == v->cap) {
        gp_ssize nc = v->cap ? v->cap * 2 : 256;
        GpObject **ni = realloc(v->items, (size_t)nc * sizeof *ni);
        if (!ni)
            return -1;
        v->items = ni;
        v->cap = nc;
    }
    v->items[v->n++] = o;
    return 0;
}

static inline int gp_gc_tracked_or_null(GpObject *o) { return o && gp_gc_tracked(o); }

/* gilpy links a module into the tracked list after its dict, CPython
 * before: put the modules of sys.modules back in front of their dicts, so
 * that scans meet them in CPython's order. The positions of the modules and
 * their dicts in the list come from one walk, through a small open-addressing
 * table keyed by head address. */
typedef struct {
    GpGCHead *head;
    gp_ssize pos;
} HeadPos;

static gp_ssize *headpos_slot(HeadPos *t, size_t mask, GpGCHead *h, int add)
{
    size_t i = ((uintptr_t)h >> 4) & mask;
    while (t[i].head && t[i].head != h)
        i = (i + 1) & mask;
    if (!t[i].head) {
        if (!add)
            return NULL;
        t[i].head = h;
        t[i].pos = -1;
    }
    return &t[i].pos;
}

static void order_modules_before_dicts(void)
{
    GpInterp *in = gp_interp();
    if (!in->modules)
        return;
    size_t cap = 16;
    while (cap < 4 * (size_t)GP_DICT_LEN(in->modules) + 4)
        cap <<= 1;
    HeadPos *tab = calloc(cap, sizeof *tab);
    if (!tab)
        return;   /* the order is cosmetic; nothing breaks without it */
    gp_ssize pos = 0;
    GpObject *k, *v;
    while (gp_dict_next(in->modules, &pos, &k, &v)) {
        if (!GP_TYPE_CHECK(v, &GpModule_Type) || !gp_gc_tracked_or_null(v) ||
            !gp_gc_tracked_or_null(GP_MODULE_DICT(v)))
            continue;
        headpos_slot(tab, cap - 1, GP_GC_HEAD(v), 1);
        headpos_slot(tab, cap - 1, GP_GC_HEAD(GP_MODULE_DICT(v)), 1);
    }
    GpGCHead *young = &gp_gc_young;
    gp_ssize idx = 0;
    for (GpGCHead *g = young->next; g != young; g = g->next, idx++) {
        gp_ssize *p = headpos_slot(tab, cap - 1, g, 0);
        if (p)
            *p = idx;
    }
    pos = 0;
    while (gp_dict_next(in->modules, &pos, &k, &v)) {
        if (!GP_TYPE_CHECK(v, &GpModule_Type) || !gp_gc_tracked_or_null(v) ||
            !gp_gc_tracked_or_null(GP_MODULE_DICT(v)))
            continue;
        GpGCHead *gm = GP_GC_HEAD(v), *gd = GP_GC_HEAD(GP_MODULE_DICT(v));
        gp_ssize *pm = headpos_slot(tab, cap - 1, gm, 0), *pd = headpos_slot(tab, cap - 1, gd, 0);
        if (pm && pd && *pm > *pd) {
            gp_gc_list_move(gm, gd);   /* i.e. insert right before gd */
            *pm = *pd;
        }
    }
    free(tab);
}

/* Collect garbage the way CPython's shutdown collections are observed:
 * the finalizer (__del__, PEP 442: once) of every unreachable object runs,
 * in the order the garbage was found, with everything it refers to intact.
 * Cycles are not broken (the process is exiting). `dead_out`, if given,
 * receives new references to the objects of `discount` found unreachable.
 * No Python code runs until the unreachable set is known. */
static void collect_garbage(const ObjVec *discount, ObjVec *dead_out)
{
    GpGCHead unreachable, seen;
    /* CPython's cycle detection over every tracked object (one generation:
     * at shutdown they are all young), so the order in which garbage is
     * found -- and in which its __del__ methods run -- follows CPython's;
     * the references held by `discount` do not count (CPython's weakrefs) */
    gp_gc_find_unreachable(&gp_gc_young, &unreachable, discount ? discount->items : NULL,
                           discount ? discount->n : 0);
    for (gp_ssize i = 0; dead_out && discount && i < discount->n; i++) {
        GpObject *o = discount->items[i];
        if (gp_gc_tracked_or_null(o) && gp_gc_found_unreachable(o) && vec_push(dead_out, o) == 0)
            GP_INCREF(o);
    }
    gp_gc_unmark(&unreachable);
    GpObject *saved = gp_err_fetch();
    /* Finalizers may free or untrack anything: always take the first
     * object left in `unreachable` and move it aside before running it. */
    gp_gc_list_init(&seen);
    while (unreachable.next != &unreachable) {
        GpGCHead *g = unreachable.next;
        GpObject *o = GP_GC_OBJ(g);
        gp_gc_list_move(g, &seen);
        GpType *t = GP_TYPE(o);
        if (gp_gc_is_finalized(g))
            continue;
        if (t->finalize) {
            gp_gc_set_finalized(g);
            GP_INCREF(o);
            t->finalize(o);
            if (gp_err_occurred())
                gp_err_write_unraisable(o);
            GP_DECREF(o);
        } else if (GP_GEN_CHECK(o)) {
            /* generators finalise in their dealloc here; CPython's
             * tp_finalize closes a suspended one (its finally blocks run) */
            gp_gc_set_finalized(g);
            GP_INCREF(o);
            GpObject *r = gp_call_method_str(o, "close", NULL, 0);
            if (r)
                GP_DECREF(r);
            else
                gp_err_write_unraisable(o);
            GP_DECREF(o);
        }
    }
    /* The survivors go back to the tracked list, after everything else. */
    gp_gc_list_merge(&seen, &gp_gc_young);
    gp_err_restore(saved);
}

/* ---- module teardown --------------------------------------------------- */

static void set_none(GpObject *dict, const char *name)
{
    if (gp_dict_setitem_str(dict, name, gp_None) < 0)
        gp_err_write_unraisable(NULL);
}

/* builtins._ and the sys attributes where user objects like to hide are
 * reset first; sys.stdin/stdout/stderr get their original objects back. */
static void delete_special(GpInterp *in)
{
    static const char *const sys_deletes[] = {
        "path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback",
        "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__", NULL,
    };
    static const char *const sys_files[] = {
        "stdin", "__stdin__", "stdout", "__stdout__", "stderr", "__stderr__", NULL,
    };
    if (in->builtins)
        set_none(in->builtins, "_");
    for (const char *const *p = sys_deletes; *p; p++)
        set_none(in->sysdict, *p);
    for (const char *const *p = sys_files; *p; p += 2) {
        GpObject *orig = gp_dict_getitem_str(in->sysdict, p[1]);
        if (gp_dict_setitem_str(in->sysdict, p[0], orig ? orig : gp_None) < 0)
            gp_err_write_unraisable(NULL);
    }
}

/* CPython's _PyModule_ClearDict: globals set to None, those named with one
 * leading underscore first, then all others but __builtins__. */
static void wipe_module_dict(GpObject *d)
{
    for (int pass = 0; pass < 2; pass++) {
        GpObject *keys = gp_dict_keys(d);
        if (!keys) {
            gp_err_write_unraisable(NULL);
            return;
        }
        for (gp_ssize i = 0; i < GP_SIZE(keys); i++) {
            GpObject *k = GP_LIST_GET(keys, i);
            if (!GP_STR_CHECK(k))
                continue;
            GpObject *v = gp_dict_getitem_err(d, k);
            if (!v) {
                gp_err_clear();
                continue;
            }
            if (v == gp_None)
                continue;
            const char *s = GP_STR_DATA(k);
            int under = s[0] == '_' && s[1] != '_';
            if (pass == 0 ? !under : strcmp(s, "__builtins__") == 0)
                continue;
            if (gp_dict_setitem(d, k, gp_None) < 0)
                gp_err_write_unraisable(NULL);
        }
        GP_DECREF(keys);
    }
}

typedef struct {
    GpObject *module;   /* NULL once it died (nobody else held it) */
    GpObject *dict;
} HeldModule;

static void finalize_modules(GpInterp *in)
{
    if (!in->modules || !in->sysdict)
        return;
    GpObject *saved = gp_err_fetch();
    delete_special(in);

    /* Every sys.modules entry becomes None. The teardown keeps each module
     * (while someone else holds it) and its dict, as CPython's weakrefs. */
    GpObject *items = gp_dict_items(in->modules);
    gp_ssize n = items ? GP_SIZE(items) : 0;
    if (!items)
        gp_err_clear();
    HeldModule *held = calloc((size_t)n + 1, sizeof *held);
    gp_ssize nheld = 0;
    for (gp_ssize i = 0; held && i < n; i++) {
        GpObject *name = GP_TUPLE_GET(GP_LIST_GET(items, i), 0);
        GpObject *mod = GP_TUPLE_GET(GP_LIST_GET(items, i), 1);
        if (!GP_TYPE_CHECK(mod, &GpModule_Type)) {
            if (gp_dict_setitem(in->modules, name, gp_None) < 0)
                gp_err_write_unraisable(NULL);
            continue;
        }
        HeldModule *h = &held[nheld++];
        h->module = gp_newref(mod);
        h->dict = gp_xnewref(GP_MODULE_DICT(mod));
        if (gp_dict_setitem(in->modules, name, gp_None) < 0)
            gp_err_write_unraisable(NULL);
    }
    GP_XDECREF(items);
    /* A module only `items` and `held` referred to is gone in CPython by
     * now: release it here, in sys.modules order. */
    for (gp_ssize i = 0; i < nheld; i++) {
        if (held[i].module->refcnt == 1)
            GP_CLEAR(held[i].module);
        if (held[i].dict && held[i].dict->refcnt == 1)
            GP_CLEAR(held[i].dict);
    }
    gp_dict_clear(in->modules);
    /* Nothing can be imported any more (CPython's traceback printer then
     * shows no source lines). */
    in->finalizing = 2;

    /* Garbage: module dicts (and modules) reachable only from themselves. */
    ObjVec discount = { 0 }, dead = { 0 };
    for (gp_ssize i = 0; i < nheld; i++) {
        if (held[i].module)
            vec_push(&discount, held[i].module);
        if (held[i].dict)
            vec_push(&discount, held[i].dict);
    }
    collect_garbage(&discount, &dead);
    free(discount.items);
    /* Break the garbage module dicts (CPython's GC would tp_clear them):
     * objects without __del__ holding resources (files, generators) go. */
    for (gp_ssize i = 0; i < nheld; i++) {
        HeldModule *h = &held[i];
        int module_dead = h->module == NULL, dict_dead = 0;
        for (gp_ssize j = 0; j < dead.n; j++) {
            if (h->module && dead.items[j] == h->module)
                module_dead = 1;
            if (h->dict && dead.items[j] == h->dict)
                dict_dead = 1;
        }
        if (module_dead && h->module)
            GP_CLEAR(h->module);
        if (dict_dead && h->dict != in->builtins && h->dict != in->sysdict)
            wipe_module_dict(h->dict);
    }
    for (gp_ssize j = 0; j < dead.n; j++)
        GP_DECREF(dead.items[j]);
    free(dead.items);

    /* Modules still alive: wiped, imported last first. */
    for (gp_ssize i = nheld - 1; i >= 0; i--) {
        HeldModule *h = &held[i];
        if (h->module && h->dict && h->dict != in->builtins && h->dict != in->sysdict)
            wipe_module_dict(h->dict);
    }
    for (gp_ssize i = nheld - 1; i >= 0; i--) {
        GP_XDECREF(held[i].module);
        GP_XDECREF(held[i].dict);
    }
    free(held);
    gp_err_clear();
    gp_err_restore(saved);
}

/* threading._shutdown(), if threading was imported: it joins the
 * non-daemon threads. Errors are reported as unraisable. */
static void wait_for_thread_shutdown(GpInterp *in)
{
    GpObject *threading = gp_dict_getitem_str(in->modules, "threading");
    if (!threading)
        return;
    GpObject *saved = gp_err_fetch();
    GP_INCREF(threading);
    GpObject *r = gp_call_method_str(threading, "_shutdown", NULL, 0);
    if (r)
        GP_DECREF(r);
    else if (gp_err_matches(&GpExc_AttributeError))
        gp_err_clear();
    else
        gp_err_write_unraisable(threading);
    GP_DECREF(threading);
    gp_err_restore(saved);
}

int gp_runtime_finalize(int status)
{
    GpInterp *in = gp_interp();
    if (!in->modules)
        return status;
    /* 1. Wait for the non-daemon threads (threading._shutdown), as CPython
     * 3.11 does before anything else. */
    wait_for_thread_shutdown(in);
    /* 2. atexit callbacks, last registered first */
    gp_atexit_call();
    /* 3. From here on only this thread runs Python: daemon threads that
     * try to take the GIL exit. */
    gp_gil_set_finalizing(gp_tstate_current);
    in->finalizing = 1;
    if (flush_std_files(1) < 0)
        status = 120;
    /* 4. A last real collection: cycles are freed, finalizers run. */
    gp_gc_merge_all_young();
    order_modules_before_dicts();
    gp_gc_collect_no_callbacks();
    /* 5. The module teardown does its own passes over the tracked objects
     * (they keep working state in the GC heads): no collection may start
     * in the middle. */
    gp_gc_set_enabled(0);
    gp_gc_merge_all_young();
    finalize_modules(in);
    /* 6. CPython flushes the streams when wiping sys destroys them, and
     * ignores the errors then. */
    flush_std_files(0);
    fflush(stdout);
    fflush(stderr);
    /* 7. -X gil-stats / gil-trace / showrefcount ("[N refs, M blocks]",
     * see mem/refstats.c for what N counts); no-ops without the options */
    gp_gil_report();
    gp_mem_print_refcount(stderr);
    if (unhandled_keyboard_interrupt) {
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
    }
    return status;
}
