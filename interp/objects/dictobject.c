/* dictobject.c -- the insertion-ordered hash table.
 *
 * The dict is the structure the VM leans on hardest: module globals,
 * instance attributes, keyword arguments and class namespaces are all
 * dicts. The layout follows the "compact dict" design CPython adopted in
 * 3.6:
 *
 *     indices:  [ 2 | -1 | 0 | -2 | 1 | -1 | -1 | -1 ]    1 << log2_size slots
 *     entries:  [ (h0,k0,v0) (h1,k1,v1) (h2,k2,v2) ... ]   `capacity` slots
 *
 * The index table is probed by hash (open addressing, i = 5*i + 1 + perturb,
 * perturb shifted right by 5 each step, so every slot is eventually
 * visited); a slot holds -1 (never used), -2 (deleted: probing continues
 * past it) or the position of an entry. Entries are appended in insertion
 * order, which is the iteration order. Index slots are 1, 2, 4 or 8 bytes
 * wide depending on the table size, so a small dict's index costs 8 bytes.
 *
 * Invariants:
 *   - capacity == 2/3 of the index size: at most 2/3 of the slots are ever
 *     non-empty, which keeps probe chains short.
 *   - A deleted entry has key == NULL and value == NULL; `nentries` counts
 *     entries ever appended (live or deleted) since the last resize.
 *   - keys_version changes (to a value never used by any dict before)
 *     whenever a key is added or removed or the entry array moves. A value
 *     update in place keeps it: the VM's LOAD_GLOBAL cache remembers "name
 *     is entry i under version v" and reads entries[i].value directly.
 *   - An empty dict has no table at all (indices == entries == NULL).
 *
 * The in-object table. A dict built by a display of 1 to 5 items
 * ({"id": i, "tag": t}: records, rows, small option dicts), or copied from
 * a dict of 1 to 5 items, is allocated with room for the smallest table (8
 * index slots, 5 entries, 128 bytes) right after its GpDict fields
 * (`small_area` set), and that table lives there: the dict is one 224-byte
 * block instead of a 96-byte object plus a 128-byte table -- one
 * allocation and one free instead of two, and deallocation walks entries
 * adjacent to the header it has just touched instead of missing the cache
 * (and often the TLB) on a second block. benchmarks/workloads/
 * mem_list_of_dicts.py, whose cost is dominated by freeing 100k rows in
 * the order they were grouped, measured 7% less CPU time. Only these dicts
 * get the room: a dict that grows past 5 entries carries it unused, and
 * giving it to every dict (GpDict_Type.basicsize) made dicts grown one key
 * at a time -- json.loads objects of 8 keys -- 128 bytes bigger, and
 * std_json.py 10% slower (more memory for the collector to walk). Every
 * other table is one gp_mem block (indices followed by entries); so is an
 * 8-slot table made while the in-object one is in use (compacting it after
 * deletions), which the next resize can move back. Code outside this file
 * only ever follows `indices`/`entries`, so it never needs to know which.
 *
 * Exact str keys (almost all keys in practice, and usually interned) are
 * compared by pointer first, then by cached hash and bytes, never through
 * __eq__. Any other key goes through gp_richcompare_bool; because __eq__ can
 * run arbitrary code, a lookup restarts if the dict changed meanwhile.
 */
#include <string.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "objects/typeobject.h"

#define VISIT(o) do { GpObject *_v = (GpObject *)(o); if (_v) { int _r = visit(_v, arg); if (_r) return _r; } } while (0)

#define IX_EMPTY  (-1)
#define IX_DUMMY  (-2)
#define IX_ERROR  (-3)
#define PERTURB_SHIFT 5
/* Smallest table: 8 slots, 5 usable entries; covers most instance dicts. */
#define DICT_LOG2_MIN 3
#define USABLE(size) (((size) << 1) / 3)

static uint64_t dict_version_counter = 0;
static inline uint64_t new_version(void) { return ++dict_version_counter; }

/* Free lists of dict objects, 80 as CPython 3.11 (PyDict_MAXFREELIST):
 * **kwargs dicts, dict() temporaries, small displays and the dicts of
 * short-lived instances come and go in loops. One list per object size:
 * plain dicts (96-byte blocks: 72-byte dict + 16-byte GC head), ~8 KB,
 * and dicts with room for the in-object table (224-byte blocks), ~18 KB.
 * CPython also recycles small key tables (a second list of 80); here the
 * smallest table of a display is part of the parked object, and other
 * tables are gp_mem blocks whose pools recycle them cheaply.  A parked
 * dict is untracked, owns no separate table and is not a live object. */
#define GP_DICT_MAXFREE 80
static GpDict *free_dicts[2][GP_DICT_MAXFREE];   /* [small_area] */
static int num_free_dicts[2];

/* ---- the index table --------------------------------------------------- */

static inline int ix_width(uint8_t log2)
{
    return log2 <= 7 ? 1 : log2 <= 15 ? 2 : log2 <= 31 ? 4 : 8;
}

static inline gp_ssize ix_get(const GpDict *d, size_t i)
{
    uint8_t l = d->log2_size;
    if (l <= 7)
        return ((const int8_t *)d->indices)[i];
    if (l <= 15)
        return ((const int16_t *)d->indices)[i];
    if (l <= 31)
        return ((const int32_t *)d->indices)[i];
    return (gp_ssize)((const int64_t *)d->indices)[i];
}

static inline void ix_set(GpDict *d, size_t i, gp_ssize ix)
{
    uint8_t l = d->log2_size;
    if (l <= 7)
        ((int8_t *)d->indices)[i] = (int8_t)ix;
    else if (l <= 15)
        ((int16_t *)d->indices)[i] = (int16_t)ix;
    else if (l <= 31)
        ((int32_t *)d->indices)[i] = (int32_t)ix;
    else
        ((int64_t *)d->indices)[i] = ix;
}

static inline gp_hash hash_key(GpObject *key)
{
    if (GP_STR_CHECK_EXACT(key)) {
        gp_hash h = ((GpStr *)key)->hash;
        return h != -1 ? h : gp_str_hash(key);
    }
    return gp_hash_of(key);
}

