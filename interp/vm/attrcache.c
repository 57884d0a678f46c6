/* attrcache.c -- filling the attribute caches (the rules are in attrcache.h). */
#include "vm/attrcache.h"
#include "objects/typeobject.h"

/* The type's version tag, assigning one if needed (gp_type_lookup does);
 * 0 when the type cannot have one. */
static uint64_t type_tag(GpType *t, GpObject *name, GpObject **descr)
{
    *descr = gp_type_lookup(t, name);
    return (t->flags & GP_TPFLAGS_VALID_VERSION) ? t->version_tag : 0;
}

/* object's __class__ descriptor (borrowed; object's dict never changes). */
static GpObject *object_class_descr(void)
{
    static GpObject *d;
    if (!d)
        d = gp_type_lookup_str(&GpBaseObject_Type, "__class__");
    return d;
}

/* ATTR_INSTANCE for type t and name, if no data descriptor on t takes
 * precedence and the name has a slot. */
static void fill_instance(GpInlineCache *c, GpType *t, GpObject *name)
{
    GpObject *descr;
    uint64_t tag = type_tag(t, name, &descr);
    if (!tag || (descr && GP_TYPE(descr)->descr_set))
        return;
    gp_ssize ix = gp_shared_keys_find(t, name);
    if (ix < 0)
        return;
    c->kind = ATTR_INSTANCE;
    c->v1 = tag;
    c->index = ix;
}

void gp_attrcache_fill_load(GpInlineCache *c, GpObject *o, GpObject *name)
{
    GpType *t = GP_TYPE(o);
    c->kind = ATTR_NONE;
    if (!GP_STR_CHECK_EXACT(name))
        return;
    if (t->getattro == gp_generic_getattr) {
        GpObject *descr;
        uint64_t tag = type_tag(t, name, &descr);
        if (tag && descr && descr == object_class_descr()) {
            c->kind = ATTR_CLASS;
            c->v1 = tag;
            return;
        }
    }
    if ((t->flags & GP_TPFLAGS_INLINE_VALUES) && t->getattro == gp_generic_getattr) {
        fill_instance(c, t, name);
    } else if (t == &GpModule_Type) {
        GpObject *d = ((GpModule *)o)->dict;
        if (!d || !GP_DICT_CHECK_EXACT(d) || gp_type_lookup(t, name))
            return;
        GpObject *v;
        gp_ssize ix = gp_dict_lookup_index(d, name, gp_str_hash(name), &v);
        if (ix < 0 || !v) {
            gp_err_clear();
            return;
        }
        c->kind = ATTR_MODULE;
        c->v1 = ((GpDict *)d)->keys_version;
        c->index = ix;
    }
}

void gp_attrcache_fill_store(GpInlineCache *c, GpObject *o, GpObject *name)
{
    GpType *t = GP_TYPE(o);
    c->kind = ATTR_NONE;
    if (!GP_STR_CHECK_EXACT(name) || !(t->flags & GP_TPFLAGS_INLINE_VALUES) ||
        t->setattro != gp_generic_setattr)
        return;
    fill_instance(c, t, name);
}

void gp_attrcache_fill_method(GpInlineCache *c, GpObject *o, GpObject *name)
{
    GpType *t = GP_TYPE(o);
    c->kind = ATTR_NONE;
    if (!GP_STR_CHECK_EXACT(name))
        return;
    if (t == &GpModule_Type) {
        gp_attrcache_fill_load(c, o, name);
        return;
    }
    if (t->getattro != gp_generic_getattr)
        return;
    if (t->dictoffset && !(t->flags & GP_TPFLAGS_INLINE_VALUES))
        return;
    GpObject *descr;
    uint64_t tag = type_tag(t, name, &descr);
    if (!tag || !descr || !gp_type_has_flag(GP_TYPE(descr), GP_TPFLAGS_METHOD_DESCRIPTOR))
        return;
    if (t->dictoffset && gp_shared_keys_find(t, name) >= 0)
        return;   /* instances may shadow it */
    c->kind = ATTR_METHOD;
    c->v1 = tag;
    c->aux = (uint32_t)gp_shared_keys_count(t);
    c->ptr = descr;
}
