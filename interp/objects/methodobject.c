/* methodobject.c -- builtin_function_or_method (a C function from a
 * GpMethodDef, optionally bound to self) and `method` (a Python callable
 * bound to an instance).
 *
 * Calling a bound method prepends self to the arguments. When the caller
 * passed GP_CALL_ARGS_OFFSET, the slot in front of args is ours to borrow,
 * so binding costs no copy (the common case from the VM).
 */
#include <string.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "objects/typeobject.h"

/* ======================================================================
 * Calling a GpMethodDef
 * ====================================================================== */

/* The name used in argument errors: "str.upper" for methods, "len" for
 * module functions. Only computed on the error path. */
static GpObject *def_display_name(const GpMethodDef *def, GpObject *self, GpObject *modname)
{
    if (self && !GP_MODULE_CHECK(self)) {
        GpType *start = GP_TYPE(self);
        if ((def->flags & GP_METH_CLASS) && GP_TYPE_CHECK_TYPE(self))
            return gp_str_from_format("%s.%s", gp_type_name((GpType *)self), def->name);
        GpObject *mro = start->mro;
        gp_ssize n = mro ? GP_SIZE(mro) : 1;
        for (gp_ssize i = 0; i < n; i++) {
            GpType *t = mro ? (GpType *)GP_TUPLE_GET(mro, i) : start;
            for (const GpMethodDef *d = t->methods; d && d->name; d++)
                if (d == def)
                    return gp_str_from_format("%s.%s", gp_type_name(t), def->name);
        }
    }
    /* module functions are named "module.func", except in builtins */
    const char *mod = NULL;
    if (self && GP_MODULE_CHECK(self))
        mod = gp_module_name(self);
    else if (!self && modname && GP_STR_CHECK(modname))
        mod = GP_STR_DATA(modname);
    if (mod && strcmp(mod, "builtins") != 0)
        return gp_str_from_format("%s.%s", mod, def->name);
    return gp_str_from_cstr(def->name);
}

static _Thread_local GpObject *call_modname;   /* the module of the function being called */

static GpObject *def_error(const GpMethodDef *def, GpObject *self, const char *fmt, gp_ssize n)
{
    GpObject *name = def_display_name(def, self, call_modname);
    if (!name)
        return NULL;
    gp_err_format(&GpExc_TypeError, fmt, name, n);
    GP_DECREF(name);
    return NULL;
}

GpObject *gp_methoddef_call(const GpMethodDef *def, GpObject *self, GpObject *const *args,
                            size_t nargsf, GpObject *kwnames)
{
    size_t nargs = (size_t)GP_NARGS(nargsf);
    int has_kw = kwnames && GP_SIZE(kwnames) > 0;
    GpObject *r;
    switch (def->flags & (GP_METH_NOARGS | GP_METH_O | GP_METH_FAST | GP_METH_FASTKW)) {
    case GP_METH_NOARGS:
        if (has_kw)
            return def_error(def, self, "%U() takes no keyword arguments", 0);
        if (nargs != 0)
            return def_error(def, self, "%U() takes no arguments (%zd given)", (gp_ssize)nargs);
        r = ((gp_cfunc)def->func)(self, NULL);
        break;
    case GP_METH_O:
        if (has_kw)
            return def_error(def, self, "%U() takes no keyword arguments", 0);
        if (nargs != 1)
            return def_error(def, self, "%U() takes exactly one argument (%zd given)", (gp_ssize)nargs);
        r = ((gp_cfunc)def->func)(self, args[0]);
        break;
    case GP_METH_FAST:
        if (has_kw)
            return def_error(def, self, "%U() takes no keyword arguments", 0);
        r = ((gp_cfunc_fast)def->func)(self, args, nargs);
        break;
    case GP_METH_FASTKW:
        r = ((gp_cfunc_fastkw)def->func)(self, args, nargs, has_kw ? kwnames : NULL);
        break;
    default:
        return gp_err_format(&GpExc_SystemError, "bad call flags for built-in %s", def->name);
    }
    return r;
}

/* ======================================================================
 * builtin_function_or_method
 * ====================================================================== */

GpObject *gp_cfunction_new(const GpMethodDef *def, GpObject *self, GpObject *module)
{
    GpCFunction *f = (GpCFunction *)gp_obj_alloc(&GpCFunction_Type, 0);
    if (!f)
        return NULL;
    f->def = def;
    f->self = gp_xnewref(self);
    f->module = gp_xnewref(module);
    gp_gc_track((GpObject *)f);
    return (GpObject *)f;
}

static void cfunc_dealloc(GpObject *o)
{
    GpCFunction *f = (GpCFunction *)o;
    gp_gc_untrack(o);
    if (f->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &f->weakreflist);
    GP_CLEAR(f->self);
    GP_CLEAR(f->module);
    gp_obj_free(o);
}

