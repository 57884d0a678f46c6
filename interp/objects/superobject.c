/* superobject.c -- super().
 *
 * super(T, obj) is a proxy whose attribute lookups start in the MRO of
 * type(obj) (or of obj itself when obj is a subclass of T) *after* T, and
 * bind what they find to obj. The zero-argument form reads T from the
 * caller's __class__ cell (created by the compiler when a method mentions
 * `super` or `__class__`) and obj from the caller's first argument -- which
 * may have been moved into a cell when an inner function captures it.
 */
#include <string.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "objects/typeobject.h"

typedef struct GpSuper {
    GpObject ob;
    GpType *type;        /* the class after which the search starts */
    GpObject *obj;       /* the bound instance or class, or NULL */
    GpType *obj_type;    /* the type whose MRO is searched, or NULL */
} GpSuper;

static void super_dealloc(GpObject *o)
{
    GpSuper *s = (GpSuper *)o;
    gp_gc_untrack(o);
    GP_CLEAR(s->obj);
    GP_CLEAR(s->type);
    GP_CLEAR(s->obj_type);
    gp_obj_free(o);
}

static int super_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpSuper *s = (GpSuper *)o;
    GpObject *refs[] = { s->obj, (GpObject *)s->type, (GpObject *)s->obj_type };
    for (int i = 0; i < 3; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static GpObject *super_repr(GpObject *o)
{
    GpSuper *s = (GpSuper *)o;
    const char *tn = s->type ? s->type->name : "NULL";
    if (s->obj_type)
        return gp_str_from_format("<super: <class '%s'>, <%s object>>", tn, s->obj_type->name);
    return gp_str_from_format("<super: <class '%s'>, NULL>", tn);
}

static GpObject *super_getattro(GpObject *self, GpObject *name)
{
    GpSuper *su = (GpSuper *)self;
    GpType *start = su->obj_type;
    if (!start || !GP_STR_CHECK(name) || gp_str_eq_cstr(name, "__class__"))
        return gp_generic_getattr(self, name);
    GpObject *mro = start->mro;
    if (!mro)
        return gp_generic_getattr(self, name);
    gp_ssize n = GP_SIZE(mro), i;
    for (i = 0; i + 1 < n; i++)
        if (GP_TUPLE_GET(mro, i) == (GpObject *)su->type)
            break;
    i++;
    GP_INCREF(mro);
    for (; i < n; i++) {
        GpType *b = (GpType *)GP_TUPLE_GET(mro, i);
        if (!b->dict)
            continue;
        GpObject *res = gp_dict_getitem_err(b->dict, name);
        if (!res) {
            if (gp_err_occurred()) {
                GP_DECREF(mro);
                return NULL;
            }
            continue;
        }
        GP_INCREF(res);
        GP_DECREF(mro);
        gp_descrgetfunc f = GP_TYPE(res)->descr_get;
        if (f) {
            GpObject *r = f(res, su->obj == (GpObject *)start ? NULL : su->obj, (GpObject *)start);
            GP_DECREF(res);
            return r;
        }
        return res;
    }
    GP_DECREF(mro);
    return gp_generic_getattr(self, name);
}

/* The type whose MRO super(type, obj) searches. */
static GpType *supercheck(GpType *type, GpObject *obj)
{
    if (GP_TYPE_CHECK_TYPE(obj) && gp_type_is_subtype((GpType *)obj, type))
        return (GpType *)gp_newref(obj);
    if (gp_type_is_subtype(GP_TYPE(obj), type))
        return (GpType *)gp_newref(GP_TYPE(obj));
    GpObject *cls;
    int r = gp_getattr_opt(obj, gp_str_intern_cstr("__class__"), &cls);
    if (r < 0)
        return NULL;
    if (r > 0) {
        if (GP_TYPE_CHECK_TYPE(cls) && cls != (GpObject *)GP_TYPE(obj) &&
            gp_type_is_subtype((GpType *)cls, type))
            return (GpType *)cls;
        GP_DECREF(cls);
    }
    gp_err_set_string(&GpExc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static GpObject *super_descr_get(GpObject *self, GpObject *obj, GpObject *type)
{
    GpSuper *su = (GpSuper *)self;
    if (!obj || obj == gp_None || su->obj)
        return gp_newref(self);
    GpType *ot = supercheck(su->type, obj);
    if (!ot)
        return NULL;
    GpSuper *n = (GpSuper *)gp_obj_alloc(GP_TYPE(self), 0);
    if (!n) {
        GP_DECREF(ot);
        return NULL;
    }
    n->type = (GpType *)gp_newref(su->type);
    n->obj = gp_newref(obj);
    n->obj_type = ot;
    gp_gc_track((GpObject *)n);
    return (GpObject *)n;
}

/* super() without arguments: __class__ cell and first argument of the caller. */
static int super_init_noargs(GpType **ptype, GpObject **pobj)
{
    GpFrame *f = gp_current_frame();
    if (!f) {
        gp_err_set_string(&GpExc_RuntimeError, "super(): no current frame");
        return -1;
    }
    GpCode *co = f->code;
    if (co->argcount == 0) {
        gp_err_set_string(&GpExc_RuntimeError, "super(): no arguments");
        return -1;
    }
    GpObject *first = f->localsplus[0];
    if (!first && co->cell2arg) {
        for (int i = 0; i < co->ncells; i++)
            if (co->cell2arg[i] == 0) {
                GpObject *cell = f->localsplus[co->nlocals + i];
                if (cell && GP_CELL_CHECK(cell))
                    first = ((GpCell *)cell)->ref;
                break;
            }
    }
    if (!first && co->ncells > 0 && co->nlocals > 0 && co->cellvars) {
        /* the first parameter captured by a nested function lives in a cell */
        GpObject *argname = GP_TUPLE_GET(co->varnames, 0);
        for (int i = 0; i < co->ncells; i++)
            if (gp_str_eq(GP_TUPLE_GET(co->cellvars, i), argname)) {
                GpObject *cell = f->localsplus[co->nlocals + i];
                if (cell && GP_CELL_CHECK(cell))
                    first = ((GpCell *)cell)->ref;
                break;
            }
    }
    if (!first) {
        gp_err_set_string(&GpExc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    GpObject *freevars = co->freevars;
    gp_ssize n = freevars ? GP_SIZE(freevars) : 0;
    for (gp_ssize i = 0; i < n; i++) {
        if (!gp_str_eq_cstr(GP_TUPLE_GET(freevars, i), "__class__"))
            continue;
        GpObject *cell = f->localsplus[co->nlocals + co->ncells + i];
        if (!cell || !GP_CELL_CHECK(cell)) {
            gp_err_set_string(&GpExc_RuntimeError, "super(): bad __class__ cell");
            return -1;
        }
        GpObject *t = ((GpCell *)cell)->ref;
        if (!t) {
            gp_err_set_string(&GpExc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!GP_TYPE_CHECK_TYPE(t)) {
            gp_err_format(&GpExc_RuntimeError, "super(): __class__ is not a type (%s)", GP_TYPE(t)->name);
            return -1;
        }
        *ptype = (GpType *)t;
        *pobj = first;
        return 0;
    }
    gp_err_set_string(&GpExc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static int super_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpSuper *su = (GpSuper *)self;
    if (gp_args_no_kw("super", kwnames) < 0 || gp_args_count("super", nargs, 0, 2) < 0)
        return -1;
    GpType *type;
    GpObject *obj = NULL;
    if (nargs == 0) {
        if (super_init_noargs(&type, &obj) < 0)
            return -1;
    } else {
        if (!GP_TYPE_CHECK_TYPE(args[0])) {
            gp_err_format(&GpExc_TypeError, "super() argument 1 must be a type, not %s", GP_TYPE(args[0])->name);
            return -1;
        }
        type = (GpType *)args[0];
        if (nargs > 1 && args[1] != gp_None)
            obj = args[1];
    }
    GpType *obj_type = NULL;
    if (obj && !(obj_type = supercheck(type, obj)))
        return -1;
    GP_SETREF(su->type, (GpType *)gp_newref(type));
    GP_SETREF(su->obj, gp_xnewref(obj));
    GP_SETREF(su->obj_type, obj_type);
    return 0;
}

static GpObject *super_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    return gp_type_generic_alloc(t, 0);
}

static const GpMemberDef super_members[] = {
    { "__thisclass__", GP_T_OBJECT, offsetof(GpSuper, type), GP_MEMBER_READONLY, "the class invoking super()" },
    { "__self__", GP_T_OBJECT, offsetof(GpSuper, obj), GP_MEMBER_READONLY, "the instance invoking super(); may be None" },
    { "__self_class__", GP_T_OBJECT, offsetof(GpSuper, obj_type), GP_MEMBER_READONLY,
      "the type of the instance invoking super(); may be None" },
    { NULL }
};

GpType GpSuper_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "super",
    .doc = "super() -> same as super(__class__, <first argument>)\n"
           "super(type) -> unbound super object\n"
           "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)",
    .basicsize = sizeof(GpSuper),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .repr = super_repr,
    .getattro = super_getattro,
    .descr_get = super_descr_get,
    .new_ = super_new,
    .init = super_init,
    .members = super_members,
};