/* The in-object table (see the header comment): the smallest table, 8
 * one-byte index slots and 5 entries = 128 bytes, right after the GpDict
 * fields of a dict allocated with `small_area`. */
#define SMALL_TABLE_BYTES (((size_t)1 << DICT_LOG2_MIN) + USABLE((size_t)1 << DICT_LOG2_MIN) * sizeof(GpDictEntry))
static inline char *small_table(GpDict *d) { return (char *)d + sizeof(GpDict); }
static inline int table_is_small(GpDict *d) { return d->small_area && (char *)d->indices == small_table(d); }

/* Release a table block that d no longer uses (NULL and the in-object
 * table are no-ops). */
static inline void free_table(GpDict *d, void *block)
{
    if (!(d->small_area && (char *)block == small_table(d)))
        gp_mem_free(block);
}

/* Allocate an index table of 1 << log2 slots with its entry array for d
 * (which may still be using its old table: the in-object area is only
 * handed out when d is not already using it, so a resize never copies a
 * table onto itself). */
static int alloc_table(GpDict *d, uint8_t log2, void **pindices, GpDictEntry **pentries, gp_ssize *pcap)
{
    size_t size = (size_t)1 << log2;
    size_t iw = ix_width(log2);
    size_t cap = USABLE(size);
    if (log2 == DICT_LOG2_MIN && d->small_area && !table_is_small(d)) {
        char *block = small_table(d);
        memset(block, 0xff, size);   /* every slot IX_EMPTY */
        *pindices = block;
        *pentries = (GpDictEntry *)(block + size);
        *pcap = (gp_ssize)cap;
        return 0;
    }
    if (log2 >= 8 * sizeof(size_t) - 3 || cap > ((size_t)GP_SSIZE_MAX - size * iw) / sizeof(GpDictEntry)) {
        gp_err_no_memory();
        return -1;
    }
    char *block = gp_mem_malloc(size * iw + cap * sizeof(GpDictEntry));
    if (!block) {
        gp_err_no_memory();
        return -1;
    }
    memset(block, 0xff, size * iw);   /* every slot IX_EMPTY */
    *pindices = block;
    *pentries = (GpDictEntry *)(block + size * iw);
    *pcap = (gp_ssize)cap;
    return 0;
}

static uint8_t log2_for(gp_ssize minsize)
{
    uint8_t l = DICT_LOG2_MIN;
    while (((size_t)1 << l) < (size_t)minsize)
        l++;
    return l;
}

