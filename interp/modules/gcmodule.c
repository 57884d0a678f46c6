/* gcmodule.c -- the `gc` module: the Python face of the cyclic collector in
 * mem/gc.c (the algorithm and its explanation live there). Names, argument
 * rules and error messages follow CPython 3.11's gc module. */
#include "gilpy.h"
#include "mem/gc.h"

static GpObject *gc_enable(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    gp_gc_set_enabled(1);
    GP_RETURN_NONE;
}

static GpObject *gc_disable(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    gp_gc_set_enabled(0);
    GP_RETURN_NONE;
}

static GpObject *gc_isenabled(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    return gp_newref(gp_bool(gp_gc_is_enabled()));
}

static int int_arg(GpObject *o, gp_ssize *out)
{
    GpObject *i = gp_number_index(o);
    if (!i)
        return -1;
    int r = gp_int_as_ssize(i, out);
    GP_DECREF(i);
    return r;
}

static GpObject *gc_collect(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    static const char *const kwlist[] = { "generation", NULL };
    GpObject *a[1];
    if (gp_args_parse("collect", args, nargs, kwnames, kwlist, 0, 1, a) < 0)
        return NULL;
    gp_ssize gen = 2;
    if (a[0] && int_arg(a[0], &gen) < 0)
        return NULL;
    if (gen < 0 || gen > 2) {
        gp_err_set_string(&GpExc_ValueError, "invalid generation");
        return NULL;
    }
    return gp_int_from_ssize(gp_gc_collect((int)gen));
}

static GpObject *gc_get_debug(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    return gp_int_from_ssize(gp_gc_get_debug());
}

static GpObject *gc_set_debug(GpObject *m, GpObject *flags)
{
    (void)m;
    gp_ssize f;
    if (int_arg(flags, &f) < 0)
        return NULL;
    gp_gc_set_debug((int)f);
    GP_RETURN_NONE;
}

static GpObject *triple(const gp_ssize v[3])
{
    GpObject *a = gp_int_from_ssize(v[0]), *b = gp_int_from_ssize(v[1]), *c = gp_int_from_ssize(v[2]);
    GpObject *t = a && b && c ? gp_tuple_pack(3, a, b, c) : NULL;
    GP_XDECREF(a);
    GP_XDECREF(b);
    GP_XDECREF(c);
    return t;
}

static GpObject *gc_get_count(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    gp_ssize c[3];
    gp_gc_get_counts(c);
    return triple(c);
}

static GpObject *gc_get_threshold(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    gp_ssize t[3];
    gp_gc_get_thresholds(t);
    return triple(t);
}

static GpObject *gc_set_threshold(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    if (gp_args_no_kw("set_threshold", kwnames) < 0)
        return NULL;
    if (nargs < 1 || nargs > 3) {
        gp_err_format(&GpExc_TypeError, "set_threshold() takes %s 3 arguments (%zu given)",
                      nargs < 1 ? "at least 1 argument" : "at most", nargs);
        if (nargs < 1) {
            gp_err_clear();
            gp_err_set_string(&GpExc_TypeError, "set_threshold() takes at least 1 argument (0 given)");
        }
        return NULL;
    }
    gp_ssize t[3];
    for (size_t i = 0; i < nargs; i++) {
        if (!GP_INT_CHECK(args[i]) && GP_FLOAT_CHECK(args[i])) {
            gp_err_set_string(&GpExc_TypeError, "'float' object cannot be interpreted as an integer");
            return NULL;
        }
        if (int_arg(args[i], &t[i]) < 0)
            return NULL;
    }
    gp_gc_set_thresholds(t, (int)nargs);
    GP_RETURN_NONE;
}

static GpObject *gc_get_objects(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    static const char *const kwlist[] = { "generation", NULL };
    GpObject *a[1];
    if (gp_args_parse("get_objects", args, nargs, kwnames, kwlist, 0, 1, a) < 0)
        return NULL;
    gp_ssize gen = -1;
    if (a[0] && a[0] != gp_None) {
        if (int_arg(a[0], &gen) < 0)
            return NULL;
        if (gen >= 3) {
            gp_err_format(&GpExc_ValueError,
                          "generation parameter must be less than the number of available generations (%i)",
                          3);
            return NULL;
        }
        if (gen < -1) {   /* -1 is CPython's "all generations" sentinel */
            gp_err_set_string(&GpExc_ValueError, "generation parameter cannot be negative");
            return NULL;
        }
    }
    GpObject *out = gp_list_new(0);
    if (!out)
        return NULL;
    if (gp_gc_collect_objects(out, (int)gen, out) < 0) {
        GP_DECREF(out);
        return NULL;
    }
    return out;
}

