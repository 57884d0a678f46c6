/* dict: insertion-ordered hash table (an index table over a dense entry
 * array). keys_version changes whenever the set of keys or the entry array
 * changes (insert of a new key, delete, resize), never on a value update, so
 * the VM can cache "entry i holds key k" for globals and attributes. */
#ifndef GP_DICTOBJECT_H
#define GP_DICTOBJECT_H
#include "objects/object.h"

typedef struct GpDictEntry {
    gp_hash hash;
    GpObject *key;           /* NULL: never used; deleted entries keep key NULL and value NULL */
    GpObject *value;
} GpDictEntry;

typedef struct GpDict {
    GpObject ob;
    gp_ssize used;           /* number of live items */
    gp_ssize nentries;       /* entries used, live or deleted */
    gp_ssize capacity;       /* entries allocated (usable) */
    uint64_t keys_version;   /* unique across all dicts; 0 is never used */
    uint8_t log2_size;       /* the index table has 1 << log2_size slots */
    uint8_t inline_values;   /* an instance __dict__ never handed out: see gp_dict_new_inline */
    uint8_t small_area;      /* private to dictobject.c: room for the smallest table follows the object */
    void *indices;           /* int8/int16/int32/int64 slots by table size */
    GpDictEntry *entries;
} GpDict;

/* Instance attribute dicts, as CPython 3.11's "managed dicts": an
 * instance's __dict__ that no Python code has seen yet is not an object of
 * its own for the collector. It is created untracked and never tracked
 * while the instance owns it alone; the instance's traverse visits its
 * values directly (gc.get_referents(obj) gives the values, as in CPython),
 * so a pair of instances in a cycle is two collector objects, not four.
 * gp_dict_materialize() turns it into an ordinary dict (tracked by the usual
 * rules) the moment it is handed to Python code (obj.__dict__, vars(),
 * __getstate__). */
GpObject *gp_dict_new_inline(void);
void gp_dict_materialize(GpObject *d);
/* Is d an instance dict still owned by its instance alone? */
#define GP_DICT_IS_INLINE(d) (((GpDict *)(d))->inline_values && (d)->refcnt == 1)

extern GpType GpDict_Type, GpDictKeys_Type, GpDictValues_Type, GpDictItems_Type;
extern GpType GpDictIterKey_Type, GpDictIterValue_Type, GpDictIterItem_Type;
#define GP_DICT_CHECK(o) GP_TYPE_FAST_CHECK(o, GP_TPFLAGS_DICT_SUBCLASS)
#define GP_DICT_CHECK_EXACT(o) (GP_TYPE(o) == &GpDict_Type)
#define GP_DICT_LEN(o) (((GpDict *)(o))->used)

GpObject *gp_dict_new(void);
/* Free every dict object parked on the free list; returns how many. */
gp_ssize gp_dict_freelist_clear(void);
GpObject *gp_dict_new_presized(gp_ssize n);
/* Lookups: borrowed reference or NULL. The *_err forms set an exception only
 * on errors (unhashable key, __eq__ raising), not when the key is missing. */
GpObject *gp_dict_getitem_err(GpObject *d, GpObject *key);
GpObject *gp_dict_getitem_str(GpObject *d, const char *key);   /* never raises */
GpObject *gp_dict_getitem_known_hash(GpObject *d, GpObject *key, gp_hash h);
/* Lookup returning the entry index (or -1) for caches; borrowed value in *value. */
gp_ssize gp_dict_lookup_index(GpObject *d, GpObject *key, gp_hash h, GpObject **value);
int gp_dict_setitem(GpObject *d, GpObject *key, GpObject *value);   /* increfs both */
int gp_dict_setitem_str(GpObject *d, const char *key, GpObject *value);
int gp_dict_delitem(GpObject *d, GpObject *key);                    /* KeyError if missing */
int gp_dict_delitem_str(GpObject *d, const char *key);
int gp_dict_contains(GpObject *d, GpObject *key);
int gp_dict_pop(GpObject *d, GpObject *key, GpObject **result);     /* 1 found, 0 missing, -1 */
GpObject *gp_dict_setdefault(GpObject *d, GpObject *key, GpObject *dflt); /* borrowed */
void gp_dict_clear(GpObject *d);
/* Iterate: gp_ssize pos = 0; while (gp_dict_next(d, &pos, &k, &v)) ... (borrowed refs) */
int gp_dict_next(GpObject *d, gp_ssize *pos, GpObject **key, GpObject **value);
GpObject *gp_dict_keys(GpObject *d);     /* list */
GpObject *gp_dict_values(GpObject *d);   /* list */
GpObject *gp_dict_items(GpObject *d);    /* list of tuples */
GpObject *gp_dict_copy(GpObject *d);
int gp_dict_update(GpObject *d, GpObject *other);          /* mapping or iterable of pairs */
int gp_dict_merge(GpObject *d, GpObject *other, int override); /* 0: keep existing; 2: raise on dup (for **kw) */

/* ---- additions -------------------------------------------------------- */
extern GpType GpDictRevIterKey_Type, GpDictRevIterValue_Type, GpDictRevIterItem_Type;
#define GP_DICT_KEYS_CHECK(o) (GP_TYPE(o) == &GpDictKeys_Type)
#define GP_DICT_ITEMS_CHECK(o) (GP_TYPE(o) == &GpDictItems_Type)
#define GP_DICT_VALUES_CHECK(o) (GP_TYPE(o) == &GpDictValues_Type)
#define GP_DICT_VIEWSET_CHECK(o) (GP_DICT_KEYS_CHECK(o) || GP_DICT_ITEMS_CHECK(o))
/* 1 if key is in d (known hash), 0 if not, -1 error. */
int gp_dict_contains_known_hash(GpObject *d, GpObject *key, gp_hash h);
/* Like gp_dict_next, also giving the stored hash. */
int gp_dict_next_hash(GpObject *d, gp_ssize *pos, GpObject **key, GpObject **value, gp_hash *hash);
/* d[key] = value with a known hash (increfs both). */
int gp_dict_setitem_known_hash(GpObject *d, GpObject *key, gp_hash h, GpObject *value);
/* dict(arg): arg is a mapping (has keys()) or an iterable of pairs. */
int gp_dict_update_arg(GpObject *d, GpObject *arg);
/* Iterators over a dict (dictviews.c): kind 0 keys, 1 values, 2 items. */
GpObject *gp_dictiter_new(GpObject *d, int kind, int reversed);
/* The view objects (dictviews.c): kind 0 keys, 1 values, 2 items. */
GpObject *gp_dictview_new(GpObject *d, int kind);
/* The dict under a view (borrowed). */
GpObject *gp_dictview_dict(GpObject *view);
#endif