/* Slot for a new entry of hash h: the first empty or dummy slot. */
static inline size_t find_empty_slot(const GpDict *d, gp_hash h)
{
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t i = (size_t)h & mask, perturb = (size_t)h;
    while (ix_get(d, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuild with an index of 1 << log2 slots; live entries are compacted. */
static int dict_resize(GpDict *d, uint8_t log2)
{
    void *nidx;
    GpDictEntry *nent;
    gp_ssize cap;
    if (alloc_table(d, log2, &nidx, &nent, &cap) < 0)
        return -1;
    void *oldblock = d->indices;
    GpDictEntry *old = d->entries;
    gp_ssize n = d->nentries, j = 0;
    if (n == d->used) {
        if (n)
            memcpy(nent, old, n * sizeof(GpDictEntry));
        j = n;
    } else {
        for (gp_ssize i = 0; i < n; i++)
            if (old[i].value)
                nent[j++] = old[i];
    }
    d->indices = nidx;
    d->entries = nent;
    d->log2_size = log2;
    d->capacity = cap;
    d->nentries = j;
    for (gp_ssize i = 0; i < j; i++)
        ix_set(d, find_empty_slot(d, nent[i].hash), i);
    d->keys_version = new_version();
    free_table(d, oldblock);
    return 0;
}

/* Make room for one more entry (CPython's growth: 3 x used). */
static int dict_grow(GpDict *d)
{
    gp_ssize need = d->used * 3;
    if (need < 8)
        need = 8;
    return dict_resize(d, log2_for(need));
}

/* ---- lookup -------------------------------------------------------------- */

/* Returns the entry index with *pv the value, IX_EMPTY if absent (*pv NULL)
 * or IX_ERROR with an exception set. */
static gp_ssize dict_lookup(GpDict *d, GpObject *key, gp_hash h, GpObject **pv)
{
restart:
    if (!d->indices) {
        *pv = NULL;
        return IX_EMPTY;
    }
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t i = (size_t)h & mask, perturb = (size_t)h;
    GpDictEntry *ep0 = d->entries;
    int kstr = GP_STR_CHECK_EXACT(key);
    for (;;) {
        gp_ssize ix = ix_get(d, i);
        if (ix == IX_EMPTY) {
            *pv = NULL;
            return IX_EMPTY;
        }
        if (ix >= 0) {
            GpDictEntry *ep = &ep0[ix];
            GpObject *sk = ep->key;
            if (sk == key) {
                *pv = ep->value;
                return ix;
            }
            if (ep->hash == h) {
                if (kstr && GP_STR_CHECK_EXACT(sk)) {
                    if (gp_str_eq(sk, key)) {
                        *pv = ep->value;
                        return ix;
                    }
                } else {
                    uint64_t ver = d->keys_version;
                    gp_incref(sk);
                    int c = gp_richcompare_bool(sk, key, GP_EQ);
                    gp_decref(sk);
                    if (c < 0) {
                        *pv = NULL;
                        return IX_ERROR;
                    }
                    if (d->keys_version != ver || d->entries != ep0 || ep->key != sk)
                        goto restart;
                    if (c > 0) {
                        *pv = ep->value;
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Index slot holding entry ix (which must be live). */
static size_t slot_of_entry(GpDict *d, gp_hash h, gp_ssize ix)
{
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t i = (size_t)h & mask, perturb = (size_t)h;
    while (ix_get(d, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* ---- insertion and deletion ---------------------------------------------- */

/* Lazy tracking, as CPython 3.11: the dicts a script builds -- displays and
 * comprehensions (gp_dict_new_presized, used by BUILD_MAP), dict(...) and
 * copies of untracked dicts -- start NOT tracked by the collector and become
 * tracked the first time a key or value that could be part of a cycle is
 * stored (any container, except a tuple the collector has already found to
 * hold only atoms). A dict of strings and numbers (JSON-like data, records)
 * then never costs the collector anything -- benchmarks/workloads/
 * mem_list_of_dicts.py runs 27% faster -- and gc.is_tracked({}) is False as
 * in CPython. An untracked dict cannot be part of a cycle, so nothing is
 * missed: every store goes through dict_insert, and copies take their
 * source's state (dict_copy_into).
 *
 * gp_dict_new(), which the C code uses for instance __dict__s, namespaces
 * and keyword dicts, still tracks at creation. Instance dicts nearly always
 * end up holding another object, and tracking them later puts them on the
 * collector's list far from their owner: the collector then moves every
 * second object of a.other = b; b.other = a pairs to its "tentatively
 * unreachable" list and back, scrambling the list order, and
 * mem_cycles.py measured +48% (CPython 3.11 does not materialise instance
 * dicts at all, so it never meets this case). */
static inline int may_be_tracked(GpObject *o)
{
    if (!gp_obj_is_gc(o))
        return 0;
    return !GP_TUPLE_CHECK_EXACT(o) || GP_GC_HEAD(o)->next != NULL;
}

static inline void maintain_tracking(GpDict *d, GpObject *key, GpObject *value)
{
    if (GP_GC_HEAD(d)->next == NULL && !d->inline_values && (may_be_tracked(key) || may_be_tracked(value)))
        gp_gc_track((GpObject *)d);
}

/* d[key] = value; borrows both (increfs what it stores). */
static int dict_insert(GpDict *d, GpObject *key, gp_hash h, GpObject *value)
{
    GpObject *old;
    maintain_tracking(d, key, value);
    gp_ssize ix = dict_lookup(d, key, h, &old);
    if (ix == IX_ERROR)
        return -1;
    if (ix >= 0) {
        d->entries[ix].value = gp_newref(value);
        GP_DECREF(old);
        return 0;
    }
    if (d->nentries >= d->capacity && dict_grow(d) < 0)
        return -1;
    gp_ssize n = d->nentries;
    GpDictEntry *ep = &d->entries[n];
    ep->hash = h;
    ep->key = gp_newref(key);
    ep->value = gp_newref(value);
    ix_set(d, find_empty_slot(d, h), n);
    d->nentries = n + 1;
    d->used++;
    d->keys_version = new_version();
    return 0;
}

/* Remove live entry ix found at index slot `slot`; returns the old key and
 * value (references transferred to the caller). */
static void dict_unlink(GpDict *d, size_t slot, gp_ssize ix, GpObject **pk, GpObject **pv)
{
    GpDictEntry *ep = &d->entries[ix];
    ix_set(d, slot, IX_DUMMY);
    *pk = ep->key;
    *pv = ep->value;
    ep->key = NULL;
    ep->value = NULL;
    d->used--;
    d->keys_version = new_version();
}

static void set_key_error(GpObject *key)
{
    GpObject *t = gp_tuple_pack(1, key);
    if (t) {
        gp_err_set_object(&GpExc_KeyError, t);
        GP_DECREF(t);
    }
}

/* ---- construction ------------------------------------------------------- */

/* An exact dict with room for the in-object table after its fields (the
 * table area is initialised when a table is put there). */
static GpDict *dict_alloc_small_area(void)
{
    GpDict *d = (GpDict *)gp_obj_alloc_extra(&GpDict_Type, 0, SMALL_TABLE_BYTES);
    if (d)
        d->small_area = 1;
    return d;
}

/* A fresh empty exact dict; small: with room for the in-object table. */
static GpDict *dict_alloc_exact(int small)
{
    GpDict *d;
    if (num_free_dicts[small]) {
        d = free_dicts[small][--num_free_dicts[small]];
        d->ob.refcnt = 1;
        gp_gc_head_reset(GP_GC_HEAD(d));
    } else {
        d = small ? dict_alloc_small_area() : (GpDict *)gp_obj_alloc(&GpDict_Type, 0);
        if (!d)
            return NULL;
    }
    d->used = d->nentries = d->capacity = 0;
    d->log2_size = 0;
    d->inline_values = 0;
    d->indices = NULL;
    d->entries = NULL;
    d->keys_version = new_version();
    return d;
}

GpObject *gp_dict_new(void)
{
    GpDict *d = dict_alloc_exact(0);
    if (!d)
        return NULL;
    gp_gc_track((GpObject *)d);     /* eagerly: see maintain_tracking */
    return (GpObject *)d;
}

GpObject *gp_dict_new_inline(void)
{
    /* CPython 3.11 allocates nothing here, so this allocation must not
     * bring the next collection closer: undo its count (dict_dealloc
     * undoes the matching decrement). */
    gp_ssize before = gp_gc_young_count;
    GpDict *d = dict_alloc_exact(0);
    if (!d)
        return NULL;
    if (gp_gc_young_count > before)
        gp_gc_young_count--;
    d->inline_values = 1;          /* never tracked while inline */
    return (GpObject *)d;
}

void gp_dict_materialize(GpObject *o)
{
    GpDict *d = (GpDict *)o;
    if (!d->inline_values)
        return;
    d->inline_values = 0;
    if (GP_GC_HEAD(d)->next != NULL)
        return;
    for (gp_ssize i = 0; i < d->nentries; i++) {
        GpDictEntry *e = &d->entries[i];
        if (e->value && (may_be_tracked(e->key) || may_be_tracked(e->value))) {
            gp_gc_track(o);
            return;
        }
    }
}

GpObject *gp_dict_new_presized(gp_ssize n)
{
    GpDict *d = dict_alloc_exact(n > 0 && n <= USABLE((gp_ssize)1 << DICT_LOG2_MIN));
    if (!d)
        return NULL;
    if (n > 0) {
        /* an index big enough that n entries fit without a resize (for up
         * to 5, the in-object table: setting it up now spares the first
         * insert a trip through dict_grow) */
        if (dict_resize(d, log2_for((n * 3 + 1) / 2)) < 0) {
            d->ob.refcnt = 0;
            gp_obj_free((GpObject *)d);
            return NULL;
        }
    }
    return (GpObject *)d;        /* untracked until a container is stored */
}

/* ---- the C API ---------------------------------------------------------- */

GpObject *gp_dict_getitem_known_hash(GpObject *d, GpObject *key, gp_hash h)
{
    GpObject *v;
    if (dict_lookup((GpDict *)d, key, h, &v) == IX_ERROR)
        return NULL;
    return v;
}

GpObject *gp_dict_getitem_err(GpObject *d, GpObject *key)
{
    gp_hash h = hash_key(key);
    if (h == -1)
        return NULL;
    return gp_dict_getitem_known_hash(d, key, h);
}

GpObject *gp_dict_getitem_str(GpObject *d, const char *key)
{
    GpObject *k = gp_str_intern_cstr(key);
    if (!k) {
        gp_err_clear();
        return NULL;
    }
    GpObject *saved = gp_err_fetch();
    GpObject *v = gp_dict_getitem_err(d, k);
    GP_DECREF(k);
    if (!v)
        gp_err_clear();
    gp_err_restore(saved);
    return v;
}

gp_ssize gp_dict_lookup_index(GpObject *d, GpObject *key, gp_hash h, GpObject **value)
{
    gp_ssize ix = dict_lookup((GpDict *)d, key, h, value);
    return ix >= 0 ? ix : -1;
}

int gp_dict_setitem_known_hash(GpObject *d, GpObject *key, gp_hash h, GpObject *value)
{
    return dict_insert((GpDict *)d, key, h, value);
}

int gp_dict_setitem(GpObject *d, GpObject *key, GpObject *value)
{
    gp_hash h = hash_key(key);
    if (h == -1)
        return -1;
    return dict_insert((GpDict *)d, key, h, value);
}

int gp_dict_setitem_str(GpObject *d, const char *key, GpObject *value)
{
    GpObject *k = gp_str_intern_cstr(key);
    if (!k)
        return -1;
    int r = gp_dict_setitem(d, k, value);
    GP_DECREF(k);
    return r;
}

static int dict_del_known_hash(GpDict *d, GpObject *key, gp_hash h, int raise)
{
    GpObject *v;
    gp_ssize ix = dict_lookup(d, key, h, &v);
    if (ix == IX_ERROR)
        return -1;
    if (ix < 0) {
        if (raise) {
            set_key_error(key);
            return -1;
        }
        return 0;
    }
    GpObject *ok, *ov;
    dict_unlink(d, slot_of_entry(d, h, ix), ix, &ok, &ov);
    GP_DECREF(ok);
    GP_DECREF(ov);
    return 1;
}

int gp_dict_delitem(GpObject *d, GpObject *key)
{
    gp_hash h = hash_key(key);
    if (h == -1)
        return -1;
    return dict_del_known_hash((GpDict *)d, key, h, 1) < 0 ? -1 : 0;
}

int gp_dict_delitem_str(GpObject *d, const char *key)
{
    GpObject *k = gp_str_intern_cstr(key);
    if (!k)
        return -1;
    int r = gp_dict_delitem(d, k);
    GP_DECREF(k);
    return r;
}

int gp_dict_contains_known_hash(GpObject *d, GpObject *key, gp_hash h)
{
    GpObject *v;
    gp_ssize ix = dict_lookup((GpDict *)d, key, h, &v);
    if (ix == IX_ERROR)
        return -1;
    return ix >= 0;
}

int gp_dict_contains(GpObject *d, GpObject *key)
{
    gp_hash h = hash_key(key);
    if (h == -1)
        return -1;
    return gp_dict_contains_known_hash(d, key, h);
}

int gp_dict_pop(GpObject *o, GpObject *key, GpObject **result)
{
    GpDict *d = (GpDict *)o;
    *result = NULL;
    if (d->used == 0)
        return 0;
    gp_hash h = hash_key(key);
    if (h == -1)
        return -1;
    GpObject *v;
    gp_ssize ix = dict_lookup(d, key, h, &v);
    if (ix == IX_ERROR)
        return -1;
    if (ix < 0)
        return 0;
    GpObject *ok;
    dict_unlink(d, slot_of_entry(d, h, ix), ix, &ok, result);
    GP_DECREF(ok);
    return 1;
}

GpObject *gp_dict_setdefault(GpObject *o, GpObject *key, GpObject *dflt)
{
    GpDict *d = (GpDict *)o;
    gp_hash h = hash_key(key);
    if (h == -1)
        return NULL;
    GpObject *v;
    gp_ssize ix = dict_lookup(d, key, h, &v);
    if (ix == IX_ERROR)
        return NULL;
    if (ix >= 0)
        return v;
    if (dict_insert(d, key, h, dflt) < 0)
        return NULL;
    return dflt;
}

void gp_dict_clear(GpObject *o)
{
    GpDict *d = (GpDict *)o;
    void *block = d->indices;
    GpDictEntry *ents = d->entries;
    gp_ssize n = d->nentries;
    d->indices = NULL;
    d->entries = NULL;
    d->used = d->nentries = d->capacity = 0;
    d->log2_size = 0;
    d->keys_version = new_version();
    for (gp_ssize i = 0; i < n; i++) {
        if (ents[i].key) {
            GP_DECREF(ents[i].key);
            GP_DECREF(ents[i].value);
        }
    }
    free_table(d, block);
}

int gp_dict_next_hash(GpObject *o, gp_ssize *pos, GpObject **key, GpObject **value, gp_hash *hash)
{
    GpDict *d = (GpDict *)o;
    gp_ssize i = *pos;
    if (i < 0)
        return 0;
    while (i < d->nentries && !d->entries[i].value)
        i++;
    if (i >= d->nentries)
        return 0;
    *pos = i + 1;
    if (key)
        *key = d->entries[i].key;
    if (value)
        *value = d->entries[i].value;
    if (hash)
        *hash = d->entries[i].hash;
    return 1;
}

int gp_dict_next(GpObject *d, gp_ssize *pos, GpObject **key, GpObject **value)
{
    return gp_dict_next_hash(d, pos, key, value, NULL);
}

static GpObject *dict_to_list(GpObject *o, int kind)
{
    GpDict *d = (GpDict *)o;
    GpObject *l;
again:
    l = gp_list_new(d->used);
    if (!l)
        return NULL;
    if (GP_SIZE(l) != d->used) {   /* allocating ran a GC that changed d */
        GP_DECREF(l);
        goto again;
    }
    gp_ssize j = 0;
    for (gp_ssize i = 0; i < d->nentries; i++) {
        GpDictEntry *ep = &d->entries[i];
        if (!ep->value)
            continue;
        GpObject *x;
        if (kind == 0)
            x = gp_newref(ep->key);
        else if (kind == 1)
            x = gp_newref(ep->value);
        else {
            x = gp_tuple_pack(2, ep->key, ep->value);
            if (!x) {
                GP_DECREF(l);
                return NULL;
            }
        }
        GP_LIST_SET(l, j++, x);
    }
    return l;
}

GpObject *gp_dict_keys(GpObject *d) { return dict_to_list(d, 0); }
GpObject *gp_dict_values(GpObject *d) { return dict_to_list(d, 1); }
GpObject *gp_dict_items(GpObject *d) { return dict_to_list(d, 2); }

static GpObject *dict_copy_into(GpDict *src, GpDict *dst)
{
    if (src->used == 0)
        return (GpObject *)dst;
    if (src->used == src->nentries && dst->used == 0 && dst->indices == NULL) {
        /* compact source: clone the table */
        void *nidx;
        GpDictEntry *nent;
        gp_ssize cap;
        if (alloc_table(dst, src->log2_size, &nidx, &nent, &cap) < 0) {
            GP_DECREF(dst);
            return NULL;
        }
        size_t isz = ((size_t)1 << src->log2_size) * ix_width(src->log2_size);
        memcpy(nidx, src->indices, isz);
        memcpy(nent, src->entries, src->nentries * sizeof(GpDictEntry));
        for (gp_ssize i = 0; i < src->nentries; i++) {
            gp_incref(nent[i].key);
            gp_incref(nent[i].value);
        }
        dst->indices = nidx;
        dst->entries = nent;
        dst->log2_size = src->log2_size;
        dst->capacity = cap;
        dst->nentries = dst->used = src->used;
        dst->keys_version = new_version();
        /* the same contents: tracked iff the source is */
        if (GP_GC_HEAD(src)->next != NULL)
            gp_gc_track((GpObject *)dst);
        return (GpObject *)dst;
    }
    if (gp_dict_merge((GpObject *)dst, (GpObject *)src, 1) < 0) {
        GP_DECREF(dst);
        return NULL;
    }
    return (GpObject *)dst;
}

GpObject *gp_dict_copy(GpObject *o)
{
    gp_ssize n = ((GpDict *)o)->used;
    GpDict *d = dict_alloc_exact(n > 0 && n <= USABLE((gp_ssize)1 << DICT_LOG2_MIN));
    if (!d)
        return NULL;
    return dict_copy_into((GpDict *)o, d);
}

static int dict_has_plain_iter(GpObject *o);

int gp_dict_merge(GpObject *a, GpObject *b, int override)
{
    GpDict *d = (GpDict *)a;
    if (GP_DICT_CHECK(b) && dict_has_plain_iter(b)) {
        GpDict *o = (GpDict *)b;
        if (o == d || o->used == 0)
            return 0;
        if (d->capacity - d->nentries < o->used) {
            gp_ssize need = (d->used + o->used) * 3 / 2 + 1;
            if (dict_resize(d, log2_for(need < 8 ? 8 : need)) < 0)
                return -1;
        }
        gp_ssize expect = o->used;
        for (gp_ssize i = 0; i < o->nentries; i++) {
            GpDictEntry *ep = &o->entries[i];
            if (!ep->value)
                continue;
            GpObject *k = gp_newref(ep->key), *v = gp_newref(ep->value);
            gp_hash h = ep->hash;
            int r;
            if (override == 1) {
                r = dict_insert(d, k, h, v);
            } else {
                r = gp_dict_contains_known_hash(a, k, h);
                if (r == 0)
                    r = dict_insert(d, k, h, v);
                else if (r > 0) {
                    if (override == 2) {
                        set_key_error(k);
                        r = -1;
                    } else {
                        r = 0;
                    }
                }
            }
            GP_DECREF(k);
            GP_DECREF(v);
            if (r < 0)
                return -1;
            if (o->used != expect) {
                gp_err_set_string(&GpExc_RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }
    /* a generic mapping: for key in b.keys(): d[key] = b[key] */
    GpObject *keys = gp_call_method_str(b, "keys", NULL, 0);
    if (!keys)
        return -1;
    /* like CPython's PyMapping_Keys: keys() is turned into a list first */
    if (!GP_LIST_CHECK_EXACT(keys)) {
        GpObject *kit = gp_iter(keys);
        if (!kit) {
            if (gp_err_matches(&GpExc_TypeError)) {
                gp_err_clear();
                gp_err_format(&GpExc_TypeError, "%T.keys() returned a non-iterable (type %T)",
                              b, keys);
            }
            GP_DECREF(keys);
            return -1;
        }
        GP_DECREF(keys);
        keys = gp_list_new(0);
        if (!keys) {
            GP_DECREF(kit);
            return -1;
        }
        int er = gp_list_extend(keys, kit);
        GP_DECREF(kit);
        if (er < 0) {
            GP_DECREF(keys);
            return -1;
        }
    }
    GpObject *it = gp_iter(keys);
    GP_DECREF(keys);
    if (!it)
        return -1;
    GpObject *k;
    while ((k = gp_iter_next(it))) {
        if (override != 1) {
            int r = gp_dict_contains(a, k);
            if (r != 0) {
                if (r > 0 && override == 2)
                    set_key_error(k);
                if (r < 0 || override == 2) {
                    GP_DECREF(k);
                    GP_DECREF(it);
                    return -1;
                }
                GP_DECREF(k);
                continue;
            }
        }
        GpObject *v = gp_getitem(b, k);
        if (!v) {
            GP_DECREF(k);
            GP_DECREF(it);
            return -1;
        }
        int r = gp_dict_setitem(a, k, v);
        GP_DECREF(k);
        GP_DECREF(v);
        if (r < 0) {
            GP_DECREF(it);
            return -1;
        }
    }
    GP_DECREF(it);
    return gp_err_occurred() ? -1 : 0;
}

/* dict.update(iterable of pairs) */
static int dict_merge_seq2(GpObject *d, GpObject *seq)
{
    GpObject *it = gp_iter(seq);
    if (!it)
        return -1;
    gp_ssize i = 0;
    GpObject *item;
    for (; (item = gp_iter_next(it)); i++) {
        GpObject *fast = NULL;
        if (GP_LIST_CHECK_EXACT(item) || GP_TUPLE_CHECK_EXACT(item)) {
            fast = gp_newref(item);
        } else {
            GpObject *sub = gp_iter(item);
            if (!sub) {
                if (gp_err_matches(&GpExc_TypeError)) {
                    gp_err_clear();
                    gp_err_format(&GpExc_TypeError,
                                  "cannot convert dictionary update sequence element #%zd to a sequence", i);
                }
                goto fail;
            }
            fast = gp_sequence_list(sub);
            GP_DECREF(sub);
            if (!fast)
                goto fail;
        }
        gp_ssize n = GP_SIZE(fast);
        if (n != 2) {
            gp_err_format(&GpExc_ValueError,
                          "dictionary update sequence element #%zd has length %zd; 2 is required", i, n);
            GP_DECREF(fast);
            goto fail;
        }
        GpObject **p = GP_LIST_CHECK(fast) ? GP_LIST_ITEMS(fast) : GP_TUPLE_ITEMS(fast);
        GpObject *k = gp_newref(p[0]), *v = gp_newref(p[1]);
        GP_DECREF(fast);
        int r = gp_dict_setitem(d, k, v);
        GP_DECREF(k);
        GP_DECREF(v);
        if (r < 0)
            goto fail;
        GP_DECREF(item);
        continue;
fail:
        GP_DECREF(item);
        GP_DECREF(it);
        return -1;
    }
    GP_DECREF(it);
    return gp_err_occurred() ? -1 : 0;
}

int gp_dict_update_arg(GpObject *d, GpObject *arg)
{
    if (GP_DICT_CHECK_EXACT(arg))
        return gp_dict_merge(d, arg, 1);
    GpObject *keys;
    int r = gp_getattr_opt(arg, gp_str_intern_cstr("keys"), &keys);
    if (r < 0)
        return -1;
    if (r > 0) {
        GP_DECREF(keys);
        return gp_dict_merge(d, arg, 1);
    }
    return dict_merge_seq2(d, arg);
}

int gp_dict_update(GpObject *d, GpObject *other)
{
    return gp_dict_update_arg(d, other);
}

/* ---- type slots ------------------------------------------------------ */

gp_ssize gp_dict_freelist_clear(void)
{
    gp_ssize n = num_free_dicts[0] + num_free_dicts[1];
    for (int k = 0; k < 2; k++)
        while (num_free_dicts[k])
            gp_obj_free((GpObject *)free_dicts[k][--num_free_dicts[k]]);
    return n;
}

static void dict_dealloc(GpObject *o)
{
    GpDict *d = (GpDict *)o;
    gp_gc_untrack(o);
    void *block = d->indices;
    GpDictEntry *ents = d->entries;
    gp_ssize n = d->nentries;
    d->indices = NULL;
    d->entries = NULL;
    d->used = d->nentries = d->capacity = 0;
    for (gp_ssize i = 0; i < n; i++) {
        if (ents[i].key) {
            GP_DECREF(ents[i].key);
            GP_DECREF(ents[i].value);
        }
    }
    free_table(d, block);
    int k = d->small_area;
    if (GP_DICT_CHECK_EXACT(o) && num_free_dicts[k] < GP_DICT_MAXFREE) {
        free_dicts[k][num_free_dicts[k]++] = d;
    } else {
        if (d->inline_values)
            gp_gc_young_count++;   /* its allocation was not counted either */
        gp_obj_free(o);
    }
}

static int dict_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpDict *d = (GpDict *)o;
    for (gp_ssize i = 0; i < d->nentries; i++) {
        if (d->entries[i].value) {
            VISIT(d->entries[i].key);
            VISIT(d->entries[i].value);
        }
    }
    return 0;
}

static int dict_clear_slot(GpObject *o)
{
    gp_dict_clear(o);
    return 0;
}

static GpObject *dict_repr(GpObject *o)
{
    GpDict *d = (GpDict *)o;
    if (d->used == 0)
        return gp_str_from_cstr("{}");
    int rr = gp_repr_enter(o);
    if (rr != 0)
        return rr > 0 ? gp_str_from_cstr("{...}") : NULL;
    GpStrWriter w;
    gp_strw_init(&w);
    gp_strw_write_ascii(&w, "{", 1);
    int first = 1;
    for (gp_ssize i = 0; i < d->nentries; i++) {
        GpDictEntry *ep = &d->entries[i];
        if (!ep->value)
            continue;
        GpObject *k = gp_newref(ep->key), *v = gp_newref(ep->value);
        if (!first)
            gp_strw_write_ascii(&w, ", ", 2);
        first = 0;
        GpObject *s = gp_repr(k);
        int ok = s && gp_strw_write_str(&w, s) == 0;
        GP_XDECREF(s);
        if (ok) {
            gp_strw_write_ascii(&w, ": ", 2);
            s = gp_repr(v);
            ok = s && gp_strw_write_str(&w, s) == 0;
            GP_XDECREF(s);
        }
        GP_DECREF(k);
        GP_DECREF(v);
        if (!ok) {
            gp_strw_discard(&w);
            gp_repr_leave(o);
            return NULL;
        }
    }
    gp_strw_write_ascii(&w, "}", 1);
    gp_repr_leave(o);
    return gp_strw_finish(&w);
}

/* 1 equal, 0 not, -1 error */
static int dict_equal(GpDict *a, GpDict *b)
{
    if (a->used != b->used)
        return 0;
    for (gp_ssize i = 0; i < a->nentries; i++) {
        GpDictEntry *ep = &a->entries[i];
        if (!ep->value)
            continue;
        GpObject *k = gp_newref(ep->key), *av = gp_newref(ep->value);
        gp_hash h = ep->hash;
        GpObject *bv;
        gp_ssize ix = dict_lookup(b, k, h, &bv);
        if (ix < 0) {
            GP_DECREF(k);
            GP_DECREF(av);
            return ix == IX_ERROR ? -1 : 0;
        }
        gp_incref(bv);
        int c = gp_richcompare_bool(av, bv, GP_EQ);
        GP_DECREF(k);
        GP_DECREF(av);
        GP_DECREF(bv);
        if (c <= 0)
            return c;
    }
    return 1;
}

static GpObject *dict_richcompare(GpObject *a, GpObject *b, int op)
{
    if (!GP_DICT_CHECK(a) || !GP_DICT_CHECK(b) || (op != GP_EQ && op != GP_NE))
        GP_RETURN_NOTIMPLEMENTED;
    int c = dict_equal((GpDict *)a, (GpDict *)b);
    if (c < 0)
        return NULL;
    return gp_bool(op == GP_EQ ? c : !c);
}

static gp_ssize dict_len(GpObject *o) { return ((GpDict *)o)->used; }

static int dict_contains_slot(GpObject *o, GpObject *key) { return gp_dict_contains(o, key); }

static GpObject *dict_subscript(GpObject *o, GpObject *key)
{
    gp_hash h = hash_key(key);
    if (h == -1)
        return NULL;
    GpObject *v;
    gp_ssize ix = dict_lookup((GpDict *)o, key, h, &v);
    if (ix == IX_ERROR)
        return NULL;
    if (ix >= 0)
        return gp_newref(v);
    if (!GP_DICT_CHECK_EXACT(o)) {
        GpObject *missing = gp_lookup_special(o, gp_str_intern_cstr("__missing__"));
        if (missing) {
            GpObject *r = gp_call1(missing, key);
            GP_DECREF(missing);
            return r;
        }
        if (gp_err_occurred())
            return NULL;
    }
    set_key_error(key);
    return NULL;
}

static int dict_ass_subscript(GpObject *o, GpObject *key, GpObject *value)
{
    if (value)
        return gp_dict_setitem(o, key, value);
    return gp_dict_delitem(o, key);
}

static GpObject *dict_iter(GpObject *o) { return gp_dictiter_new(o, 0, 0); }

static int dict_has_plain_iter(GpObject *o) { return GP_TYPE(o)->iter == dict_iter; }

static GpObject *dict_or(GpObject *a, GpObject *b)
{
    if (!GP_DICT_CHECK(a) || !GP_DICT_CHECK(b))
        GP_RETURN_NOTIMPLEMENTED;
    GpObject *r = gp_dict_copy(a);
    if (!r)
        return NULL;
    if (gp_dict_update_arg(r, b) < 0) {
        GP_DECREF(r);
        return NULL;
    }
    return r;
}

static GpObject *dict_ior(GpObject *a, GpObject *b)
{
    if (gp_dict_update_arg(a, b) < 0)
        return NULL;
    return gp_newref(a);
}

static int merge_kwargs(GpObject *d, GpObject *const *kwvals, GpObject *kwnames)
{
    if (!kwnames)
        return 0;
    for (gp_ssize i = 0; i < GP_SIZE(kwnames); i++)
        if (gp_dict_setitem(d, GP_TUPLE_GET(kwnames, i), kwvals[i]) < 0)
            return -1;
    return 0;
}

static GpObject *dict_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    if (type == &GpDict_Type)
        return (GpObject *)dict_alloc_exact(0);   /* tracked lazily */
    GpDict *d = (GpDict *)gp_type_generic_alloc(type, 0);
    if (d)
        d->keys_version = new_version();
    return (GpObject *)d;
}

static int dict_init(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    gp_ssize nargs = GP_NARGS(nargsf);
    if (nargs > 1) {
        gp_err_format(&GpExc_TypeError, "dict expected at most 1 argument, got %zd", nargs);
        return -1;
    }
    if (nargs == 1 && gp_dict_update_arg(self, args[0]) < 0)
        return -1;
    return merge_kwargs(self, args + nargs, kwnames);
}

static GpObject *dict_vectorcall(GpObject *callable, GpObject *const *args, size_t nargsf,
                                 GpObject *kwnames)
{
    GpType *type = (GpType *)callable;
    GpObject *d = type->new_(type, args, nargsf, kwnames);
    if (!d)
        return NULL;
    gp_initfunc init = GP_TYPE(d)->init;
    if (GP_TYPE_CHECK(d, type) && init && init(d, args, nargsf, kwnames) < 0) {
        GP_DECREF(d);
        return NULL;
    }
    return d;
}

/* ---- methods ---------------------------------------------------------- */

static GpObject *dict_get_m(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("get", nargs, 1, 2) < 0)
        return NULL;
    GpObject *v = gp_dict_getitem_err(self, args[0]);
    if (v)
        return gp_newref(v);
    if (gp_err_occurred())
        return NULL;
    return gp_newref(nargs > 1 ? args[1] : gp_None);
}

static GpObject *dict_setdefault_m(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("setdefault", nargs, 1, 2) < 0)
        return NULL;
    GpObject *v = gp_dict_setdefault(self, args[0], nargs > 1 ? args[1] : gp_None);
    return gp_xnewref(v);
}

static GpObject *dict_pop_m(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("pop", nargs, 1, 2) < 0)
        return NULL;
    GpObject *v;
    int r = gp_dict_pop(self, args[0], &v);
    if (r < 0)
        return NULL;
    if (r > 0)
        return v;
    if (nargs > 1)
        return gp_newref(args[1]);
    set_key_error(args[0]);
    return NULL;
}

static GpObject *dict_popitem_m(GpObject *self, GpObject *unused)
{
    GpDict *d = (GpDict *)self;
    if (d->used == 0) {
        gp_err_set_string(&GpExc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    gp_ssize i = d->nentries - 1;
    while (i >= 0 && !d->entries[i].value)
        i--;
    GpObject *res = gp_tuple_new(2);
    if (!res)
        return NULL;
    GpObject *k, *v;
    gp_hash h = d->entries[i].hash;
    dict_unlink(d, slot_of_entry(d, h, i), i, &k, &v);
    d->nentries = i;   /* the tail is free again */
    GP_TUPLE_SET(res, 0, k);
    GP_TUPLE_SET(res, 1, v);
    return res;
}

static GpObject *dict_update_m(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    gp_ssize nargs = GP_NARGS(nargsf);
    if (nargs > 1)
        return gp_err_format(&GpExc_TypeError, "update expected at most 1 argument, got %zd", nargs);
    if (nargs == 1 && gp_dict_update_arg(self, args[0]) < 0)
        return NULL;
    if (merge_kwargs(self, args + nargs, kwnames) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *dict_clear_m(GpObject *self, GpObject *unused)
{
    gp_dict_clear(self);
    GP_RETURN_NONE;
}

static GpObject *dict_copy_m(GpObject *self, GpObject *unused)
{
    return gp_dict_copy(self);
}

static GpObject *dict_fromkeys_m(GpObject *cls, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("fromkeys", nargs, 1, 2) < 0)
        return NULL;
    GpObject *iterable = args[0], *value = nargs > 1 ? args[1] : gp_None;
    GpObject *d = gp_call0(cls);
    if (!d)
        return NULL;
    if (GP_DICT_CHECK_EXACT(d)) {
        if (GP_DICT_CHECK_EXACT(iterable)) {
            gp_ssize pos = 0;
            GpObject *k;
            gp_hash h;
            while (gp_dict_next_hash(iterable, &pos, &k, NULL, &h))
                if (dict_insert((GpDict *)d, k, h, value) < 0)
                    goto fail;
            return d;
        }
        if (GP_ANYSET_CHECK(iterable) && GP_TYPE(iterable)->iter == GpSet_Type.iter) {
            gp_ssize pos = 0;
            GpObject *k;
            gp_hash h;
            while (gp_set_next(iterable, &pos, &k, &h))
                if (dict_insert((GpDict *)d, k, h, value) < 0)
                    goto fail;
            return d;
        }
    }
    GpObject *it = gp_iter(iterable);
    if (!it)
        goto fail;
    GpObject *k;
    while ((k = gp_iter_next(it))) {
        int r = GP_DICT_CHECK_EXACT(d) ? gp_dict_setitem(d, k, value) : gp_setitem(d, k, value);
        GP_DECREF(k);
        if (r < 0) {
            GP_DECREF(it);
            goto fail;
        }
    }
    GP_DECREF(it);
    if (gp_err_occurred())
        goto fail;
    return d;
fail:
    GP_DECREF(d);
    return NULL;
}

static GpObject *dict_keys_m(GpObject *self, GpObject *unused) { return gp_dictview_new(self, 0); }
static GpObject *dict_values_m(GpObject *self, GpObject *unused) { return gp_dictview_new(self, 1); }
static GpObject *dict_items_m(GpObject *self, GpObject *unused) { return gp_dictview_new(self, 2); }
static GpObject *dict_reversed_m(GpObject *self, GpObject *unused) { return gp_dictiter_new(self, 0, 1); }

static GpObject *dict_sizeof_m(GpObject *self, GpObject *unused)
{
    /* The object plus its table: the index slots followed by the entry
     * array (alloc_table). An empty dict has no table. The in-object table
     * area is counted only while it is the table in use, as if it were a
     * block of its own, so every dict of the same contents reports the
     * same figure and an empty dict is smaller than a filled one, as in
     * CPython. CPython's keys object has a 32-byte header and 16-byte
     * entries for str-only dicts, so the figures differ (see
     * sys.getsizeof). */
    GpDict *d = (GpDict *)self;
    gp_ssize sz = (gp_ssize)GP_TYPE(self)->basicsize;
    if (d->indices)
        sz += ((gp_ssize)1 << d->log2_size) * ix_width(d->log2_size) +
              d->capacity * (gp_ssize)sizeof(GpDictEntry);
    return gp_int_from_ssize(sz);
}

static GpObject *dict_getitem_m(GpObject *self, GpObject *key) { return dict_subscript(self, key); }

static const GpMethodDef dict_methods[] = {
    { "__getitem__", (void *)(dict_getitem_m), GP_METH_O,
      "x.__getitem__(y) <==> x[y]" },
    { "get", (void *)(dict_get_m), GP_METH_FAST,
      "Return the value for key if key is in the dictionary, else default." },
    { "setdefault", (void *)(dict_setdefault_m), GP_METH_FAST,
      "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default." },
    { "pop", (void *)(dict_pop_m), GP_METH_FAST,
      "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError." },
    { "popitem", (void *)(dict_popitem_m), GP_METH_NOARGS,
      "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty." },
    { "keys", (void *)(dict_keys_m), GP_METH_NOARGS,
      "D.keys() -> a set-like object providing a view on D's keys" },
    { "values", (void *)(dict_values_m), GP_METH_NOARGS,
      "D.values() -> an object providing a view on D's values" },
    { "items", (void *)(dict_items_m), GP_METH_NOARGS,
      "D.items() -> a set-like object providing a view on D's items" },
    { "update", (void *)(dict_update_m), GP_METH_FASTKW,
      "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]" },
    { "fromkeys", (void *)(dict_fromkeys_m), GP_METH_FAST | GP_METH_CLASS,
      "Create a new dictionary with keys from iterable and values set to value." },
    { "clear", (void *)(dict_clear_m), GP_METH_NOARGS,
      "D.clear() -> None.  Remove all items from D." },
    { "copy", (void *)(dict_copy_m), GP_METH_NOARGS,
      "D.copy() -> a shallow copy of D" },
    { "__reversed__", (void *)(dict_reversed_m), GP_METH_NOARGS,
      "Return a reverse iterator over the dict keys." },
    { "__sizeof__", (void *)(dict_sizeof_m), GP_METH_NOARGS,
      "D.__sizeof__() -> size of D in memory, in bytes" },
    { NULL },
};

GpType GpDict_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "dict",
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n"
           "    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n"
           "    d = {}\n"
           "    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
    .basicsize = sizeof(GpDict),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_DICT_SUBCLASS,
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = dict_clear_slot,
    .repr = dict_repr,
    .hash = gp_hash_not_implemented,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .new_ = dict_new,
    .init = dict_init,
    .vectorcall = dict_vectorcall,
    .nb = { .or_ = dict_or, .inplace_or = dict_ior },
    .len = dict_len,
    .getitem = dict_subscript,
    .setitem = dict_ass_subscript,
    .contains = dict_contains_slot,
    .methods = dict_methods,
};
