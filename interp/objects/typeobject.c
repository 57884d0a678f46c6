/* typeobject.c -- `type`: readying built-in types, creating classes, and
 * looking attributes up along the MRO.
 *
 * The pieces and where they live:
 *   typeobject.c        this file: the `type` type, gp_type_ready(), class
 *                       creation (gp_type_new), the method cache, subclass
 *                       lists, isinstance/issubclass, mappingproxy
 *   typeobject_slots.c  C slots <-> special methods (wrappers, dispatchers)
 *   typeobject_mro.c    C3 linearisation
 *   superobject.c       super()
 *
 * The method cache. gp_type_lookup() walks the MRO dicts; the result for a
 * (type, name) pair is cached in a small direct-mapped table keyed by the
 * type's version_tag. A type gets a tag the first time it is looked up
 * (after its bases got one), and loses it -- together with all its
 * subclasses, found through the `subclasses` dicts -- whenever one of their
 * dicts may change (gp_type_modified). Tags are never reused, so an entry
 * of a dead or modified type can never match again; that is why the cached
 * value may be a borrowed pointer. Invariant: a type with a valid tag has
 * only types with valid tags in its MRO.
 *
 * Subclass lists: base->subclasses maps id(sub) -> id(sub) (ints, no
 * references, so a base never keeps its subclasses alive); a heap type
 * removes itself from its bases' lists when it dies.
 *
 * Instance layout of a class (gp_type_new): the solid base's fields, then
 * one pointer per __slots__ name (sorted, as CPython does), then __dict__,
 * then __weakref__. Subclasses of variable-sized built-ins (int, str,
 * tuple, bytes) cannot append fields after the variable part: their
 * __dict__ and weakref list go into the pre-header in front of the object
 * (negative offsets, see mem/gc.h) and nonempty __slots__ are refused.
 */
#include <string.h>
#include <stdlib.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "objects/typeobject.h"
#include "objects/instvalues.h"
#include "support/utf8.h"

#define ID(var, s)                              \
    static GpObject *var;                       \
    if (!var)                                   \
        var = gp_str_intern_cstr(s)

GpObject *gp_type_mro_method(GpObject *self, GpObject *unused);   /* typeobject_mro.c */
GpObject *gp_type_dir_impl(GpObject *type);                       /* object.c */

static GpObject *type_new(GpType *metatype, GpObject *const *args, size_t nargs, GpObject *kwnames);

/* ======================================================================
 * Names
 * ====================================================================== */

