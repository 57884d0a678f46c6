/* atexitmodule.c -- atexit: callbacks run at interpreter exit, last
 * registered first (the runtime runs them in gp_runtime_finalize, before
 * waiting for threads and flushing the standard streams). */
#include "gilpy.h"

static GpObject *callbacks(void) { return gp_interp()->atexit_callbacks; }

static GpObject *atexit_register(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
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
    GpObject *cbs = callbacks();
    for (gp_ssize i = GP_SIZE(cbs) - 1; i >= 0; i--) {
        GpObject *f = GP_TUPLE_GET(GP_LIST_GET(cbs, i), 0);
        int eq = gp_richcompare_bool(f, func, GP_EQ);
        if (eq < 0)
            return NULL;
        if (eq && gp_list_set_slice(cbs, i, i + 1, NULL) < 0)
            return NULL;
        if (i > GP_SIZE(cbs))
            i = GP_SIZE(cbs);
    }
    GP_RETURN_NONE;
}

static GpObject *atexit_clear(GpObject *m, GpObject *u)
{
    GpObject *cbs = callbacks();
    if (gp_list_set_slice(cbs, 0, GP_SIZE(cbs), NULL) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *atexit_ncallbacks(GpObject *m, GpObject *u) { return gp_int_from_ssize(GP_SIZE(callbacks())); }

static GpObject *atexit_run_exitfuncs(GpObject *m, GpObject *u)
{
    GpObject *cbs = callbacks();
    while (GP_SIZE(cbs) > 0) {
        gp_ssize n = GP_SIZE(cbs);
        GpObject *e = gp_newref(GP_LIST_GET(cbs, n - 1));
        gp_list_set_slice(cbs, n - 1, n, NULL);
        GpObject *kw = GP_TUPLE_GET(e, 2);
        GpObject *r = gp_call_tuple_dict(GP_TUPLE_GET(e, 0), GP_TUPLE_GET(e, 1),
                                         GP_DICT_LEN(kw) ? kw : NULL);
        if (!r)
            gp_err_write_unraisable(GP_TUPLE_GET(e, 0));
        GP_XDECREF(r);
        GP_DECREF(e);
    }
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
