/* match.c -- run-time support of the match statement (PEP 634): what
 * CPython 3.11 does in ceval.c's match_keys/match_class and with the
 * Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING / _Py_TPFLAGS_MATCH_SELF type
 * flags.
 *
 * gilpy has no collection flags on its types, so "is this a sequence /
 * mapping for pattern matching" is decided here: built-in types by their
 * fast subclass flags (GP_TPFLAGS_SEQUENCE_LIKE, dict) and identity; classes
 * written in Python by issubclass() against collections.abc.Sequence /
 * Mapping, which covers both inheriting from the ABC and registering with
 * it (CPython sets the flag in both cases).  If collections.abc was never
 * imported no class can be derived from or registered with it, so the
 * module is not imported here.
 */
#include "gilpy.h"
#include "vm/match.h"
#include "vm/state.h"
#include "objects/typeobject.h"

/* ---- sequence / mapping checks ---------------------------------------------- */

/* issubclass(type(o), collections.abc.<abc_name>) if that module is loaded */
static int abc_subclass(GpObject *o, const char *abc_name)
{
    GpObject *modules = gp_interp()->modules;
    GpObject *mod = modules ? gp_dict_getitem_str(modules, "collections.abc") : NULL;
    if (!mod)
        return 0;
    GpObject *abc = NULL;
    GpObject *name = gp_str_from_cstr(abc_name);
    if (!name)
        return -1;
    int r = gp_getattr_opt(mod, name, &abc);
    GP_DECREF(name);
    if (r <= 0)
        return r;
    r = gp_issubclass((GpObject *)GP_TYPE(o), abc);
    GP_DECREF(abc);
    return r;
}

static int is_text_or_bytes(GpType *t)
{
    return (t->flags & (GP_TPFLAGS_STR_SUBCLASS | GP_TPFLAGS_BYTES_SUBCLASS)) ||
           gp_type_is_subtype(t, &GpByteArray_Type);
}

int gp_match_is_sequence(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    if (t->flags & (GP_TPFLAGS_SEQUENCE_LIKE | GP_TPFLAGS_LIST_SUBCLASS | GP_TPFLAGS_TUPLE_SUBCLASS))
        return 1;
    if (t == &GpMemoryView_Type)
        return 1;
    if (!(t->flags & GP_TPFLAGS_HEAPTYPE) || is_text_or_bytes(t) ||
        (t->flags & GP_TPFLAGS_DICT_SUBCLASS))
        return 0;
    return abc_subclass(o, "Sequence");
}

int gp_match_is_mapping(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    if (t->flags & GP_TPFLAGS_DICT_SUBCLASS)
        return 1;
    if (t == &GpMappingProxy_Type)
        return 1;
    if (!(t->flags & GP_TPFLAGS_HEAPTYPE) || is_text_or_bytes(t) ||
        (t->flags & (GP_TPFLAGS_SEQUENCE_LIKE | GP_TPFLAGS_LIST_SUBCLASS | GP_TPFLAGS_TUPLE_SUBCLASS)))
        return 0;
    return abc_subclass(o, "Mapping");
}

/* ---- MATCH_KEYS ------------------------------------------------------------------ */

