/* instvalues.h -- instance attributes stored inline, with names shared by
 * the class (PEP 412 key sharing, laid out as CPython 3.12+ does it).
 *
 * A class whose instances get a __dict__ from the class statement itself
 * (no __slots__, a base without a variable-sized body) has the type flag
 * GP_TPFLAGS_INLINE_VALUES. Each such class owns a GpSharedKeys: the
 * attribute names its instances have used, in first-use order, append-only
 * (an index, once given to a name, never changes), at most
 * GP_SHARED_KEYS_MAX names. Each instance carries, right after the type's
 * basicsize, a GpInlineValues: a small header and `capacity` value slots,
 * slot i holding the attribute named keys->names[i] (NULL: not set).
 *
 *     [GC head][refcnt|type| ...fields... |dict ptr|weaklist][cap|valid|next|..][v0][v1][v2]
 *
 * While `valid` is set the slots ARE the instance's attributes and the
 * __dict__ pointer is NULL. The first time anything needs a real dict --
 * `obj.__dict__`, vars(), copy/pickle, an attribute name that has no slot
 * (the class's keys are full, a non-str name, an index past this
 * instance's capacity) or an insertion that would break insertion order --
 * the instance "spills": its attributes move into an ordinary instance
 * dict (dictobject.h's gp_dict_new_inline) in insertion order, `valid` is
 * cleared for good and everything works as before. The common case -- an
 * __init__ that sets the same attributes in the same order on every
 * instance -- never spills.
 *
 * Insertion order without an order array: slots are filled in increasing
 * index order. `next` is one past the highest filled slot; adding a new
 * attribute whose index is below `next` would make the dict order differ
 * from the index order, so it spills instead (rare: a conditional __init__,
 * or `del` then re-set of an attribute other than the last).
 *
 * Why: an instance with three attributes used to be the object (64 bytes
 * with its GC head), a dict object (104) and the dict's table (136). Now it
 * is one 96-byte block, and the collector and the attribute cache of the VM
 * (eval.c) find a value at a fixed offset with no pointer chase.
 *
 * Capacity. An instance's slot count is fixed when it is allocated (it is
 * part of the block): the class's current estimate inline_cap. At class
 * creation the estimate counts the distinct names assigned as `self.NAME =`
 * in the class's functions (plus the bases' estimate; a function stored on
 * the class later, as dataclasses do with __init__, counts too); whenever an instance
 * spills because a name's index was past its capacity, the estimate grows
 * to the number of known names, so later instances fit.
 */
#ifndef GP_INSTVALUES_H
#define GP_INSTVALUES_H
#include "objects/object.h"

/* CPython's SHARED_KEYS_MAX_SIZE: classes with more distinct attribute
 * names than this are unusual; the rest of their names spill. */
#define GP_SHARED_KEYS_MAX 30
/* Open-addressing index over the names: twice the maximum, so probes stay short. */
#define GP_SHARED_KEYS_INDEX 64

typedef struct GpSharedKeys {
    uint8_t n;                                  /* names in use */
    uint8_t index[GP_SHARED_KEYS_INDEX];        /* 0 empty, else position + 1 */
    GpObject *names[GP_SHARED_KEYS_MAX];        /* interned exact str, owned */
} GpSharedKeys;

typedef struct GpInlineValues {
    uint8_t capacity;       /* value slots in this instance */
    uint8_t valid;          /* the slots hold the attributes (no __dict__ yet) */
    uint8_t next;           /* 1 + highest filled slot (0: none) */
    uint8_t pad[5];
    GpObject *values[];
} GpInlineValues;

/* Where the instance's inline area starts (types with the flag only). */
static inline GpInlineValues *gp_inline_values(GpObject *o)
{
    return (GpInlineValues *)((char *)o + ((GP_TYPE(o)->basicsize + 7) & ~(gp_ssize)7));
}

/* Bytes the inline area of a new instance of t takes (0 without the flag). */
size_t gp_inline_area_size(GpType *t);
/* Set up the area of a freshly zeroed instance of t. */
void gp_inline_init(GpObject *o, GpType *t);

/* Slot index of name in t's shared keys, or -1. */
gp_ssize gp_shared_keys_find(GpType *t, GpObject *name);
/* Number of names t's shared keys hold (0 if none yet). */
int gp_shared_keys_count(GpType *t);
void gp_shared_keys_free(GpType *t);

/* o's attribute `name` while o's values are valid: borrowed value or NULL. */
GpObject *gp_inline_get(GpObject *o, GpObject *name);
/* Set (value) or delete (value NULL) while o's values are valid.
 * Returns 0 done, -1 error (AttributeError for a missing attribute on
 * delete), 1 not handled: o has spilled and the caller must use the dict. */
int gp_inline_set(GpObject *o, GpObject *name, GpObject *value);
/* Move o's attributes into an instance dict at o's dict pointer. 0 or -1. */
int gp_inline_spill(GpObject *o);
/* The collector's and dealloc's view: visit / drop the values. */
int gp_inline_traverse(GpObject *o, gp_visitproc visit, void *arg);
void gp_inline_clear(GpObject *o);
/* Drop the values and stop using the slots for good (obj.__dict__ = d). */
void gp_inline_discard(GpObject *o);

/* Estimate of a new class's attribute count from its namespace (functions
 * assigning self.NAME) plus its base's estimate; capped. */
int gp_inline_estimate(GpType *base, GpObject *ns);
/* A function f was stored on class t after its creation (dataclasses add
 * __init__ that way): let its self.NAME assignments raise the estimate. */
void gp_inline_note_function(GpType *t, GpObject *f);

/* Valid inline values? (o's type must have the flag.) */
static inline int gp_inline_is_valid(GpObject *o)
{
    return gp_inline_values(o)->valid;
}
#endif
