/* unionobject.c -- types.UnionType (`int | str`) and types.GenericAlias
 * (`list[int]`).
 *
 * A union holds the tuple of its members, flattened (nested unions are
 * spliced in), with None replaced by NoneType and duplicates dropped. When a
 * single member remains, `|` returns that member itself (`int | int` is int).
 * Unions compare equal regardless of member order. isinstance()/issubclass()
 * treat a union like the tuple of its members (typeobject.c).
 *
 * A generic alias records an origin class and a tuple of arguments; it is
 * what `list[int]` and friends return. Calling it calls the origin; most
 * attribute reads are forwarded to the origin; it cannot be used with
 * isinstance().
 */
#include <string.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "objects/typeobject.h"
#include "objects/descrobject.h"

typedef struct GpUnion {
    GpObject ob;
    GpObject *args;         /* tuple */
    GpObject *parameters;   /* tuple, computed lazily */
} GpUnion;

typedef struct GpGenericAlias {
    GpObject ob;
    GpObject *origin;
    GpObject *args;         /* tuple */
    GpObject *parameters;   /* tuple, computed lazily */
    GpObject *weakreflist;
} GpGenericAlias;

#define GA(o) ((GpGenericAlias *)(o))
#define UN(o) ((GpUnion *)(o))

static int ready_types(void)
{
    if (!(GpUnion_Type.flags & GP_TPFLAGS_READY) && gp_type_ready(&GpUnion_Type) < 0)
        return -1;
    if (!(GpGenericAlias_Type.flags & GP_TPFLAGS_READY) && gp_type_ready(&GpGenericAlias_Type) < 0)
        return -1;
    return 0;
}

/* ---- shared helpers ------------------------------------------------------ */

/* repr of one argument as typing shows it: classes by (module.)qualname. */
static int write_arg_repr(GpStrWriter *w, GpObject *p, int none_as_None)
{
    if (p == gp_Ellipsis)
        return gp_strw_write_cstr(w, "...");
    if (none_as_None && (p == (GpObject *)&GpNone_Type || p == gp_None))
        return gp_strw_write_cstr(w, "None");
    if (GP_TYPE(p) == &GpGenericAlias_Type || GP_TYPE(p) == &GpUnion_Type) {
        GpObject *r = gp_repr(p);
        if (!r)
            return -1;
        int rc = gp_strw_write_str(w, r);
        GP_DECREF(r);
        return rc;
    }
    if (GP_LIST_CHECK(p)) {
        if (gp_strw_write_char(w, '[') < 0)
            return -1;
        for (gp_ssize i = 0; i < GP_SIZE(p); i++) {
            if (i && gp_strw_write_cstr(w, ", ") < 0)
                return -1;
            if (write_arg_repr(w, GP_LIST_GET(p, i), 0) < 0)
                return -1;
        }
        return gp_strw_write_char(w, ']');
    }
    GpObject *tmp;
    int r = gp_getattr_opt(p, gp_str_intern_cstr("__origin__"), &tmp);
    if (r < 0)
        return -1;
    if (r > 0) {
        GP_DECREF(tmp);
        r = gp_getattr_opt(p, gp_str_intern_cstr("__args__"), &tmp);
        if (r < 0)
            return -1;
        if (r > 0) {
            GP_DECREF(tmp);
            goto use_repr;
        }
    }
    GpObject *qual, *mod;
    r = gp_getattr_opt(p, gp_str_intern_cstr("__qualname__"), &qual);
    if (r < 0)
        return -1;
    if (r == 0)
        goto use_repr;
    r = gp_getattr_opt(p, gp_str_intern_cstr("__module__"), &mod);
    if (r < 0) {
        GP_DECREF(qual);
        return -1;
    }
    if (r == 0 || mod == gp_None) {
        GP_XDECREF(mod);
        GP_DECREF(qual);
        goto use_repr;
    }
    int rc = 0;
    if (!(GP_STR_CHECK(mod) && gp_str_eq_cstr(mod, "builtins"))) {
        GpObject *ms = gp_str(mod);
        rc = ms ? gp_strw_write_str(w, ms) : -1;
        GP_XDECREF(ms);
        if (rc == 0)
            rc = gp_strw_write_char(w, '.');
    }
    if (rc == 0) {
        GpObject *qs = gp_str(qual);
        rc = qs ? gp_strw_write_str(w, qs) : -1;
        GP_XDECREF(qs);
    }
    GP_DECREF(mod);
    GP_DECREF(qual);
    return rc;
use_repr:;
    GpObject *rr = gp_repr(p);
    if (!rr)
        return -1;
    rc = gp_strw_write_str(w, rr);
    GP_DECREF(rr);
    return rc;
}

