/* object.c -- memory of objects, the `object` base type, and the three
 * singletons None, NotImplemented and Ellipsis.
 *
 * Allocation layout (see mem/gc.h):
 *
 *     [pre-header: weaklist, dict]? [GpGCHead]? [object: basicsize + n*itemsize]
 *
 * The GC head is present when the type has GP_TPFLAGS_HAVE_GC; the pre-header
 * when the type's dictoffset is negative (heap subclasses of variable-sized
 * built-ins). gp_obj_free() recomputes the same layout from the object's type,
 * so a type must not change its flags or offsets while instances exist
 * (__class__ assignment checks that layouts agree).
 *
 * The `object` type implements the defaults every class inherits: identity
 * equality, address hashing, "<mod.C object at 0x...>" repr, the generic
 * attribute protocol (abstract.c) and the excess-argument rules of
 * object.__new__ / object.__init__, which decide whether C(1) is an error.
 */
#include <string.h>
#include <stdlib.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "objects/typeobject.h"
#include "objects/instvalues.h"

/* ======================================================================
 * GC lists
 * ====================================================================== */

GpGCHead gp_gc_young = { &gp_gc_young, (uintptr_t)&gp_gc_young };
gp_ssize gp_gc_young_count = 0;
/* CPython's generation-0 threshold: enough allocations between collections
 * that short-lived containers die by refcount before a collection sees them. */
gp_ssize gp_gc_young_threshold = 700;
void (*gp_gc_collect_hook)(void) = NULL;

void gp_gc_track(GpObject *o)
{
    GpGCHead *g = GP_GC_HEAD(o);
    if (!g->next)
        gp_gc_list_append(g, &gp_gc_young);
}

void gp_gc_untrack(GpObject *o)
{
    GpGCHead *g = GP_GC_HEAD(o);
    if (!g->next)
        return;
    gp_gc_list_remove(g);
    g->next = NULL;
    g->prev &= GP_GC_FLAG_FINALIZED;   /* PEP 442: __del__ runs once, tracked or not */
}

int gp_gc_is_tracked(GpObject *o)
{
    return gp_obj_is_gc(o) && GP_GC_HEAD(o)->next != NULL;
}

/* ======================================================================
 * Allocation
 * ====================================================================== */

#ifndef GP_OBJ_MALLOC
#define GP_OBJ_MALLOC(n) gp_mem_malloc(n)
#define GP_OBJ_REALLOC(p, n) gp_mem_realloc((p), (n))
#define GP_OBJ_FREE(p) gp_mem_free(p)
#endif

static inline size_t pre_size_of(GpType *t, int is_gc)
{
    size_t pre = is_gc ? sizeof(GpGCHead) : 0;
    if (t->dictoffset < 0)
        pre += GP_PREHEADER_SIZE;
    return pre;
}

static inline size_t body_size(GpType *t, gp_ssize nitems)
{
    size_t sz = (size_t)t->basicsize + (size_t)nitems * (size_t)t->itemsize;
    return (sz + 7) & ~(size_t)7;
}

GpObject *gp_obj_alloc_extra(GpType *t, gp_ssize nitems, size_t extra)
{
    int is_gc = (t->flags & GP_TPFLAGS_HAVE_GC) != 0;
    if (is_gc && gp_gc_collect_hook && gp_gc_young_count > gp_gc_young_threshold)
        gp_gc_collect_hook();
    size_t pre = pre_size_of(t, is_gc);
    size_t size = pre + body_size(t, nitems);
    char *mem = GP_OBJ_MALLOC(size + extra);
    if (!mem)
        return gp_err_no_memory();
    memset(mem, 0, size);
    GpObject *o = (GpObject *)(mem + pre);
    o->refcnt = 1;
    o->type = t;
    if (t->itemsize)
        ((GpVarObject *)o)->size = nitems;
    if (t->flags & GP_TPFLAGS_HEAPTYPE)
        GP_INCREF(t);
    if (is_gc)
        gp_gc_young_count++;
    return o;
}

GpObject *gp_obj_alloc(GpType *t, gp_ssize nitems)
{
    if (!(t->flags & GP_TPFLAGS_INLINE_VALUES))
        return gp_obj_alloc_extra(t, nitems, 0);
    GpObject *o = gp_obj_alloc_extra(t, nitems, gp_inline_area_size(t));
    if (o)
        gp_inline_init(o, t);
    return o;
}

