/* descrobject.c -- the descriptors built-in types put in their __dict__
 * (method, classmethod, member, getset, slot wrapper + method-wrapper) and
 * the Python-visible decorators classmethod, staticmethod and property.
 *
 * A descriptor's __get__(None, T) returns the descriptor itself; on an
 * instance it binds (method descriptors produce builtin methods, slot
 * wrappers produce method-wrappers). Method descriptors carry
 * GP_TPFLAGS_METHOD_DESCRIPTOR so that method calls (gp_get_method and the
 * VM) can call them with self prepended instead of binding first.
 */
#include <string.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "objects/typeobject.h"

typedef struct GpMemberDescr {
    GpObject ob;
    GpType *owner;
    GpObject *name;
    const GpMemberDef *def;
} GpMemberDescr;

typedef struct GpGetSetDescr {
    GpObject ob;
    GpType *owner;
    GpObject *name;
    const GpGetSetDef *def;
} GpGetSetDescr;

/* All descriptors start with ob, owner, name. */
typedef struct GpDescrCommon {
    GpObject ob;
    GpType *owner;
    GpObject *name;
} GpDescrCommon;

static GpObject *descr_alloc(GpType *dt, GpType *owner, const char *name)
{
    GpDescrCommon *d = (GpDescrCommon *)gp_obj_alloc(dt, 0);
    if (!d)
        return NULL;
    d->owner = owner;
    if (owner && (owner->flags & GP_TPFLAGS_HEAPTYPE))
        GP_INCREF(owner);
    d->name = gp_str_intern_cstr(name);
    if (!d->name) {
        GP_DECREF(d);
        return NULL;
    }
    if (dt->flags & GP_TPFLAGS_HAVE_GC)
        gp_gc_track((GpObject *)d);
    return (GpObject *)d;
}

static void descr_dealloc(GpObject *o)
{
    GpDescrCommon *d = (GpDescrCommon *)o;
    if (gp_obj_is_gc(o))
        gp_gc_untrack(o);
    GP_CLEAR(d->name);
    if (d->owner && (d->owner->flags & GP_TPFLAGS_HEAPTYPE))
        GP_DECREF(d->owner);
    d->owner = NULL;
    gp_obj_free(o);
}

static int descr_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpDescrCommon *d = (GpDescrCommon *)o;
    if (d->owner && (d->owner->flags & GP_TPFLAGS_HEAPTYPE) && visit((GpObject *)d->owner, arg))
        return 1;
    return 0;
}

/* Is obj acceptable as self for a descriptor of owner? Sets TypeError if not. */
static int descr_check(GpDescrCommon *d, GpObject *obj)
{
    if (GP_TYPE(obj) == d->owner || gp_type_is_subtype(GP_TYPE(obj), d->owner))
        return 0;
    gp_err_format(&GpExc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                  d->name, d->owner->name, GP_TYPE(obj)->name);
    return -1;
}

static GpObject *descr_get_name(GpObject *o, void *c) { return gp_newref(((GpDescrCommon *)o)->name); }
static GpObject *descr_get_objclass(GpObject *o, void *c) { return gp_newref(((GpDescrCommon *)o)->owner); }
static GpObject *descr_get_qualname(GpObject *o, void *c)
{
    GpDescrCommon *d = (GpDescrCommon *)o;
    GpObject *tq = gp_type_qualname(d->owner);
    if (!tq)
        return NULL;
    GpObject *r = gp_str_from_format("%U.%U", tq, d->name);
    GP_DECREF(tq);
    return r;
}

static GpObject *doc_from_cstr(const char *doc)
{
    if (!doc)
        GP_RETURN_NONE;
    return gp_str_from_cstr(doc);
}

static GpObject *descr_reduce(GpObject *o, GpObject *unused)
{
    GpDescrCommon *d = (GpDescrCommon *)o;
    GpObject *builtins = gp_import("builtins");
    if (!builtins)
        return NULL;
    GpObject *ga = gp_getattr_str(builtins, "getattr");
    GP_DECREF(builtins);
    if (!ga)
        return NULL;
    GpObject *r = gp_str_from_format("");
    GP_XDECREF(r);
    GpObject *args = gp_tuple_pack(2, (GpObject *)d->owner, d->name);
    r = args ? gp_tuple_pack(2, ga, args) : NULL;
    GP_XDECREF(args);
    GP_DECREF(ga);
    return r;
}

static const GpMethodDef descr_methods[] = {
    GP_METHOD("__reduce__", descr_reduce, GP_METH_NOARGS),
    { NULL }
};

/* ======================================================================
 * method_descriptor, classmethod_descriptor
 * ====================================================================== */

