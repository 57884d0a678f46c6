/* moduleobject.c -- module objects: a namespace dict with a name. */
#include <stddef.h>
#include "gilpy.h"
#include "objects/typeobject.h"   /* gp_weakref_clear_hook */
#include "vm/embedded.h"          /* GpFrozenImporter_Type: embedded modules' loader */

GpObject *gp_module_new_obj(GpObject *name)
{
    GpModule *m = (GpModule *)gp_obj_alloc(&GpModule_Type, 0);
    if (!m)
        return NULL;
    m->dict = gp_dict_new();
    if (!m->dict) {
        GP_DECREF(m);
        return NULL;
    }
    if (gp_dict_setitem_str(m->dict, "__name__", name) < 0 ||
        gp_dict_setitem_str(m->dict, "__doc__", gp_None) < 0 ||
        gp_dict_setitem_str(m->dict, "__package__", gp_None) < 0 ||
        gp_dict_setitem_str(m->dict, "__loader__", gp_None) < 0 ||
        gp_dict_setitem_str(m->dict, "__spec__", gp_None) < 0) {
        GP_DECREF(m);
        return NULL;
    }
    gp_gc_track((GpObject *)m);
    return (GpObject *)m;
}

GpObject *gp_module_new(const char *name)
{
    GpObject *n = gp_str_from_cstr(name);
    if (!n)
        return NULL;
    GpObject *m = gp_module_new_obj(n);
    GP_DECREF(n);
    return m;
}

const char *gp_module_name(GpObject *m)
{
    GpObject *n = gp_dict_getitem_str(GP_MODULE_DICT(m), "__name__");
    return n && GP_STR_CHECK(n) ? GP_STR_DATA(n) : "?";
}

static void module_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    if (((GpModule *)o)->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &((GpModule *)o)->weakreflist);
    GP_CLEAR(((GpModule *)o)->dict);
    gp_obj_free(o);
}

static int module_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpObject *d = ((GpModule *)o)->dict;
    return d ? visit(d, arg) : 0;
}

static int module_clear(GpObject *o)
{
    GP_CLEAR(((GpModule *)o)->dict);
    return 0;
}

static GpObject *module_repr(GpObject *o)
{
    GpObject *d = GP_MODULE_DICT(o);
    GpObject *name = d ? gp_dict_getitem_str(d, "__name__") : NULL;
    GpObject *file = d ? gp_dict_getitem_str(d, "__file__") : NULL;
    if (!name)
        return gp_str_from_format("<module '?'>");
    if (file && GP_STR_CHECK(file))
        return gp_str_from_format("<module %R from %R>", name, file);
    GpObject *loader = d ? gp_dict_getitem_str(d, "__loader__") : NULL;
    if (loader == (GpObject *)&GpFrozenImporter_Type)
        return gp_str_from_format("<module %R (frozen)>", name);
    if (loader && GP_STR_CHECK(loader) && gp_str_eq_cstr(loader, "built-in"))
        return gp_str_from_format("<module %R (built-in)>", name);
    return gp_str_from_format("<module %R>", name);
}

/* Module attribute lookup: the generic path, then a module-level
 * __getattr__ (PEP 562), then CPython's message. */
static GpObject *module_getattro(GpObject *o, GpObject *name)
{
    GpObject *r = gp_generic_getattr(o, name);
    if (r || !gp_err_matches(&GpExc_AttributeError))
        return r;
    GpObject *d = GP_MODULE_DICT(o);
    if (d) {
        GpObject *ga = gp_dict_getitem_str(d, "__getattr__");
        if (ga) {
            gp_err_clear();
            return gp_call1(ga, name);
        }
        GpObject *mn = gp_dict_getitem_str(d, "__name__");
        if (mn && GP_STR_CHECK(mn)) {
            gp_err_clear();
            gp_err_format(&GpExc_AttributeError, "module '%U' has no attribute '%U'", mn, name);
            GpObject *exc = gp_err_occurred();
            if (exc && GP_TYPE(exc) == &GpExc_AttributeError) {
                /* for the "Did you mean" suggestion and e.name / e.obj */
                GP_SETREF(((GpAttributeError *)exc)->name, gp_newref(name));
                GP_SETREF(((GpAttributeError *)exc)->obj, gp_newref(o));
            }
        }
    }
    return NULL;
}

static GpObject *module_dir(GpObject *self, GpObject *unused)
{
    GpObject *d = GP_MODULE_DICT(self);
    GpObject *f = d ? gp_dict_getitem_str(d, "__dir__") : NULL;
    if (f)
        return gp_call0(f);
    return gp_dict_keys(d);
}

static int module_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "name", "doc", NULL };
    GpObject *a[2];
    if (gp_args_parse("module", args, nargs, kwnames, kwlist, 1, 2, a) < 0)
        return -1;
    GpModule *m = (GpModule *)self;
    if (!m->dict && !(m->dict = gp_dict_new()))
        return -1;
    if (gp_dict_setitem_str(m->dict, "__name__", a[0]) < 0 ||
        gp_dict_setitem_str(m->dict, "__doc__", a[1] ? a[1] : gp_None) < 0 ||
        gp_dict_setitem_str(m->dict, "__package__", gp_None) < 0 ||
        gp_dict_setitem_str(m->dict, "__loader__", gp_None) < 0 ||
        gp_dict_setitem_str(m->dict, "__spec__", gp_None) < 0)
        return -1;
    return 0;
}

static GpObject *module_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpModule *m = (GpModule *)gp_type_generic_alloc(t, 0);
    if (!m)
        return NULL;
    m->dict = gp_dict_new();
    if (!m->dict) {
        GP_DECREF(m);
        return NULL;
    }
    return (GpObject *)m;
}

static const GpMemberDef module_members[] = {
    { "__dict__", GP_T_OBJECT, offsetof(GpModule, dict), GP_MEMBER_READONLY, NULL },
    { NULL },
};

static const GpMethodDef module_methods[] = {
    GP_METHOD("__dir__", module_dir, GP_METH_NOARGS),
    { NULL },
};

GpType GpModule_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "module",
    .basicsize = sizeof(GpModule),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear = module_clear,
    .repr = module_repr,
    .getattro = module_getattro,
    .setattro = gp_generic_setattr,
    .members = module_members,
    .methods = module_methods,
    .new_ = module_new,
    .init = module_init,
    .dictoffset = offsetof(GpModule, dict),
    .weaklistoffset = offsetof(GpModule, weakreflist),
};