void gp_obj_free(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    int is_gc = gp_obj_is_gc(o);
    if (is_gc) {
        if (GP_GC_HEAD(o)->next)
            gp_gc_untrack(o);
        if (gp_gc_young_count > 0)
            gp_gc_young_count--;
    }
    char *mem = (char *)o - pre_size_of(t, is_gc);
    GP_OBJ_FREE(mem);
    if (t->flags & GP_TPFLAGS_HEAPTYPE)
        GP_DECREF(t);
}

GpObject *gp_obj_resize(GpObject *o, gp_ssize nitems)
{
    GpType *t = GP_TYPE(o);
    int is_gc = gp_obj_is_gc(o);
    int tracked = is_gc && GP_GC_HEAD(o)->next != NULL;
    if (tracked)
        gp_gc_untrack(o);
    size_t pre = pre_size_of(t, is_gc);
    char *mem = GP_OBJ_REALLOC((char *)o - pre, pre + body_size(t, nitems));
    if (!mem) {
        if (tracked)
            gp_gc_track(o);
        return gp_err_no_memory();
    }
    o = (GpObject *)(mem + pre);
    if (t->itemsize)
        ((GpVarObject *)o)->size = nitems;
    if (tracked)
        gp_gc_track(o);
    return o;
}

GpObject *gp_type_generic_alloc(GpType *t, gp_ssize nitems)
{
    GpObject *o = gp_obj_alloc(t, nitems);
    if (o && (t->flags & GP_TPFLAGS_HAVE_GC))
        gp_gc_track(o);
    return o;
}

static inline void dealloc_now(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    if (t->dealloc)
        t->dealloc(o);
    else
        gp_obj_free(o);
}

/* The trashcan. Freeing a long chain of objects -- a list nested 100000
 * deep, the traceback of a deep recursion -- recurses through the dealloc
 * functions and would overflow the C stack. Past GP_TRASH_DEPTH nested
 * deallocations an object whose count reached zero is parked in the thread
 * state instead; the outermost deallocation frees the parked objects
 * afterwards, one level deep each time, so the recursion stays bounded. */
#define GP_TRASH_DEPTH 500

static int trash_park(GpThreadState *ts, GpObject *o)
{
    if (ts->trash_n == ts->trash_cap) {
        gp_ssize cap = ts->trash_cap ? ts->trash_cap * 2 : 256;
        GpObject **nt = realloc(ts->trash, (size_t)cap * sizeof *nt);
        if (!nt)
            return -1;
        ts->trash = nt;
        ts->trash_cap = cap;
    }
    ts->trash[ts->trash_n++] = o;
    /* a parked object is dead: the collector must not see it in a generation */
    if (gp_obj_is_gc(o))
        gp_gc_untrack(o);
    return 0;
}

void gp_dealloc(GpObject *o)
{
    GpThreadState *ts = gp_tstate_current;
    if (!ts) {
        dealloc_now(o);
        return;
    }
    if (ts->dealloc_depth >= GP_TRASH_DEPTH && trash_park(ts, o) == 0)
        return;
    ts->dealloc_depth++;
    dealloc_now(o);
    if (--ts->dealloc_depth == 0) {
        while (ts->trash_n > 0) {
            GpObject *p = ts->trash[--ts->trash_n];
            ts->dealloc_depth++;
            dealloc_now(p);
            ts->dealloc_depth--;
        }
    }
}

/* PEP 442: call tp finalize once. The object's count is temporarily raised
 * so the finalizer can use it; if the finalizer stored a reference somewhere
 * the object is resurrected and its dealloc must stop. */
int gp_call_finalizer_from_dealloc(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    if (!t->finalize)
        return 0;
    int is_gc = gp_obj_is_gc(o);
    if (is_gc) {
        if (gp_gc_is_finalized(GP_GC_HEAD(o)))
            return 0;
        gp_gc_set_finalized(GP_GC_HEAD(o));
    }
    o->refcnt = 1;
    t->finalize(o);
    if (--o->refcnt == 0)
        return 0;
    /* resurrected: the new owner keeps it; it is tracked again if it was */
    if (is_gc && (t->flags & GP_TPFLAGS_HAVE_GC))
        gp_gc_track(o);
    return -1;
}

