/* attrcache.h -- inline caches of LOAD_ATTR, LOAD_METHOD and STORE_ATTR.
 *
 * Each of these instructions owns one GpInlineCache (call.h). After a slow
 * lookup the instruction records what it found, keyed by something that
 * changes whenever the answer could change; the next execution checks the
 * key and reads the answer directly. A mismatch just takes the slow path
 * again (which re-records). The kinds:
 *
 *   ATTR_INSTANCE  obj.name is slot `index` of the inline values of
 *                  instances of the type whose version tag is v1
 *                  (objects/instvalues.h). Valid while the tag matches:
 *                  the tag changes when any class on the MRO changes, which
 *                  is the only way a data descriptor or a __getattribute__/
 *                  __setattr__ could appear; a name's slot index never
 *                  changes. The instance must still keep its values inline
 *                  and have that slot filled, else: slow path.
 *   ATTR_MODULE    module.name is entry `index` of the module dict whose
 *                  keys_version is v1 (as LOAD_GLOBAL's cache).
 *   ATTR_CLASS     obj.__class__ where the type of obj (tag v1) gets it from
 *                  object's own descriptor: the answer is GP_TYPE(obj).
 *   ATTR_METHOD    (LOAD_METHOD) the type's attribute is the plain function
 *                  or method descriptor ptr (borrowed, alive while the tag
 *                  v1 matches, as in the type method cache), and no instance
 *                  can shadow it: the type has no instance dict, or its
 *                  instances keep values inline and the class's shared names
 *                  (append-only) still number aux, none of them `name`.
 *
 * CPython 3.11 specialises the same instructions (LOAD_ATTR_INSTANCE_VALUE,
 * LOAD_ATTR_MODULE, LOAD_METHOD_WITH_VALUES, STORE_ATTR_INSTANCE_VALUE) by
 * rewriting the bytecode; here the instruction stays and the cache decides.
 */
#ifndef GP_VM_ATTRCACHE_H
#define GP_VM_ATTRCACHE_H
#include "gilpy.h"
#include "vm/call.h"
#include "objects/instvalues.h"

enum { ATTR_NONE = 0, ATTR_INSTANCE = 1, ATTR_MODULE = 2, ATTR_METHOD = 3, ATTR_CLASS = 4 };

/* The value of an instance's slot ix if its values are inline, else NULL. */
static inline GpObject *gp_attrcache_slot(GpObject *o, GpType *t, gp_ssize ix)
{
    if (*(GpObject **)((char *)o + t->dictoffset))
        return NULL;
    GpInlineValues *iv = gp_inline_values(o);
    return iv->valid && ix < iv->capacity ? iv->values[ix] : NULL;
}

/* LOAD_ATTR fast path: borrowed value or NULL (take the slow path). */
static inline GpObject *gp_attrcache_load(GpInlineCache *c, GpObject *o)
{
    GpType *t = GP_TYPE(o);
    if (c->kind == ATTR_INSTANCE) {
        if (t->version_tag == c->v1)
            return gp_attrcache_slot(o, t, c->index);
    } else if (c->kind == ATTR_MODULE && t == &GpModule_Type) {
        GpDict *d = (GpDict *)((GpModule *)o)->dict;
        if (d->keys_version == c->v1)
            return d->entries[c->index].value;
    } else if (c->kind == ATTR_CLASS && t->version_tag == c->v1) {
        return (GpObject *)t;
    }
    return NULL;
}

/* STORE_ATTR fast path: 1 if stored (steals v), 0 to take the slow path. */
static inline int gp_attrcache_store(GpInlineCache *c, GpObject *o, GpObject *v)
{
    GpType *t = GP_TYPE(o);
    if (c->kind != ATTR_INSTANCE || t->version_tag != c->v1 ||
        *(GpObject **)((char *)o + t->dictoffset))
        return 0;
    GpInlineValues *iv = gp_inline_values(o);
    gp_ssize ix = c->index;
    if (!iv->valid || ix >= iv->capacity)
        return 0;
    GpObject *old = iv->values[ix];
    if (!old && ix < iv->next)
        return 0;   /* would break insertion order: the slow path spills */
    iv->values[ix] = v;
    if (!old)
        iv->next = (uint8_t)(ix + 1);
    else
        GP_DECREF(old);
    return 1;
}

/* LOAD_METHOD fast path: the unbound method (borrowed) or NULL. */
static inline GpObject *gp_attrcache_method(GpInlineCache *c, GpObject *o)
{
    GpType *t = GP_TYPE(o);
    if (c->kind != ATTR_METHOD || t->version_tag != c->v1)
        return NULL;
    if (t->dictoffset) {
        /* filled only for types with inline values */
        if (*(GpObject **)((char *)o + t->dictoffset) || !gp_inline_is_valid(o) ||
            gp_shared_keys_count(t) != (int)c->aux)
            return NULL;
    }
    return c->ptr;
}

/* Record the answer of a slow lookup that just succeeded. */
void gp_attrcache_fill_load(GpInlineCache *c, GpObject *o, GpObject *name);
void gp_attrcache_fill_store(GpInlineCache *c, GpObject *o, GpObject *name);
void gp_attrcache_fill_method(GpInlineCache *c, GpObject *o, GpObject *name);
#endif