static int is_typevar_like(GpObject *a)
{
    if (GP_TYPE_CHECK_TYPE(a))
        return 0;
    const char *tn = gp_type_name(GP_TYPE(a));
    if (!strcmp(tn, "TypeVar") || !strcmp(tn, "ParamSpec") || !strcmp(tn, "TypeVarTuple"))
        return 1;
    int r = gp_hasattr(a, gp_str_intern_cstr("__typing_subst__"));
    if (r < 0)
        gp_err_clear();
    return r > 0;
}

static int tuple_contains_identity(GpObject *list, GpObject *x)
{
    for (gp_ssize i = 0; i < GP_SIZE(list); i++)
        if (GP_LIST_GET(list, i) == x)
            return 1;
    return 0;
}

/* The type variables found in args, in order of first appearance. */
static GpObject *make_parameters(GpObject *args)
{
    GpObject *res = gp_list_new(0);
    if (!res)
        return NULL;
    for (gp_ssize i = 0; i < GP_SIZE(args); i++) {
        GpObject *a = GP_TUPLE_GET(args, i);
        if (GP_TYPE_CHECK_TYPE(a))
            continue;
        if (is_typevar_like(a)) {
            if (!tuple_contains_identity(res, a) && gp_list_append(res, a) < 0)
                goto fail;
            continue;
        }
        GpObject *sub;
        int r = gp_getattr_opt(a, gp_str_intern_cstr("__parameters__"), &sub);
        if (r < 0)
            goto fail;
        if (r == 0)
            continue;
        if (GP_TUPLE_CHECK(sub)) {
            for (gp_ssize j = 0; j < GP_SIZE(sub); j++) {
                GpObject *t = GP_TUPLE_GET(sub, j);
                if (!tuple_contains_identity(res, t) && gp_list_append(res, t) < 0) {
                    GP_DECREF(sub);
                    goto fail;
                }
            }
        }
        GP_DECREF(sub);
    }
    GpObject *t = gp_sequence_tuple(res);
    GP_DECREF(res);
    return t;
fail:
    GP_DECREF(res);
    return NULL;
}

/* Replace the type variables of args by the items of key. */
static GpObject *subs_parameters(GpObject *self, GpObject *args, GpObject *params, GpObject *key)
{
    gp_ssize np = GP_SIZE(params);
    if (np == 0)
        return gp_err_format(&GpExc_TypeError, "%R is not a generic class", self);
    GpObject *items = GP_TUPLE_CHECK(key) ? gp_newref(key) : gp_tuple_pack(1, key);
    if (!items)
        return NULL;
    gp_ssize ni = GP_SIZE(items);
    if (ni != np) {
        gp_err_format(&GpExc_TypeError, "Too %s arguments for %R; actual %zd, expected %zd",
                      ni > np ? "many" : "few", self, ni, np);
        GP_DECREF(items);
        return NULL;
    }
    gp_ssize n = GP_SIZE(args);
    GpObject *out = gp_tuple_new(n);
    if (!out) {
        GP_DECREF(items);
        return NULL;
    }
    for (gp_ssize i = 0; i < n; i++) {
        GpObject *a = GP_TUPLE_GET(args, i);
        GpObject *v = NULL;
        gp_ssize k;
        for (k = 0; k < np; k++)
            if (GP_TUPLE_GET(params, k) == a)
                break;
        if (k < np) {
            v = gp_newref(GP_TUPLE_GET(items, k));
        } else if (!GP_TYPE_CHECK_TYPE(a)) {
            GpObject *sub;
            int r = gp_getattr_opt(a, gp_str_intern_cstr("__parameters__"), &sub);
            if (r < 0)
                goto fail;
            if (r > 0 && GP_TUPLE_CHECK(sub) && GP_SIZE(sub) > 0) {
                GpObject *subargs = gp_tuple_new(GP_SIZE(sub));
                if (!subargs) {
                    GP_DECREF(sub);
                    goto fail;
                }
                for (gp_ssize j = 0; j < GP_SIZE(sub); j++) {
                    GpObject *t = GP_TUPLE_GET(sub, j), *val = t;
                    for (k = 0; k < np; k++)
                        if (GP_TUPLE_GET(params, k) == t) {
                            val = GP_TUPLE_GET(items, k);
                            break;
                        }
                    GP_TUPLE_SET(subargs, j, gp_newref(val));
                }
                v = gp_getitem(a, GP_SIZE(subargs) == 1 ? GP_TUPLE_GET(subargs, 0) : subargs);
                GP_DECREF(subargs);
            } else {
                v = gp_newref(a);
            }
            GP_XDECREF(sub);
            if (!v)
                goto fail;
        } else {
            v = gp_newref(a);
        }
        GP_TUPLE_SET(out, i, v);
    }
    GP_DECREF(items);
    return out;
fail:
    GP_DECREF(items);
    GP_DECREF(out);
    return NULL;
}