const char *gp_type_name(GpType *t)
{
    if (t->flags & GP_TPFLAGS_HEAPTYPE)
        return t->name;
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

GpObject *gp_type_qualname(GpType *t)
{
    if ((t->flags & GP_TPFLAGS_HEAPTYPE) && t->ht_qualname)
        return gp_newref(t->ht_qualname);
    return gp_str_from_cstr(gp_type_name(t));
}

GpObject *gp_type_module(GpType *t)
{
    if (t->flags & GP_TPFLAGS_HEAPTYPE) {
        ID(mod_, "__module__");
        GpObject *m = t->dict ? gp_dict_getitem_err(t->dict, mod_) : NULL;
        if (!m) {
            if (!gp_err_occurred())
                gp_err_set_object(&GpExc_AttributeError, mod_);
            return NULL;
        }
        return gp_newref(m);
    }
    const char *dot = strrchr(t->name, '.');
    if (dot)
        return gp_str_from_utf8(t->name, dot - t->name);
    return gp_str_intern_cstr("builtins");
}

/* ======================================================================
 * Subtype checks
 * ====================================================================== */

int gp_type_is_subtype(GpType *a, GpType *b)
{
    if (a == b)
        return 1;
    GpObject *mro = a->mro;
    if (mro) {
        gp_ssize n = GP_SIZE(mro);
        for (gp_ssize i = 0; i < n; i++)
            if (GP_TUPLE_GET(mro, i) == (GpObject *)b)
                return 1;
        return 0;
    }
    /* not ready yet: follow the layout chain */
    for (GpType *x = a; x; x = x->base)
        if (x == b)
            return 1;
    return b == &GpBaseObject_Type;
}

/* ======================================================================
 * Subclass lists
 * ====================================================================== */

static int add_subclass(GpType *base, GpType *t)
{
    if (!base->subclasses && !(base->subclasses = gp_dict_new()))
        return -1;
    GpObject *k = gp_int_from_ssize((gp_ssize)(intptr_t)t);
    if (!k)
        return -1;
    int r = gp_dict_setitem(base->subclasses, k, k);
    GP_DECREF(k);
    return r;
}

static void remove_subclass(GpType *base, GpType *t)
{
    if (!base->subclasses)
        return;
    GpObject *saved = gp_err_fetch();
    GpObject *k = gp_int_from_ssize((gp_ssize)(intptr_t)t);
    if (k) {
        GpObject *v = NULL;
        if (gp_dict_pop(base->subclasses, k, &v) > 0)
            GP_XDECREF(v);
        GP_DECREF(k);
    }
    gp_err_clear();
    gp_err_restore(saved);
}

static GpType *subclass_at(GpObject *key)
{
    gp_ssize addr = 0;
    if (gp_int_as_ssize(key, &addr) < 0) {
        gp_err_clear();
        return NULL;
    }
    return (GpType *)(intptr_t)addr;
}

/* ======================================================================
 * Method cache
 * ====================================================================== */

/* 4096 entries: large enough that the hot (type, name) pairs of a program
 * rarely collide, small enough (96 KiB) to stay cheap to keep around. */
#define MCACHE_BITS 12
#define MCACHE_SIZE (1u << MCACHE_BITS)

typedef struct {
    unsigned int version;
    GpObject *name;        /* strong */
    GpObject *value;       /* borrowed, valid while version matches */
} GpMCacheEntry;

static GpMCacheEntry mcache[MCACHE_SIZE];
static unsigned int next_version_tag = 1;

static int assign_version_tag(GpType *t)
{
    if (t->flags & GP_TPFLAGS_VALID_VERSION)
        return 1;
    if (!(t->flags & GP_TPFLAGS_READY) || !t->mro)
        return 0;
    if (next_version_tag == 0)
        return 0;   /* exhausted: no more caching */
    gp_ssize n = GP_SIZE(t->mro);
    for (gp_ssize i = 1; i < n; i++) {
        GpType *b = (GpType *)GP_TUPLE_GET(t->mro, i);
        if (!assign_version_tag(b))
            return 0;
    }
    t->version_tag = next_version_tag++;
    t->flags |= GP_TPFLAGS_VALID_VERSION;
    return 1;
}

void gp_type_modified(GpType *t)
{
    if (!(t->flags & GP_TPFLAGS_VALID_VERSION))
        return;
    t->flags &= ~(unsigned long)GP_TPFLAGS_VALID_VERSION;
    t->version_tag = 0;
    if (t->subclasses) {
        gp_ssize pos = 0;
        GpObject *k, *v;
        while (gp_dict_next(t->subclasses, &pos, &k, &v)) {
            GpType *sub = subclass_at(k);
            if (sub)
                gp_type_modified(sub);
        }
    }
}

static GpObject *find_name_in_mro(GpType *t, GpObject *name, gp_hash h)
{
    GpObject *mro = t->mro;
    if (!mro) {
        for (GpType *x = t; x; x = x->base) {
            if (!x->dict)
                continue;
            GpObject *v = gp_dict_getitem_known_hash(x->dict, name, h);
            if (v)
                return v;
        }
        return NULL;
    }
    gp_ssize n = GP_SIZE(mro);
    for (gp_ssize i = 0; i < n; i++) {
        GpType *b = (GpType *)GP_TUPLE_GET(mro, i);
        if (!b->dict)
            continue;
        GpObject *v = gp_dict_getitem_known_hash(b->dict, name, h);
        if (v)
            return v;
    }
    return NULL;
}

GpObject *gp_type_lookup(GpType *t, GpObject *name)
{
    if (!GP_STR_CHECK_EXACT(name)) {
        if (!GP_STR_CHECK(name))
            return NULL;
        GpObject *saved = gp_err_fetch();
        gp_hash h = gp_hash_of(name);
        GpObject *r = h == -1 ? NULL : find_name_in_mro(t, name, h);
        gp_err_clear();
        gp_err_restore(saved);
        return r;
    }
    gp_hash h = gp_str_hash(name);
    if (t->flags & GP_TPFLAGS_VALID_VERSION) {
        GpMCacheEntry *e = &mcache[((size_t)h ^ (t->version_tag * 2654435761u)) & (MCACHE_SIZE - 1)];
        if (e->version == t->version_tag && e->name == name)
            return e->value;
    }
    GpObject *saved = NULL;
    if (gp_err_occurred())
        saved = gp_err_fetch();
    GpObject *r = find_name_in_mro(t, name, h);
    if (gp_err_occurred())
        gp_err_clear();
    if (saved)
        gp_err_restore(saved);
    if (assign_version_tag(t)) {
        GpMCacheEntry *e = &mcache[((size_t)h ^ (t->version_tag * 2654435761u)) & (MCACHE_SIZE - 1)];
        e->version = t->version_tag;
        GP_INCREF(name);
        GP_SETREF(e->name, name);
        e->value = r;
    }
    return r;
}

GpObject *gp_type_lookup_str(GpType *t, const char *name)
{
    GpObject *n = gp_str_intern_cstr(name);
    if (!n) {
        gp_err_clear();
        return NULL;
    }
    GpObject *r = gp_type_lookup(t, n);
    GP_DECREF(n);
    return r;
}

/* ======================================================================
 * gp_type_ready
 * ====================================================================== */

static int add_methods(GpType *t)
{
    for (const GpMethodDef *m = t->methods; m && m->name; m++) {
        GpObject *name = gp_str_intern_cstr(m->name);
        if (!name)
            return -1;
        int has = gp_dict_contains(t->dict, name);
        if (has) {
            GP_DECREF(name);
            if (has < 0)
                return -1;
            continue;
        }
        GpObject *d;
        if (m->flags & GP_METH_CLASS) {
            d = gp_descr_new_classmethod(t, m);
        } else if (m->flags & GP_METH_STATIC) {
            GpObject *f = gp_cfunction_new(m, NULL, NULL);
            d = f ? gp_staticmethod_new(f) : NULL;
            GP_XDECREF(f);
        } else {
            d = gp_descr_new_method(t, m);
        }
        int r = d ? gp_dict_setitem(t->dict, name, d) : -1;
        GP_XDECREF(d);
        GP_DECREF(name);
        if (r < 0)
            return -1;
    }
    return 0;
}

static int add_members(GpType *t)
{
    for (const GpMemberDef *m = t->members; m && m->name; m++) {
        if (gp_dict_getitem_str(t->dict, m->name))
            continue;
        GpObject *d = gp_descr_new_member(t, m);
        if (!d)
            return -1;
        int r = gp_dict_setitem_str(t->dict, m->name, d);
        GP_DECREF(d);
        if (r < 0)
            return -1;
    }
    return 0;
}

static int add_getsets(GpType *t)
{
    for (const GpGetSetDef *g = t->getsets; g && g->name; g++) {
        if (gp_dict_getitem_str(t->dict, g->name))
            continue;
        GpObject *d = gp_descr_new_getset(t, g);
        if (!d)
            return -1;
        int r = gp_dict_setitem_str(t->dict, g->name, d);
        GP_DECREF(d);
        if (r < 0)
            return -1;
    }
    return 0;
}

#define INHERIT(field) if (!t->field) t->field = base->field

static void inherit_slots(GpType *t, GpType *base)
{
    int is_static = !(t->flags & GP_TPFLAGS_HEAPTYPE);
    if (!t->basicsize)
        t->basicsize = base->basicsize;
    if (!t->itemsize)
        t->itemsize = base->itemsize;
    if (!t->dictoffset)
        t->dictoffset = base->dictoffset;
    if (!t->weaklistoffset)
        t->weaklistoffset = base->weaklistoffset;
    /* GC: a static subtype without its own traverse inherits the whole protocol */
    if ((base->flags & GP_TPFLAGS_HAVE_GC) && !(t->flags & GP_TPFLAGS_HAVE_GC) && !t->traverse && !t->clear &&
        t->basicsize == base->basicsize) {
        t->flags |= GP_TPFLAGS_HAVE_GC;
    }
    if ((t->flags & GP_TPFLAGS_HAVE_GC) && (base->flags & GP_TPFLAGS_HAVE_GC)) {
        INHERIT(traverse);
        INHERIT(clear);
    }
    INHERIT(dealloc);
    INHERIT(finalize);
    INHERIT(repr);
    INHERIT(str);
    INHERIT(richcompare);
    INHERIT(hash);
    INHERIT(getattro);
    INHERIT(setattro);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(init);
    if (!t->new_ && (!is_static || base != &GpBaseObject_Type))
        t->new_ = base->new_;
    /* number slots, one by one */
    void **dst = (void **)&t->nb, **src = (void **)&base->nb;
    for (size_t i = 0; i < sizeof(GpNumberMethods) / sizeof(void *); i++)
        if (!dst[i])
            dst[i] = src[i];
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    t->flags |= base->flags & (GP_TPFLAGS_INT_SUBCLASS | GP_TPFLAGS_LIST_SUBCLASS | GP_TPFLAGS_TUPLE_SUBCLASS |
                               GP_TPFLAGS_BYTES_SUBCLASS | GP_TPFLAGS_STR_SUBCLASS | GP_TPFLAGS_DICT_SUBCLASS |
                               GP_TPFLAGS_BASE_EXC_SUBCLASS | GP_TPFLAGS_TYPE_SUBCLASS |
                               GP_TPFLAGS_FLOAT_SUBCLASS | GP_TPFLAGS_SEQUENCE_LIKE);
}

static void set_own_fast_flags(GpType *t)
{
    if (t == &GpType_Type)
        t->flags |= GP_TPFLAGS_TYPE_SUBCLASS;
    else if (t == &GpInt_Type)
        t->flags |= GP_TPFLAGS_INT_SUBCLASS;
    else if (t == &GpList_Type)
        t->flags |= GP_TPFLAGS_LIST_SUBCLASS;
    else if (t == &GpTuple_Type)
        t->flags |= GP_TPFLAGS_TUPLE_SUBCLASS;
    else if (t == &GpBytes_Type)
        t->flags |= GP_TPFLAGS_BYTES_SUBCLASS;
    else if (t == &GpStr_Type)
        t->flags |= GP_TPFLAGS_STR_SUBCLASS;
    else if (t == &GpDict_Type)
        t->flags |= GP_TPFLAGS_DICT_SUBCLASS;
    else if (t == &GpExc_BaseException)
        t->flags |= GP_TPFLAGS_BASE_EXC_SUBCLASS;
    else if (t == &GpFloat_Type)
        t->flags |= GP_TPFLAGS_FLOAT_SUBCLASS;
}

/* Built-in classes subscriptable as generics (list[int]): PEP 585. */
static int is_builtin_generic(GpType *t)
{
    return t == &GpList_Type || t == &GpTuple_Type || t == &GpDict_Type || t == &GpSet_Type ||
           t == &GpFrozenSet_Type || t == &GpEnumerate_Type;
}

int gp_type_ready(GpType *t)
{
    if (t->flags & GP_TPFLAGS_READY)
        return 0;
    if (t->flags & GP_TPFLAGS_READYING)
        return 0;
    t->flags |= GP_TPFLAGS_READYING;
    int is_heap = (t->flags & GP_TPFLAGS_HEAPTYPE) != 0;
    if (!GP_TYPE(t))
        t->ob.ob.type = &GpType_Type;
    set_own_fast_flags(t);
    if (!is_heap)
        t->flags |= GP_TPFLAGS_IMMUTABLETYPE;

    /* the layout base and the bases tuple */
    if (!t->base && t != &GpBaseObject_Type) {
        if (t->bases && GP_SIZE(t->bases) > 0)
            t->base = (GpType *)GP_TUPLE_GET(t->bases, 0);
        else
            t->base = &GpBaseObject_Type;
    }
    GpType *base = t->base;
    if (base && !(base->flags & GP_TPFLAGS_READY) && gp_type_ready(base) < 0)
        goto fail;
    if (GP_TYPE(t) != t && !(GP_TYPE(t)->flags & (GP_TPFLAGS_READY | GP_TPFLAGS_READYING)) &&
        gp_type_ready(GP_TYPE(t)) < 0)
        goto fail;
    if (!t->bases) {
        t->bases = base ? gp_tuple_pack(1, (GpObject *)base) : gp_tuple_empty();
        if (!t->bases)
            goto fail;
    }
    for (gp_ssize i = 0; i < GP_SIZE(t->bases); i++) {
        GpType *b = (GpType *)GP_TUPLE_GET(t->bases, i);
        if (!(b->flags & GP_TPFLAGS_READY) && gp_type_ready(b) < 0)
            goto fail;
    }

    if (!t->dict && !(t->dict = gp_dict_new()))
        goto fail;

    /* own entries: slot wrappers, methods, members, getsets, __doc__ */
    if (!is_heap && gp_type_add_slot_wrappers(t) < 0)
        goto fail;
    if (add_methods(t) < 0 || add_members(t) < 0 || add_getsets(t) < 0)
        goto fail;
    if (!is_heap && is_builtin_generic(t) && !gp_dict_getitem_str(t->dict, "__class_getitem__")) {
        GpObject *cg = gp_descr_new_classmethod(t, &gp_class_getitem_def);
        int r = cg ? gp_dict_setitem_str(t->dict, "__class_getitem__", cg) : -1;
        GP_XDECREF(cg);
        if (r < 0)
            goto fail;
    }
    if (!gp_dict_getitem_str(t->dict, "__doc__")) {
        GpObject *doc = t->doc && !is_heap ? gp_str_from_cstr(t->doc) : gp_newref(gp_None);
        if (!doc || gp_dict_setitem_str(t->dict, "__doc__", doc) < 0) {
            GP_XDECREF(doc);
            goto fail;
        }
        GP_DECREF(doc);
    }

    /* a class defining __eq__ but not __hash__ is unhashable */
    if (is_heap && gp_dict_getitem_str(t->dict, "__eq__") && !gp_dict_getitem_str(t->dict, "__hash__") &&
        gp_dict_setitem_str(t->dict, "__hash__", gp_None) < 0)
        goto fail;

    if (gp_type_compute_mro(t) < 0)
        goto fail;

    if (base)
        inherit_slots(t, base);
    if (!t->getattro)
        t->getattro = gp_generic_getattr;
    if (!t->setattro)
        t->setattro = gp_generic_setattr;
    if (!t->hash)
        t->hash = base ? base->hash : NULL;

    for (gp_ssize i = 0; i < GP_SIZE(t->bases); i++)
        if (add_subclass((GpType *)GP_TUPLE_GET(t->bases, i), t) < 0)
            goto fail;

    if (is_heap && gp_type_fixup_slots(t) < 0)
        goto fail;

    t->flags = (t->flags & ~(unsigned long)GP_TPFLAGS_READYING) | GP_TPFLAGS_READY;
    return 0;
fail:
    t->flags &= ~(unsigned long)GP_TPFLAGS_READYING;
    return -1;
}

/* ======================================================================
 * Instance support of classes: dealloc is gp_subtype_dealloc (object.c);
 * traverse/clear, and the __dict__ / __weakref__ descriptors.
 * ====================================================================== */

static int subtype_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpType *t = GP_TYPE(o), *base = t;
    while (base->traverse == subtype_traverse) {
        GpMemberDef *m = (base->flags & GP_TPFLAGS_HEAPTYPE) ? ((GpHeapType *)base)->slot_members : NULL;
        for (; m && m->name; m++) {
            GpObject *v = *(GpObject **)((char *)o + m->offset);
            if (v && visit(v, arg))
                return 1;
        }
        base = base->base;
    }
    if (t->dictoffset && !base->dictoffset) {
        GpObject *d = *(GpObject **)((char *)o + t->dictoffset);
        if (d && GP_DICT_CHECK_EXACT(d) && GP_DICT_IS_INLINE(d)) {
            /* attributes kept inline: visit them as the instance's own
             * (the dict is no collector object; its keys are strings) */
            GpDict *dd = (GpDict *)d;
            for (gp_ssize i = 0; i < dd->nentries; i++) {
                GpObject *v = dd->entries[i].value;
                if (v && visit(v, arg))
                    return 1;
            }
        } else if (d && visit(d, arg)) {
            return 1;
        } else if (!d && (t->flags & GP_TPFLAGS_INLINE_VALUES) && gp_inline_traverse(o, visit, arg)) {
            return 1;
        }
    }
    if ((t->flags & GP_TPFLAGS_HEAPTYPE) && visit((GpObject *)t, arg))
        return 1;
    if (base->traverse)
        return base->traverse(o, visit, arg);
    return 0;
}