/* Drop the __slots__ values of one heap type level. */
static void clear_slots(GpType *t, GpObject *o)
{
    const GpMemberDef *m = t->members;
    if (!m || !(t->flags & GP_TPFLAGS_HEAPTYPE) || !((GpHeapType *)t)->slot_members)
        return;
    for (m = ((GpHeapType *)t)->slot_members; m->name; m++) {
        if (m->type == GP_T_OBJECT_EX && !(m->flags & GP_MEMBER_READONLY)) {
            GpObject **p = (GpObject **)((char *)o + m->offset);
            GP_CLEAR(*p);
        }
    }
}

void (*gp_weakref_clear_hook)(GpObject *o, GpObject **list) = NULL;

void gp_subtype_dealloc(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    int is_gc = gp_obj_is_gc(o);
    if (is_gc)
        gp_gc_untrack(o);
    if (t->finalize) {
        if (gp_call_finalizer_from_dealloc(o) < 0)
            return;
    }
    /* find the nearest non-heap-dealloc base; clear slots on the way */
    GpType *base = t;
    while (base->dealloc == gp_subtype_dealloc) {
        clear_slots(base, o);
        base = base->base;
    }
    if (t->dictoffset && !base->dictoffset) {
        GpObject **dp = (GpObject **)((char *)o + t->dictoffset);
        GP_CLEAR(*dp);
        if (t->flags & GP_TPFLAGS_INLINE_VALUES)
            gp_inline_clear(o);
    }
    if (t->weaklistoffset && !base->weaklistoffset) {
        GpObject **wp = (GpObject **)((char *)o + t->weaklistoffset);
        if (*wp && gp_weakref_clear_hook)
            gp_weakref_clear_hook(o, wp);
        *wp = NULL;
    }
    /* The base dealloc expects a tracked object if its type is GC (it
     * untracks itself); re-track so the bookkeeping stays symmetric. */
    if (is_gc && (base->flags & GP_TPFLAGS_HAVE_GC))
        gp_gc_track(o);
    if (base->dealloc)
        base->dealloc(o);
    else
        gp_obj_free(o);
}

/* ======================================================================
 * object
 * ====================================================================== */

static void object_dealloc(GpObject *o)
{
    gp_obj_free(o);
}

GpObject *gp_object_default_repr(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    GpObject *mod = NULL, *qual = gp_type_qualname(t);
    if (!qual)
        return NULL;
    if (t->flags & GP_TPFLAGS_HEAPTYPE) {
        mod = gp_type_module(t);
        if (!mod)
            gp_err_clear();
        else if (!GP_STR_CHECK(mod) || gp_str_eq_cstr(mod, "builtins"))
            GP_CLEAR(mod);
    }
    GpObject *r;
    if (mod)
        r = gp_str_from_format("<%U.%U object at %p>", mod, qual, (void *)o);
    else
        r = gp_str_from_format("<%s object at %p>", t->name, (void *)o);
    GP_XDECREF(mod);
    GP_DECREF(qual);
    return r;
}

static GpObject *object_repr(GpObject *o) { return gp_object_default_repr(o); }

static GpObject *object_str(GpObject *o)
{
    gp_unaryfunc f = GP_TYPE(o)->repr;
    if (!f)
        f = object_repr;
    return f(o);
}

static gp_hash object_hash(GpObject *o)
{
    /* the low 4 bits of an address are almost always zero: rotate them away */
    size_t y = (size_t)o;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    gp_hash h = (gp_hash)y;
    return h == -1 ? -2 : h;
}

static GpObject *object_richcompare(GpObject *self, GpObject *other, int op)
{
    switch (op) {
    case GP_EQ:
        if (self == other)
            GP_RETURN_TRUE;
        GP_RETURN_NOTIMPLEMENTED;
    case GP_NE: {
        /* __ne__ delegates to __eq__ and inverts it */
        gp_richcmpfunc f = GP_TYPE(self)->richcompare;
        if (!f)
            GP_RETURN_NOTIMPLEMENTED;
        GpObject *r = f(self, other, GP_EQ);
        if (r && r != gp_NotImplemented) {
            int t = gp_is_true(r);
            GP_DECREF(r);
            if (t < 0)
                return NULL;
            return gp_bool(!t);
        }
        return r;
    }
    default:
        GP_RETURN_NOTIMPLEMENTED;
    }
}

static int excess_args(size_t nargs, GpObject *kwnames)
{
    return nargs > 0 || (kwnames && GP_SIZE(kwnames) > 0);
}

static int object_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames);

