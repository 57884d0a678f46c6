/* funcobject.c -- Python function objects and cells. */
#include <stddef.h>
#include "gilpy.h"
#include "objects/typeobject.h"   /* gp_weakref_clear_hook */

GpObject *gp_function_new(GpObject *code, GpObject *globals, GpObject *qualname)
{
    GpCode *co = (GpCode *)code;
    GpFunction *f = (GpFunction *)gp_obj_alloc(&GpFunction_Type, 0);
    if (!f)
        return NULL;
    f->code = gp_newref(code);
    f->globals = gp_newref(globals);
    GpObject *b = gp_dict_getitem_str(globals, "__builtins__");
    if (b && GP_MODULE_CHECK(b))
        b = GP_MODULE_DICT(b);
    if (!b || !GP_DICT_CHECK(b))
        b = gp_interp()->builtins;
    f->builtins = gp_newref(b);
    f->name = gp_newref(co->name);
    f->qualname = gp_newref(qualname ? qualname : co->name);
    GpObject *doc = GP_SIZE(co->consts) > 0 ? GP_TUPLE_GET(co->consts, 0) : gp_None;
    f->doc = gp_newref((co->flags & GP_CO_NEWLOCALS) && GP_STR_CHECK(doc) ? doc : gp_None);
    GpObject *mod = gp_dict_getitem_str(globals, "__name__");
    f->module = gp_xnewref(mod);
    gp_gc_track((GpObject *)f);
    return (GpObject *)f;
}

static int func_clear(GpObject *o)
{
    GpFunction *f = (GpFunction *)o;
    GP_CLEAR(f->globals);
    GP_CLEAR(f->builtins);
    GP_CLEAR(f->defaults);
    GP_CLEAR(f->kwdefaults);
    GP_CLEAR(f->closure);
    GP_CLEAR(f->doc);
    GP_CLEAR(f->dict);
    GP_CLEAR(f->annotations);
    GP_CLEAR(f->module);
    return 0;
}

static void func_dealloc(GpObject *o)
{
    GpFunction *f = (GpFunction *)o;
    gp_gc_untrack(o);
    if (f->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &f->weakreflist);
    func_clear(o);
    GP_CLEAR(f->code);
    GP_CLEAR(f->name);
    GP_CLEAR(f->qualname);
    gp_obj_free(o);
}

static int func_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpFunction *f = (GpFunction *)o;
    GpObject *refs[] = { f->code, f->globals, f->builtins, f->defaults, f->kwdefaults, f->closure,
                         f->doc, f->dict, f->annotations, f->module, f->name, f->qualname };
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static GpObject *func_repr(GpObject *o)
{
    return gp_str_from_format("<function %U at %p>", ((GpFunction *)o)->qualname, (void *)o);
}

static GpObject *func_descr_get(GpObject *f, GpObject *obj, GpObject *type)
{
    if (obj == NULL)
        return gp_newref(f);
    return gp_method_new(f, obj);
}

#define FUNC_GETSET_OBJ(field, pyname, allow_none, check, errmsg)                          \
    static GpObject *func_get_##field(GpObject *o, void *c)                                 \
    {                                                                                       \
        GpObject *v = ((GpFunction *)o)->field;                                             \
        return gp_newref(v ? v : gp_None);                                                  \
    }                                                                                       \
    static int func_set_##field(GpObject *o, GpObject *v, void *c)                          \
    {                                                                                       \
        if (v == NULL || (v == gp_None && allow_none)) {                                    \
            GP_CLEAR(((GpFunction *)o)->field);                                             \
            return 0;                                                                       \
        }                                                                                   \
        if (!(check)) {                                                                     \
            gp_err_set_string(&GpExc_TypeError, errmsg);                                    \
            return -1;                                                                      \
        }                                                                                   \
        GP_SETREF(((GpFunction *)o)->field, gp_newref(v));                                  \
        return 0;                                                                           \
    }

FUNC_GETSET_OBJ(defaults, "__defaults__", 1, GP_TUPLE_CHECK(v), "__defaults__ must be set to a tuple object")
FUNC_GETSET_OBJ(kwdefaults, "__kwdefaults__", 1, GP_DICT_CHECK(v), "__kwdefaults__ must be set to a dict object")
FUNC_GETSET_OBJ(doc, "__doc__", 1, 1, "")
FUNC_GETSET_OBJ(module, "__module__", 1, 1, "")