GpObject *gp_descr_new_method(GpType *owner, const GpMethodDef *def)
{
    GpMethodDescr *d = (GpMethodDescr *)descr_alloc(&GpMethodDescr_Type, owner, def->name);
    if (d)
        d->def = def;
    return (GpObject *)d;
}

GpObject *gp_descr_new_classmethod(GpType *owner, const GpMethodDef *def)
{
    GpMethodDescr *d = (GpMethodDescr *)descr_alloc(&GpClassMethodDescr_Type, owner, def->name);
    if (d)
        d->def = def;
    return (GpObject *)d;
}

static GpObject *methoddescr_get(GpObject *self, GpObject *obj, GpObject *type)
{
    GpMethodDescr *d = (GpMethodDescr *)self;
    if (!obj)
        return gp_newref(self);
    if (descr_check((GpDescrCommon *)d, obj) < 0)
        return NULL;
    return gp_cfunction_new(d->def, obj, NULL);
}

static GpObject *methoddescr_call(GpObject *callable, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    GpMethodDescr *d = (GpMethodDescr *)callable;
    gp_ssize nargs = GP_NARGS(nargsf);
    if (nargs < 1) {
        GpObject *tq = gp_type_qualname(d->owner);
        if (!tq)
            return NULL;
        gp_err_format(&GpExc_TypeError, "unbound method %U.%U() needs an argument", tq, d->name);
        GP_DECREF(tq);
        return NULL;
    }
    if (descr_check((GpDescrCommon *)d, args[0]) < 0)
        return NULL;
    return gp_methoddef_call(d->def, args[0], args + 1, (size_t)(nargs - 1), kwnames);
}

static GpObject *methoddescr_repr(GpObject *o)
{
    GpMethodDescr *d = (GpMethodDescr *)o;
    return gp_str_from_format("<method '%U' of '%s' objects>", d->name, d->owner->name);
}

static GpObject *methoddescr_get_doc(GpObject *o, void *c) { return doc_from_cstr(((GpMethodDescr *)o)->def->doc); }
static GpObject *get_none(GpObject *o, void *c) { GP_RETURN_NONE; }

static const GpGetSetDef methoddescr_getsets[] = {
    { "__name__", descr_get_name, NULL, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL, NULL },
    { "__doc__", methoddescr_get_doc, NULL, NULL, NULL },
    { "__text_signature__", get_none, NULL, NULL, NULL },
    { NULL }
};

GpType GpMethodDescr_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "method_descriptor",
    .basicsize = sizeof(GpMethodDescr),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = methoddescr_repr,
    .getattro = gp_generic_getattr,
    .call = methoddescr_call,
    .descr_get = methoddescr_get,
    .getsets = methoddescr_getsets,
    .methods = descr_methods,
};

static GpObject *classmethoddescr_get(GpObject *self, GpObject *obj, GpObject *type)
{
    GpMethodDescr *d = (GpMethodDescr *)self;
    if (!type) {
        if (obj)
            type = (GpObject *)GP_TYPE(obj);
        else
            return gp_err_format(&GpExc_TypeError, "descriptor '%U' for type '%s' needs either an object or a type",
                                 d->name, d->owner->name);
    }
    if (!GP_TYPE_CHECK_TYPE(type))
        return gp_err_format(&GpExc_TypeError, "descriptor '%U' for type '%s' needs a type, not a '%s' as arg 2",
                             d->name, d->owner->name, GP_TYPE(type)->name);
    if (!gp_type_is_subtype((GpType *)type, d->owner))
        return gp_err_format(&GpExc_TypeError, "descriptor '%U' requires a subtype of '%s' but received '%s'",
                             d->name, d->owner->name, ((GpType *)type)->name);
    return gp_cfunction_new(d->def, type, NULL);
}

static GpObject *classmethoddescr_call(GpObject *callable, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    GpMethodDescr *d = (GpMethodDescr *)callable;
    gp_ssize nargs = GP_NARGS(nargsf);
    if (nargs < 1)
        return gp_err_format(&GpExc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                             d->name, d->owner->name);
    GpObject *bound = classmethoddescr_get(callable, NULL, args[0]);
    if (!bound)
        return NULL;
    GpObject *r = gp_call(bound, args + 1, (size_t)(nargs - 1), kwnames);
    GP_DECREF(bound);
    return r;
}

GpType GpClassMethodDescr_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "classmethod_descriptor",
    .basicsize = sizeof(GpMethodDescr),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = methoddescr_repr,
    .getattro = gp_generic_getattr,
    .call = classmethoddescr_call,
    .descr_get = classmethoddescr_get,
    .getsets = methoddescr_getsets,
    .methods = descr_methods,
};

/* ======================================================================
 * member_descriptor
 * ====================================================================== */