/* ======================================================================
 * types.GenericAlias
 * ====================================================================== */

GpObject *gp_generic_alias_new(GpObject *origin, GpObject *args)
{
    if (ready_types() < 0)
        return NULL;
    GpObject *t = GP_TUPLE_CHECK(args) ? gp_newref(args) : gp_tuple_pack(1, args);
    if (!t)
        return NULL;
    GpGenericAlias *ga = (GpGenericAlias *)gp_obj_alloc(&GpGenericAlias_Type, 0);
    if (!ga) {
        GP_DECREF(t);
        return NULL;
    }
    ga->origin = gp_newref(origin);
    ga->args = t;
    gp_gc_track((GpObject *)ga);
    return (GpObject *)ga;
}

static GpObject *ga_new(GpType *type, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (kwnames && GP_SIZE(kwnames))
        return gp_err_format(&GpExc_TypeError, "GenericAlias() takes no keyword arguments");
    if (gp_args_count("GenericAlias", nargs, 2, 2) < 0)
        return NULL;
    (void)type;
    return gp_generic_alias_new(args[0], args[1]);
}

static void ga_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    if (GA(o)->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &GA(o)->weakreflist);
    GP_CLEAR(GA(o)->origin);
    GP_CLEAR(GA(o)->args);
    GP_CLEAR(GA(o)->parameters);
    gp_obj_free(o);
}