static int cfunc_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpCFunction *f = (GpCFunction *)o;
    if (f->self && visit(f->self, arg))
        return 1;
    if (f->module && visit(f->module, arg))
        return 1;
    return 0;
}

static int cfunc_clear(GpObject *o)
{
    GpCFunction *f = (GpCFunction *)o;
    GP_CLEAR(f->self);
    GP_CLEAR(f->module);
    return 0;
}

static GpObject *cfunc_call(GpObject *callable, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    GpCFunction *f = (GpCFunction *)callable;
    if (f->self) {
        call_modname = NULL;
        return gp_methoddef_call(f->def, f->self, args, nargsf, kwnames);
    }
    /* only read by the argument-count errors raised before the call */
    call_modname = f->module;
    GpObject *r = gp_methoddef_call(f->def, NULL, args, nargsf, kwnames);
    call_modname = NULL;
    return r;
}

static int cfunc_is_method(GpCFunction *f)
{
    return f->self && !GP_MODULE_CHECK(f->self);
}

static GpObject *cfunc_repr(GpObject *o)
{
    GpCFunction *f = (GpCFunction *)o;
    if (!cfunc_is_method(f))
        return gp_str_from_format("<built-in function %s>", f->def->name);
    return gp_str_from_format("<built-in method %s of %s object at %p>", f->def->name,
                              GP_TYPE(f->self)->name, (void *)f->self);
}

static GpObject *cfunc_richcompare(GpObject *a, GpObject *b, int op)
{
    if ((op != GP_EQ && op != GP_NE) || GP_TYPE(b) != &GpCFunction_Type)
        GP_RETURN_NOTIMPLEMENTED;
    GpCFunction *x = (GpCFunction *)a, *y = (GpCFunction *)b;
    int eq = x->def == y->def && x->self == y->self;
    return gp_bool(op == GP_EQ ? eq : !eq);
}

static gp_hash cfunc_hash(GpObject *o)
{
    GpCFunction *f = (GpCFunction *)o;
    size_t x = (size_t)f->self >> 4, y = (size_t)f->def >> 4;
    gp_hash h = (gp_hash)(x ^ (y * 1000003u));
    return h == -1 ? -2 : h;
}

static GpObject *cfunc_get_name(GpObject *o, void *c)
{
    return gp_str_from_cstr(((GpCFunction *)o)->def->name);
}

static GpObject *cfunc_get_qualname(GpObject *o, void *c)
{
    GpCFunction *f = (GpCFunction *)o;
    if (!cfunc_is_method(f))
        return gp_str_from_cstr(f->def->name);
    GpType *t = GP_TYPE_CHECK_TYPE(f->self) ? (GpType *)f->self : GP_TYPE(f->self);
    GpObject *tq = gp_getattr_str((GpObject *)t, "__qualname__");
    if (!tq)
        return NULL;
    GpObject *r = gp_str_from_format("%U.%s", tq, f->def->name);
    GP_DECREF(tq);
    return r;
}

static GpObject *cfunc_get_self(GpObject *o, void *c)
{
    GpCFunction *f = (GpCFunction *)o;
    if (!f->self && f->module && GP_STR_CHECK(f->module) && gp_interp()->modules) {
        /* module-level builtins: __self__ is their module, as in CPython */
        GpObject *m = gp_dict_getitem_err(gp_interp()->modules, f->module);
        if (m)
            return gp_newref(m);
        gp_err_clear();
    }
    return gp_newref(f->self ? f->self : gp_None);
}

static GpObject *cfunc_get_module(GpObject *o, void *c)
{
    GpCFunction *f = (GpCFunction *)o;
    return gp_newref(f->module ? f->module : gp_None);
}

static int cfunc_set_module(GpObject *o, GpObject *v, void *c)
{
    GpCFunction *f = (GpCFunction *)o;
    GP_SETREF(f->module, gp_xnewref(v));
    return 0;
}

static GpObject *cfunc_get_doc(GpObject *o, void *c)
{
    GpCFunction *f = (GpCFunction *)o;
    if (!f->def->doc)
        GP_RETURN_NONE;
    return gp_str_from_cstr(f->def->doc);
}

static GpObject *cfunc_get_none(GpObject *o, void *c) { GP_RETURN_NONE; }