GpObject *gp_descr_new_member(GpType *owner, const GpMemberDef *def)
{
    GpMemberDescr *d = (GpMemberDescr *)descr_alloc(&GpMemberDescr_Type, owner, def->name);
    if (d)
        d->def = def;
    return (GpObject *)d;
}

static GpObject *member_get(GpObject *self, GpObject *obj, GpObject *type)
{
    GpMemberDescr *d = (GpMemberDescr *)self;
    if (!obj)
        return gp_newref(self);
    if (descr_check((GpDescrCommon *)d, obj) < 0)
        return NULL;
    char *addr = (char *)obj + d->def->offset;
    switch (d->def->type) {
    case GP_T_OBJECT: {
        GpObject *v = *(GpObject **)addr;
        return gp_newref(v ? v : gp_None);
    }
    case GP_T_OBJECT_EX: {
        GpObject *v = *(GpObject **)addr;
        if (!v)
            return gp_err_no_attribute(obj, d->name);
        return gp_newref(v);
    }
    case GP_T_INT: return gp_int_from_i64(*(int *)addr);
    case GP_T_UINT: return gp_int_from_u64(*(unsigned int *)addr);
    case GP_T_LONG: return gp_int_from_i64(*(long *)addr);
    case GP_T_SSIZE: return gp_int_from_ssize(*(gp_ssize *)addr);
    case GP_T_BOOL: return gp_bool(*(char *)addr != 0);
    case GP_T_DOUBLE: return gp_float_new(*(double *)addr);
    default:
        return gp_err_format(&GpExc_SystemError, "bad member type");
    }
}

