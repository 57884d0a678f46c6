/* weakrefobject.h -- weak references: the interface between the weakref
 * types (objects/weakrefobject.c), the deallocators that clear them and the
 * cyclic collector (mem/gc.c).
 *
 * Every object that can be weakly referenced has a list head at
 * GP_TYPE(o)->weaklistoffset (negative offsets: the pre-header of mem/gc.h).
 * The head points to the first GpWeakRef to o, or is NULL; the refs to one
 * object form a doubly linked list through prev/next. A weak reference does
 * not own its referent: `object` is borrowed, and set to gp_None when the
 * referent dies (as CPython's wr_object = Py_None).
 *
 * Two ways a referent dies:
 *   - its refcount reaches 0: its dealloc calls gp_weakref_clear_hook(o, head),
 *     which clears every ref and then calls their callbacks (new refs held
 *     around each call); exceptions from callbacks are unraisable.
 *   - the collector finds it in cyclic garbage: before anything is torn down,
 *     the collector calls gp_weakref_clear_ref() on every ref in the list,
 *     and calls the callbacks itself, but only of refs that are not garbage
 *     too (CPython's handle_weakrefs rule). */
#ifndef GP_OBJECTS_WEAKREFOBJECT_H
#define GP_OBJECTS_WEAKREFOBJECT_H

#include "objects/object.h"

typedef struct GpWeakRef {
    GpObject ob;
    GpObject *object;              /* referent (borrowed), gp_None once dead */
    GpObject *callback;            /* owned, or NULL */
    gp_hash hash;                  /* -1 until computed from the referent */
    struct GpWeakRef *prev, *next; /* the referent's list */
} GpWeakRef;

/* weakref.ref (ReferenceType), its proxies; CallableProxyType. */
extern GpType GpWeakRef_RefType, GpWeakRef_ProxyType, GpWeakRef_CallableProxyType;

#define GP_WEAKREF_CHECK(o)                                                              \
    (GP_TYPE_CHECK(o, &GpWeakRef_RefType) || GP_TYPE(o) == &GpWeakRef_ProxyType ||      \
     GP_TYPE(o) == &GpWeakRef_CallableProxyType)

/* The list head of o, or NULL if o's type has no weakref slot. */
static inline GpObject **gp_weakref_list_of(GpObject *o)
{
    gp_ssize off = GP_TYPE(o)->weaklistoffset;
    return off ? (GpObject **)((char *)o + off) : NULL;
}

/* Unlink wr from its referent's list and make it dead (object = gp_None).
 * The callback is kept; nothing is called. */
void gp_weakref_clear_ref(GpWeakRef *wr);

/* Number of weak references (refs and proxies) to o. */
gp_ssize gp_weakref_count(GpObject *o);

#endif
