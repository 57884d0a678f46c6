/* buildclass.c -- builtins.__build_class__: what a class statement calls.
 *
 * __build_class__(func, name, *bases, metaclass=..., **kwds): pick the most
 * derived metaclass, let it __prepare__ the namespace, run the class body
 * (func's code) with that namespace as its locals, then call the metaclass.
 * The body stores its __class__ cell as __classcell__; type.__new__ fills it.
 */
#include "gilpy.h"

static GpObject *calculate_metaclass(GpObject *meta, GpObject *const *bases, gp_ssize nbases)
{
    GpObject *winner = meta;
    for (gp_ssize i = 0; i < nbases; i++) {
        GpObject *t = (GpObject *)GP_TYPE(bases[i]);
        if (gp_type_is_subtype((GpType *)winner, (GpType *)t) || winner == t)
            continue;
        if (gp_type_is_subtype((GpType *)t, (GpType *)winner)) {
            winner = t;
            continue;
        }
        gp_err_set_string(&GpExc_TypeError,
                          "metaclass conflict: the metaclass of a derived class must be a "
                          "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* PEP 560: bases that are not classes may provide __mro_entries__(bases),
 * whose tuple replaces them. Returns a new tuple (orig itself, with a new
 * reference, when nothing changed), or NULL. */
static GpObject *resolve_bases(GpObject *orig)
{
    gp_ssize n = GP_SIZE(orig);
    GpObject *out = NULL;   /* created at the first replaced base */
    for (gp_ssize i = 0; i < n; i++) {
        GpObject *b = GP_TUPLE_GET(orig, i), *meth = NULL;
        int r = GP_TYPE_CHECK_TYPE(b) ? 0 : gp_getattr_opt(b, gp_str_intern_cstr("__mro_entries__"), &meth);
        if (r < 0)
            goto fail;
        if (r == 0) {
            if (out && gp_list_append(out, b) < 0)
                goto fail;
            continue;
        }
        GpObject *entries = gp_call1(meth, orig);
        GP_DECREF(meth);
        if (!entries)
            goto fail;
        if (!GP_TUPLE_CHECK(entries)) {
            GP_DECREF(entries);
            gp_err_set_string(&GpExc_TypeError, "__mro_entries__ must return a tuple");
            goto fail;
        }
        if (!out) {
            if (!(out = gp_list_new(0))) {
                GP_DECREF(entries);
                goto fail;
            }
            for (gp_ssize j = 0; j < i; j++)
                if (gp_list_append(out, GP_TUPLE_GET(orig, j)) < 0) {
                    GP_DECREF(entries);
                    goto fail;
                }
        }
        for (gp_ssize j = 0; j < GP_SIZE(entries); j++)
            if (gp_list_append(out, GP_TUPLE_GET(entries, j)) < 0) {
                GP_DECREF(entries);
                goto fail;
            }
        GP_DECREF(entries);
    }
    if (!out)
        return gp_newref(orig);
    GpObject *t = gp_list_as_tuple(out);
    GP_DECREF(out);
    return t;
fail:
    GP_XDECREF(out);
    return NULL;
}

GpObject *gp_build_class(GpObject *func, GpObject *name, GpObject *const *bases, gp_ssize nbases,
                         GpObject *kwargs)
{
    if (!GP_FUNCTION_CHECK(func)) {
        gp_err_set_string(&GpExc_TypeError, "__build_class__: func must be a function");
        return NULL;
    }
    if (!GP_STR_CHECK(name)) {
        gp_err_set_string(&GpExc_TypeError, "__build_class__: name is not a string");
        return NULL;
    }
    GpObject *meta = NULL, *ns = NULL, *cls = NULL, *bases_t = NULL, *kw = NULL;
    GpObject *orig_bases = gp_tuple_from_array(bases, nbases);
    if (!orig_bases)
        return NULL;
    bases_t = resolve_bases(orig_bases);
    if (!bases_t) {
        GP_DECREF(orig_bases);
        return NULL;
    }
    bases = GP_TUPLE_ITEMS(bases_t);
    nbases = GP_SIZE(bases_t);
    kw = kwargs ? gp_dict_copy(kwargs) : gp_dict_new();
    if (!kw)
        goto done;
    int is_class = 0;
    GpObject *m = NULL;
    if (gp_dict_pop(kw, gp_str_intern_cstr("metaclass"), &m) < 0)
        goto done;
    if (m) {
        meta = m;
        is_class = GP_TYPE_CHECK_TYPE(meta);
    } else {
        meta = gp_newref(nbases ? (GpObject *)GP_TYPE(bases[0]) : (GpObject *)&GpType_Type);
        is_class = 1;
    }
    if (is_class) {
        GpObject *w = calculate_metaclass(meta, bases, nbases);
        if (!w)
            goto done;
        GP_SETREF(meta, gp_newref(w));
    }
    GpObject *prep;
    int r = gp_getattr_opt(meta, gp_str_intern_cstr("__prepare__"), &prep);
    if (r < 0)
        goto done;
    if (r == 0) {
        ns = gp_dict_new();
    } else {
        GpObject *pargs = gp_tuple_pack(2, name, bases_t);
        ns = pargs ? gp_call_tuple_dict(prep, pargs, GP_DICT_LEN(kw) ? kw : NULL) : NULL;
        GP_XDECREF(pargs);
        GP_DECREF(prep);
    }
    if (!ns)
        goto done;
    if (!GP_DICT_CHECK(ns) && !gp_type_has_flag(GP_TYPE(ns), GP_TPFLAGS_DICT_SUBCLASS) &&
        !GP_TYPE(ns)->getitem) {
        gp_err_format(&GpExc_TypeError, "%s.__prepare__() must return a mapping, not %T",
                      is_class ? gp_type_name((GpType *)meta) : "<metaclass>", ns);
        goto done;
    }
    if (bases_t != orig_bases && gp_setitem(ns, gp_str_intern_cstr("__orig_bases__"), orig_bases) < 0)
        goto done;
    GpFunction *fn = (GpFunction *)func;
    GpObject *body = gp_eval_code_ex(fn->code, fn->globals, ns, fn->closure, func);
    if (!body)
        goto done;
    GP_DECREF(body);
    GpObject *cargs = gp_tuple_pack(3, name, bases_t, ns);
    if (!cargs)
        goto done;
    cls = gp_call_tuple_dict(meta, cargs, GP_DICT_LEN(kw) ? kw : NULL);
    GP_DECREF(cargs);
done:
    GP_XDECREF(meta);
    GP_XDECREF(ns);
    GP_XDECREF(kw);
    GP_XDECREF(bases_t);
    GP_DECREF(orig_bases);
    return cls;
}

/* builtins.__build_class__ (GP_METH_FASTKW) */
GpObject *gp_builtin_build_class(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (nargs < 2) {
        gp_err_set_string(&GpExc_TypeError, nargs ? "__build_class__: not enough arguments"
                                                  : "__build_class__: not enough arguments");
        return NULL;
    }
    GpObject *kw = NULL;
    if (kwnames && GP_SIZE(kwnames)) {
        kw = gp_dict_new();
        if (!kw)
            return NULL;
        for (gp_ssize i = 0; i < GP_SIZE(kwnames); i++)
            if (gp_dict_setitem(kw, GP_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                GP_DECREF(kw);
                return NULL;
            }
    }
    GpObject *r = gp_build_class(args[0], args[1], args + 2, (gp_ssize)nargs - 2, kw);
    GP_XDECREF(kw);
    return r;
}