static int member_set(GpObject *self, GpObject *obj, GpObject *value)
{
    GpMemberDescr *d = (GpMemberDescr *)self;
    if (descr_check((GpDescrCommon *)d, obj) < 0)
        return -1;
    if (d->def->flags & GP_MEMBER_READONLY) {
        gp_err_set_string(&GpExc_AttributeError, "readonly attribute");
        return -1;
    }
    char *addr = (char *)obj + d->def->offset;
    int t = d->def->type;
    if (t == GP_T_OBJECT || t == GP_T_OBJECT_EX) {
        GpObject **p = (GpObject **)addr;
        if (!value && t == GP_T_OBJECT_EX && !*p) {
            gp_err_set_object(&GpExc_AttributeError, d->name);   /* CPython: AttributeError('name') */
            return -1;
        }
        GP_SETREF(*p, gp_xnewref(value));
        return 0;
    }
    if (!value) {
        gp_err_set_string(&GpExc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (t == GP_T_DOUBLE) {
        double x = gp_float_as_double(value);
        if (x == -1.0 && gp_err_occurred())
            return -1;
        *(double *)addr = x;
        return 0;
    }
    if (t == GP_T_BOOL) {
        if (!GP_BOOL_CHECK(value)) {
            gp_err_set_string(&GpExc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)addr = value == gp_True;
        return 0;
    }
    if (!GP_INT_CHECK(value)) {
        gp_err_set_string(&GpExc_TypeError, "an integer is required");
        return -1;
    }
    int64_t v;
    if (gp_int_as_i64(value, &v) < 0)
        return -1;
    switch (t) {
    case GP_T_INT: *(int *)addr = (int)v; break;
    case GP_T_UINT: *(unsigned int *)addr = (unsigned int)v; break;
    case GP_T_LONG: *(long *)addr = (long)v; break;
    case GP_T_SSIZE: *(gp_ssize *)addr = (gp_ssize)v; break;
    }
    return 0;
}

static GpObject *member_repr(GpObject *o)
{
    GpMemberDescr *d = (GpMemberDescr *)o;
    return gp_str_from_format("<member '%U' of '%s' objects>", d->name, d->owner->name);
}

static GpObject *member_get_doc(GpObject *o, void *c) { return doc_from_cstr(((GpMemberDescr *)o)->def->doc); }

static const GpGetSetDef member_getsets[] = {
    { "__name__", descr_get_name, NULL, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL, NULL },
    { "__doc__", member_get_doc, NULL, NULL, NULL },
    { NULL }
};

GpType GpMemberDescr_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "member_descriptor",
    .basicsize = sizeof(GpMemberDescr),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = member_repr,
    .getattro = gp_generic_getattr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getsets = member_getsets,
    .methods = descr_methods,
};

/* ======================================================================
 * getset_descriptor
 * ====================================================================== */

GpObject *gp_descr_new_getset(GpType *owner, const GpGetSetDef *def)
{
    GpGetSetDescr *d = (GpGetSetDescr *)descr_alloc(&GpGetSetDescr_Type, owner, def->name);
    if (d)
        d->def = def;
    return (GpObject *)d;
}

static GpObject *getset_get(GpObject *self, GpObject *obj, GpObject *type)
{
    GpGetSetDescr *d = (GpGetSetDescr *)self;
    if (!obj)
        return gp_newref(self);
    if (descr_check((GpDescrCommon *)d, obj) < 0)
        return NULL;
    if (!d->def->get)
        return gp_err_format(&GpExc_AttributeError, "attribute '%U' of '%s' objects is not readable",
                             d->name, d->owner->name);
    return d->def->get(obj, d->def->closure);
}

static int getset_set(GpObject *self, GpObject *obj, GpObject *value)
{
    GpGetSetDescr *d = (GpGetSetDescr *)self;
    if (descr_check((GpDescrCommon *)d, obj) < 0)
        return -1;
    if (!d->def->set) {
        gp_err_format(&GpExc_AttributeError, "attribute '%U' of '%s' objects is not writable",
                      d->name, d->owner->name);
        return -1;
    }
    return d->def->set(obj, value, d->def->closure);
}

static GpObject *getset_repr(GpObject *o)
{
    GpGetSetDescr *d = (GpGetSetDescr *)o;
    return gp_str_from_format("<attribute '%U' of '%s' objects>", d->name, d->owner->name);
}

static GpObject *getset_get_doc(GpObject *o, void *c) { return doc_from_cstr(((GpGetSetDescr *)o)->def->doc); }

static const GpGetSetDef getset_getsets[] = {
    { "__name__", descr_get_name, NULL, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL, NULL },
    { "__doc__", getset_get_doc, NULL, NULL, NULL },
    { NULL }
};

GpType GpGetSetDescr_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "getset_descriptor",
    .basicsize = sizeof(GpGetSetDescr),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = getset_repr,
    .getattro = gp_generic_getattr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .getsets = getset_getsets,
    .methods = descr_methods,
};

/* ======================================================================
 * wrapper_descriptor (slot wrapper) and method-wrapper
 * ====================================================================== */

GpObject *gp_descr_new_wrapper(GpType *owner, const GpSlotDef *sd, void *wrapped)
{
    GpWrapperDescr *d = (GpWrapperDescr *)descr_alloc(&GpWrapperDescr_Type, owner, sd->name);
    if (d) {
        d->sd = sd;
        d->wrapped = wrapped;
    }
    return (GpObject *)d;
}

static GpObject *wrapper_get(GpObject *self, GpObject *obj, GpObject *type)
{
    GpWrapperDescr *d = (GpWrapperDescr *)self;
    if (!obj)
        return gp_newref(self);
    if (descr_check((GpDescrCommon *)d, obj) < 0)
        return NULL;
    GpMethodWrapper *w = (GpMethodWrapper *)gp_obj_alloc(&GpMethodWrapper_Type, 0);
    if (!w)
        return NULL;
    w->descr = (GpWrapperDescr *)gp_newref(d);
    w->self = gp_newref(obj);
    gp_gc_track((GpObject *)w);
    return (GpObject *)w;
}

static GpObject *wrapper_call(GpObject *callable, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    GpWrapperDescr *d = (GpWrapperDescr *)callable;
    gp_ssize nargs = GP_NARGS(nargsf);
    if (nargs < 1)
        return gp_err_format(&GpExc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                             d->name, d->owner->name);
    GpObject *self = args[0];
    if (GP_TYPE(self) != d->owner && !gp_type_is_subtype(GP_TYPE(self), d->owner))
        return gp_err_format(&GpExc_TypeError, "descriptor '%U' requires a '%s' object but received a '%s'",
                             d->name, d->owner->name, GP_TYPE(self)->name);
    return d->sd->wrapper(self, args + 1, (size_t)(nargs - 1), kwnames, d->wrapped, d->sd);
}

static GpObject *wrapper_repr(GpObject *o)
{
    GpWrapperDescr *d = (GpWrapperDescr *)o;
    return gp_str_from_format("<slot wrapper '%U' of '%s' objects>", d->name, d->owner->name);
}

static const GpGetSetDef wrapper_getsets[] = {
    { "__name__", descr_get_name, NULL, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL, NULL },
    { "__doc__", get_none, NULL, NULL, NULL },
    { "__text_signature__", get_none, NULL, NULL, NULL },
    { NULL }
};

GpType GpWrapperDescr_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "wrapper_descriptor",
    .basicsize = sizeof(GpWrapperDescr),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = wrapper_repr,
    .getattro = gp_generic_getattr,
    .call = wrapper_call,
    .descr_get = wrapper_get,
    .getsets = wrapper_getsets,
    .methods = descr_methods,
};

static void mw_dealloc(GpObject *o)
{
    GpMethodWrapper *w = (GpMethodWrapper *)o;
    gp_gc_untrack(o);
    GP_CLEAR(w->descr);
    GP_CLEAR(w->self);
    gp_obj_free(o);
}

