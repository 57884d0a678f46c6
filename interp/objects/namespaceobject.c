/* namespaceobject.c -- types.SimpleNamespace: attribute bag with a repr. */
#include <stddef.h>
#include "gilpy.h"
#include "objects/namespaceobject.h"

GpObject *gp_namespace_new(void)
{
    GpNamespace *n = (GpNamespace *)gp_obj_alloc(&GpNamespace_Type, 0);
    if (!n)
        return NULL;
    n->dict = gp_dict_new();
    if (!n->dict) {
        GP_DECREF(n);
        return NULL;
    }
    gp_gc_track((GpObject *)n);
    return (GpObject *)n;
}

static GpObject *ns_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpNamespace *n = (GpNamespace *)gp_type_generic_alloc(t, 0);
    if (n && !n->dict && !(n->dict = gp_dict_new())) {
        GP_DECREF(n);
        return NULL;
    }
    return (GpObject *)n;
}

static int ns_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (nargs > 1) {
        gp_err_format(&GpExc_TypeError, "SimpleNamespace expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    GpNamespace *n = (GpNamespace *)self;
    if (nargs == 1 && gp_dict_update(n->dict, args[0]) < 0)
        return -1;
    gp_ssize nkw = kwnames ? GP_SIZE(kwnames) : 0;
    for (gp_ssize i = 0; i < nkw; i++)
        if (gp_dict_setitem(n->dict, GP_TUPLE_GET(kwnames, i), args[nargs + i]) < 0)
            return -1;
    return 0;
}

static void ns_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_CLEAR(((GpNamespace *)o)->dict);
    gp_obj_free(o);
}

static int ns_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpObject *d = ((GpNamespace *)o)->dict;
    return d ? visit(d, arg) : 0;
}

static int ns_clear(GpObject *o)
{
    GP_CLEAR(((GpNamespace *)o)->dict);
    return 0;
}

static GpObject *ns_repr(GpObject *o)
{
    GpNamespace *n = (GpNamespace *)o;
    const char *name = GP_TYPE(o) == &GpNamespace_Type ? "namespace" : gp_type_name(GP_TYPE(o));
    int r = gp_repr_enter(o);
    if (r != 0)
        return r > 0 ? gp_str_from_format("%s(...)", name) : NULL;
    GpStrWriter w;
    gp_strw_init(&w);
    gp_strw_write_cstr(&w, name);
    gp_strw_write_cstr(&w, "(");
    gp_ssize pos = 0;
    GpObject *k, *v;
    int first = 1;
    while (gp_dict_next(n->dict, &pos, &k, &v)) {
        if (!GP_STR_CHECK(k))
            continue;
        if (!first)
            gp_strw_write_cstr(&w, ", ");
        first = 0;
        gp_strw_write_str(&w, k);
        gp_strw_write_cstr(&w, "=");
        GpObject *vr = gp_repr(v);
        if (!vr) {
            gp_strw_discard(&w);
            gp_repr_leave(o);
            return NULL;
        }
        gp_strw_write_str(&w, vr);
        GP_DECREF(vr);
    }
    gp_strw_write_cstr(&w, ")");
    gp_repr_leave(o);
    return gp_strw_finish(&w);
}

static GpObject *ns_richcompare(GpObject *a, GpObject *b, int op)
{
    if (GP_TYPE_CHECK(a, &GpNamespace_Type) && GP_TYPE_CHECK(b, &GpNamespace_Type) &&
        (op == GP_EQ || op == GP_NE))
        return gp_richcompare(((GpNamespace *)a)->dict, ((GpNamespace *)b)->dict, op);
    GP_RETURN_NOTIMPLEMENTED;
}

static const GpMemberDef ns_members[] = {
    { "__dict__", GP_T_OBJECT, offsetof(GpNamespace, dict), GP_MEMBER_READONLY, NULL },
    { NULL },
};

GpType GpNamespace_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(GpNamespace),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .dealloc = ns_dealloc,
    .traverse = ns_traverse,
    .clear = ns_clear,
    .repr = ns_repr,
    .richcompare = ns_richcompare,
    .hash = gp_hash_not_implemented,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .members = ns_members,
    .new_ = ns_new,
    .init = ns_init,
    .dictoffset = offsetof(GpNamespace, dict),
};