static GpObject *object_new(GpType *type, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (excess_args(nargs, kwnames)) {
        if (type->new_ != object_new) {
            gp_err_set_string(&GpExc_TypeError,
                              "object.__new__() takes exactly one argument (the type to instantiate)");
            return NULL;
        }
        if (type->init == object_init) {
            gp_err_format(&GpExc_TypeError, "%s() takes no arguments", type->name);
            return NULL;
        }
    }
    if (type->flags & GP_TPFLAGS_IS_ABSTRACT) {
        GpObject *am = gp_getattr_str((GpObject *)type, "__abstractmethods__");
        if (!am)
            return NULL;
        GpObject *sorted = gp_sequence_list(am);
        GP_DECREF(am);
        if (!sorted)
            return NULL;
        if (gp_list_sort(sorted) < 0) {
            GP_DECREF(sorted);
            return NULL;
        }
        GpObject *sep = gp_str_from_cstr(", ");
        GpObject *joined = sep ? gp_str_join(sep, sorted) : NULL;
        GP_XDECREF(sep);
        gp_ssize n = GP_SIZE(sorted);
        GP_DECREF(sorted);
        if (!joined)
            return NULL;
        gp_err_format(&GpExc_TypeError, "Can't instantiate abstract class %s with abstract method%s %U",
                      type->name, n > 1 ? "s" : "", joined);
        GP_DECREF(joined);
        return NULL;
    }
    return gp_type_generic_alloc(type, 0);
}

static int object_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpType *type = GP_TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (type->init != object_init) {
            gp_err_set_string(&GpExc_TypeError,
                              "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->new_ == object_new) {
            gp_err_format(&GpExc_TypeError,
                          "%s.__init__() takes exactly one argument (the instance to initialize)", type->name);
            return -1;
        }
    }
    return 0;
}

static GpObject *object_format(GpObject *self, GpObject *spec)
{
    if (!GP_STR_CHECK(spec))
        return gp_err_format(&GpExc_TypeError, "format() argument 2 must be str, not %T", spec);
    if (GP_STR_LEN(spec) > 0)
        return gp_err_format(&GpExc_TypeError, "unsupported format string passed to %s.__format__",
                             GP_TYPE(self)->name);
    return gp_str(self);
}

/* dir() helpers: add the keys of cls.__dict__ and of its bases, recursively. */
static int merge_class_dict(GpObject *dict, GpObject *cls)
{
    GpObject *cd;
    int r = gp_getattr_opt(cls, gp_str_intern_cstr("__dict__"), &cd);
    if (r < 0)
        return -1;
    if (r > 0) {
        GpObject *it = gp_iter(cd);
        GP_DECREF(cd);
        if (!it)
            return -1;
        GpObject *k;
        while ((k = gp_iter_next(it))) {
            int e = gp_dict_setitem(dict, k, gp_None);
            GP_DECREF(k);
            if (e < 0) {
                GP_DECREF(it);
                return -1;
            }
        }
        GP_DECREF(it);
        if (gp_err_occurred())
            return -1;
    }
    GpObject *bases;
    r = gp_getattr_opt(cls, gp_str_intern_cstr("__bases__"), &bases);
    if (r < 0)
        return -1;
    if (r == 0)
        return 0;
    if (!GP_TUPLE_CHECK(bases)) {
        GP_DECREF(bases);
        return 0;
    }
    for (gp_ssize i = 0; i < GP_SIZE(bases); i++) {
        if (gp_enter_recursive_call(" in dir()") < 0) {
            GP_DECREF(bases);
            return -1;
        }
        int e = merge_class_dict(dict, GP_TUPLE_GET(bases, i));
        gp_leave_recursive_call();
        if (e < 0) {
            GP_DECREF(bases);
            return -1;
        }
    }
    GP_DECREF(bases);
    return 0;
}

static GpObject *object_dir(GpObject *self, GpObject *unused)
{
    GpObject *dict = NULL, *od;
    int r = gp_getattr_opt(self, gp_str_intern_cstr("__dict__"), &od);
    if (r < 0)
        return NULL;
    if (r > 0 && GP_DICT_CHECK(od))
        dict = gp_dict_copy(od);
    else
        dict = gp_dict_new();
    GP_XDECREF(od);
    if (!dict)
        return NULL;
    GpObject *cls;
    r = gp_getattr_opt(self, gp_str_intern_cstr("__class__"), &cls);
    if (r < 0 || (r > 0 && merge_class_dict(dict, cls) < 0)) {
        GP_XDECREF(cls);
        GP_DECREF(dict);
        return NULL;
    }
    GP_XDECREF(cls);
    GpObject *keys = gp_dict_keys(dict);
    GP_DECREF(dict);
    return keys;
}