static int mw_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpMethodWrapper *w = (GpMethodWrapper *)o;
    if (w->descr && visit((GpObject *)w->descr, arg))
        return 1;
    if (w->self && visit(w->self, arg))
        return 1;
    return 0;
}

static GpObject *mw_call(GpObject *callable, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    GpMethodWrapper *w = (GpMethodWrapper *)callable;
    return w->descr->sd->wrapper(w->self, args, (size_t)GP_NARGS(nargsf), kwnames, w->descr->wrapped,
                                 w->descr->sd);
}

static GpObject *mw_repr(GpObject *o)
{
    GpMethodWrapper *w = (GpMethodWrapper *)o;
    return gp_str_from_format("<method-wrapper '%U' of %s object at %p>", w->descr->name,
                              GP_TYPE(w->self)->name, (void *)w->self);
}

static GpObject *mw_richcompare(GpObject *a, GpObject *b, int op)
{
    if ((op != GP_EQ && op != GP_NE) || GP_TYPE(b) != &GpMethodWrapper_Type)
        GP_RETURN_NOTIMPLEMENTED;
    GpMethodWrapper *x = (GpMethodWrapper *)a, *y = (GpMethodWrapper *)b;
    int eq = x->descr == y->descr && x->self == y->self;
    return gp_bool(op == GP_EQ ? eq : !eq);
}

static gp_hash mw_hash(GpObject *o)
{
    GpMethodWrapper *w = (GpMethodWrapper *)o;
    gp_hash h = (gp_hash)(((size_t)w->self >> 4) ^ ((size_t)w->descr >> 4) * 1000003u);
    return h == -1 ? -2 : h;
}

static GpObject *mw_get_self(GpObject *o, void *c) { return gp_newref(((GpMethodWrapper *)o)->self); }
static GpObject *mw_get_name(GpObject *o, void *c) { return gp_newref(((GpMethodWrapper *)o)->descr->name); }
static GpObject *mw_get_objclass(GpObject *o, void *c) { return gp_newref(((GpMethodWrapper *)o)->descr->owner); }
static GpObject *mw_get_qualname(GpObject *o, void *c)
{
    return descr_get_qualname((GpObject *)((GpMethodWrapper *)o)->descr, NULL);
}

static const GpGetSetDef mw_getsets[] = {
    { "__self__", mw_get_self, NULL, NULL, NULL },
    { "__name__", mw_get_name, NULL, NULL, NULL },
    { "__qualname__", mw_get_qualname, NULL, NULL, NULL },
    { "__objclass__", mw_get_objclass, NULL, NULL, NULL },
    { "__doc__", get_none, NULL, NULL, NULL },
    { "__text_signature__", get_none, NULL, NULL, NULL },
    { NULL }
};

GpType GpMethodWrapper_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "method-wrapper",
    .basicsize = sizeof(GpMethodWrapper),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = mw_dealloc,
    .traverse = mw_traverse,
    .repr = mw_repr,
    .hash = mw_hash,
    .richcompare = mw_richcompare,
    .getattro = gp_generic_getattr,
    .call = mw_call,
    .getsets = mw_getsets,
};

/* ======================================================================
 * classmethod and staticmethod
 * ====================================================================== */

typedef struct GpWrapFunc {
    GpObject ob;
    GpObject *callable;
    GpObject *dict;
} GpWrapFunc;

static void wf_dealloc(GpObject *o)
{
    GpWrapFunc *w = (GpWrapFunc *)o;
    gp_gc_untrack(o);
    GP_CLEAR(w->callable);
    GP_CLEAR(w->dict);
    gp_obj_free(o);
}

static int wf_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpWrapFunc *w = (GpWrapFunc *)o;
    if (w->callable && visit(w->callable, arg))
        return 1;
    if (w->dict && visit(w->dict, arg))
        return 1;
    return 0;
}

static int wf_clear(GpObject *o)
{
    GpWrapFunc *w = (GpWrapFunc *)o;
    GP_CLEAR(w->callable);
    GP_CLEAR(w->dict);
    return 0;
}

/* functools.wraps-like copy of __module__, __name__, __qualname__, __doc__
 * and __annotations__ (3.10+); __wrapped__ is a member. */
static int wf_copy_attrs(GpWrapFunc *w)
{
    static const char *const names[] = { "__module__", "__name__", "__qualname__", "__doc__", "__annotations__" };
    for (int i = 0; i < 5; i++) {
        GpObject *v;
        int r = gp_getattr_opt(w->callable, gp_str_intern_cstr(names[i]), &v);
        if (r < 0)
            return -1;
        if (r == 0)
            continue;
        if (!w->dict && !(w->dict = gp_dict_new())) {
            GP_DECREF(v);
            return -1;
        }
        r = gp_dict_setitem_str(w->dict, names[i], v);
        GP_DECREF(v);
        if (r < 0)
            return -1;
    }
    return 0;
}