static int subtype_clear(GpObject *o)
{
    GpType *t = GP_TYPE(o), *base = t;
    while (base->clear == subtype_clear) {
        GpMemberDef *m = (base->flags & GP_TPFLAGS_HEAPTYPE) ? ((GpHeapType *)base)->slot_members : NULL;
        for (; m && m->name; m++) {
            GpObject **p = (GpObject **)((char *)o + m->offset);
            GP_CLEAR(*p);
        }
        base = base->base;
    }
    if (t->dictoffset && !base->dictoffset) {
        GpObject **dp = (GpObject **)((char *)o + t->dictoffset);
        GP_CLEAR(*dp);
        if (t->flags & GP_TPFLAGS_INLINE_VALUES)
            gp_inline_clear(o);
    }
    if (base->clear)
        return base->clear(o);
    return 0;
}

static GpObject *subtype_get_dict(GpObject *o, void *c)
{
    GpObject **dp = gp_obj_dict_ptr(o);
    if (!dp)
        return gp_err_format(&GpExc_AttributeError, "This object has no __dict__");
    if (!*dp && !(*dp = gp_dict_new()))
        return NULL;
    gp_dict_materialize(*dp);   /* Python code holds it from now on */
    return gp_newref(*dp);
}

static int subtype_set_dict(GpObject *o, GpObject *value, void *c)
{
    GpObject **dp = gp_obj_dict_slot(o);
    if (!dp) {
        gp_err_set_string(&GpExc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (value && !GP_DICT_CHECK(value)) {
        gp_err_format(&GpExc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", GP_TYPE(value)->name);
        return -1;
    }
    if (GP_TYPE(o)->flags & GP_TPFLAGS_INLINE_VALUES)
        gp_inline_discard(o);   /* the new dict replaces every attribute */
    GP_SETREF(*dp, gp_xnewref(value));
    return 0;
}

static GpObject *subtype_get_weakref(GpObject *o, void *c)
{
    gp_ssize off = GP_TYPE(o)->weaklistoffset;
    if (!off)
        return gp_err_format(&GpExc_AttributeError, "This object has no __weakref__");
    GpObject *w = *(GpObject **)((char *)o + off);
    return gp_newref(w ? w : gp_None);
}

static const GpGetSetDef subtype_getsets_full[] = {
    { "__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables (if defined)", NULL },
    { "__weakref__", subtype_get_weakref, NULL, "list of weak references to the object (if defined)", NULL },
    { NULL }
};
static const GpGetSetDef subtype_getsets_dict_only[] = {
    { "__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables (if defined)", NULL },
    { NULL }
};
static const GpGetSetDef subtype_getsets_weakref_only[] = {
    { "__weakref__", subtype_get_weakref, NULL, "list of weak references to the object (if defined)", NULL },
    { NULL }
};

/* ======================================================================
 * Class creation
 * ====================================================================== */

/* Does t add fields to base's layout (ignoring an added __dict__/__weakref__)? */
static int extra_ivars(GpType *t, GpType *base)
{
    gp_ssize ts = t->basicsize, bs = base->basicsize;
    if (t->itemsize || base->itemsize)
        return ts != bs || t->itemsize != base->itemsize;
    if (t->weaklistoffset && !base->weaklistoffset && t->weaklistoffset + (gp_ssize)sizeof(GpObject *) == ts)
        ts -= sizeof(GpObject *);
    if (t->dictoffset && !base->dictoffset && t->dictoffset + (gp_ssize)sizeof(GpObject *) == ts)
        ts -= sizeof(GpObject *);
    return ts != bs;
}

static GpType *solid_base(GpType *t)
{
    GpType *base = t->base ? solid_base(t->base) : &GpBaseObject_Type;
    return extra_ivars(t, base) ? t : base;
}

static GpType *best_base(GpObject *bases)
{
    GpType *base = NULL, *winner = NULL;
    for (gp_ssize i = 0; i < GP_SIZE(bases); i++) {
        GpObject *b = GP_TUPLE_GET(bases, i);
        if (!GP_TYPE_CHECK_TYPE(b)) {
            gp_err_set_string(&GpExc_TypeError, "bases must be types");
            return NULL;
        }
        GpType *bt = (GpType *)b;
        if (!(bt->flags & GP_TPFLAGS_READY) && gp_type_ready(bt) < 0)
            return NULL;
        if (!(bt->flags & GP_TPFLAGS_BASETYPE)) {
            gp_err_format(&GpExc_TypeError, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        GpType *cand = solid_base(bt);
        if (!winner) {
            winner = cand;
            base = bt;
        } else if (gp_type_is_subtype(winner, cand)) {
            /* keep */
        } else if (gp_type_is_subtype(cand, winner)) {
            winner = cand;
            base = bt;
        } else {
            gp_err_set_string(&GpExc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

GpType *gp_calculate_metaclass(GpType *meta, GpObject *bases)
{
    GpType *winner = meta;
    for (gp_ssize i = 0; i < GP_SIZE(bases); i++) {
        GpType *t = GP_TYPE(GP_TUPLE_GET(bases, i));
        if (gp_type_is_subtype(winner, t))
            continue;
        if (gp_type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        gp_err_set_string(&GpExc_TypeError,
                          "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                          "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* _Class__name mangling for private __slots__ names. */
static GpObject *mangle(GpObject *classname, GpObject *name)
{
    const char *n = GP_STR_DATA(name);
    gp_ssize nl = GP_STR_NBYTES(name);
    if (nl < 2 || n[0] != '_' || n[1] != '_' || (nl >= 4 && n[nl - 1] == '_' && n[nl - 2] == '_') ||
        memchr(n, '.', (size_t)nl))
        return gp_newref(name);
    const char *c = GP_STR_DATA(classname);
    while (*c == '_')
        c++;
    if (!*c)
        return gp_newref(name);
    return gp_str_from_format("_%s%U", c, name);
}

static int str_cmp_items(const void *a, const void *b)
{
    return gp_str_compare(*(GpObject *const *)a, *(GpObject *const *)b);
}

/* Wrap the RuntimeError of a failing __set_name__ around its cause. */
static void set_name_error(GpObject *value, GpObject *key, GpType *t)
{
    GpObject *cause = gp_err_fetch();
    gp_err_format(&GpExc_RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'",
                  GP_TYPE(value)->name, key, t->name);
    GpObject *exc = gp_err_occurred();
    if (exc && cause) {
        gp_exc_set_context(exc, gp_newref(cause));
        gp_exc_set_cause(exc, cause);
    } else {
        GP_XDECREF(cause);
    }
}

static int call_set_names(GpType *t)
{
    ID(set_name_, "__set_name__");
    GpObject *items = gp_dict_items(t->dict);
    if (!items)
        return -1;
    for (gp_ssize i = 0; i < GP_SIZE(items); i++) {
        GpObject *kv = GP_LIST_GET(items, i);
        GpObject *key = GP_TUPLE_GET(kv, 0), *value = GP_TUPLE_GET(kv, 1);
        GpObject *f = gp_lookup_special(value, set_name_);
        if (!f) {
            if (gp_err_occurred()) {
                GP_DECREF(items);
                return -1;
            }
            continue;
        }
        GpObject *r = gp_call2(f, (GpObject *)t, key);
        GP_DECREF(f);
        if (!r) {
            set_name_error(value, key, t);
            GP_DECREF(items);
            return -1;
        }
        GP_DECREF(r);
    }
    GP_DECREF(items);
    return 0;
}

/* super(t, t).__init_subclass__(**kwds) */
static int call_init_subclass(GpType *t, GpObject *kwnames, GpObject *const *kwvalues)
{
    ID(is_, "__init_subclass__");
    GpObject *mro = t->mro;
    GpObject *res = NULL;
    for (gp_ssize i = 1; i < GP_SIZE(mro) && !res; i++) {
        GpType *b = (GpType *)GP_TUPLE_GET(mro, i);
        if (b->dict)
            res = gp_dict_getitem_err(b->dict, is_);
        if (!res && gp_err_occurred())
            return -1;
    }
    if (!res)
        return 0;
    GP_INCREF(res);
    gp_descrgetfunc f = GP_TYPE(res)->descr_get;
    if (f) {
        GpObject *bound = f(res, NULL, (GpObject *)t);
        GP_DECREF(res);
        if (!bound)
            return -1;
        res = bound;
    }
    GpObject *r = gp_call(res, kwvalues, 0, kwnames);
    GP_DECREF(res);
    if (!r)
        return -1;
    GP_DECREF(r);
    return 0;
}

/* Functions assigned to these names in a class body are implicitly
 * static/class methods. */
static int wrap_implicit(GpObject *dict, const char *name, int classmethod)
{
    GpObject *f = gp_dict_getitem_str(dict, name);
    if (!f || !GP_FUNCTION_CHECK(f))
        return 0;
    GpObject *w = classmethod ? gp_classmethod_new(f) : gp_staticmethod_new(f);
    if (!w)
        return -1;
    int r = gp_dict_setitem_str(dict, name, w);
    GP_DECREF(w);
    return r;
}

static int set_heap_name(GpType *t, GpObject *name)
{
    gp_ssize n = GP_STR_NBYTES(name);
    if ((gp_ssize)strlen(GP_STR_DATA(name)) != n) {
        gp_err_set_string(&GpExc_ValueError, "type name must not contain null characters");
        return -1;
    }
    char *buf = malloc((size_t)n + 1);
    if (!buf) {
        gp_err_no_memory();
        return -1;
    }
    memcpy(buf, GP_STR_DATA(name), (size_t)n + 1);
    GpHeapType *ht = (GpHeapType *)t;
    free(ht->name_buf);
    ht->name_buf = buf;
    t->name = buf;
    GP_INCREF(name);
    GP_SETREF(t->ht_name, name);
    return 0;
}

GpObject *gp_type_new(GpType *metatype, GpObject *name, GpObject *bases, GpObject *orig_dict,
                      GpObject *kwnames, GpObject *const *kwvalues)
{
    if (!GP_STR_CHECK(name))
        return gp_err_format(&GpExc_TypeError, "type.__new__() argument 1 must be str, not %s", GP_TYPE(name)->name);
    if (!GP_TUPLE_CHECK(bases))
        return gp_err_format(&GpExc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                             GP_TYPE(bases)->name);
    if (!GP_DICT_CHECK(orig_dict))
        return gp_err_format(&GpExc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                             GP_TYPE(orig_dict)->name);
    ID(mro_entries_, "__mro_entries__");
    for (gp_ssize i = 0; i < GP_SIZE(bases); i++) {
        GpObject *b = GP_TUPLE_GET(bases, i);
        if (GP_TYPE_CHECK_TYPE(b))
            continue;
        GpObject *me;
        int r = gp_getattr_opt(b, mro_entries_, &me);
        if (r < 0)
            return NULL;
        if (r > 0) {
            GP_DECREF(me);
            return gp_err_format(&GpExc_TypeError,
                                 "type() doesn't support MRO entry resolution; use types.new_class()");
        }
    }
    GpType *winner = gp_calculate_metaclass(metatype, bases);
    if (!winner)
        return NULL;
    if (winner != metatype && winner->new_ != type_new) {
        GpObject *args[3] = { name, bases, orig_dict };
        gp_ssize nkw = kwnames ? GP_SIZE(kwnames) : 0;
        GpObject *stack[3 + 64];
        if (nkw > 64)
            return gp_err_format(&GpExc_TypeError, "too many keyword arguments");
        memcpy(stack, args, sizeof args);
        for (gp_ssize i = 0; i < nkw; i++)
            stack[3 + i] = kwvalues[i];
        return winner->new_(winner, stack, 3, kwnames);
    }
    metatype = winner;

    GpObject *bases_owned;
    if (GP_SIZE(bases) == 0)
        bases_owned = gp_tuple_pack(1, (GpObject *)&GpBaseObject_Type);
    else
        bases_owned = gp_newref(bases);
    if (!bases_owned)
        return NULL;
    GpType *base = best_base(bases_owned);
    if (!base) {
        GP_DECREF(bases_owned);
        return NULL;
    }

    GpObject *dict = gp_dict_copy(orig_dict);
    GpType *t = NULL;
    GpObject *slots = NULL, *newslots = NULL, *cell = NULL;
    GpMemberDef *slot_members = NULL;
    if (!dict)
        goto fail;

    /* __slots__ */
    int add_dict = 0, add_weak = 0;
    int may_add_dict = base->dictoffset == 0;
    int may_add_weak = base->weaklistoffset == 0 && base->itemsize == 0;
    gp_ssize nslots = 0;
    GpObject *slots_decl = gp_dict_getitem_str(dict, "__slots__");
    if (!slots_decl) {
        add_dict = may_add_dict;
        add_weak = may_add_weak;
    } else {
        if (GP_STR_CHECK(slots_decl))
            slots = gp_tuple_pack(1, slots_decl);
        else
            slots = gp_sequence_tuple(slots_decl);
        if (!slots)
            goto fail;
        gp_ssize n = GP_SIZE(slots);
        if (n > 0 && base->itemsize) {
            gp_err_format(&GpExc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name);
            goto fail;
        }
        newslots = gp_list_new(0);
        if (!newslots)
            goto fail;
        for (gp_ssize i = 0; i < n; i++) {
            GpObject *s = GP_TUPLE_GET(slots, i);
            if (!GP_STR_CHECK(s)) {
                gp_err_format(&GpExc_TypeError, "__slots__ items must be strings, not '%s'", GP_TYPE(s)->name);
                goto fail;
            }
            if (!gp_utf8_isidentifier(GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s))) {
                gp_err_set_string(&GpExc_TypeError, "__slots__ must be identifiers");
                goto fail;
            }
            if (gp_str_eq_cstr(s, "__dict__")) {
                if (!may_add_dict || add_dict) {
                    gp_err_set_string(&GpExc_TypeError, "__dict__ slot disallowed: we already got one");
                    goto fail;
                }
                add_dict = 1;
                continue;
            }
            if (gp_str_eq_cstr(s, "__weakref__")) {
                if (!may_add_weak || add_weak) {
                    gp_err_set_string(&GpExc_TypeError,
                                      "__weakref__ slot disallowed: either we already got one, or the base "
                                      "type has a nonzero tp_itemsize");
                    goto fail;
                }
                add_weak = 1;
                continue;
            }
            GpObject *m = mangle(name, s);
            if (!m)
                goto fail;
            int has = gp_dict_contains(dict, m);
            if (has) {
                if (has > 0)
                    gp_err_format(&GpExc_ValueError, "%R in __slots__ conflicts with class variable", s);
                GP_DECREF(m);
                goto fail;
            }
            int r = gp_list_append(newslots, m);
            GP_DECREF(m);
            if (r < 0)
                goto fail;
        }
        nslots = GP_SIZE(newslots);
        if (nslots > 1)   /* an empty list has no item array: qsort(NULL, 0) is undefined */
            qsort(GP_LIST_ITEMS(newslots), (size_t)nslots, sizeof(GpObject *), str_cmp_items);
        /* CPython 3.11 accepts a name listed twice; one member is enough */
        for (gp_ssize i = 1; i < nslots; i++)
            if (gp_str_eq(GP_LIST_GET(newslots, i), GP_LIST_GET(newslots, i - 1))) {
                if (gp_list_set_slice(newslots, i, i + 1, NULL) < 0)
                    goto fail;
                nslots--;
                i--;
            }
        /* slots that the base already has are not added again: only __dict__ and
         * __weakref__ are deduplicated in CPython, the rest shadow */
    }

    /* the type object */
    t = (GpType *)gp_obj_alloc(metatype, 0);
    if (!t)
        goto fail;
    GpHeapType *ht = (GpHeapType *)t;
    t->flags = GP_TPFLAGS_HEAPTYPE | GP_TPFLAGS_BASETYPE;
    if ((base->flags & GP_TPFLAGS_HAVE_GC) || add_dict || add_weak || nslots > 0)
        t->flags |= GP_TPFLAGS_HAVE_GC;
    t->bases = bases_owned;
    bases_owned = NULL;
    t->base = base;
    GP_INCREF(base);
    if (set_heap_name(t, name) < 0)
        goto fail;

    /* __qualname__ */
    GpObject *qn = gp_dict_getitem_str(dict, "__qualname__");
    if (qn) {
        if (!GP_STR_CHECK(qn)) {
            gp_err_format(&GpExc_TypeError, "type __qualname__ must be a str, not %s", GP_TYPE(qn)->name);
            goto fail;
        }
        t->ht_qualname = gp_newref(qn);
        if (gp_dict_delitem_str(dict, "__qualname__") < 0)
            goto fail;
    } else {
        t->ht_qualname = gp_newref(name);
    }

    /* __module__ from the caller's globals */
    if (!gp_dict_getitem_str(dict, "__module__")) {
        GpObject *g = gp_eval_get_globals();
        GpObject *mn = g ? gp_dict_getitem_str(g, "__name__") : NULL;
        if (mn && gp_dict_setitem_str(dict, "__module__", mn) < 0)
            goto fail;
    }

    /* __classcell__ */
    GpObject *cc = gp_dict_getitem_str(dict, "__classcell__");
    if (cc) {
        if (!GP_CELL_CHECK(cc)) {
            gp_err_format(&GpExc_TypeError, "__classcell__ must be a nonlocal cell, not %R", (GpObject *)GP_TYPE(cc));
            goto fail;
        }
        cell = gp_newref(cc);
        if (gp_dict_delitem_str(dict, "__classcell__") < 0)
            goto fail;
    }

    /* implicit static/class methods */
    if (wrap_implicit(dict, "__new__", 0) < 0 || wrap_implicit(dict, "__init_subclass__", 1) < 0 ||
        wrap_implicit(dict, "__class_getitem__", 1) < 0)
        goto fail;

    /* layout */
    gp_ssize off = base->basicsize;
    if (nslots > 0) {
        slot_members = calloc((size_t)nslots + 1, sizeof(GpMemberDef));
        if (!slot_members) {
            gp_err_no_memory();
            goto fail;
        }
        for (gp_ssize i = 0; i < nslots; i++) {
            GpObject *s = GP_LIST_GET(newslots, i);
            char *nm = strdup(GP_STR_DATA(s));
            if (!nm) {
                gp_err_no_memory();
                goto fail;
            }
            slot_members[i].name = nm;
            slot_members[i].type = GP_T_OBJECT_EX;
            slot_members[i].offset = off;
            off += sizeof(GpObject *);
        }
        ht->slot_members = slot_members;
        t->members = slot_members;
        slot_members = NULL;
        t->ht_slots = gp_list_as_tuple(newslots);
        if (!t->ht_slots)
            goto fail;
    }
    if (base->itemsize) {
        /* variable-sized base: __dict__ and weakrefs live in the pre-header */
        if (add_dict) {
            gp_ssize gc = (t->flags & GP_TPFLAGS_HAVE_GC) ? (gp_ssize)sizeof(GpGCHead) : 0;
            t->dictoffset = -gc - (gp_ssize)sizeof(GpObject *);
        }
        add_weak = 0;
    } else {
        if (add_dict) {
            t->dictoffset = off;
            off += sizeof(GpObject *);
        }
        if (add_weak) {
            t->weaklistoffset = off;
            off += sizeof(GpObject *);
        }
    }
    t->basicsize = off;
    t->itemsize = base->itemsize;
    if ((add_dict && !base->itemsize) || (base->flags & GP_TPFLAGS_INLINE_VALUES)) {
        t->flags |= GP_TPFLAGS_INLINE_VALUES;
        ht->inline_cap = (uint8_t)gp_inline_estimate(base, dict);
    }
    if (add_dict && add_weak)
        t->getsets = subtype_getsets_full;
    else if (add_dict)
        t->getsets = subtype_getsets_dict_only;
    else if (add_weak)
        t->getsets = subtype_getsets_weakref_only;
    t->dealloc = gp_subtype_dealloc;
    if (t->flags & GP_TPFLAGS_HAVE_GC) {
        t->traverse = subtype_traverse;
        t->clear = subtype_clear;
    }
    GpObject *doc = gp_dict_getitem_str(dict, "__doc__");
    (void)doc;   /* tp doc stays NULL: __doc__ is read from the dict */

    t->dict = dict;
    dict = NULL;
    gp_gc_track((GpObject *)t);

    if (gp_type_ready(t) < 0)
        goto fail;
    if (cell)
        GP_SETREF(((GpCell *)cell)->ref, gp_newref(t));
    if (call_set_names(t) < 0)
        goto fail;
    if (call_init_subclass(t, kwnames, kwvalues) < 0)
        goto fail;
    GP_XDECREF(cell);
    GP_XDECREF(slots);
    GP_XDECREF(newslots);
    return (GpObject *)t;
fail:
    if (slot_members) {
        for (GpMemberDef *m = slot_members; m->name; m++)
            free((char *)m->name);
        free(slot_members);
    }
    GP_XDECREF(cell);
    GP_XDECREF(slots);
    GP_XDECREF(newslots);
    GP_XDECREF(dict);
    GP_XDECREF(bases_owned);
    GP_XDECREF(t);
    return NULL;
}

/* ======================================================================
 * The `type` type
 * ====================================================================== */

static GpObject *type_new(GpType *metatype, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    gp_ssize nkw = kwnames ? GP_SIZE(kwnames) : 0;
    if (metatype == &GpType_Type && nargs == 1 && nkw == 0)
        return gp_newref(GP_TYPE(args[0]));
    if (nargs != 3) {
        if (metatype == &GpType_Type && (nargs != 1 || nkw == 0))
            return gp_err_format(&GpExc_TypeError, "type() takes 1 or 3 arguments");
        return gp_err_format(&GpExc_TypeError, "type.__new__() takes exactly 3 arguments (%zd given)",
                             (gp_ssize)nargs);
    }
    return gp_type_new(metatype, args[0], args[1], args[2], kwnames, args + 3);
}

static int type_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (nargs == 1 && kwnames && GP_SIZE(kwnames)) {
        gp_err_set_string(&GpExc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        gp_err_set_string(&GpExc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static GpObject *type_call(GpObject *callable, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    GpType *t = (GpType *)callable;
    size_t nargs = (size_t)GP_NARGS(nargsf);
    if (t == &GpType_Type && nargs == 1 && (!kwnames || GP_SIZE(kwnames) == 0))
        return gp_newref(GP_TYPE(args[0]));
    if (!(t->flags & GP_TPFLAGS_READY) && gp_type_ready(t) < 0)
        return NULL;
    if (t->vectorcall && !(t->flags & GP_TPFLAGS_HEAPTYPE))
        return t->vectorcall(callable, args, nargsf, kwnames);
    if (!t->new_)
        return gp_err_format(&GpExc_TypeError, "cannot create '%s' instances", t->name);
    GpObject *obj = t->new_(t, args, nargs, kwnames);
    if (!obj)
        return NULL;
    if (!GP_TYPE_CHECK(obj, t))
        return obj;
    GpType *ot = GP_TYPE(obj);
    if (ot->init) {
        if (ot->init(obj, args, nargs, kwnames) < 0) {
            GP_DECREF(obj);
            return NULL;
        }
    }
    return obj;
}

static GpObject *type_repr(GpObject *o)
{
    GpType *t = (GpType *)o;
    GpObject *mod = gp_type_module(t);
    if (!mod)
        gp_err_clear();
    else if (!GP_STR_CHECK(mod))
        GP_CLEAR(mod);
    GpObject *qn = gp_type_qualname(t);
    if (!qn) {
        GP_XDECREF(mod);
        return NULL;
    }
    GpObject *r;
    if (mod && !gp_str_eq_cstr(mod, "builtins"))
        r = gp_str_from_format("<class '%U.%U'>", mod, qn);
    else
        r = gp_str_from_format("<class '%U'>", qn);
    GP_XDECREF(mod);
    GP_DECREF(qn);
    return r;
}

static GpObject *type_getattro(GpObject *o, GpObject *name)
{
    GpType *t = (GpType *)o;
    GpType *meta = GP_TYPE(o);
    if (!GP_STR_CHECK(name))
        return gp_err_format(&GpExc_TypeError, "attribute name must be string, not '%s'", GP_TYPE(name)->name);
    if (!(t->flags & GP_TPFLAGS_READY) && gp_type_ready(t) < 0)
        return NULL;
    gp_descrgetfunc meta_get = NULL;
    GpObject *meta_attr = gp_type_lookup(meta, name);
    if (meta_attr) {
        GP_INCREF(meta_attr);
        meta_get = GP_TYPE(meta_attr)->descr_get;
        if (meta_get && GP_TYPE(meta_attr)->descr_set) {
            GpObject *r = meta_get(meta_attr, o, (GpObject *)meta);
            GP_DECREF(meta_attr);
            return r;
        }
    }
    GpObject *attr = gp_type_lookup(t, name);
    if (attr) {
        GP_INCREF(attr);
        gp_descrgetfunc local_get = GP_TYPE(attr)->descr_get;
        GP_XDECREF(meta_attr);
        if (local_get) {
            GpObject *r = local_get(attr, NULL, o);
            GP_DECREF(attr);
            return r;
        }
        return attr;
    }
    if (meta_get) {
        GpObject *r = meta_get(meta_attr, o, (GpObject *)meta);
        GP_DECREF(meta_attr);
        return r;
    }
    if (meta_attr)
        return meta_attr;
    return gp_err_no_attribute(o, name);
}

static int type_setattro(GpObject *o, GpObject *name, GpObject *value)
{
    GpType *t = (GpType *)o;
    if (!GP_STR_CHECK(name)) {
        gp_err_format(&GpExc_TypeError, "attribute name must be string, not '%s'", GP_TYPE(name)->name);
        return -1;
    }
    if (t->flags & GP_TPFLAGS_IMMUTABLETYPE) {
        gp_err_format(&GpExc_TypeError, "cannot set %R attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    GP_INCREF(name);
    if (GP_STR_CHECK_EXACT(name))
        gp_str_intern_inplace(&name);
    int r = gp_generic_setattr(o, name, value);
    if (r == 0) {
        gp_type_modified(t);
        if (value)
            gp_inline_note_function(t, value);
        const char *s = GP_STR_DATA(name);
        gp_ssize n = GP_STR_NBYTES(name);
        if (n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_')
            r = gp_type_update_slot(t, name) < 0 ? -1 : 0;
    }
    GP_DECREF(name);
    return r;
}

static void type_dealloc(GpObject *o)
{
    GpType *t = (GpType *)o;
    if (!(t->flags & GP_TPFLAGS_HEAPTYPE)) {
        o->refcnt = GP_IMMORTAL_REFCNT;   /* static types are immortal */
        return;
    }
    gp_gc_untrack(o);
    GpHeapType *ht = (GpHeapType *)t;
    if (ht->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &ht->weakreflist);
    if (t->bases)
        for (gp_ssize i = 0; i < GP_SIZE(t->bases); i++)
            remove_subclass((GpType *)GP_TUPLE_GET(t->bases, i), t);
    t->flags &= ~(unsigned long)GP_TPFLAGS_VALID_VERSION;
    GP_CLEAR(t->dict);
    GP_CLEAR(t->bases);
    GP_CLEAR(t->mro);
    GP_CLEAR(t->subclasses);
    GP_CLEAR(t->ht_name);
    GP_CLEAR(t->ht_qualname);
    GP_CLEAR(t->ht_slots);
    GP_CLEAR(t->ht_module);
    GP_CLEAR(t->base);
    if (ht->slot_members) {
        for (GpMemberDef *m = ht->slot_members; m->name; m++)
            free((char *)m->name);
        free(ht->slot_members);
        ht->slot_members = NULL;
    }
    free(ht->name_buf);
    ht->name_buf = NULL;
    gp_shared_keys_free(t);
    gp_obj_free(o);
}

static int type_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpType *t = (GpType *)o;
    if (!(t->flags & GP_TPFLAGS_HEAPTYPE))
        return 0;
    GpObject *refs[] = { t->dict, t->bases, t->mro, (GpObject *)t->base, t->ht_module };
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    /* A class whose metaclass is a heap type holds a reference to it, but
     * that class's traverse is subtype_traverse, which visits it already:
     * a second visit here would make the metaclass look unreferenced. */
    return 0;
}

static int type_clear(GpObject *o)
{
    GpType *t = (GpType *)o;
    if (!(t->flags & GP_TPFLAGS_HEAPTYPE))
        return 0;
    gp_type_modified(t);
    if (t->dict)
        gp_dict_clear(t->dict);
    GP_CLEAR(t->ht_module);
    /* The MRO tuple holds the type itself: a class is always in a cycle
     * (t -> mro -> t), which only this breaks. Code that meets a cleared
     * type falls back to the base chain (find_name_in_mro). */
    GP_CLEAR(t->mro);
    return 0;
}

/* ---- type attributes ---------------------------------------------------- */

static int check_set_special(GpType *t, GpObject *value, const char *name)
{
    if (t->flags & GP_TPFLAGS_IMMUTABLETYPE) {
        gp_err_format(&GpExc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    if (!value) {
        gp_err_format(&GpExc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    return 0;
}

static GpObject *type_get_name(GpObject *o, void *c)
{
    GpType *t = (GpType *)o;
    if ((t->flags & GP_TPFLAGS_HEAPTYPE) && t->ht_name)
        return gp_newref(t->ht_name);
    return gp_str_from_cstr(gp_type_name(t));
}

static int type_set_name(GpObject *o, GpObject *value, void *c)
{
    GpType *t = (GpType *)o;
    if (check_set_special(t, value, "__name__") < 0)
        return -1;
    if (!GP_STR_CHECK(value)) {
        gp_err_format(&GpExc_TypeError, "can only assign string to %s.__name__, not '%s'", t->name,
                      GP_TYPE(value)->name);
        return -1;
    }
    return set_heap_name(t, value);
}

static GpObject *type_get_qualname(GpObject *o, void *c) { return gp_type_qualname((GpType *)o); }

static int type_set_qualname(GpObject *o, GpObject *value, void *c)
{
    GpType *t = (GpType *)o;
    if (check_set_special(t, value, "__qualname__") < 0)
        return -1;
    if (!GP_STR_CHECK(value)) {
        gp_err_format(&GpExc_TypeError, "can only assign string to %s.__qualname__, not '%s'", t->name,
                      GP_TYPE(value)->name);
        return -1;
    }
    GP_INCREF(value);
    GP_SETREF(t->ht_qualname, value);
    return 0;
}

static GpObject *type_get_bases(GpObject *o, void *c)
{
    GpType *t = (GpType *)o;
    return gp_newref(t->bases ? t->bases : gp_None);
}

static int type_set_bases(GpObject *o, GpObject *value, void *c)
{
    GpType *t = (GpType *)o;
    if (check_set_special(t, value, "__bases__") < 0)
        return -1;
    if (!GP_TUPLE_CHECK(value)) {
        gp_err_format(&GpExc_TypeError, "can only assign tuple to %s.__bases__, not %s", t->name,
                      GP_TYPE(value)->name);
        return -1;
    }
    if (GP_SIZE(value) == 0) {
        gp_err_format(&GpExc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t->name);
        return -1;
    }
    for (gp_ssize i = 0; i < GP_SIZE(value); i++) {
        GpObject *b = GP_TUPLE_GET(value, i);
        if (!GP_TYPE_CHECK_TYPE(b)) {
            gp_err_format(&GpExc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t->name,
                          GP_TYPE(b)->name);
            return -1;
        }
        if (gp_type_is_subtype((GpType *)b, t)) {
            gp_err_set_string(&GpExc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    GpType *nb = best_base(value);
    if (!nb)
        return -1;
    if (((nb->flags & (GP_TPFLAGS_HEAPTYPE | GP_TPFLAGS_HAVE_GC)) != 0) !=
        ((t->base->flags & (GP_TPFLAGS_HEAPTYPE | GP_TPFLAGS_HAVE_GC)) != 0)) {
        gp_err_format(&GpExc_TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'",
                      nb->name, t->base->name);
        return -1;
    }
    if (solid_base(nb) != solid_base(t->base)) {
        gp_err_format(&GpExc_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'", nb->name,
                      t->base->name);
        return -1;
    }
    GpObject *old_bases = t->bases;
    GpType *old_base = t->base;
    for (gp_ssize i = 0; i < GP_SIZE(old_bases); i++)
        remove_subclass((GpType *)GP_TUPLE_GET(old_bases, i), t);
    t->bases = gp_newref(value);
    t->base = (GpType *)gp_newref(nb);
    gp_type_modified(t);
    if (gp_type_compute_mro(t) < 0) {
        GP_SETREF(t->bases, old_bases);
        GP_SETREF(t->base, old_base);
        for (gp_ssize i = 0; i < GP_SIZE(old_bases); i++)
            add_subclass((GpType *)GP_TUPLE_GET(old_bases, i), t);
        return -1;
    }
    GP_DECREF(old_bases);
    GP_DECREF(old_base);
    for (gp_ssize i = 0; i < GP_SIZE(value); i++)
        if (add_subclass((GpType *)GP_TUPLE_GET(value, i), t) < 0)
            return -1;
    gp_type_fixup_slots(t);
    return 0;
}

static GpObject *type_get_mro(GpObject *o, void *c)
{
    GpType *t = (GpType *)o;
    return gp_newref(t->mro ? t->mro : gp_None);
}

static GpObject *type_get_base(GpObject *o, void *c)
{
    GpType *t = (GpType *)o;
    return gp_newref(t->base ? (GpObject *)t->base : gp_None);
}

static GpObject *type_get_dict(GpObject *o, void *c)
{
    GpType *t = (GpType *)o;
    if (!t->dict)
        GP_RETURN_NONE;
    return gp_mappingproxy_new(t->dict);
}

static GpObject *type_get_doc(GpObject *o, void *c)
{
    GpType *t = (GpType *)o;
    if (!(t->flags & GP_TPFLAGS_HEAPTYPE) && t->doc)
        return gp_str_from_cstr(t->doc);
    GpObject *d = t->dict ? gp_dict_getitem_str(t->dict, "__doc__") : NULL;
    if (!d)
        GP_RETURN_NONE;
    gp_descrgetfunc f = GP_TYPE(d)->descr_get;
    if (f)
        return f(d, NULL, o);
    return gp_newref(d);
}

static int type_set_doc(GpObject *o, GpObject *value, void *c)
{
    GpType *t = (GpType *)o;
    if (check_set_special(t, value, "__doc__") < 0)
        return -1;
    gp_type_modified(t);
    return gp_dict_setitem_str(t->dict, "__doc__", value);
}

static GpObject *type_get_module(GpObject *o, void *c) { return gp_type_module((GpType *)o); }

static int type_set_module(GpObject *o, GpObject *value, void *c)
{
    GpType *t = (GpType *)o;
    if (check_set_special(t, value, "__module__") < 0)
        return -1;
    gp_type_modified(t);
    return gp_dict_setitem_str(t->dict, "__module__", value);
}

static GpObject *type_get_abstractmethods(GpObject *o, void *c)
{
    GpType *t = (GpType *)o;
    GpObject *v = t != &GpType_Type && t->dict ? gp_dict_getitem_str(t->dict, "__abstractmethods__") : NULL;
    if (!v) {
        gp_err_set_object(&GpExc_AttributeError, gp_str_intern_cstr("__abstractmethods__"));
        return NULL;
    }
    return gp_newref(v);
}

static int type_set_abstractmethods(GpObject *o, GpObject *value, void *c)
{
    GpType *t = (GpType *)o;
    if (t->flags & GP_TPFLAGS_IMMUTABLETYPE) {
        gp_err_format(&GpExc_TypeError, "cannot set '__abstractmethods__' attribute of immutable type '%s'",
                      t->name);
        return -1;
    }
    int abstract = 0, r;
    if (value) {
        abstract = gp_is_true(value);
        if (abstract < 0)
            return -1;
        r = gp_dict_setitem_str(t->dict, "__abstractmethods__", value);
    } else {
        r = gp_dict_delitem_str(t->dict, "__abstractmethods__");
        if (r < 0 && gp_err_matches(&GpExc_KeyError)) {
            gp_err_clear();
            gp_err_set_object(&GpExc_AttributeError, gp_str_intern_cstr("__abstractmethods__"));
        }
    }
    if (r < 0)
        return -1;
    gp_type_modified(t);
    if (abstract)
        t->flags |= GP_TPFLAGS_IS_ABSTRACT;
    else
        t->flags &= ~(unsigned long)GP_TPFLAGS_IS_ABSTRACT;
    return 0;
}

static GpObject *type_get_annotations(GpObject *o, void *c)
{
    GpType *t = (GpType *)o;
    if (!(t->flags & GP_TPFLAGS_HEAPTYPE)) {
        gp_err_format(&GpExc_AttributeError, "type object '%s' has no attribute '__annotations__'", t->name);
        return NULL;
    }
    GpObject *a = gp_dict_getitem_str(t->dict, "__annotations__");
    if (a) {
        gp_descrgetfunc f = GP_TYPE(a)->descr_get;
        if (f)
            return f(a, NULL, o);
        return gp_newref(a);
    }
    a = gp_dict_new();
    if (!a)
        return NULL;
    if (gp_dict_setitem_str(t->dict, "__annotations__", a) < 0) {
        GP_DECREF(a);
        return NULL;
    }
    gp_type_modified(t);
    return a;
}

static int type_set_annotations(GpObject *o, GpObject *value, void *c)
{
    GpType *t = (GpType *)o;
    if (t->flags & GP_TPFLAGS_IMMUTABLETYPE) {
        gp_err_format(&GpExc_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    int r;
    if (value) {
        r = gp_dict_setitem_str(t->dict, "__annotations__", value);
    } else {
        r = gp_dict_delitem_str(t->dict, "__annotations__");
        if (r < 0 && gp_err_matches(&GpExc_KeyError)) {
            gp_err_clear();
            gp_err_set_object(&GpExc_AttributeError, gp_str_intern_cstr("__annotations__"));
        }
    }
    gp_type_modified(t);
    return r;
}

static GpObject *type_get_text_signature(GpObject *o, void *c) { GP_RETURN_NONE; }

static const GpGetSetDef type_getsets[] = {
    { "__name__", type_get_name, type_set_name, NULL, NULL },
    { "__qualname__", type_get_qualname, type_set_qualname, NULL, NULL },
    { "__bases__", type_get_bases, type_set_bases, NULL, NULL },
    { "__mro__", type_get_mro, NULL, NULL, NULL },
    { "__base__", type_get_base, NULL, NULL, NULL },
    { "__module__", type_get_module, type_set_module, NULL, NULL },
    { "__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, NULL, NULL },
    { "__dict__", type_get_dict, NULL, NULL, NULL },
    { "__doc__", type_get_doc, type_set_doc, NULL, NULL },
    { "__text_signature__", type_get_text_signature, NULL, NULL, NULL },
    { "__annotations__", type_get_annotations, type_set_annotations, NULL, NULL },
    { NULL }
};

static const GpMemberDef type_members[] = {
    { "__basicsize__", GP_T_SSIZE, offsetof(GpType, basicsize), GP_MEMBER_READONLY, NULL },
    { "__itemsize__", GP_T_SSIZE, offsetof(GpType, itemsize), GP_MEMBER_READONLY, NULL },
    { "__flags__", GP_T_LONG, offsetof(GpType, flags), GP_MEMBER_READONLY, NULL },
    { "__weakrefoffset__", GP_T_SSIZE, offsetof(GpType, weaklistoffset), GP_MEMBER_READONLY, NULL },
    { "__dictoffset__", GP_T_SSIZE, offsetof(GpType, dictoffset), GP_MEMBER_READONLY, NULL },
    { NULL }
};

/* ---- type methods ------------------------------------------------------- */

static GpObject *type_subclasses(GpObject *self, GpObject *unused)
{
    GpType *t = (GpType *)self;
    GpObject *l = gp_list_new(0);
    if (!l || !t->subclasses)
        return l;
    gp_ssize pos = 0;
    GpObject *k, *v;
    while (gp_dict_next(t->subclasses, &pos, &k, &v)) {
        GpType *sub = subclass_at(k);
        if (sub && gp_list_append(l, (GpObject *)sub) < 0) {
            GP_DECREF(l);
            return NULL;
        }
    }
    return l;
}

static int recursive_isinstance(GpObject *inst, GpObject *cls);
static int recursive_issubclass(GpObject *derived, GpObject *cls);

static GpObject *type_instancecheck(GpObject *self, GpObject *inst)
{
    int r = recursive_isinstance(inst, self);
    return r < 0 ? NULL : gp_bool(r);
}

static GpObject *type_subclasscheck(GpObject *self, GpObject *sub)
{
    int r = recursive_issubclass(sub, self);
    return r < 0 ? NULL : gp_bool(r);
}

static GpObject *type_prepare(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    return gp_dict_new();
}

static GpObject *type_dir(GpObject *self, GpObject *unused) { return gp_type_dir_impl(self); }

static GpObject *type_sizeof(GpObject *self, GpObject *unused)
{
    GpType *t = (GpType *)self;
    gp_ssize size = (t->flags & GP_TPFLAGS_HEAPTYPE) ? (gp_ssize)sizeof(GpHeapType) : (gp_ssize)sizeof(GpType);
    return gp_int_from_ssize(size);
}

static GpObject *type_or(GpObject *a, GpObject *b) { return gp_union_or(a, b); }

static const GpMethodDef type_methods[] = {
    GP_METHOD("mro", gp_type_mro_method, GP_METH_NOARGS),
    GP_METHOD("__subclasses__", type_subclasses, GP_METH_NOARGS),
    GP_METHOD("__prepare__", type_prepare, GP_METH_FASTKW | GP_METH_CLASS),
    GP_METHOD("__instancecheck__", type_instancecheck, GP_METH_O),
    GP_METHOD("__subclasscheck__", type_subclasscheck, GP_METH_O),
    GP_METHOD("__dir__", type_dir, GP_METH_NOARGS),
    GP_METHOD("__sizeof__", type_sizeof, GP_METH_NOARGS),
    { NULL }
};

GpType GpType_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "type",
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .basicsize = sizeof(GpHeapType),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_TYPE_SUBCLASS,
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear = type_clear,
    .repr = type_repr,
    .getattro = type_getattro,
    .setattro = type_setattro,
    .call = type_call,
    .new_ = type_new,
    .init = type_init,
    .nb = { .or_ = type_or },
    .methods = type_methods,
    .members = type_members,
    .getsets = type_getsets,
    .base = &GpBaseObject_Type,
    .dictoffset = offsetof(GpType, dict),
    .weaklistoffset = offsetof(GpHeapType, weakreflist),
};

/* ======================================================================
 * isinstance / issubclass
 * ====================================================================== */

static GpObject *get_bases(GpObject *cls)
{
    ID(bases_, "__bases__");
    GpObject *b;
    int r = gp_getattr_opt(cls, bases_, &b);
    if (r <= 0)
        return NULL;
    if (!GP_TUPLE_CHECK(b)) {
        GP_DECREF(b);
        return NULL;
    }
    return b;
}

static int abstract_issubclass(GpObject *derived, GpObject *cls)
{
    for (;;) {
        if (derived == cls)
            return 1;
        GpObject *bases = get_bases(derived);
        if (!bases)
            return gp_err_occurred() ? -1 : 0;
        gp_ssize n = GP_SIZE(bases);
        if (n == 0) {
            GP_DECREF(bases);
            return 0;
        }
        if (n == 1) {
            derived = GP_TUPLE_GET(bases, 0);
            GP_DECREF(bases);   /* the tuple's owner keeps the item alive */
            continue;
        }
        int r = 0;
        for (gp_ssize i = 0; i < n && r == 0; i++) {
            if (gp_enter_recursive_call(" in __issubclass__") < 0) {
                r = -1;
                break;
            }
            r = abstract_issubclass(GP_TUPLE_GET(bases, i), cls);
            gp_leave_recursive_call();
        }
        GP_DECREF(bases);
        return r;
    }
}

static int check_class(GpObject *cls)
{
    GpObject *b = get_bases(cls);
    if (!b)
        return 0;
    GP_DECREF(b);
    return 1;
}

static int recursive_isinstance(GpObject *inst, GpObject *cls)
{
    ID(class_, "__class__");
    if (GP_TYPE_CHECK_TYPE(cls)) {
        if (GP_TYPE_CHECK(inst, (GpType *)cls))
            return 1;
        GpObject *c;
        int r = gp_getattr_opt(inst, class_, &c);
        if (r < 0)
            return -1;
        if (r == 0)
            return 0;
        int res = 0;
        if (c != (GpObject *)GP_TYPE(inst) && GP_TYPE_CHECK_TYPE(c))
            res = gp_type_is_subtype((GpType *)c, (GpType *)cls);
        GP_DECREF(c);
        return res;
    }
    if (!check_class(cls)) {
        if (!gp_err_occurred())
            gp_err_set_string(&GpExc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    GpObject *c;
    int r = gp_getattr_opt(inst, class_, &c);
    if (r <= 0)
        return r;
    int res = abstract_issubclass(c, cls);
    GP_DECREF(c);
    return res;
}

static int recursive_issubclass(GpObject *derived, GpObject *cls)
{
    if (GP_TYPE_CHECK_TYPE(cls) && GP_TYPE_CHECK_TYPE(derived))
        return gp_type_is_subtype((GpType *)derived, (GpType *)cls);
    if (!check_class(derived)) {
        if (!gp_err_occurred())
            gp_err_set_string(&GpExc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!check_class(cls)) {
        if (!gp_err_occurred())
            gp_err_set_string(&GpExc_TypeError,
                              "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return abstract_issubclass(derived, cls);
}

static GpObject *union_args(GpObject *cls)
{
    /* types.UnionType objects behave like the tuple of their members */
    GpObject *a = gp_union_args(cls);
    return a ? gp_newref(a) : NULL;
}

int gp_isinstance(GpObject *inst, GpObject *cls)
{
    ID(ic_, "__instancecheck__");
    if ((GpObject *)GP_TYPE(inst) == cls)
        return 1;
    if (GP_TYPE(cls) == &GpType_Type)
        return recursive_isinstance(inst, cls);
    GpObject *ua = GP_TUPLE_CHECK(cls) ? NULL : union_args(cls);
    if (GP_TUPLE_CHECK(cls) || ua) {
        GpObject *tup = ua ? ua : cls;
        if (gp_enter_recursive_call(" in __instancecheck__") < 0) {
            GP_XDECREF(ua);
            return -1;
        }
        int r = 0;
        for (gp_ssize i = 0; i < GP_SIZE(tup) && r == 0; i++)
            r = gp_isinstance(inst, GP_TUPLE_GET(tup, i));
        gp_leave_recursive_call();
        GP_XDECREF(ua);
        return r;
    }
    GpObject *checker = gp_lookup_special(cls, ic_);
    if (checker) {
        if (gp_enter_recursive_call(" in __instancecheck__") < 0) {
            GP_DECREF(checker);
            return -1;
        }
        GpObject *res = gp_call1(checker, inst);
        gp_leave_recursive_call();
        GP_DECREF(checker);
        if (!res)
            return -1;
        int ok = gp_is_true(res);
        GP_DECREF(res);
        return ok;
    }
    if (gp_err_occurred())
        return -1;
    return recursive_isinstance(inst, cls);
}

int gp_issubclass(GpObject *derived, GpObject *cls)
{
    ID(sc_, "__subclasscheck__");
    if (GP_TYPE(cls) == &GpType_Type && GP_TYPE_CHECK_TYPE(derived)) {
        if (derived == cls)
            return 1;
        return recursive_issubclass(derived, cls);
    }
    GpObject *ua = GP_TUPLE_CHECK(cls) ? NULL : union_args(cls);
    if (GP_TUPLE_CHECK(cls) || ua) {
        GpObject *tup = ua ? ua : cls;
        if (gp_enter_recursive_call(" in __subclasscheck__") < 0) {
            GP_XDECREF(ua);
            return -1;
        }
        int r = 0;
        for (gp_ssize i = 0; i < GP_SIZE(tup) && r == 0; i++)
            r = gp_issubclass(derived, GP_TUPLE_GET(tup, i));
        gp_leave_recursive_call();
        GP_XDECREF(ua);
        return r;
    }
    GpObject *checker = gp_lookup_special(cls, sc_);
    if (checker) {
        if (gp_enter_recursive_call(" in __subclasscheck__") < 0) {
            GP_DECREF(checker);
            return -1;
        }
        GpObject *res = gp_call1(checker, derived);
        gp_leave_recursive_call();
        GP_DECREF(checker);
        if (!res)
            return -1;
        int ok = gp_is_true(res);
        GP_DECREF(res);
        return ok;
    }
    if (gp_err_occurred())
        return -1;
    return recursive_issubclass(derived, cls);
}

/* ======================================================================
 * mappingproxy: the read-only view behind C.__dict__
 * ====================================================================== */

typedef struct {
    GpObject ob;
    GpObject *mapping;
} GpMappingProxy;

static int mappingproxy_check_mapping(GpObject *m)
{
    if (!GP_TYPE(m)->getitem || GP_LIST_CHECK(m) || GP_TUPLE_CHECK(m)) {
        gp_err_format(&GpExc_TypeError, "mappingproxy() argument must be a mapping, not %s", GP_TYPE(m)->name);
        return -1;
    }
    return 0;
}

GpObject *gp_mappingproxy_new(GpObject *mapping)
{
    if (!(GpMappingProxy_Type.flags & GP_TPFLAGS_READY) && gp_type_ready(&GpMappingProxy_Type) < 0)
        return NULL;
    GpMappingProxy *p = (GpMappingProxy *)gp_obj_alloc(&GpMappingProxy_Type, 0);
    if (!p)
        return NULL;
    p->mapping = gp_newref(mapping);
    gp_gc_track((GpObject *)p);
    return (GpObject *)p;
}

static GpObject *mp_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "mapping", NULL };
    GpObject *m;
    if (gp_args_parse("mappingproxy", args, nargs, kwnames, kwlist, 1, 1, &m) < 0)
        return NULL;
    if (mappingproxy_check_mapping(m) < 0)
        return NULL;
    return gp_mappingproxy_new(m);
}

static void mp_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_CLEAR(((GpMappingProxy *)o)->mapping);
    gp_obj_free(o);
}

static int mp_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpObject *m = ((GpMappingProxy *)o)->mapping;
    return m ? visit(m, arg) : 0;
}

#define MP(o) (((GpMappingProxy *)(o))->mapping)

static GpObject *mp_getitem(GpObject *o, GpObject *k) { return gp_getitem(MP(o), k); }
static gp_ssize mp_len(GpObject *o) { return gp_len(MP(o)); }
static int mp_contains(GpObject *o, GpObject *k)
{
    if (GP_DICT_CHECK_EXACT(MP(o)))
        return gp_dict_contains(MP(o), k);
    return gp_contains(MP(o), k);
}
static GpObject *mp_iter(GpObject *o) { return gp_iter(MP(o)); }
static GpObject *mp_str(GpObject *o) { return gp_str(MP(o)); }
static GpObject *mp_repr(GpObject *o) { return gp_str_from_format("mappingproxy(%R)", MP(o)); }
static GpObject *mp_richcompare(GpObject *a, GpObject *b, int op) { return gp_richcompare(MP(a), b, op); }
static GpObject *mp_or(GpObject *a, GpObject *b)
{
    if (GP_TYPE(a) == &GpMappingProxy_Type)
        a = MP(a);
    if (GP_TYPE(b) == &GpMappingProxy_Type)
        b = MP(b);
    return gp_binary_op(a, b, GP_BINOP_OR);
}

static GpObject *mp_get(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("get", nargs, 1, 2) < 0)
        return NULL;
    GpObject *a[2] = { args[0], nargs > 1 ? args[1] : gp_None };
    return gp_call_method_str(MP(self), "get", a, 2);
}
static GpObject *mp_keys(GpObject *self, GpObject *u) { return gp_call_method_str(MP(self), "keys", NULL, 0); }
static GpObject *mp_values(GpObject *self, GpObject *u) { return gp_call_method_str(MP(self), "values", NULL, 0); }
static GpObject *mp_items(GpObject *self, GpObject *u) { return gp_call_method_str(MP(self), "items", NULL, 0); }
static GpObject *mp_copy(GpObject *self, GpObject *u) { return gp_call_method_str(MP(self), "copy", NULL, 0); }
static GpObject *mp_reversed(GpObject *self, GpObject *u)
{
    return gp_call_method_str(MP(self), "__reversed__", NULL, 0);
}

static const GpMethodDef mp_methods[] = {
    GP_METHOD("get", mp_get, GP_METH_FAST),
    GP_METHOD("keys", mp_keys, GP_METH_NOARGS),
    GP_METHOD("values", mp_values, GP_METH_NOARGS),
    GP_METHOD("items", mp_items, GP_METH_NOARGS),
    GP_METHOD("copy", mp_copy, GP_METH_NOARGS),
    GP_METHOD("__reversed__", mp_reversed, GP_METH_NOARGS),
    { NULL }
};

GpType GpMappingProxy_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "mappingproxy",
    .basicsize = sizeof(GpMappingProxy),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = mp_dealloc,
    .traverse = mp_traverse,
    .repr = mp_repr,
    .str = mp_str,
    .hash = gp_hash_not_implemented,
    .richcompare = mp_richcompare,
    .iter = mp_iter,
    .new_ = mp_new,
    .nb = { .or_ = mp_or },
    .len = mp_len,
    .getitem = mp_getitem,
    .contains = mp_contains,
    .methods = mp_methods,
};

/* ======================================================================
 * Start-up
 * ====================================================================== */

int gp_types_init(void)
{
    GpType *types[] = {
        &GpBaseObject_Type, &GpType_Type, &GpNone_Type, &GpNotImplemented_Type, &GpEllipsis_Type,
        &GpSuper_Type, &GpMappingProxy_Type, &GpMethodDescr_Type, &GpClassMethodDescr_Type,
        &GpMemberDescr_Type, &GpGetSetDescr_Type, &GpWrapperDescr_Type, &GpMethodWrapper_Type,
        &GpClassMethod_Type, &GpStaticMethod_Type, &GpProperty_Type, &GpCFunction_Type, &GpMethod_Type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (gp_type_ready(types[i]) < 0)
            return -1;
    return 0;
}