static int ga_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpObject *refs[] = { GA(o)->origin, GA(o)->args, GA(o)->parameters };
    for (int i = 0; i < 3; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static int ga_clear(GpObject *o)
{
    GP_CLEAR(GA(o)->origin);
    GP_CLEAR(GA(o)->args);
    GP_CLEAR(GA(o)->parameters);
    return 0;
}

static GpObject *ga_repr(GpObject *o)
{
    GpGenericAlias *ga = GA(o);
    if (gp_repr_enter(o))
        return gp_str_from_cstr("...");
    GpStrWriter w;
    gp_strw_init(&w);
    if (write_arg_repr(&w, ga->origin, 0) < 0 || gp_strw_write_char(&w, '[') < 0)
        goto fail;
    gp_ssize n = ga->args ? GP_SIZE(ga->args) : 0;
    if (n == 0 && gp_strw_write_cstr(&w, "()") < 0)
        goto fail;
    for (gp_ssize i = 0; i < n; i++) {
        if (i && gp_strw_write_cstr(&w, ", ") < 0)
            goto fail;
        if (write_arg_repr(&w, GP_TUPLE_GET(ga->args, i), 0) < 0)
            goto fail;
    }
    if (gp_strw_write_char(&w, ']') < 0)
        goto fail;
    gp_repr_leave(o);
    return gp_strw_finish(&w);
fail:
    gp_repr_leave(o);
    gp_strw_discard(&w);
    return NULL;
}

static gp_hash ga_hash(GpObject *o)
{
    gp_hash h0 = gp_hash_of(GA(o)->origin);
    if (h0 == -1)
        return -1;
    gp_hash h1 = gp_hash_of(GA(o)->args);
    if (h1 == -1)
        return -1;
    gp_hash h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static GpObject *ga_richcompare(GpObject *a, GpObject *b, int op)
{
    if (GP_TYPE(b) != &GpGenericAlias_Type || (op != GP_EQ && op != GP_NE))
        GP_RETURN_NOTIMPLEMENTED;
    int eq = gp_richcompare_bool(GA(a)->origin, GA(b)->origin, GP_EQ);
    if (eq < 0)
        return NULL;
    if (eq) {
        eq = gp_richcompare_bool(GA(a)->args, GA(b)->args, GP_EQ);
        if (eq < 0)
            return NULL;
    }
    return gp_bool(op == GP_EQ ? eq : !eq);
}

static GpObject *ga_call(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    GpObject *obj = gp_call(GA(self)->origin, args, nargsf, kwnames);
    if (!obj)
        return NULL;
    if (gp_setattr_str(obj, "__orig_class__", self) < 0) {
        if (!gp_err_matches(&GpExc_AttributeError) && !gp_err_matches(&GpExc_TypeError)) {
            GP_DECREF(obj);
            return NULL;
        }
        gp_err_clear();
    }
    return obj;
}

static const char *const ga_attr_exceptions[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", NULL,
};

static GpObject *ga_getattro(GpObject *self, GpObject *name)
{
    if (GP_STR_CHECK(name)) {
        int excepted = 0;
        for (const char *const *p = ga_attr_exceptions; *p; p++)
            if (gp_str_eq_cstr(name, *p)) {
                excepted = 1;
                break;
            }
        if (!excepted)
            return gp_getattr(GA(self)->origin, name);
    }
    return gp_generic_getattr(self, name);
}

static GpObject *ga_get_parameters(GpObject *self, void *c)
{
    (void)c;
    GpGenericAlias *ga = GA(self);
    if (!ga->parameters && !(ga->parameters = make_parameters(ga->args)))
        return NULL;
    return gp_newref(ga->parameters);
}

static GpObject *ga_getitem(GpObject *self, GpObject *key)
{
    GpGenericAlias *ga = GA(self);
    if (!ga->parameters && !(ga->parameters = make_parameters(ga->args)))
        return NULL;
    GpObject *nargs = subs_parameters(self, ga->args, ga->parameters, key);
    if (!nargs)
        return NULL;
    GpObject *r = gp_generic_alias_new(ga->origin, nargs);
    GP_DECREF(nargs);
    return r;
}

static GpObject *ga_mro_entries(GpObject *self, GpObject *bases)
{
    (void)bases;
    return gp_tuple_pack(1, GA(self)->origin);
}

static GpObject *ga_instancecheck(GpObject *self, GpObject *arg)
{
    (void)self; (void)arg;
    return gp_err_format(&GpExc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static GpObject *ga_subclasscheck(GpObject *self, GpObject *arg)
{
    (void)self; (void)arg;
    return gp_err_format(&GpExc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static GpObject *ga_reduce(GpObject *self, GpObject *unused)
{
    (void)unused;
    GpObject *inner = gp_tuple_pack(2, GA(self)->origin, GA(self)->args);
    if (!inner)
        return NULL;
    GpObject *r = gp_tuple_pack(2, (GpObject *)&GpGenericAlias_Type, inner);
    GP_DECREF(inner);
    return r;
}

static GpObject *ga_dir(GpObject *self, GpObject *unused)
{
    (void)unused;
    GpObject *d = gp_dir(GA(self)->origin);
    if (!d)
        return NULL;
    const char *extra[] = { "__origin__", "__args__", "__parameters__", "__mro_entries__",
                            "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
                            "__unpacked__", "__typing_unpacked_tuple_args__", "__class__", NULL };
    for (int i = 0; extra[i]; i++) {
        GpObject *s = gp_str_intern_cstr(extra[i]);
        int has = s ? gp_contains(d, s) : -1;
        if (has == 0 && gp_list_append(d, s) < 0)
            has = -1;
        GP_XDECREF(s);
        if (has < 0) {
            GP_DECREF(d);
            return NULL;
        }
    }
    if (gp_list_sort(d) < 0) {
        GP_DECREF(d);
        return NULL;
    }
    return d;
}

static GpObject *ga_or(GpObject *a, GpObject *b) { return gp_union_or(a, b); }

static const GpMemberDef ga_members[] = {
    { "__origin__", GP_T_OBJECT, offsetof(GpGenericAlias, origin), GP_MEMBER_READONLY, NULL },
    { "__args__", GP_T_OBJECT, offsetof(GpGenericAlias, args), GP_MEMBER_READONLY, NULL },
    { NULL },
};

static GpObject *ga_get_unpacked(GpObject *self, void *c)
{
    (void)self; (void)c;
    return gp_bool(0);
}

static GpObject *ga_get_unpacked_args(GpObject *self, void *c)
{
    (void)self; (void)c;
    GP_RETURN_NONE;
}

static const GpGetSetDef ga_getsets[] = {
    { "__parameters__", ga_get_parameters, NULL, NULL, NULL },
    { "__unpacked__", ga_get_unpacked, NULL, NULL, NULL },
    { "__typing_unpacked_tuple_args__", ga_get_unpacked_args, NULL, NULL, NULL },
    { NULL },
};

static const GpMethodDef ga_methods[] = {
    GP_METHOD("__mro_entries__", ga_mro_entries, GP_METH_O),
    GP_METHOD("__instancecheck__", ga_instancecheck, GP_METH_O),
    GP_METHOD("__subclasscheck__", ga_subclasscheck, GP_METH_O),
    GP_METHOD("__reduce__", ga_reduce, GP_METH_NOARGS),
    GP_METHOD("__dir__", ga_dir, GP_METH_NOARGS),
    { NULL },
};

GpType GpGenericAlias_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "types.GenericAlias",
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list "
           "and t.__args__ is (int,).",
    .basicsize = sizeof(GpGenericAlias),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .dealloc = ga_dealloc,
    .traverse = ga_traverse,
    .clear = ga_clear,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattro = ga_getattro,
    .call = ga_call,
    .new_ = ga_new,
    .nb = { .or_ = ga_or },
    .getitem = ga_getitem,
    .methods = ga_methods,
    .members = ga_members,
    .getsets = ga_getsets,
    .weaklistoffset = offsetof(GpGenericAlias, weakreflist),
};

/* cls.__class_getitem__(item) of the built-in generic classes. */
static GpObject *class_getitem(GpObject *cls, GpObject *item)
{
    return gp_generic_alias_new(cls, item);
}

const GpMethodDef gp_class_getitem_def =
    { "__class_getitem__", (void *)class_getitem, GP_METH_O | GP_METH_CLASS,
      "See PEP 585" };

/* ======================================================================
 * types.UnionType
 * ====================================================================== */

static int is_unionable(GpObject *o)
{
    return o == gp_None || GP_TYPE_CHECK_TYPE(o) || GP_TYPE(o) == &GpGenericAlias_Type ||
           GP_TYPE(o) == &GpUnion_Type;
}

GpObject *gp_union_args(GpObject *o)
{
    return GP_TYPE(o) == &GpUnion_Type ? UN(o)->args : NULL;
}

static int add_member(GpObject *list, GpObject *m)
{
    if (m == gp_None)
        m = (GpObject *)&GpNone_Type;
    for (gp_ssize i = 0; i < GP_SIZE(list); i++) {
        GpObject *x = GP_LIST_GET(list, i);
        if (x == m)
            return 0;
        if (GP_TYPE(x) == &GpGenericAlias_Type && GP_TYPE(m) == &GpGenericAlias_Type) {
            int eq = gp_richcompare_bool(x, m, GP_EQ);
            if (eq < 0)
                return -1;
            if (eq)
                return 0;
        }
    }
    return gp_list_append(list, m);
}

static int add_flat(GpObject *list, GpObject *o)
{
    if (GP_TYPE(o) == &GpUnion_Type) {
        for (gp_ssize i = 0; i < GP_SIZE(UN(o)->args); i++)
            if (add_member(list, GP_TUPLE_GET(UN(o)->args, i)) < 0)
                return -1;
        return 0;
    }
    return add_member(list, o);
}

GpObject *gp_union_or(GpObject *a, GpObject *b)
{
    if (!is_unionable(a) || !is_unionable(b))
        GP_RETURN_NOTIMPLEMENTED;
    if (ready_types() < 0)
        return NULL;
    GpObject *list = gp_list_new(0);
    if (!list)
        return NULL;
    if (add_flat(list, a) < 0 || add_flat(list, b) < 0) {
        GP_DECREF(list);
        return NULL;
    }
    if (GP_SIZE(list) == 1) {
        GpObject *r = gp_newref(GP_LIST_GET(list, 0));
        GP_DECREF(list);
        return r;
    }
    GpObject *args = gp_sequence_tuple(list);
    GP_DECREF(list);
    if (!args)
        return NULL;
    GpUnion *u = (GpUnion *)gp_obj_alloc(&GpUnion_Type, 0);
    if (!u) {
        GP_DECREF(args);
        return NULL;
    }
    u->args = args;
    gp_gc_track((GpObject *)u);
    return (GpObject *)u;
}

static void union_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_CLEAR(UN(o)->args);
    GP_CLEAR(UN(o)->parameters);
    gp_obj_free(o);
}

static int union_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    if (UN(o)->args && visit(UN(o)->args, arg))
        return 1;
    if (UN(o)->parameters && visit(UN(o)->parameters, arg))
        return 1;
    return 0;
}

static int union_clear(GpObject *o)
{
    GP_CLEAR(UN(o)->args);
    GP_CLEAR(UN(o)->parameters);
    return 0;
}

static GpObject *union_repr(GpObject *o)
{
    GpStrWriter w;
    gp_strw_init(&w);
    GpObject *args = UN(o)->args;
    for (gp_ssize i = 0; i < GP_SIZE(args); i++) {
        if (i && gp_strw_write_cstr(&w, " | ") < 0)
            goto fail;
        if (write_arg_repr(&w, GP_TUPLE_GET(args, i), 1) < 0)
            goto fail;
    }
    return gp_strw_finish(&w);
fail:
    gp_strw_discard(&w);
    return NULL;
}

static gp_hash union_hash(GpObject *o)
{
    GpObject *fs = gp_frozenset_new(UN(o)->args);
    if (!fs)
        return -1;
    gp_hash h = gp_hash_of(fs);
    GP_DECREF(fs);
    return h;
}

static GpObject *union_richcompare(GpObject *a, GpObject *b, int op)
{
    if (GP_TYPE(b) != &GpUnion_Type || (op != GP_EQ && op != GP_NE))
        GP_RETURN_NOTIMPLEMENTED;
    GpObject *sa = gp_frozenset_new(UN(a)->args);
    if (!sa)
        return NULL;
    GpObject *sb = gp_frozenset_new(UN(b)->args);
    if (!sb) {
        GP_DECREF(sa);
        return NULL;
    }
    GpObject *r = gp_richcompare(sa, sb, op);
    GP_DECREF(sa);
    GP_DECREF(sb);
    return r;
}

static GpObject *union_get_parameters(GpObject *self, void *c)
{
    (void)c;
    GpUnion *u = UN(self);
    if (!u->parameters && !(u->parameters = make_parameters(u->args)))
        return NULL;
    return gp_newref(u->parameters);
}

static GpObject *union_getitem(GpObject *self, GpObject *key)
{
    GpUnion *u = UN(self);
    if (!u->parameters && !(u->parameters = make_parameters(u->args)))
        return NULL;
    GpObject *nargs = subs_parameters(self, u->args, u->parameters, key);
    if (!nargs)
        return NULL;
    GpObject *res = NULL;
    gp_ssize n = GP_SIZE(nargs);
    if (n > 0) {
        res = gp_newref(GP_TUPLE_GET(nargs, 0));
        for (gp_ssize i = 1; i < n && res; i++) {
            GpObject *r = gp_binary_op(res, GP_TUPLE_GET(nargs, i), GP_BINOP_OR);
            GP_SETREF(res, r);
        }
    }
    GP_DECREF(nargs);
    return res;
}

static GpObject *union_instancecheck(GpObject *self, GpObject *inst)
{
    int r = gp_isinstance(inst, self);
    return r < 0 ? NULL : gp_bool(r);
}

static GpObject *union_subclasscheck(GpObject *self, GpObject *sub)
{
    int r = gp_issubclass(sub, self);
    return r < 0 ? NULL : gp_bool(r);
}

static GpObject *union_or(GpObject *a, GpObject *b) { return gp_union_or(a, b); }

static const GpMemberDef union_members[] = {
    { "__args__", GP_T_OBJECT, offsetof(GpUnion, args), GP_MEMBER_READONLY, NULL },
    { NULL },
};

static const GpGetSetDef union_getsets[] = {
    { "__parameters__", union_get_parameters, NULL, NULL, NULL },
    { NULL },
};

static const GpMethodDef union_methods[] = {
    GP_METHOD("__instancecheck__", union_instancecheck, GP_METH_O),
    GP_METHOD("__subclasscheck__", union_subclasscheck, GP_METH_O),
    { NULL },
};

GpType GpUnion_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "types.UnionType",
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .basicsize = sizeof(GpUnion),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = union_dealloc,
    .traverse = union_traverse,
    .clear = union_clear,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .nb = { .or_ = union_or },
    .getitem = union_getitem,
    .methods = union_methods,
    .members = union_members,
    .getsets = union_getsets,
};