static GpObject *wf_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    return gp_type_generic_alloc(t, 0);
}

static int wf_init_common(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames,
                          const char *name)
{
    if (kwnames && GP_SIZE(kwnames)) {
        gp_err_format(&GpExc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        gp_err_format(&GpExc_TypeError, "%s expected 1 argument, got %zd", name, (gp_ssize)nargs);
        return -1;
    }
    GpWrapFunc *w = (GpWrapFunc *)self;
    GP_SETREF(w->callable, gp_newref(args[0]));
    return wf_copy_attrs(w);
}

static int cm_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    return wf_init_common(self, args, nargs, kwnames, "classmethod");
}

static int sm_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    return wf_init_common(self, args, nargs, kwnames, "staticmethod");
}

static GpObject *wf_make(GpType *t, GpObject *callable)
{
    GpWrapFunc *w = (GpWrapFunc *)gp_obj_alloc(t, 0);
    if (!w)
        return NULL;
    w->callable = gp_newref(callable);
    if (wf_copy_attrs(w) < 0) {
        GP_DECREF(w);
        return NULL;
    }
    gp_gc_track((GpObject *)w);
    return (GpObject *)w;
}

GpObject *gp_staticmethod_new(GpObject *callable) { return wf_make(&GpStaticMethod_Type, callable); }
GpObject *gp_classmethod_new(GpObject *callable) { return wf_make(&GpClassMethod_Type, callable); }

static GpObject *cm_get(GpObject *self, GpObject *obj, GpObject *type)
{
    GpWrapFunc *w = (GpWrapFunc *)self;
    if (!w->callable)
        return gp_err_format(&GpExc_RuntimeError, "uninitialized classmethod object");
    if (!type)
        type = (GpObject *)GP_TYPE(obj);
    gp_descrgetfunc f = GP_TYPE(w->callable)->descr_get;
    if (f && GP_TYPE(w->callable) != &GpCFunction_Type)
        return f(w->callable, type, type);
    return gp_method_new(w->callable, type);
}

static GpObject *sm_get(GpObject *self, GpObject *obj, GpObject *type)
{
    GpWrapFunc *w = (GpWrapFunc *)self;
    if (!w->callable)
        return gp_err_format(&GpExc_RuntimeError, "uninitialized staticmethod object");
    return gp_newref(w->callable);
}

static GpObject *sm_call(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    return gp_call(((GpWrapFunc *)self)->callable, args, nargsf, kwnames);
}

static GpObject *cm_repr(GpObject *o)
{
    GpWrapFunc *w = (GpWrapFunc *)o;
    return gp_str_from_format("<%s(%R)>", GP_TYPE(o)->name, w->callable ? w->callable : gp_None);
}

static GpObject *wf_get_isabstract(GpObject *o, void *c)
{
    GpWrapFunc *w = (GpWrapFunc *)o;
    GpObject *v;
    int r = gp_getattr_opt(w->callable, gp_str_intern_cstr("__isabstractmethod__"), &v);
    if (r <= 0)
        return r < 0 ? NULL : gp_bool(0);
    int t = gp_is_true(v);
    GP_DECREF(v);
    return t < 0 ? NULL : gp_bool(t);
}

static GpObject *wf_get_dict(GpObject *o, void *c)
{
    GpWrapFunc *w = (GpWrapFunc *)o;
    if (!w->dict && !(w->dict = gp_dict_new()))
        return NULL;
    return gp_newref(w->dict);
}

static int wf_set_dict(GpObject *o, GpObject *v, void *c)
{
    if (!v || !GP_DICT_CHECK(v)) {
        gp_err_set_string(&GpExc_TypeError, "__dict__ must be set to a dictionary");
        return -1;
    }
    GP_SETREF(((GpWrapFunc *)o)->dict, gp_newref(v));
    return 0;
}

static const GpMemberDef wf_members[] = {
    { "__func__", GP_T_OBJECT, offsetof(GpWrapFunc, callable), GP_MEMBER_READONLY, NULL },
    { "__wrapped__", GP_T_OBJECT, offsetof(GpWrapFunc, callable), GP_MEMBER_READONLY, NULL },
    { NULL }
};

static const GpGetSetDef wf_getsets[] = {
    { "__isabstractmethod__", wf_get_isabstract, NULL, NULL, NULL },
    { "__dict__", wf_get_dict, wf_set_dict, NULL, NULL },
    { NULL }
};

