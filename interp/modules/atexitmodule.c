/* atexitmodule.c -- atexit: callbacks run at interpreter exit, last
 * registered first (the runtime calls gp_atexit_call() from
 * gp_runtime_finalize, before waiting for threads and flushing the standard
 * streams).
 *
 * The callbacks live in gp_interp()->atexit_callbacks, a list of
 * (func, args, kwargs) tuples. As in CPython, unregister() does not shrink
 * the list: it replaces the entry by None (so _ncallbacks() still counts it
 * and a callback unregistered by an earlier-running callback is skipped).
 * Running the callbacks visits only the entries present when the run began
 * (those registered meanwhile are dropped), then empties the list.
 */
#include <stdio.h>
#include "gilpy.h"
#include "vm/runtime.h"

static GpObject *callbacks(void) { return gp_interp()->atexit_callbacks; }

static GpObject *atexit_register(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    if (nargs < 1) {
        gp_err_set_string(&GpExc_TypeError, "register() takes at least 1 argument (0 given)");
        return NULL;
    }
    if (!gp_callable(args[0])) {
        gp_err_set_string(&GpExc_TypeError, "the first argument must be callable");
        return NULL;
    }
    GpObject *a = gp_tuple_from_array(args + 1, (gp_ssize)nargs - 1);
    GpObject *kw = gp_dict_new();
    if (!a || !kw)
        goto fail;
    gp_ssize nkw = kwnames ? GP_SIZE(kwnames) : 0;
    for (gp_ssize i = 0; i < nkw; i++)
        if (gp_dict_setitem(kw, GP_TUPLE_GET(kwnames, i), args[nargs + i]) < 0)
            goto fail;
    GpObject *entry = gp_tuple_pack(3, args[0], a, kw);
    if (!entry || gp_list_append(callbacks(), entry) < 0) {
        GP_XDECREF(entry);
        goto fail;
    }
    GP_DECREF(entry);
    GP_DECREF(a);
    GP_DECREF(kw);
    return gp_newref(args[0]);
fail:
    GP_XDECREF(a);
    GP_XDECREF(kw);
    return NULL;
}

static GpObject *atexit_unregister(GpObject *m, GpObject *func)
{
    (void)m;
    GpObject *cbs = callbacks();
    for (gp_ssize i = 0; i < GP_SIZE(cbs); i++) {
        GpObject *entry = GP_LIST_GET(cbs, i);
        if (!GP_TUPLE_CHECK(entry))
            continue;   /* already unregistered */
        GP_INCREF(entry);
        int eq = gp_richcompare_bool(GP_TUPLE_GET(entry, 0), func, GP_EQ);
        if (eq < 0) {
            GP_DECREF(entry);
            return NULL;
        }
        if (eq && i < GP_SIZE(cbs) && GP_LIST_GET(cbs, i) == entry) {
            GP_LIST_SET(cbs, i, gp_newref(gp_None));
            GP_DECREF(entry);   /* the list's reference */
        }
        GP_DECREF(entry);
    }
    GP_RETURN_NONE;
}

static GpObject *atexit_clear(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    GpObject *cbs = callbacks();
    if (gp_list_set_slice(cbs, 0, GP_SIZE(cbs), NULL) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *atexit_ncallbacks(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    return gp_int_from_ssize(GP_SIZE(callbacks()));
}

/* Report the pending exception through sys.unraisablehook, as CPython's
 * _PyErr_WriteUnraisableMsg("in atexit callback", func) does. */
static void report_callback_error(GpObject *func)
{
    if (!gp_err_occurred())
        return;
    /* stdout first, so that the report lands after what was printed */
    GpInterp *in = gp_interp();
    GpObject *out = in->sysdict ? gp_dict_getitem_str(in->sysdict, "stdout") : NULL;
    if (out && out != gp_None) {
        GpObject *exc = gp_err_fetch();
        GpObject *fr = gp_call_method_str(out, "flush", NULL, 0);
        if (fr)
            GP_DECREF(fr);
        gp_err_restore(exc);
    }
    fflush(stdout);
    gp_err_write_unraisable_msg("in atexit callback", func);
}

void gp_atexit_call(void)
{
    GpObject *cbs = callbacks();
    if (!cbs)
        return;
    GP_INCREF(cbs);
    GpObject *saved = gp_err_fetch();
    for (gp_ssize i = GP_SIZE(cbs) - 1; i >= 0; i--) {
        if (i >= GP_SIZE(cbs))   /* atexit._clear() from a callback */
            continue;
        GpObject *entry = GP_LIST_GET(cbs, i);
        if (!GP_TUPLE_CHECK(entry) || GP_SIZE(entry) != 3)
            continue;
        GP_INCREF(entry);
        GpObject *func = GP_TUPLE_GET(entry, 0), *kw = GP_TUPLE_GET(entry, 2);
        GpObject *res = gp_call_tuple_dict(func, GP_TUPLE_GET(entry, 1),
                                           GP_DICT_CHECK(kw) && GP_DICT_LEN(kw) ? kw : NULL);
        if (res)
            GP_DECREF(res);
        else
            report_callback_error(func);
        GP_DECREF(entry);
    }
    if (gp_list_set_slice(cbs, 0, GP_SIZE(cbs), NULL) < 0)
        gp_err_clear();
    GP_DECREF(cbs);
    gp_err_restore(saved);
}

static GpObject *atexit_run_exitfuncs(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    gp_atexit_call();
    GP_RETURN_NONE;
}

static const GpMethodDef atexit_methods[] = {
    GP_METHOD("register", atexit_register, GP_METH_FASTKW),
    GP_METHOD("unregister", atexit_unregister, GP_METH_O),
    GP_METHOD("_clear", atexit_clear, GP_METH_NOARGS),
    GP_METHOD("_ncallbacks", atexit_ncallbacks, GP_METH_NOARGS),
    GP_METHOD("_run_exitfuncs", atexit_run_exitfuncs, GP_METH_NOARGS),
    { NULL },
};

int gp_mod_atexit_init(GpObject *m)
{
    return gp_add_functions(GP_MODULE_DICT(m), atexit_methods, gp_str_intern_cstr("atexit"));
}