static GpObject *gc_get_stats(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    gp_ssize coll[3], cold[3], unc[3];
    gp_gc_get_stats(coll, cold, unc);
    GpObject *out = gp_list_new(0);
    for (int i = 0; out && i < 3; i++) {
        GpObject *d = gp_dict_new();
        GpObject *a = gp_int_from_ssize(coll[i]), *b = gp_int_from_ssize(cold[i]),
                 *c = gp_int_from_ssize(unc[i]);
        int bad = !d || !a || !b || !c || gp_dict_setitem_str(d, "collections", a) < 0 ||
                  gp_dict_setitem_str(d, "collected", b) < 0 ||
                  gp_dict_setitem_str(d, "uncollectable", c) < 0 || gp_list_append(out, d) < 0;
        GP_XDECREF(a);
        GP_XDECREF(b);
        GP_XDECREF(c);
        GP_XDECREF(d);
        if (bad)
            GP_CLEAR(out);
    }
    return out;
}

static GpObject *gc_get_referrers(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    if (gp_args_no_kw("get_referrers", kwnames) < 0)
        return NULL;
    GpObject *out = gp_list_new(0);
    if (out && gp_gc_referrers(out, args, (gp_ssize)nargs) < 0)
        GP_CLEAR(out);
    return out;
}

static GpObject *gc_get_referents(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    if (gp_args_no_kw("get_referents", kwnames) < 0)
        return NULL;
    GpObject *out = gp_list_new(0);
    for (size_t i = 0; out && i < nargs; i++)
        if (gp_gc_referents(out, args[i]) < 0)
            GP_CLEAR(out);
    return out;
}

static GpObject *gc_is_tracked(GpObject *m, GpObject *o)
{
    (void)m;
    return gp_newref(gp_bool(gp_gc_is_tracked(o)));
}

static GpObject *gc_is_finalized(GpObject *m, GpObject *o)
{
    (void)m;
    int fin = gp_obj_is_gc(o) && gp_gc_is_finalized(GP_GC_HEAD(o));
    return gp_newref(gp_bool(fin));
}

static GpObject *gc_freeze(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    gp_gc_freeze();
    GP_RETURN_NONE;
}

static GpObject *gc_unfreeze(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    gp_gc_unfreeze();
    GP_RETURN_NONE;
}

static GpObject *gc_get_freeze_count(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    return gp_int_from_ssize(gp_gc_freeze_count());
}

static const GpMethodDef gc_methods[] = {
    GP_METHOD("enable", gc_enable, GP_METH_NOARGS),
    GP_METHOD("disable", gc_disable, GP_METH_NOARGS),
    GP_METHOD("isenabled", gc_isenabled, GP_METH_NOARGS),
    GP_METHOD("collect", gc_collect, GP_METH_FASTKW),
    GP_METHOD("get_debug", gc_get_debug, GP_METH_NOARGS),
    GP_METHOD("set_debug", gc_set_debug, GP_METH_O),
    GP_METHOD("get_count", gc_get_count, GP_METH_NOARGS),
    GP_METHOD("get_threshold", gc_get_threshold, GP_METH_NOARGS),
    GP_METHOD("set_threshold", gc_set_threshold, GP_METH_FASTKW),
    GP_METHOD("get_objects", gc_get_objects, GP_METH_FASTKW),
    GP_METHOD("get_stats", gc_get_stats, GP_METH_NOARGS),
    GP_METHOD("get_referrers", gc_get_referrers, GP_METH_FASTKW),
    GP_METHOD("get_referents", gc_get_referents, GP_METH_FASTKW),
    GP_METHOD("is_tracked", gc_is_tracked, GP_METH_O),
    GP_METHOD("is_finalized", gc_is_finalized, GP_METH_O),
    GP_METHOD("freeze", gc_freeze, GP_METH_NOARGS),
    GP_METHOD("unfreeze", gc_unfreeze, GP_METH_NOARGS),
    GP_METHOD("get_freeze_count", gc_get_freeze_count, GP_METH_NOARGS),
    { NULL },
};

int gp_mod_gc_init(GpObject *m)
{
    GpObject *d = GP_MODULE_DICT(m);
    if (gp_add_functions(d, gc_methods, gp_str_intern_cstr("gc")) < 0)
        return -1;
    static const struct { const char *name; int v; } consts[] = {
        { "DEBUG_STATS", GP_GC_DEBUG_STATS },       { "DEBUG_COLLECTABLE", GP_GC_DEBUG_COLLECTABLE },
        { "DEBUG_UNCOLLECTABLE", GP_GC_DEBUG_UNCOLLECTABLE }, { "DEBUG_SAVEALL", GP_GC_DEBUG_SAVEALL },
        { "DEBUG_LEAK", GP_GC_DEBUG_LEAK },
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        GpObject *v = gp_int_from_ssize(consts[i].v);
        int r = v ? gp_dict_setitem_str(d, consts[i].name, v) : -1;
        GP_XDECREF(v);
        if (r < 0)
            return -1;
    }
    if (gp_gc_init() < 0)
        return -1;
    if (gp_dict_setitem_str(d, "garbage", gp_gc_garbage()) < 0 ||
        gp_dict_setitem_str(d, "callbacks", gp_gc_callbacks()) < 0)
        return -1;
    return 0;
}