static GpObject *func_get_name(GpObject *o, void *c) { return gp_newref(((GpFunction *)o)->name); }
static int func_set_name(GpObject *o, GpObject *v, void *c)
{
    if (!v || !GP_STR_CHECK(v)) {
        gp_err_set_string(&GpExc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    GP_SETREF(((GpFunction *)o)->name, gp_newref(v));
    return 0;
}
static GpObject *func_get_qualname(GpObject *o, void *c) { return gp_newref(((GpFunction *)o)->qualname); }
static int func_set_qualname(GpObject *o, GpObject *v, void *c)
{
    if (!v || !GP_STR_CHECK(v)) {
        gp_err_set_string(&GpExc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    GP_SETREF(((GpFunction *)o)->qualname, gp_newref(v));
    return 0;
}
static GpObject *func_get_code(GpObject *o, void *c) { return gp_newref(((GpFunction *)o)->code); }
static int func_set_code(GpObject *o, GpObject *v, void *c)
{
    if (!v || !GP_CODE_CHECK(v)) {
        gp_err_set_string(&GpExc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    GP_SETREF(((GpFunction *)o)->code, gp_newref(v));
    return 0;
}
static GpObject *func_get_globals(GpObject *o, void *c) { return gp_newref(((GpFunction *)o)->globals); }
static GpObject *func_get_builtins(GpObject *o, void *c) { return gp_newref(((GpFunction *)o)->builtins); }
static GpObject *func_get_closure(GpObject *o, void *c)
{
    GpObject *v = ((GpFunction *)o)->closure;
    return gp_newref(v ? v : gp_None);
}
static GpObject *func_get_annotations(GpObject *o, void *c)
{
    GpFunction *f = (GpFunction *)o;
    if (!f->annotations && !(f->annotations = gp_dict_new()))
        return NULL;
    return gp_newref(f->annotations);
}
static int func_set_annotations(GpObject *o, GpObject *v, void *c)
{
    if (v == gp_None)
        v = NULL;
    if (v && !GP_DICT_CHECK(v)) {
        gp_err_set_string(&GpExc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    GP_SETREF(((GpFunction *)o)->annotations, gp_xnewref(v));
    return 0;
}
static GpObject *func_get_dict(GpObject *o, void *c)
{
    GpFunction *f = (GpFunction *)o;
    if (!f->dict && !(f->dict = gp_dict_new()))
        return NULL;
    return gp_newref(f->dict);
}
static int func_set_dict(GpObject *o, GpObject *v, void *c)
{
    if (!v || !GP_DICT_CHECK(v)) {
        gp_err_set_string(&GpExc_TypeError, "__dict__ must be set to a dictionary");
        return -1;
    }
    GP_SETREF(((GpFunction *)o)->dict, gp_newref(v));
    return 0;
}

static const GpGetSetDef func_getsets[] = {
    { "__name__", func_get_name, func_set_name, NULL, NULL },
    { "__qualname__", func_get_qualname, func_set_qualname, NULL, NULL },
    { "__code__", func_get_code, func_set_code, NULL, NULL },
    { "__defaults__", func_get_defaults, func_set_defaults, NULL, NULL },
    { "__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL },
    { "__doc__", func_get_doc, func_set_doc, NULL, NULL },
    { "__module__", func_get_module, func_set_module, NULL, NULL },
    { "__globals__", func_get_globals, NULL, NULL, NULL },
    { "__builtins__", func_get_builtins, NULL, NULL, NULL },
    { "__closure__", func_get_closure, NULL, NULL, NULL },
    { "__annotations__", func_get_annotations, func_set_annotations, NULL, NULL },
    { "__dict__", func_get_dict, func_set_dict, NULL, NULL },
    { NULL },
};

GpType GpFunction_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "function",
    .basicsize = sizeof(GpFunction),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = func_dealloc,
    .traverse = func_traverse,
    .clear = func_clear,
    .repr = func_repr,
    .call = gp_function_call,
    .descr_get = func_descr_get,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .getsets = func_getsets,
    .dictoffset = offsetof(GpFunction, dict),
    .weaklistoffset = offsetof(GpFunction, weakreflist),
};

/* ---- cells ---------------------------------------------------------------- */

GpObject *gp_cell_new(GpObject *v)
{
    GpCell *c = (GpCell *)gp_obj_alloc(&GpCell_Type, 0);
    if (!c)
        return NULL;
    c->ref = gp_xnewref(v);
    gp_gc_track((GpObject *)c);
    return (GpObject *)c;
}

static void cell_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_CLEAR(((GpCell *)o)->ref);
    gp_obj_free(o);
}

static int cell_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpObject *r = ((GpCell *)o)->ref;
    return r ? visit(r, arg) : 0;
}

static int cell_clear(GpObject *o)
{
    GP_CLEAR(((GpCell *)o)->ref);
    return 0;
}

static GpObject *cell_repr(GpObject *o)
{
    GpObject *r = ((GpCell *)o)->ref;
    if (!r)
        return gp_str_from_format("<cell at %p: empty>", (void *)o);
    return gp_str_from_format("<cell at %p: %s object at %p>", (void *)o, GP_TYPE(r)->name, (void *)r);
}

static GpObject *cell_get_contents(GpObject *o, void *c)
{
    GpObject *r = ((GpCell *)o)->ref;
    if (!r) {
        gp_err_set_string(&GpExc_ValueError, "Cell is empty");
        return NULL;
    }
    return gp_newref(r);
}

static int cell_set_contents(GpObject *o, GpObject *v, void *c)
{
    GP_SETREF(((GpCell *)o)->ref, gp_xnewref(v));
    return 0;
}

static GpObject *cell_richcompare(GpObject *a, GpObject *b, int op)
{
    if (!GP_CELL_CHECK(a) || !GP_CELL_CHECK(b))
        GP_RETURN_NOTIMPLEMENTED;
    GpObject *x = ((GpCell *)a)->ref, *y = ((GpCell *)b)->ref;
    if (x && y)
        return gp_richcompare(x, y, op);
    int c = (x != NULL) - (y != NULL);
    int r;
    switch (op) {
    case GP_LT: r = c < 0; break;
    case GP_LE: r = c <= 0; break;
    case GP_EQ: r = c == 0; break;
    case GP_NE: r = c != 0; break;
    case GP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return gp_bool(r);
}

static const GpGetSetDef cell_getsets[] = {
    { "cell_contents", cell_get_contents, cell_set_contents, NULL, NULL },
    { NULL },
};

GpType GpCell_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "cell",
    .basicsize = sizeof(GpCell),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .repr = cell_repr,
    .richcompare = cell_richcompare,
    .hash = gp_hash_not_implemented,
    .getsets = cell_getsets,
};