/* object.__dir__ is also what type.__dir__ reuses for merging. */
GpObject *gp_type_dir_impl(GpObject *type)
{
    GpObject *dict = gp_dict_new();
    if (!dict)
        return NULL;
    if (merge_class_dict(dict, type) < 0) {
        GP_DECREF(dict);
        return NULL;
    }
    GpObject *keys = gp_dict_keys(dict);
    GP_DECREF(dict);
    return keys;
}

static GpObject *object_sizeof(GpObject *self, GpObject *unused)
{
    GpType *t = GP_TYPE(self);
    gp_ssize size = t->basicsize;
    if (t->itemsize)
        size += t->itemsize * GP_SIZE(self);
    if (t->flags & GP_TPFLAGS_INLINE_VALUES)   /* the inline attribute slots (instvalues.h) */
        size = ((size + 7) & ~(gp_ssize)7) + (gp_ssize)sizeof(GpInlineValues)
               + gp_inline_values(self)->capacity * (gp_ssize)sizeof(GpObject *);
    return gp_int_from_ssize(size);
}

static GpObject *object_init_subclass(GpObject *cls, GpObject *unused)
{
    GP_RETURN_NONE;
}

static GpObject *object_subclasshook(GpObject *cls, GpObject *const *args, size_t nargs)
{
    GP_RETURN_NOTIMPLEMENTED;
}

/* object.__getstate__(): the instance __dict__ (or None), plus a dict of
 * __slots__ values when there are slots. */
static GpObject *object_getstate(GpObject *self, GpObject *unused)
{
    GpObject *state = NULL;
    GpObject **dp = gp_obj_dict_ptr(self);
    if (dp && *dp && GP_DICT_LEN(*dp)) {
        gp_dict_materialize(*dp);
        state = gp_newref(*dp);
    }
    else
        state = gp_newref(gp_None);
    GpObject *slots = NULL;
    for (GpType *t = GP_TYPE(self); t; t = t->base) {
        if (!(t->flags & GP_TPFLAGS_HEAPTYPE) || !((GpHeapType *)t)->slot_members)
            continue;
        for (GpMemberDef *m = ((GpHeapType *)t)->slot_members; m->name; m++) {
            GpObject *v = *(GpObject **)((char *)self + m->offset);
            if (!v)
                continue;
            if (!slots && !(slots = gp_dict_new()))
                goto fail;
            if (gp_dict_setitem_str(slots, m->name, v) < 0)
                goto fail;
        }
    }
    if (slots) {
        GpObject *t = gp_tuple_pack(2, state, slots);
        GP_DECREF(state);
        GP_DECREF(slots);
        return t;
    }
    return state;
fail:
    GP_XDECREF(slots);
    GP_DECREF(state);
    return NULL;
}

/* The arguments __new__ needs to recreate self: from __getnewargs_ex__
 * (args, kwargs) or __getnewargs__ (args); both NULL when neither exists. */
static int get_new_arguments(GpObject *self, GpObject **args, GpObject **kwargs)
{
    GpObject *f;
    *args = *kwargs = NULL;
    int r = gp_getattr_opt(self, gp_str_intern_cstr("__getnewargs_ex__"), &f);
    if (r < 0)
        return -1;
    if (r > 0) {
        GpObject *res = gp_call0(f);
        GP_DECREF(f);
        if (!res)
            return -1;
        if (!GP_TUPLE_CHECK(res)) {
            gp_err_format(&GpExc_TypeError, "__getnewargs_ex__ should return a tuple, not '%s'",
                          GP_TYPE(res)->name);
            GP_DECREF(res);
            return -1;
        }
        if (GP_SIZE(res) != 2) {
            gp_err_format(&GpExc_ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %zd",
                          GP_SIZE(res));
            GP_DECREF(res);
            return -1;
        }
        GpObject *a = GP_TUPLE_GET(res, 0), *k = GP_TUPLE_GET(res, 1);
        if (!GP_TUPLE_CHECK(a)) {
            gp_err_format(&GpExc_TypeError, "first item of the tuple returned by __getnewargs_ex__ must be "
                          "a tuple, not '%s'", GP_TYPE(a)->name);
            GP_DECREF(res);
            return -1;
        }
        if (!GP_DICT_CHECK(k)) {
            gp_err_format(&GpExc_TypeError, "second item of the tuple returned by __getnewargs_ex__ must be "
                          "a dict, not '%s'", GP_TYPE(k)->name);
            GP_DECREF(res);
            return -1;
        }
        *args = gp_newref(a);
        *kwargs = gp_newref(k);
        GP_DECREF(res);
        return 0;
    }
    r = gp_getattr_opt(self, gp_str_intern_cstr("__getnewargs__"), &f);
    if (r <= 0)
        return r;
    GpObject *res = gp_call0(f);
    GP_DECREF(f);
    if (!res)
        return -1;
    if (!GP_TUPLE_CHECK(res)) {
        gp_err_format(&GpExc_TypeError, "__getnewargs__ should return a tuple, not '%s'", GP_TYPE(res)->name);
        GP_DECREF(res);
        return -1;
    }
    *args = res;
    return 0;
}

