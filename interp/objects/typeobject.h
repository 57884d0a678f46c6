/* typeobject.h -- extra declarations of the type system (typeobject*.c,
 * object.c, abstract.c, descrobject.c, superobject.c) beyond object.h. */
#ifndef GP_TYPEOBJECT_H
#define GP_TYPEOBJECT_H
#include "objects/object.h"

/* The layout of a heap type (class statement / type(name, bases, dict)).
 * GpType_Type.basicsize is sizeof(GpHeapType); static types are plain GpType. */
typedef struct GpHeapType {
    GpType type;
    GpMemberDef *slot_members;   /* __slots__ members (malloc'd, NULL-terminated) or NULL */
    char *name_buf;              /* owned UTF-8 copy backing type.name */
    GpObject *weakreflist;
    struct GpSharedKeys *cached_keys;   /* attribute names of inline instances (instvalues.h) */
    uint8_t inline_cap;          /* value slots a new instance gets (instvalues.h) */
} GpHeapType;

/* Ready object, type and every type defined in the type-system files. */
int gp_types_init(void);

/* isinstance(o, cls) / issubclass(derived, cls) with tuples and the
 * __instancecheck__/__subclasscheck__ hooks: 1, 0, -1. */
int gp_isinstance(GpObject *o, GpObject *cls);
int gp_issubclass(GpObject *derived, GpObject *cls);

/* The most derived metaclass of meta and the types of bases (borrowed), or
 * NULL with TypeError "metaclass conflict ...". */
GpType *gp_calculate_metaclass(GpType *meta, GpObject *bases);

/* type(name, bases, dict) with a metatype: what a class statement ends in. */
GpObject *gp_type_new(GpType *metatype, GpObject *name, GpObject *bases, GpObject *dict,
                      GpObject *kwnames, GpObject *const *kwvalues);

/* Like LOAD_METHOD: find obj.name. Returns 1 and *method (new ref) when it
 * is an unbound function/method descriptor to be called with obj as first
 * argument; 0 and *method (new ref) = the attribute value otherwise; -1 error. */
int gp_get_method(GpObject *obj, GpObject *name, GpObject **method);

/* The short name used in messages: t->name for static types (full dotted
 * name, as CPython's tp_name), the __name__ for heap types. */
static inline const char *gp_type_tpname(GpType *t) { return t->name; }

/* AttributeError for a missing attribute, with .name/.obj filled in. */
GpObject *gp_err_no_attribute(GpObject *o, GpObject *name);

/* Default repr: "<mod.Qualname object at 0x...>". */
GpObject *gp_object_default_repr(GpObject *o);

/* Slot updates after assigning a dunder on a heap type (done by type setattr). */
int gp_type_update_slot(GpType *t, GpObject *name);

/* Internal helpers shared by the typeobject*.c files. */
GpObject *gp_type_qualname(GpType *t);           /* new ref */
GpObject *gp_type_module(GpType *t);             /* new ref: str, or NULL + error */
GpObject *gp_mappingproxy_new(GpObject *mapping);
extern GpType GpMappingProxy_Type;
/* Lookup a special method on type(self), bind it and call it with args.
 * *found = 0 (and NULL returned, no exception) when the type lacks it. */
GpObject *gp_call_special(GpObject *self, GpObject *name, GpObject *const *args, size_t nargs,
                          int *found);

/* A tuple (or the given tuple) of bases -> C3 MRO tuple. */
GpObject *gp_type_mro_c3(GpType *t);
int gp_type_compute_mro(GpType *t);              /* sets t->mro (may call a metaclass mro()) */

/* Slot machinery (typeobject_slots.c).
 * One GpSlotDef per special-method name: the C slot it maps to (offset in
 * GpType), the wrapper that exposes a C slot as a Python method (NULL for
 * names that only dispatch, like __getattr__) and the dispatcher that
 * implements the slot for a class defining the method in Python. */
struct GpSlotDef;
typedef GpObject *(*gp_wrapperfunc)(GpObject *self, GpObject *const *args, size_t nargs,
                                    GpObject *kwnames, void *wrapped, const struct GpSlotDef *sd);
typedef struct GpSlotDef {
    const char *name;
    size_t offset;              /* offsetof(GpType, slot) */
    void *dispatcher;
    gp_wrapperfunc wrapper;
    int op;                     /* rich comparison op, or 0 */
    GpObject *name_obj;         /* interned name, set by gp_slots_init */
} GpSlotDef;

/* slot wrapper ('wrapper_descriptor', e.g. int.__add__) and its bound form
 * ('method-wrapper', e.g. (1).__add__) */
typedef struct GpWrapperDescr {
    GpObject ob;
    GpType *owner;
    GpObject *name;
    const GpSlotDef *sd;
    void *wrapped;              /* the C slot function */
} GpWrapperDescr;
typedef struct GpMethodWrapper {
    GpObject ob;
    GpWrapperDescr *descr;
    GpObject *self;
} GpMethodWrapper;
GpObject *gp_descr_new_wrapper(GpType *owner, const GpSlotDef *sd, void *wrapped);

int gp_slots_init(void);
int gp_type_add_slot_wrappers(GpType *t);        /* wrappers for t's own non-NULL slots */
int gp_type_fixup_slots(GpType *t);              /* heap types: dispatchers from the MRO */
int gp_type_update_slots_for_name(GpType *t, GpObject *name);  /* 1 if name is a slot name */
GpObject *gp_tp_new_wrapper_new(GpType *t);      /* the builtin stored as t.__new__ */

/* Set by the weakref module: clears (and calls back) the weak references
 * to o whose list head is *list, when a heap-type instance dies. */
extern void (*gp_weakref_clear_hook)(GpObject *o, GpObject **list);

/* PEP 442: run o's finalizer (tp finalize) at most once. 0 ok, -1 if the
 * object was resurrected (its dealloc must stop). */
int gp_call_finalizer_from_dealloc(GpObject *o);
/* types.UnionType and types.GenericAlias (unionobject.c). Readied lazily. */
extern GpType GpUnion_Type, GpGenericAlias_Type;
GpObject *gp_union_or(GpObject *a, GpObject *b);        /* a | b, or NotImplemented */
GpObject *gp_union_args(GpObject *o);                   /* borrowed __args__ of a union, else NULL */
GpObject *gp_generic_alias_new(GpObject *origin, GpObject *args);
extern const GpMethodDef gp_class_getitem_def;          /* classmethod __class_getitem__ of list etc. */
/* next(it) at the C level: like the type's iternext, but a class's
 * __next__ raising StopIteration(value) leaves that exception set. */
GpObject *gp_next_keep_stop(GpObject *it);
#endif