GpObject *gp_match_keys(GpObject *map, GpObject *keys)
{
    gp_ssize n = GP_SIZE(keys);
    if (n == 0)
        return gp_tuple_new(0);
    GpObject *get = NULL, *seen = NULL, *dummy = NULL, *values = NULL;
    GpObject *get_name = gp_str_from_cstr("get");
    if (!get_name)
        return NULL;
    /* get(key, sentinel): one lookup, and no __missing__ (defaultdict) */
    int unbound = gp_get_method(map, get_name, &get);
    GP_DECREF(get_name);
    if (unbound < 0)
        return NULL;
    seen = gp_set_new(NULL);
    if (!seen)
        goto fail;
    dummy = gp_call0((GpObject *)&GpBaseObject_Type);
    if (!dummy)
        goto fail;
    values = gp_tuple_new(n);
    if (!values)
        goto fail;
    for (gp_ssize i = 0; i < n; i++) {
        GpObject *key = GP_TUPLE_GET(keys, i);
        int r = gp_set_contains(seen, key);
        if (r < 0)
            goto fail;
        if (r > 0) {
            gp_err_format(&GpExc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            goto fail;
        }
        if (gp_set_add(seen, key) < 0)
            goto fail;
        GpObject *v = unbound ? gp_call(get, (GpObject *[]){map, key, dummy}, 3, NULL)
                              : gp_call(get, (GpObject *[]){key, dummy}, 2, NULL);
        if (!v)
            goto fail;
        if (v == dummy) {
            /* a missing key: no match */
            GP_DECREF(v);
            GP_DECREF(values);
            values = gp_newref(gp_None);
            break;
        }
        GP_TUPLE_SET(values, i, v);
    }
    GP_DECREF(get);
    GP_DECREF(seen);
    GP_DECREF(dummy);
    return values;
fail:
    GP_XDECREF(get);
    GP_XDECREF(seen);
    GP_XDECREF(dummy);
    GP_XDECREF(values);
    return NULL;
}

/* ---- MATCH_CLASS ------------------------------------------------------------------ */

/* Types whose one positional sub-pattern matches the subject itself
 * (`case int(x)`), unless a class on the way defines __match_args__.
 * CPython inherits this flag along the solid-base chain. */
static int match_self(GpType *t)
{
    static GpType *const self_types[] = {
        &GpBool_Type, &GpByteArray_Type, &GpBytes_Type, &GpDict_Type, &GpFloat_Type,
        &GpFrozenSet_Type, &GpInt_Type, &GpList_Type, &GpSet_Type, &GpStr_Type, &GpTuple_Type,
    };
    for (GpType *b = t; b; b = b->base)
        for (size_t i = 0; i < sizeof self_types / sizeof self_types[0]; i++)
            if (b == self_types[i])
                return 1;
    return 0;
}

/* getattr(subject, name), with each name used once; NULL without an
 * exception when the attribute is missing */
static GpObject *class_attr(GpObject *subject, GpType *type, GpObject *name, GpObject *seen)
{
    int r = gp_set_contains(seen, name);
    if (r < 0)
        return NULL;
    if (r > 0) {
        gp_err_format(&GpExc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                      gp_type_tpname(type), name);
        return NULL;
    }
    if (gp_set_add(seen, name) < 0)
        return NULL;
    GpObject *attr = NULL;
    gp_getattr_opt(subject, name, &attr);
    return attr;
}

GpObject *gp_match_class(GpObject *subject, GpObject *cls, int nargs, GpObject *kw_names)
{
    if (!GP_TYPE_CHECK_TYPE(cls))
        return gp_err_format(&GpExc_TypeError, "called match pattern must be a type");
    GpType *type = (GpType *)cls;
    int r = gp_isinstance(subject, cls);
    if (r < 0)
        return NULL;
    if (r == 0)
        return gp_newref(gp_None);
    gp_ssize nkw = GP_SIZE(kw_names);
    GpObject *seen = gp_set_new(NULL);
    GpObject *attrs = seen ? gp_tuple_new(nargs + nkw) : NULL;
    GpObject *match_args = NULL;
    gp_ssize k = 0;
    if (!attrs)
        goto fail;
    if (nargs) {
        int self = 0;
        GpObject *ma_name = gp_str_from_cstr("__match_args__");
        if (!ma_name)
            goto fail;
        r = gp_getattr_opt(cls, ma_name, &match_args);
        GP_DECREF(ma_name);
        if (r < 0)
            goto fail;
        if (r > 0) {
            if (GP_TYPE(match_args) != &GpTuple_Type) {
                gp_err_format(&GpExc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                              gp_type_tpname(type), gp_type_tpname(GP_TYPE(match_args)));
                goto fail;
            }
        } else {
            /* only without __match_args__ does bool/int/str/... match itself */
            match_args = gp_tuple_new(0);
            if (!match_args)
                goto fail;
            self = match_self(type);
        }
        gp_ssize allowed = self ? 1 : GP_SIZE(match_args);
        if (allowed < nargs) {
            gp_err_format(&GpExc_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)",
                          gp_type_tpname(type), (int)allowed, allowed == 1 ? "" : "s", nargs);
            goto fail;
        }
        if (self) {
            GP_TUPLE_SET(attrs, k++, gp_newref(subject));
        } else {
            for (int i = 0; i < nargs; i++) {
                GpObject *name = GP_TUPLE_GET(match_args, i);
                if (GP_TYPE(name) != &GpStr_Type) {
                    gp_err_format(&GpExc_TypeError, "__match_args__ elements must be strings (got %s)",
                                  gp_type_tpname(GP_TYPE(name)));
                    goto fail;
                }
                GpObject *attr = class_attr(subject, type, name, seen);
                if (!attr)
                    goto missing;
                GP_TUPLE_SET(attrs, k++, attr);
            }
        }
        GP_CLEAR(match_args);
    }
    for (gp_ssize i = 0; i < nkw; i++) {
        GpObject *attr = class_attr(subject, type, GP_TUPLE_GET(kw_names, i), seen);
        if (!attr)
            goto missing;
        GP_TUPLE_SET(attrs, k++, attr);
    }
    GP_DECREF(seen);
    return attrs;
missing:
    if (!gp_err_occurred()) {
        GP_XDECREF(match_args);
        GP_DECREF(seen);
        GP_DECREF(attrs);
        return gp_newref(gp_None);
    }
fail:
    GP_XDECREF(match_args);
    GP_XDECREF(seen);
    GP_XDECREF(attrs);
    return NULL;
}