GpType GpClassMethod_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "classmethod",
    .doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
    .basicsize = sizeof(GpWrapFunc),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .dealloc = wf_dealloc,
    .traverse = wf_traverse,
    .clear = wf_clear,
    .repr = cm_repr,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .descr_get = cm_get,
    .new_ = wf_new,
    .init = cm_init,
    .members = wf_members,
    .getsets = wf_getsets,
    .dictoffset = offsetof(GpWrapFunc, dict),
};

GpType GpStaticMethod_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "staticmethod",
    .doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
    .basicsize = sizeof(GpWrapFunc),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .dealloc = wf_dealloc,
    .traverse = wf_traverse,
    .clear = wf_clear,
    .repr = cm_repr,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .call = sm_call,
    .descr_get = sm_get,
    .new_ = wf_new,
    .init = sm_init,
    .members = wf_members,
    .getsets = wf_getsets,
    .dictoffset = offsetof(GpWrapFunc, dict),
};

/* ======================================================================
 * property
 * ====================================================================== */

typedef struct GpProperty {
    GpObject ob;
    GpObject *fget, *fset, *fdel, *doc, *name;
    int getter_doc;
} GpProperty;

static void prop_dealloc(GpObject *o)
{
    GpProperty *p = (GpProperty *)o;
    gp_gc_untrack(o);
    GP_CLEAR(p->fget);
    GP_CLEAR(p->fset);
    GP_CLEAR(p->fdel);
    GP_CLEAR(p->doc);
    GP_CLEAR(p->name);
    gp_obj_free(o);
}

static int prop_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpProperty *p = (GpProperty *)o;
    GpObject *refs[] = { p->fget, p->fset, p->fdel, p->doc, p->name };
    for (int i = 0; i < 5; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static int prop_clear(GpObject *o)
{
    GpProperty *p = (GpProperty *)o;
    GP_CLEAR(p->fget);
    GP_CLEAR(p->fset);
    GP_CLEAR(p->fdel);
    GP_CLEAR(p->doc);
    GP_CLEAR(p->name);
    return 0;
}

static GpObject *prop_error(GpProperty *p, GpObject *obj, const char *what)
{
    if (p->name)
        return gp_err_format(&GpExc_AttributeError, "property %R of '%s' object has no %s", p->name,
                             GP_TYPE(obj)->name, what);
    return gp_err_format(&GpExc_AttributeError, "property of '%s' object has no %s", GP_TYPE(obj)->name, what);
}

static GpObject *prop_get(GpObject *self, GpObject *obj, GpObject *type)
{
    GpProperty *p = (GpProperty *)self;
    if (!obj)
        return gp_newref(self);
    if (!p->fget)
        return prop_error(p, obj, "getter");
    return gp_call1(p->fget, obj);
}

static int prop_set(GpObject *self, GpObject *obj, GpObject *value)
{
    GpProperty *p = (GpProperty *)self;
    GpObject *f = value ? p->fset : p->fdel;
    if (!f) {
        prop_error(p, obj, value ? "setter" : "deleter");
        return -1;
    }
    GpObject *r = value ? gp_call2(f, obj, value) : gp_call1(f, obj);
    if (!r)
        return -1;
    GP_DECREF(r);
    return 0;
}

static GpObject *prop_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    return gp_type_generic_alloc(t, 0);
}

static int prop_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "fget", "fset", "fdel", "doc", NULL };
    GpObject *a[4] = { NULL, NULL, NULL, NULL };
    if (gp_args_parse("property", args, nargs, kwnames, kwlist, 0, 4, a) < 0)
        return -1;
    GpProperty *p = (GpProperty *)self;
    for (int i = 0; i < 4; i++)
        if (a[i] == gp_None)
            a[i] = NULL;
    GP_SETREF(p->fget, gp_xnewref(a[0]));
    GP_SETREF(p->fset, gp_xnewref(a[1]));
    GP_SETREF(p->fdel, gp_xnewref(a[2]));
    GP_SETREF(p->doc, gp_xnewref(a[3]));
    GP_CLEAR(p->name);
    p->getter_doc = 0;
    if (p->fget) {
        GpObject *n;
        if (gp_getattr_opt(p->fget, gp_str_intern_cstr("__name__"), &n) < 0)
            return -1;
        p->name = n;
    }
    if (!p->doc && p->fget) {
        GpObject *d;
        if (gp_getattr_opt(p->fget, gp_str_intern_cstr("__doc__"), &d) < 0)
            return -1;
        if (d && d != gp_None) {
            p->doc = d;
            p->getter_doc = 1;
        } else {
            GP_XDECREF(d);
        }
    }
    /* a subclass keeps the doc in its instance __dict__ (its __doc__ is a
     * class attribute otherwise) */
    if (GP_TYPE(self) != &GpProperty_Type && p->doc) {
        if (gp_setattr_str(self, "__doc__", p->doc) < 0)
            return -1;
    }
    return 0;
}