/* object.__reduce_ex__(protocol): protocol >= 2 gives
 * (copyreg.__newobj__, (cls,), state); lower protocols defer to
 * copyreg._reduce_ex. A class overriding __reduce__ wins. */
static GpObject *object_reduce_impl(GpObject *self, int proto)
{
    GpObject *copyreg = gp_import("copyreg");
    if (!copyreg)
        return NULL;
    GpObject *r = NULL;
    if (proto < 2) {
        GpObject *f = gp_getattr_str(copyreg, "_reduce_ex");
        if (f) {
            GpObject *p = gp_int_from_i64(proto);
            r = p ? gp_call2(f, self, p) : NULL;
            GP_XDECREF(p);
            GP_DECREF(f);
        }
        GP_DECREF(copyreg);
        return r;
    }
    if (!GP_TYPE(self)->new_) {
        GP_DECREF(copyreg);
        return gp_err_format(&GpExc_TypeError, "cannot pickle '%s' object", GP_TYPE(self)->name);
    }
    GpObject *nargs = NULL, *nkw = NULL;
    if (get_new_arguments(self, &nargs, &nkw) < 0) {
        GP_DECREF(copyreg);
        return NULL;
    }
    GpObject *newobj, *args;
    if (nkw && GP_DICT_LEN(nkw)) {
        newobj = gp_getattr_str(copyreg, "__newobj_ex__");
        args = gp_tuple_pack(3, (GpObject *)GP_TYPE(self), nargs, nkw);
    } else {
        newobj = gp_getattr_str(copyreg, "__newobj__");
        gp_ssize n = nargs ? GP_SIZE(nargs) : 0;
        args = gp_tuple_new(n + 1);
        if (args) {
            GP_TUPLE_SET(args, 0, gp_newref(GP_TYPE(self)));
            for (gp_ssize i = 0; i < n; i++)
                GP_TUPLE_SET(args, i + 1, gp_newref(GP_TUPLE_GET(nargs, i)));
        }
    }
    GP_XDECREF(nargs);
    GP_XDECREF(nkw);
    GP_DECREF(copyreg);
    if (!newobj || !args) {
        GP_XDECREF(newobj);
        GP_XDECREF(args);
        return NULL;
    }
    GpObject *state = args ? gp_call_method_str(self, "__getstate__", NULL, 0) : NULL;
    if (state) {
        GpObject *li = gp_None, *di = gp_None, *lit = NULL, *dit = NULL;
        if (GP_LIST_CHECK(self))
            li = lit = gp_iter(self);
        else if (GP_DICT_CHECK(self)) {
            GpObject *items = gp_call_method_str(self, "items", NULL, 0);
            di = dit = items ? gp_iter(items) : NULL;
            GP_XDECREF(items);
        }
        if (li && di)
            r = gp_tuple_pack(5, newobj, args, state, li, di);
        GP_XDECREF(lit);
        GP_XDECREF(dit);
        GP_DECREF(state);
    }
    GP_XDECREF(args);
    GP_DECREF(newobj);
    return r;
}

static GpObject *object_reduce(GpObject *self, GpObject *unused) { return object_reduce_impl(self, 0); }

