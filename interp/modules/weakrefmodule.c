/* weakrefmodule.c -- _weakref: the C half of the weakref module.
 *
 * The types and the clearing machinery are in objects/weakrefobject.c; this
 * file only exposes them (ref is the ReferenceType itself, proxy a function
 * choosing ProxyType or CallableProxyType by the referent's callability)
 * plus the introspection helpers weakref.py builds on, and
 * _remove_dead_weakref, the callback helper of WeakValueDictionary.
 */
#include "gilpy.h"
#include "objects/weakrefobject.h"

/* Defined in objects/weakrefobject.c. */
GpObject *gp_weakref_new_proxy(GpObject *ob, GpObject *callback);
GpObject **gp_weakref_head(GpObject *o);

static GpObject *weakref_proxy(GpObject *m, GpObject *const *args, size_t nargs)
{
    (void)m;
    if (gp_args_count("proxy", nargs, 1, 2) < 0)
        return NULL;
    return gp_weakref_new_proxy(args[0], nargs > 1 ? args[1] : NULL);
}

static GpObject *weakref_getweakrefcount(GpObject *m, GpObject *ob)
{
    (void)m;
    return gp_int_from_ssize(gp_weakref_count(ob));
}

static GpObject *weakref_getweakrefs(GpObject *m, GpObject *ob)
{
    (void)m;
    GpObject *res = gp_list_new(0);
    GpObject **list = gp_weakref_head(ob);
    if (!res || !list)
        return res;
    for (GpWeakRef *w = (GpWeakRef *)*list; w; w = w->next)
        if (gp_list_append(res, (GpObject *)w) < 0) {
            GP_DECREF(res);
            return NULL;
        }
    return res;
}

/* Delete dct[key] if it is a dead weak reference. A missing key is not an
 * error: the callback of a ref may run after its entry was replaced. */
static GpObject *weakref_remove_dead_weakref(GpObject *m, GpObject *const *args, size_t nargs)
{
    (void)m;
    if (gp_args_count("_remove_dead_weakref", nargs, 2, 2) < 0)
        return NULL;
    GpObject *dct = args[0], *key = args[1];
    if (!GP_DICT_CHECK(dct))
        return gp_err_format(&GpExc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %T",
                             dct);
    GpObject *value = gp_dict_getitem_err(dct, key);
    if (!value) {
        if (gp_err_occurred() && !gp_err_matches(&GpExc_KeyError))
            return NULL;
        gp_err_clear();
        GP_RETURN_NONE;
    }
    if (!GP_WEAKREF_CHECK(value))
        return gp_err_format(&GpExc_TypeError, "not a weakref");
    if (((GpWeakRef *)value)->object == gp_None && gp_dict_delitem(dct, key) < 0) {
        if (!gp_err_matches(&GpExc_KeyError))
            return NULL;
        gp_err_clear();
    }
    GP_RETURN_NONE;
}

static const GpMethodDef weakref_functions[] = {
    GP_METHOD("proxy", weakref_proxy, GP_METH_FAST),
    GP_METHOD("getweakrefcount", weakref_getweakrefcount, GP_METH_O),
    GP_METHOD("getweakrefs", weakref_getweakrefs, GP_METH_O),
    GP_METHOD("_remove_dead_weakref", weakref_remove_dead_weakref, GP_METH_FAST),
    { NULL },
};

int gp_mod__weakref_init(GpObject *m)
{
    GpType *types[] = { &GpWeakRef_RefType, &GpWeakRef_ProxyType, &GpWeakRef_CallableProxyType };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (gp_type_ready(types[i]) < 0)
            return -1;
    GpObject *d = GP_MODULE_DICT(m);
    if (gp_add_functions(d, weakref_functions, gp_str_intern_cstr("_weakref")) < 0 ||
        gp_dict_setitem_str(d, "ref", (GpObject *)&GpWeakRef_RefType) < 0 ||
        gp_dict_setitem_str(d, "ReferenceType", (GpObject *)&GpWeakRef_RefType) < 0 ||
        gp_dict_setitem_str(d, "ProxyType", (GpObject *)&GpWeakRef_ProxyType) < 0 ||
        gp_dict_setitem_str(d, "CallableProxyType", (GpObject *)&GpWeakRef_CallableProxyType) < 0)
        return -1;
    return 0;
}