/* prop.getter(f) / setter / deleter: a copy of the property with one
 * function replaced, built by calling type(self). */
static GpObject *prop_copy(GpObject *self, GpObject *fget, GpObject *fset, GpObject *fdel)
{
    GpProperty *p = (GpProperty *)self;
    if (!fget) fget = p->fget;
    if (!fset) fset = p->fset;
    if (!fdel) fdel = p->fdel;
    GpObject *doc = (p->getter_doc && fget != p->fget) || !p->doc ? gp_None : p->doc;
    GpObject *args[5] = { NULL, fget ? fget : gp_None, fset ? fset : gp_None, fdel ? fdel : gp_None, doc };
    GpObject *r = gp_call((GpObject *)GP_TYPE(self), args + 1, 4 | GP_CALL_ARGS_OFFSET, NULL);
    if (r && GP_TYPE_CHECK(r, &GpProperty_Type)) {
        GpProperty *q = (GpProperty *)r;
        if (p->name && (!q->name || fget == p->fget))
            GP_SETREF(q->name, gp_newref(p->name));
    }
    return r;
}

static GpObject *prop_getter(GpObject *self, GpObject *f) { return prop_copy(self, f, NULL, NULL); }
static GpObject *prop_setter(GpObject *self, GpObject *f) { return prop_copy(self, NULL, f, NULL); }
static GpObject *prop_deleter(GpObject *self, GpObject *f) { return prop_copy(self, NULL, NULL, f); }

static GpObject *prop_set_name(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (nargs != 2)
        return gp_err_format(&GpExc_TypeError, "__set_name__() takes 2 positional arguments but %zd were given",
                             (gp_ssize)nargs);
    GpProperty *p = (GpProperty *)self;
    GP_SETREF(p->name, gp_newref(args[1]));
    GP_RETURN_NONE;
}

static GpObject *prop_get_isabstract(GpObject *o, void *c)
{
    GpProperty *p = (GpProperty *)o;
    GpObject *fs[3] = { p->fget, p->fset, p->fdel };
    for (int i = 0; i < 3; i++) {
        if (!fs[i])
            continue;
        GpObject *v;
        int r = gp_getattr_opt(fs[i], gp_str_intern_cstr("__isabstractmethod__"), &v);
        if (r < 0)
            return NULL;
        if (r > 0) {
            int t = gp_is_true(v);
            GP_DECREF(v);
            if (t < 0)
                return NULL;
            if (t)
                GP_RETURN_TRUE;
        }
    }
    GP_RETURN_FALSE;
}

static GpObject *prop_get_doc(GpObject *o, void *c)
{
    GpProperty *p = (GpProperty *)o;
    return gp_newref(p->doc ? p->doc : gp_None);
}

static int prop_set_doc(GpObject *o, GpObject *v, void *c)
{
    GpProperty *p = (GpProperty *)o;
    GP_SETREF(p->doc, gp_xnewref(v));
    p->getter_doc = 0;
    return 0;
}

static const GpMethodDef prop_methods[] = {
    GP_METHOD("getter", prop_getter, GP_METH_O),
    GP_METHOD("setter", prop_setter, GP_METH_O),
    GP_METHOD("deleter", prop_deleter, GP_METH_O),
    GP_METHOD("__set_name__", prop_set_name, GP_METH_FAST),
    { NULL }
};

static const GpMemberDef prop_members[] = {
    { "fget", GP_T_OBJECT, offsetof(GpProperty, fget), GP_MEMBER_READONLY, NULL },
    { "fset", GP_T_OBJECT, offsetof(GpProperty, fset), GP_MEMBER_READONLY, NULL },
    { "fdel", GP_T_OBJECT, offsetof(GpProperty, fdel), GP_MEMBER_READONLY, NULL },
    { NULL }
};

static const GpGetSetDef prop_getsets[] = {
    { "__doc__", prop_get_doc, prop_set_doc, NULL, NULL },
    { "__isabstractmethod__", prop_get_isabstract, NULL, NULL, NULL },
    { NULL }
};

GpType GpProperty_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "property",
    .doc = "Property attribute.",
    .basicsize = sizeof(GpProperty),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .dealloc = prop_dealloc,
    .traverse = prop_traverse,
    .clear = prop_clear,
    .getattro = gp_generic_getattr,
    .descr_get = prop_get,
    .descr_set = prop_set,
    .new_ = prop_new,
    .init = prop_init,
    .methods = prop_methods,
    .members = prop_members,
    .getsets = prop_getsets,
};