static GpObject *object_reduce_ex(GpObject *self, GpObject *proto_o)
{
    int64_t proto = 0;
    if (gp_int_as_i64(proto_o, &proto) < 0)
        return NULL;
    GpObject *reduce;
    int r = gp_getattr_opt(self, gp_str_intern_cstr("__reduce__"), &reduce);
    if (r < 0)
        return NULL;
    if (r > 0) {
        GpObject *cls_reduce = gp_type_lookup_str(GP_TYPE(self), "__reduce__");
        GpObject *obj_reduce = gp_dict_getitem_str(GpBaseObject_Type.dict, "__reduce__");
        if (cls_reduce && cls_reduce != obj_reduce) {
            GpObject *res = gp_call0(reduce);
            GP_DECREF(reduce);
            return res;
        }
        GP_DECREF(reduce);
    }
    return object_reduce_impl(self, (int)proto);
}

static GpObject *object_get_class(GpObject *self, void *c)
{
    return gp_newref(GP_TYPE(self));
}

static int same_slots_added(GpType *a, GpType *b)
{
    GpHeapType *ha = (GpHeapType *)a, *hb = (GpHeapType *)b;
    if (!ha->slot_members && !hb->slot_members)
        return 1;
    if (!ha->slot_members || !hb->slot_members)
        return 0;
    GpMemberDef *x = ha->slot_members, *y = hb->slot_members;
    for (; x->name && y->name; x++, y++)
        if (strcmp(x->name, y->name) != 0 || x->offset != y->offset)
            return 0;
    return !x->name && !y->name;
}

static int compatible_for_assignment(GpType *old, GpType *new_, const char *attr)
{
    GpType *a = old, *b = new_;
    if (((old->flags & (GP_TPFLAGS_HEAPTYPE | GP_TPFLAGS_HAVE_GC)) != 0) !=
        ((new_->flags & (GP_TPFLAGS_HEAPTYPE | GP_TPFLAGS_HAVE_GC)) != 0)) {
        gp_err_format(&GpExc_TypeError, "%s assignment: '%s' deallocator differs from '%s'",
                      attr, new_->name, old->name);
        return 0;
    }
    while (a->base && (a->flags & GP_TPFLAGS_HEAPTYPE) && a->basicsize == a->base->basicsize
           && a->itemsize == a->base->itemsize && !((GpHeapType *)a)->slot_members)
        a = a->base;
    while (b->base && (b->flags & GP_TPFLAGS_HEAPTYPE) && b->basicsize == b->base->basicsize
           && b->itemsize == b->base->itemsize && !((GpHeapType *)b)->slot_members)
        b = b->base;
    int ok = a->basicsize == b->basicsize && a->itemsize == b->itemsize
             && a->dictoffset == b->dictoffset && a->weaklistoffset == b->weaklistoffset
             && ((a->flags ^ b->flags) & GP_TPFLAGS_HAVE_GC) == 0
             && old->dictoffset == new_->dictoffset && old->basicsize == new_->basicsize
             && old->weaklistoffset == new_->weaklistoffset;
    if (ok && (a->flags & GP_TPFLAGS_HEAPTYPE) && (b->flags & GP_TPFLAGS_HEAPTYPE))
        ok = same_slots_added(a, b);
    if (!ok) {
        gp_err_format(&GpExc_TypeError, "%s assignment: '%s' object layout differs from '%s'",
                      attr, new_->name, old->name);
        return 0;
    }
    return 1;
}