static GpObject *cfunc_reduce(GpObject *o, GpObject *unused)
{
    GpCFunction *f = (GpCFunction *)o;
    if (!cfunc_is_method(f))
        return gp_str_from_cstr(f->def->name);
    GpObject *builtins = gp_import("builtins");
    if (!builtins)
        return NULL;
    GpObject *ga = gp_getattr_str(builtins, "getattr");
    GP_DECREF(builtins);
    if (!ga)
        return NULL;
    GpObject *name = gp_str_from_cstr(f->def->name);
    GpObject *args = name ? gp_tuple_pack(2, f->self, name) : NULL;
    GpObject *r = args ? gp_tuple_pack(2, ga, args) : NULL;
    GP_XDECREF(args);
    GP_XDECREF(name);
    GP_DECREF(ga);
    return r;
}

static const GpMethodDef cfunc_methods[] = {
    GP_METHOD("__reduce__", cfunc_reduce, GP_METH_NOARGS),
    { NULL }
};

static const GpGetSetDef cfunc_getsets[] = {
    { "__name__", cfunc_get_name, NULL, NULL, NULL },
    { "__qualname__", cfunc_get_qualname, NULL, NULL, NULL },
    { "__self__", cfunc_get_self, NULL, NULL, NULL },
    { "__module__", cfunc_get_module, cfunc_set_module, NULL, NULL },
    { "__doc__", cfunc_get_doc, NULL, NULL, NULL },
    { "__text_signature__", cfunc_get_none, NULL, NULL, NULL },
    { NULL }
};

GpType GpCFunction_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "builtin_function_or_method",
    .basicsize = sizeof(GpCFunction),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = cfunc_dealloc,
    .traverse = cfunc_traverse,
    .clear = cfunc_clear,
    .repr = cfunc_repr,
    .hash = cfunc_hash,
    .richcompare = cfunc_richcompare,
    .getattro = gp_generic_getattr,
    .call = cfunc_call,
    .methods = cfunc_methods,
    .getsets = cfunc_getsets,
    .weaklistoffset = offsetof(GpCFunction, weakreflist),
};

int gp_add_functions(GpObject *dict, const GpMethodDef *defs, GpObject *module_name)
{
    for (const GpMethodDef *d = defs; d && d->name; d++) {
        GpObject *f = gp_cfunction_new(d, NULL, module_name);
        if (!f)
            return -1;
        int r = gp_dict_setitem_str(dict, d->name, f);
        GP_DECREF(f);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* ======================================================================
 * method (bound)
 * ====================================================================== */

GpObject *gp_method_new(GpObject *func, GpObject *self)
{
    if (!self) {
        gp_err_set_string(&GpExc_SystemError, "gp_method_new: self is NULL");
        return NULL;
    }
    GpMethod *m = (GpMethod *)gp_obj_alloc(&GpMethod_Type, 0);
    if (!m)
        return NULL;
    m->func = gp_newref(func);
    m->self = gp_newref(self);
    gp_gc_track((GpObject *)m);
    return (GpObject *)m;
}

static void method_dealloc(GpObject *o)
{
    GpMethod *m = (GpMethod *)o;
    gp_gc_untrack(o);
    if (m->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &m->weakreflist);
    GP_CLEAR(m->func);
    GP_CLEAR(m->self);
    gp_obj_free(o);
}

static int method_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpMethod *m = (GpMethod *)o;
    if (m->func && visit(m->func, arg))
        return 1;
    if (m->self && visit(m->self, arg))
        return 1;
    return 0;
}

static int method_clear(GpObject *o)
{
    GpMethod *m = (GpMethod *)o;
    GP_CLEAR(m->func);
    GP_CLEAR(m->self);
    return 0;
}

static GpObject *method_call(GpObject *callable, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    GpMethod *m = (GpMethod *)callable;
    GpObject *func = m->func, *self = m->self;
    size_t nargs = (size_t)GP_NARGS(nargsf);
    size_t total = nargs + (kwnames ? (size_t)GP_SIZE(kwnames) : 0);
    GpObject *r;
    if (nargsf & GP_CALL_ARGS_OFFSET) {
        GpObject **newargs = (GpObject **)args - 1;
        GpObject *saved = newargs[0];
        newargs[0] = self;
        r = gp_call(func, newargs, nargs + 1, kwnames);
        newargs[0] = saved;
        return r;
    }
    GpObject *small[10];
    GpObject **stack = small;
    if (total + 2 > 10) {
        stack = gp_mem_malloc((total + 2) * sizeof(GpObject *));
        if (!stack)
            return gp_err_no_memory();
    }
    stack[1] = self;
    if (total)
        memcpy(stack + 2, args, total * sizeof(GpObject *));
    r = gp_call(func, stack + 1, (nargs + 1) | GP_CALL_ARGS_OFFSET, kwnames);
    if (stack != small)
        gp_mem_free(stack);
    return r;
}

static GpObject *method_descr_get(GpObject *self, GpObject *obj, GpObject *type)
{
    return gp_newref(self);
}

static GpObject *method_getattro(GpObject *o, GpObject *name)
{
    GpType *tp = GP_TYPE(o);
    GpObject *descr = gp_type_lookup(tp, name);
    if (descr) {
        gp_descrgetfunc f = GP_TYPE(descr)->descr_get;
        if (f)
            return f(descr, o, (GpObject *)tp);
        return gp_newref(descr);
    }
    return gp_getattr(((GpMethod *)o)->func, name);
}

static GpObject *method_repr(GpObject *o)
{
    GpMethod *m = (GpMethod *)o;
    GpObject *name = NULL;
    if (gp_getattr_opt(m->func, gp_str_intern_cstr("__qualname__"), &name) < 0)
        return NULL;
    if (!name && gp_getattr_opt(m->func, gp_str_intern_cstr("__name__"), &name) < 0)
        return NULL;
    if (name && !GP_STR_CHECK(name))
        GP_CLEAR(name);
    GpObject *r;
    if (name)
        r = gp_str_from_format("<bound method %U of %R>", name, m->self);
    else
        r = gp_str_from_format("<bound method ? of %R>", m->self);
    GP_XDECREF(name);
    return r;
}

static GpObject *method_richcompare(GpObject *a, GpObject *b, int op)
{
    if ((op != GP_EQ && op != GP_NE) || !GP_METHOD_CHECK(a) || !GP_METHOD_CHECK(b))
        GP_RETURN_NOTIMPLEMENTED;
    GpMethod *x = (GpMethod *)a, *y = (GpMethod *)b;
    int eq = x->self == y->self;
    if (eq) {
        eq = gp_richcompare_bool(x->func, y->func, GP_EQ);
        if (eq < 0)
            return NULL;
    }
    return gp_bool(op == GP_EQ ? eq : !eq);
}

static gp_hash method_hash(GpObject *o)
{
    GpMethod *m = (GpMethod *)o;
    size_t x = (size_t)m->self;
    x = (x >> 4) | (x << (8 * sizeof(void *) - 4));
    gp_hash y = gp_hash_of(m->func);
    if (y == -1)
        return -1;
    gp_hash h = (gp_hash)x ^ y;
    return h == -1 ? -2 : h;
}

static GpObject *method_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (kwnames && GP_SIZE(kwnames))
        return gp_err_format(&GpExc_TypeError, "method() takes no keyword arguments");
    if (nargs != 2)
        return gp_err_format(&GpExc_TypeError, "method expected 2 arguments, got %zd", (gp_ssize)nargs);
    if (!gp_callable(args[0]))
        return gp_err_format(&GpExc_TypeError, "first argument must be callable");
    if (args[1] == gp_None)
        return gp_err_format(&GpExc_TypeError, "instance must not be None");
    return gp_method_new(args[0], args[1]);
}