static int object_set_class(GpObject *self, GpObject *value, void *c)
{
    if (!value) {
        gp_err_set_string(&GpExc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!GP_TYPE_CHECK_TYPE(value)) {
        gp_err_format(&GpExc_TypeError, "__class__ must be set to a class, not '%s' object",
                      GP_TYPE(value)->name);
        return -1;
    }
    GpType *newto = (GpType *)value, *oldto = GP_TYPE(self);
    if (!((newto->flags & GP_TPFLAGS_HEAPTYPE) && (oldto->flags & GP_TPFLAGS_HEAPTYPE))
        && !(GP_MODULE_CHECK(self))) {
        gp_err_set_string(&GpExc_TypeError,
                          "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!compatible_for_assignment(oldto, newto, "__class__"))
        return -1;
    /* slot indices belong to the old class's names: move to a dict first */
    if ((oldto->flags & GP_TPFLAGS_INLINE_VALUES) && gp_inline_spill(self) < 0)
        return -1;
    if (newto->flags & GP_TPFLAGS_HEAPTYPE)
        GP_INCREF(newto);
    self->type = newto;
    if (oldto->flags & GP_TPFLAGS_HEAPTYPE)
        GP_DECREF(oldto);
    return 0;
}

static const GpMethodDef object_methods[] = {
    GP_METHOD("__reduce_ex__", object_reduce_ex, GP_METH_O),
    GP_METHOD("__reduce__", object_reduce, GP_METH_NOARGS),
    GP_METHOD("__getstate__", object_getstate, GP_METH_NOARGS),
    GP_METHOD("__subclasshook__", object_subclasshook, GP_METH_FAST | GP_METH_CLASS),
    GP_METHOD("__init_subclass__", object_init_subclass, GP_METH_NOARGS | GP_METH_CLASS),
    GP_METHOD("__format__", object_format, GP_METH_O),
    GP_METHOD("__sizeof__", object_sizeof, GP_METH_NOARGS),
    GP_METHOD("__dir__", object_dir, GP_METH_NOARGS),
    { NULL }
};

static const GpGetSetDef object_getsets[] = {
    { "__class__", object_get_class, object_set_class, "the object's class", NULL },
    { NULL }
};

GpType GpBaseObject_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "object",
    .doc = "The base class of the class hierarchy.\n\n"
           "When called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
    .basicsize = sizeof(GpObject),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .methods = object_methods,
    .getsets = object_getsets,
};

/* ======================================================================
 * None, NotImplemented, Ellipsis
 * ====================================================================== */

static GpObject *none_repr(GpObject *o) { return gp_str_intern_cstr("None"); }
static int none_bool(GpObject *o) { return 0; }
static GpObject *none_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (excess_args(nargs, kwnames))
        return gp_err_format(&GpExc_TypeError, "NoneType takes no arguments");
    GP_RETURN_NONE;
}
static void singleton_dealloc(GpObject *o)
{
    /* immortal: only reachable through a refcount bug */
    o->refcnt = GP_IMMORTAL_REFCNT;
}

GpType GpNone_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "NoneType",
    .basicsize = sizeof(GpObject),
    .dealloc = singleton_dealloc,
    .repr = none_repr,
    .hash = NULL,
    .new_ = none_new,
    .nb = { .bool_ = none_bool },
};
GpObject gp_None_obj = GP_OBJECT_HEAD_INIT(&GpNone_Type);

static GpObject *notimpl_repr(GpObject *o) { return gp_str_intern_cstr("NotImplemented"); }
static GpObject *notimpl_reduce(GpObject *o, GpObject *u) { return gp_str_intern_cstr("NotImplemented"); }
static GpObject *notimpl_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (excess_args(nargs, kwnames))
        return gp_err_format(&GpExc_TypeError, "NotImplementedType takes no arguments");
    GP_RETURN_NOTIMPLEMENTED;
}
static const GpMethodDef notimpl_methods[] = {
    GP_METHOD("__reduce__", notimpl_reduce, GP_METH_NOARGS),
    { NULL }
};
GpType GpNotImplemented_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "NotImplementedType",
    .basicsize = sizeof(GpObject),
    .dealloc = singleton_dealloc,
    .repr = notimpl_repr,
    .new_ = notimpl_new,
    .methods = notimpl_methods,
};
GpObject gp_NotImplemented_obj = GP_OBJECT_HEAD_INIT(&GpNotImplemented_Type);

static GpObject *ellipsis_repr(GpObject *o) { return gp_str_intern_cstr("Ellipsis"); }
static GpObject *ellipsis_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (excess_args(nargs, kwnames))
        return gp_err_format(&GpExc_TypeError, "ellipsis takes no arguments");
    return gp_newref(gp_Ellipsis);
}
static GpObject *ellipsis_reduce(GpObject *o, GpObject *u) { return gp_str_intern_cstr("Ellipsis"); }
static const GpMethodDef ellipsis_methods[] = {
    GP_METHOD("__reduce__", ellipsis_reduce, GP_METH_NOARGS),
    { NULL }
};
GpType GpEllipsis_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "ellipsis",
    .basicsize = sizeof(GpObject),
    .dealloc = singleton_dealloc,
    .repr = ellipsis_repr,
    .new_ = ellipsis_new,
    .methods = ellipsis_methods,
};
GpObject gp_Ellipsis_obj = GP_OBJECT_HEAD_INIT(&GpEllipsis_Type);