static GpObject *method_get_doc(GpObject *o, void *c)
{
    return gp_getattr_str(((GpMethod *)o)->func, "__doc__");
}

static GpObject *method_reduce(GpObject *o, GpObject *unused)
{
    GpMethod *m = (GpMethod *)o;
    GpObject *builtins = gp_import("builtins");
    if (!builtins)
        return NULL;
    GpObject *ga = gp_getattr_str(builtins, "getattr");
    GP_DECREF(builtins);
    if (!ga)
        return NULL;
    GpObject *name = gp_getattr_str(m->func, "__name__");
    GpObject *args = name ? gp_tuple_pack(2, m->self, name) : NULL;
    GpObject *r = args ? gp_tuple_pack(2, ga, args) : NULL;
    GP_XDECREF(args);
    GP_XDECREF(name);
    GP_DECREF(ga);
    return r;
}

static const GpMemberDef method_members[] = {
    { "__func__", GP_T_OBJECT, offsetof(GpMethod, func), GP_MEMBER_READONLY, "the function (or other callable) implementing a method" },
    { "__self__", GP_T_OBJECT, offsetof(GpMethod, self), GP_MEMBER_READONLY, "the instance to which a method is bound" },
    { NULL }
};

static const GpGetSetDef method_getsets[] = {
    { "__doc__", method_get_doc, NULL, NULL, NULL },
    { NULL }
};

static const GpMethodDef method_methods[] = {
    GP_METHOD("__reduce__", method_reduce, GP_METH_NOARGS),
    { NULL }
};

GpType GpMethod_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "method",
    .doc = "Create a bound instance method object.",
    .basicsize = sizeof(GpMethod),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .clear = method_clear,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattro = method_getattro,
    .setattro = gp_generic_setattr,
    .call = method_call,
    .descr_get = method_descr_get,
    .new_ = method_new,
    .members = method_members,
    .getsets = method_getsets,
    .methods = method_methods,
    .weaklistoffset = offsetof(GpMethod, weakreflist),
};
