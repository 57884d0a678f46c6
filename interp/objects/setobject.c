/* setobject.c -- set and frozenset.
 *
 * A set is an open-addressing hash table of (key, hash) entries laid out
 * the way CPython 3.11 lays it out, because scripts can see the layout:
 * iterating a set walks the table in slot order, so `print({3, 1, 2})`
 * shows whatever order the slots hold. Reproducing CPython's probe sequence,
 * table sizes and growth policy makes sets of ints (whose hashes are the
 * ints themselves) print in the same order in both interpreters.
 *
 *   - The table has mask + 1 slots, a power of two, at least GP_SET_MINSIZE.
 *     Small sets live in `smalltable` inside the object (no extra malloc).
 *   - A slot is unused (key NULL, hash 0), a dummy left by a deletion
 *     (key NULL, hash -1: probing continues past it) or active (key set).
 *     -1 is never a real hash, so the two empty states cannot be confused
 *     with an active entry's hash.
 *   - Probing looks at slot h & mask and, when the next LINEAR_PROBES slots
 *     do not wrap around, at those too (cheap: same cache lines); then it
 *     jumps with i = 5*i + 1 + perturb, perturb >>= 5, so that every hash
 *     bit eventually takes part and every slot is reachable.
 *   - `fill` counts active + dummy slots, `used` active ones. The table is
 *     grown when fill reaches 3/5 of the slots, to 4 x used (2 x used past
 *     50000 entries), so a table is between 1/8 and 3/5 full.
 *   - Inserting a new key reuses the LAST dummy slot met on its probe path,
 *     if any (observable: remove then add changes the order as in CPython).
 *
 * Comparing keys can run arbitrary Python code (__eq__) that may mutate the
 * set; lookups therefore restart whenever the table moved or the slot they
 * were looking at changed.
 *
 * frozenset shares everything except mutation; its hash is CPython's
 * order-independent xor of shuffled entry hashes, cached in `hash`.
 */
#include <string.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "objects/typeobject.h"

#define VISIT(o) do { GpObject *_v = (GpObject *)(o); if (_v) { int _r = visit(_v, arg); if (_r) return _r; } } while (0)

/* 8 slots hold up to 4 keys without any allocation: most sets are small. */
#define GP_SET_MINSIZE 8
/* Consecutive slots inspected before jumping: they share cache lines. */
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct {
    GpObject *key;
    gp_hash hash;
} SetEntry;

typedef struct {
    GpObject ob;
    gp_ssize fill;            /* active + dummy slots */
    gp_ssize used;            /* active slots */
    gp_ssize mask;            /* slots - 1 */
    SetEntry *table;          /* smalltable or a malloc'd block */
    gp_hash hash;             /* frozenset only: cached hash, -1 until computed */
    gp_ssize finger;          /* where pop() starts looking */
    SetEntry smalltable[GP_SET_MINSIZE];
    GpObject *weakreflist;
} SetObject;

#define S(o) ((SetObject *)(o))

static GpObject *make_new_set(GpType *type, GpObject *iterable);
static int set_update_internal(SetObject *so, GpObject *other);

/* ---- hashing keys -------------------------------------------------------- */

static inline gp_hash key_hash(GpObject *key)
{
    if (GP_STR_CHECK_EXACT(key)) {
        gp_hash h = ((GpStr *)key)->hash;
        return h != -1 ? h : gp_str_hash(key);
    }
    return gp_hash_of(key);
}

/* ---- the table ----------------------------------------------------------- */

/* Entry holding key, or an unused entry (key NULL) when absent; NULL on error. */
static SetEntry *set_lookkey(SetObject *so, GpObject *key, gp_hash hash)
{
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    int kstr = GP_STR_CHECK_EXACT(key);
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return entry;
            if (entry->hash == hash && entry->key) {
                GpObject *startkey = entry->key;
                if (startkey == key)
                    return entry;
                if (kstr && GP_STR_CHECK_EXACT(startkey)) {
                    if (gp_str_eq(startkey, key))
                        return entry;
                } else {
                    SetEntry *table = so->table;
                    gp_incref(startkey);
                    int cmp = gp_richcompare_bool(startkey, key, GP_EQ);
                    gp_decref(startkey);
                    if (cmp < 0)
                        return NULL;
                    if (table != so->table || entry->key != startkey)
                        goto restart;
                    if (cmp > 0)
                        return entry;
                    mask = (size_t)so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Insert into a table known to hold no dummies and not key. Steals nothing. */
static void set_insert_clean(SetEntry *table, size_t mask, GpObject *key, gp_hash hash)
{
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        SetEntry *entry = &table[i];
        if (entry->key == NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

/* Rebuild the table with room for more than minused entries (dummies go). */
static int set_table_resize(SetObject *so, gp_ssize minused)
{
    size_t newsize = GP_SET_MINSIZE;
    while (newsize <= (size_t)minused) {
        newsize <<= 1;
        if (newsize > (size_t)GP_SSIZE_MAX / sizeof(SetEntry)) {
            gp_err_no_memory();
            return -1;
        }
    }
    SetEntry *oldtable = so->table;
    SetEntry small_copy[GP_SET_MINSIZE];
    int oldtable_is_small = oldtable == so->smalltable;
    SetEntry *newtable;
    if (newsize == GP_SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0;   /* nothing to squeeze out */
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = gp_mem_malloc(newsize * sizeof(SetEntry));
        if (!newtable) {
            gp_err_no_memory();
            return -1;
        }
    }
    size_t oldmask = (size_t)so->mask;
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = (gp_ssize)newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (size_t i = 0; i <= oldmask; i++)
        if (oldtable[i].key)
            set_insert_clean(newtable, newsize - 1, oldtable[i].key, oldtable[i].hash);
    if (!oldtable_is_small)
        gp_mem_free(oldtable);
    return 0;
}

/* Add key (increfs it when stored). 0 ok, -1 error. */
static int set_add_entry(SetObject *so, GpObject *key, gp_hash hash)
{
    gp_incref(key);
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    SetEntry *freeslot = NULL, *entry;
    int kstr = GP_STR_CHECK_EXACT(key);
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                goto found_unused_or_dummy;
            if (entry->hash == hash && entry->key) {
                GpObject *startkey = entry->key;
                if (startkey == key)
                    goto found_active;
                if (kstr && GP_STR_CHECK_EXACT(startkey)) {
                    if (gp_str_eq(startkey, key))
                        goto found_active;
                } else {
                    SetEntry *table = so->table;
                    gp_incref(startkey);
                    int cmp = gp_richcompare_bool(startkey, key, GP_EQ);
                    gp_decref(startkey);
                    if (cmp < 0) {
                        gp_decref(key);
                        return -1;
                    }
                    if (cmp > 0)
                        goto found_active;
                    if (table != so->table || entry->key != startkey)
                        goto restart;
                    mask = (size_t)so->mask;
                }
            } else if (entry->hash == -1 && entry->key == NULL) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < (size_t)so->mask * 3)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    gp_decref(key);
    return 0;
}

static int set_contains_entry(SetObject *so, GpObject *key, gp_hash hash)
{
    SetEntry *e = set_lookkey(so, key, hash);
    if (!e)
        return -1;
    return e->key != NULL;
}

/* 1 removed, 0 absent, -1 error */
static int set_discard_entry(SetObject *so, GpObject *key, gp_hash hash)
{
    SetEntry *e = set_lookkey(so, key, hash);
    if (!e)
        return -1;
    if (!e->key)
        return 0;
    GpObject *old = e->key;
    e->key = NULL;
    e->hash = -1;
    so->used--;
    GP_DECREF(old);
    return 1;
}

static int set_add_key(SetObject *so, GpObject *key)
{
    gp_hash h = key_hash(key);
    if (h == -1)
        return -1;
    return set_add_entry(so, key, h);
}

static int set_contains_key(SetObject *so, GpObject *key)
{
    gp_hash h = key_hash(key);
    if (h == -1)
        return -1;
    return set_contains_entry(so, key, h);
}

static int set_discard_key(SetObject *so, GpObject *key)
{
    gp_hash h = key_hash(key);
    if (h == -1)
        return -1;
    return set_discard_entry(so, key, h);
}

/* Empty the set; the keys are released after the set is consistent again
 * (their __del__ may look at it). */
static void set_clear_internal(SetObject *so)
{
    SetEntry *table = so->table;
    gp_ssize n = so->mask + 1, fill = so->fill;
    int small = table == so->smalltable;
    SetEntry copy[GP_SET_MINSIZE];
    if (small) {
        memcpy(copy, table, sizeof(copy));
        table = copy;
    }
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->table = so->smalltable;
    so->mask = GP_SET_MINSIZE - 1;
    so->fill = so->used = 0;
    so->hash = -1;
    for (gp_ssize i = 0; i < n && fill > 0; i++) {
        if (table[i].key) {
            fill--;
            GP_DECREF(table[i].key);
        } else if (table[i].hash == -1) {
            fill--;
        }
    }
    if (!small)
        gp_mem_free(table);
}

/* Next active entry at or after *pos. */
static int set_next(SetObject *so, gp_ssize *pos, SetEntry **entry)
{
    gp_ssize i = *pos;
    while (i <= so->mask && !so->table[i].key)
        i++;
    *pos = i + 1;
    if (i > so->mask)
        return 0;
    *entry = &so->table[i];
    return 1;
}

/* so |= other, other an exact set or frozenset layout. */
static int set_merge(SetObject *so, SetObject *other)
{
    if (so == other || other->used == 0)
        return 0;
    /* One big resize up front: expect few overlapping keys. */
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (so->used + other->used) * 2) < 0)
            return -1;
    }
    SetEntry *oe = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        /* Same size, no dummies, empty target: copy slot for slot. */
        for (gp_ssize i = 0; i <= other->mask; i++) {
            if (oe[i].key) {
                so->table[i].key = gp_newref(oe[i].key);
                so->table[i].hash = oe[i].hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (gp_ssize i = 0; i <= other->mask; i++)
            if (oe[i].key)
                set_insert_clean(so->table, (size_t)so->mask, gp_newref(oe[i].key), oe[i].hash);
        return 0;
    }
    for (gp_ssize i = 0; i <= other->mask; i++) {
        if (oe[i].key) {
            GpObject *k = gp_newref(oe[i].key);
            int r = set_add_entry(so, k, oe[i].hash);
            GP_DECREF(k);
            if (r < 0)
                return -1;
        }
    }
    return 0;
}

static int set_update_internal(SetObject *so, GpObject *other)
{
    if (GP_ANYSET_CHECK(other))
        return set_merge(so, S(other));
    if (GP_DICT_CHECK_EXACT(other)) {
        gp_ssize n = GP_DICT_LEN(other);
        if ((so->fill + n) * 5 >= so->mask * 3) {
            if (set_table_resize(so, (so->used + n) * 2) < 0)
                return -1;
        }
        gp_ssize pos = 0;
        GpObject *k, *v;
        gp_hash h;
        while (gp_dict_next_hash(other, &pos, &k, &v, &h)) {
            gp_incref(k);
            int r = set_add_entry(so, k, h);
            GP_DECREF(k);
            if (r < 0)
                return -1;
        }
        return 0;
    }
    GpObject *it = gp_iter(other);
    if (!it)
        return -1;
    GpObject *key;
    while ((key = gp_iter_next(it))) {
        int r = set_add_key(so, key);
        GP_DECREF(key);
        if (r < 0) {
            GP_DECREF(it);
            return -1;
        }
    }
    GP_DECREF(it);
    return gp_err_occurred() ? -1 : 0;
}

/* ---- construction -------------------------------------------------------- */

static GpObject *make_new_set(GpType *type, GpObject *iterable)
{
    SetObject *so = (SetObject *)gp_type_generic_alloc(type, 0);
    if (!so)
        return NULL;
    so->fill = so->used = 0;
    so->mask = GP_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    if (iterable && set_update_internal(so, iterable) < 0) {
        GP_DECREF(so);
        return NULL;
    }
    return (GpObject *)so;
}

/* A new set of the plain base type of `type` (set or frozenset). */
static GpObject *make_new_set_basetype(GpType *type, GpObject *iterable)
{
    if (type != &GpSet_Type && type != &GpFrozenSet_Type)
        type = gp_type_is_subtype(type, &GpSet_Type) ? &GpSet_Type : &GpFrozenSet_Type;
    return make_new_set(type, iterable);
}

static GpObject *set_copy(SetObject *so)
{
    return make_new_set_basetype(GP_TYPE(so), (GpObject *)so);
}

/* Exchange the tables of a and b (intersection_update and friends). */
static void set_swap_bodies(SetObject *a, SetObject *b)
{
    SetEntry tab[GP_SET_MINSIZE];
    gp_ssize t;
    SetEntry *ta = a->table, *tb = b->table;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    a->table = tb == b->smalltable ? a->smalltable : tb;
    b->table = ta == a->smalltable ? b->smalltable : ta;
    memcpy(tab, a->smalltable, sizeof(tab));
    memcpy(a->smalltable, b->smalltable, sizeof(tab));
    memcpy(b->smalltable, tab, sizeof(tab));
    if (GP_TYPE_CHECK(a, &GpFrozenSet_Type) && GP_TYPE_CHECK(b, &GpFrozenSet_Type)) {
        gp_hash h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = b->hash = -1;
    }
}

/* ---- public API ------------------------------------------------------------ */

GpObject *gp_set_new(GpObject *iterable) { return make_new_set(&GpSet_Type, iterable); }
GpObject *gp_frozenset_new(GpObject *iterable) { return make_new_set(&GpFrozenSet_Type, iterable); }

int gp_set_add(GpObject *s, GpObject *key)
{
    if (!GP_ANYSET_CHECK(s)) {
        gp_err_bad_internal(__FILE__, __LINE__);
        return -1;
    }
    return set_add_key(S(s), key);
}

int gp_set_discard(GpObject *s, GpObject *key)
{
    if (!GP_ANYSET_CHECK(s)) {
        gp_err_bad_internal(__FILE__, __LINE__);
        return -1;
    }
    return set_discard_key(S(s), key);
}

int gp_set_contains(GpObject *s, GpObject *key)
{
    if (!GP_ANYSET_CHECK(s)) {
        gp_err_bad_internal(__FILE__, __LINE__);
        return -1;
    }
    return set_contains_key(S(s), key);
}

gp_ssize gp_set_size(GpObject *s)
{
    if (!GP_ANYSET_CHECK(s)) {
        gp_err_bad_internal(__FILE__, __LINE__);
        return -1;
    }
    return S(s)->used;
}

int gp_set_next(GpObject *s, gp_ssize *pos, GpObject **key, gp_hash *hash)
{
    SetEntry *e;
    if (!set_next(S(s), pos, &e))
        return 0;
    if (key)
        *key = e->key;
    if (hash)
        *hash = e->hash;
    return 1;
}

/* ---- type slots ------------------------------------------------------------ */

static void set_dealloc(GpObject *o)
{
    SetObject *so = S(o);
    gp_gc_untrack(o);
    if (so->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &so->weakreflist);
    SetEntry *table = so->table;
    gp_ssize n = so->mask + 1;
    so->table = so->smalltable;
    so->mask = GP_SET_MINSIZE - 1;
    so->fill = so->used = 0;
    for (gp_ssize i = 0; i < n; i++)
        GP_XDECREF(table[i].key);
    if (table != so->smalltable)
        gp_mem_free(table);
    gp_obj_free(o);
}

static int set_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    SetObject *so = S(o);
    if (!so->table)
        return 0;
    for (gp_ssize i = 0; i <= so->mask; i++)
        VISIT(so->table[i].key);
    return 0;
}

static int set_clear_slot(GpObject *o)
{
    set_clear_internal(S(o));
    return 0;
}

static GpObject *set_repr(GpObject *o)
{
    const char *tname = gp_type_name(GP_TYPE(o));
    int r = gp_repr_enter(o);
    if (r != 0)
        return r > 0 ? gp_str_from_format("%s(...)", tname) : NULL;
    GpObject *res = NULL;
    if (S(o)->used == 0) {
        res = gp_str_from_format("%s()", tname);
        goto done;
    }
    GpObject *keys = gp_sequence_list(o);
    if (!keys)
        goto done;
    GpObject *lr = gp_repr(keys);
    GP_DECREF(keys);
    if (!lr)
        goto done;
    GpObject *inner = gp_str_substr(lr, 1, GP_STR_LEN(lr) - 1);
    GP_DECREF(lr);
    if (!inner)
        goto done;
    if (GP_TYPE(o) == &GpSet_Type)
        res = gp_str_from_format("{%U}", inner);
    else
        res = gp_str_from_format("%s({%U})", tname, inner);
    GP_DECREF(inner);
done:
    gp_repr_leave(o);
    return res;
}

static gp_ssize set_len(GpObject *o) { return S(o)->used; }

static int set_contains_slot(GpObject *o, GpObject *key)
{
    int rv = set_contains_key(S(o), key);
    if (rv < 0 && GP_SET_CHECK(key) && gp_err_matches(&GpExc_TypeError)) {
        /* a set element: look for the equal frozenset */
        gp_err_clear();
        GpObject *tmp = make_new_set(&GpFrozenSet_Type, key);
        if (!tmp)
            return -1;
        rv = set_contains_key(S(o), tmp);
        GP_DECREF(tmp);
    }
    return rv;
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

static gp_hash frozenset_hash(GpObject *o)
{
    SetObject *so = S(o);
    if (so->hash != -1)
        return so->hash;
    /* xor is commutative: the hash does not depend on the table order */
    uint64_t h = 0;
    for (gp_ssize i = 0; i <= so->mask; i++)
        if (so->table[i].key)
            h ^= shuffle_bits((uint64_t)so->table[i].hash);
    h ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    /* disperse patterns arising in nested frozensets */
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == (uint64_t)-1)
        h = 590923713ULL;
    so->hash = (gp_hash)h;
    return so->hash;
}

/* ---- set algebra --------------------------------------------------------- */

static GpObject *set_intersection(SetObject *so, GpObject *other)
{
    if ((GpObject *)so == other)
        return set_copy(so);
    GpObject *result = make_new_set_basetype(GP_TYPE(so), NULL);
    if (!result)
        return NULL;
    if (GP_ANYSET_CHECK(other)) {
        SetObject *a = so, *b = S(other);
        if (b->used > a->used) {
            SetObject *t = a;
            a = b;
            b = t;
        }
        gp_ssize pos = 0;
        SetEntry *e;
        while (set_next(b, &pos, &e)) {
            GpObject *key = gp_newref(e->key);
            gp_hash h = e->hash;
            int rv = set_contains_entry(a, key, h);
            if (rv > 0)
                rv = set_add_entry(S(result), key, h);
            GP_DECREF(key);
            if (rv < 0) {
                GP_DECREF(result);
                return NULL;
            }
        }
        return result;
    }
    GpObject *it = gp_iter(other);
    if (!it) {
        GP_DECREF(result);
        return NULL;
    }
    GpObject *key;
    while ((key = gp_iter_next(it))) {
        gp_hash h = key_hash(key);
        int rv = h == -1 ? -1 : set_contains_entry(so, key, h);
        if (rv > 0)
            rv = set_add_entry(S(result), key, h);
        GP_DECREF(key);
        if (rv < 0) {
            GP_DECREF(it);
            GP_DECREF(result);
            return NULL;
        }
    }
    GP_DECREF(it);
    if (gp_err_occurred()) {
        GP_DECREF(result);
        return NULL;
    }
    return result;
}

static int set_difference_update_internal(SetObject *so, GpObject *other)
{
    if ((GpObject *)so == other) {
        set_clear_internal(so);
        return 0;
    }
    if (GP_ANYSET_CHECK(other)) {
        /* other much bigger: walk only the common part */
        if ((S(other)->used >> 3) > so->used) {
            other = set_intersection(so, other);
            if (!other)
                return -1;
        } else {
            gp_incref(other);
        }
        gp_ssize pos = 0;
        SetEntry *e;
        while (set_next(S(other), &pos, &e)) {
            GpObject *key = gp_newref(e->key);
            int rv = set_discard_entry(so, key, e->hash);
            GP_DECREF(key);
            if (rv < 0) {
                GP_DECREF(other);
                return -1;
            }
        }
        GP_DECREF(other);
    } else {
        GpObject *it = gp_iter(other);
        if (!it)
            return -1;
        GpObject *key;
        while ((key = gp_iter_next(it))) {
            int rv = set_discard_key(so, key);
            GP_DECREF(key);
            if (rv < 0) {
                GP_DECREF(it);
                return -1;
            }
        }
        GP_DECREF(it);
        if (gp_err_occurred())
            return -1;
    }
    /* more than 1/4 dummies: squeeze them out */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static GpObject *set_copy_and_difference(SetObject *so, GpObject *other)
{
    GpObject *result = set_copy(so);
    if (!result)
        return NULL;
    if (set_difference_update_internal(S(result), other) < 0) {
        GP_DECREF(result);
        return NULL;
    }
    return result;
}

static GpObject *set_difference(SetObject *so, GpObject *other)
{
    gp_ssize other_size;
    if (GP_ANYSET_CHECK(other))
        other_size = S(other)->used;
    else if (GP_DICT_CHECK_EXACT(other))
        other_size = GP_DICT_LEN(other);
    else
        return set_copy_and_difference(so, other);
    if ((so->used >> 2) > other_size)
        return set_copy_and_difference(so, other);
    GpObject *result = make_new_set_basetype(GP_TYPE(so), NULL);
    if (!result)
        return NULL;
    gp_ssize pos = 0;
    SetEntry *e;
    while (set_next(so, &pos, &e)) {
        GpObject *key = gp_newref(e->key);
        gp_hash h = e->hash;
        int rv = GP_DICT_CHECK_EXACT(other) ? gp_dict_contains_known_hash(other, key, h)
                                            : set_contains_entry(S(other), key, h);
        if (rv == 0)
            rv = set_add_entry(S(result), key, h);
        GP_DECREF(key);
        if (rv < 0) {
            GP_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static int set_symmetric_difference_update_internal(SetObject *so, GpObject *other)
{
    if ((GpObject *)so == other) {
        set_clear_internal(so);
        return 0;
    }
    if (GP_DICT_CHECK_EXACT(other)) {
        gp_ssize pos = 0;
        GpObject *k, *v;
        gp_hash h;
        while (gp_dict_next_hash(other, &pos, &k, &v, &h)) {
            gp_incref(k);
            int rv = set_discard_entry(so, k, h);
            if (rv == 0)
                rv = set_add_entry(so, k, h);
            GP_DECREF(k);
            if (rv < 0)
                return -1;
        }
        return 0;
    }
    GpObject *os;
    if (GP_ANYSET_CHECK(other))
        os = gp_newref(other);
    else if (!(os = make_new_set_basetype(GP_TYPE(so), other)))
        return -1;
    gp_ssize pos = 0;
    SetEntry *e;
    while (set_next(S(os), &pos, &e)) {
        GpObject *key = gp_newref(e->key);
        gp_hash h = e->hash;
        int rv = set_discard_entry(so, key, h);
        if (rv == 0)
            rv = set_add_entry(so, key, h);
        GP_DECREF(key);
        if (rv < 0) {
            GP_DECREF(os);
            return -1;
        }
    }
    GP_DECREF(os);
    return 0;
}

static GpObject *set_symmetric_difference(SetObject *so, GpObject *other)
{
    GpObject *result = make_new_set_basetype(GP_TYPE(so), other);
    if (!result)
        return NULL;
    if (set_symmetric_difference_update_internal(S(result), (GpObject *)so) < 0) {
        GP_DECREF(result);
        return NULL;
    }
    return result;
}

/* 1/0/-1: every element of so is in other (a set). */
static int set_issubset_internal(SetObject *so, SetObject *other)
{
    if (so->used > other->used)
        return 0;
    gp_ssize pos = 0;
    SetEntry *e;
    while (set_next(so, &pos, &e)) {
        GpObject *key = gp_newref(e->key);
        int rv = set_contains_entry(other, key, e->hash);
        GP_DECREF(key);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

static int set_issubset_any(SetObject *so, GpObject *other)
{
    if (GP_ANYSET_CHECK(other))
        return set_issubset_internal(so, S(other));
    GpObject *tmp = make_new_set(&GpSet_Type, other);
    if (!tmp)
        return -1;
    int r = set_issubset_internal(so, S(tmp));
    GP_DECREF(tmp);
    return r;
}

static int set_issuperset_any(SetObject *so, GpObject *other)
{
    if (GP_ANYSET_CHECK(other))
        return set_issubset_internal(S(other), so);
    GpObject *tmp = make_new_set(&GpSet_Type, other);
    if (!tmp)
        return -1;
    int r = set_issubset_internal(S(tmp), so);
    GP_DECREF(tmp);
    return r;
}

static GpObject *bool_or_null(int r) { return r < 0 ? NULL : gp_bool(r); }

static GpObject *set_richcompare(GpObject *v, GpObject *w, int op)
{
    if (!GP_ANYSET_CHECK(v) || !GP_ANYSET_CHECK(w))
        GP_RETURN_NOTIMPLEMENTED;
    SetObject *a = S(v), *b = S(w);
    int r;
    switch (op) {
    case GP_EQ:
    case GP_NE:
        if (a->used != b->used)
            r = 0;
        else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
            r = 0;
        else
            r = set_issubset_internal(a, b);
        if (r < 0)
            return NULL;
        return gp_bool(op == GP_EQ ? r : !r);
    case GP_LE:
        return bool_or_null(set_issubset_internal(a, b));
    case GP_GE:
        return bool_or_null(set_issubset_internal(b, a));
    case GP_LT:
        if (a->used >= b->used)
            GP_RETURN_FALSE;
        return bool_or_null(set_issubset_internal(a, b));
    case GP_GT:
        if (a->used <= b->used)
            GP_RETURN_FALSE;
        return bool_or_null(set_issubset_internal(b, a));
    }
    GP_RETURN_NOTIMPLEMENTED;
}

/* ---- number slots ---------------------------------------------------------- */

#define BOTH_SETS(a, b) (GP_ANYSET_CHECK(a) && GP_ANYSET_CHECK(b))

static GpObject *set_or(GpObject *a, GpObject *b)
{
    if (!BOTH_SETS(a, b))
        GP_RETURN_NOTIMPLEMENTED;
    GpObject *r = set_copy(S(a));
    if (!r)
        return NULL;
    if (a != b && set_update_internal(S(r), b) < 0) {
        GP_DECREF(r);
        return NULL;
    }
    return r;
}

static GpObject *set_and(GpObject *a, GpObject *b)
{
    if (!BOTH_SETS(a, b))
        GP_RETURN_NOTIMPLEMENTED;
    return set_intersection(S(a), b);
}

static GpObject *set_sub(GpObject *a, GpObject *b)
{
    if (!BOTH_SETS(a, b))
        GP_RETURN_NOTIMPLEMENTED;
    return set_difference(S(a), b);
}

static GpObject *set_xor(GpObject *a, GpObject *b)
{
    if (!BOTH_SETS(a, b))
        GP_RETURN_NOTIMPLEMENTED;
    return set_symmetric_difference(S(a), b);
}

static GpObject *set_ior(GpObject *a, GpObject *b)
{
    if (!GP_ANYSET_CHECK(b))
        GP_RETURN_NOTIMPLEMENTED;
    if (set_update_internal(S(a), b) < 0)
        return NULL;
    return gp_newref(a);
}

static GpObject *set_iand(GpObject *a, GpObject *b)
{
    if (!GP_ANYSET_CHECK(b))
        GP_RETURN_NOTIMPLEMENTED;
    GpObject *tmp = set_intersection(S(a), b);
    if (!tmp)
        return NULL;
    set_swap_bodies(S(a), S(tmp));
    GP_DECREF(tmp);
    return gp_newref(a);
}

static GpObject *set_isub(GpObject *a, GpObject *b)
{
    if (!GP_ANYSET_CHECK(b))
        GP_RETURN_NOTIMPLEMENTED;
    if (set_difference_update_internal(S(a), b) < 0)
        return NULL;
    return gp_newref(a);
}

static GpObject *set_ixor(GpObject *a, GpObject *b)
{
    if (!GP_ANYSET_CHECK(b))
        GP_RETURN_NOTIMPLEMENTED;
    if (set_symmetric_difference_update_internal(S(a), b) < 0)
        return NULL;
    return gp_newref(a);
}

/* ---- methods ----------------------------------------------------------------- */

static GpObject *set_add_m(GpObject *self, GpObject *key)
{
    if (set_add_key(S(self), key) < 0)
        return NULL;
    GP_RETURN_NONE;
}

/* discard/remove: a set argument is looked up as the equal frozenset */
static int discard_with_frozen_fallback(GpObject *self, GpObject *key)
{
    int rv = set_discard_key(S(self), key);
    if (rv < 0 && GP_SET_CHECK(key) && gp_err_matches(&GpExc_TypeError)) {
        gp_err_clear();
        GpObject *tmp = make_new_set(&GpFrozenSet_Type, key);
        if (!tmp)
            return -1;
        rv = set_discard_key(S(self), tmp);
        GP_DECREF(tmp);
    }
    return rv;
}

static GpObject *set_discard_m(GpObject *self, GpObject *key)
{
    if (discard_with_frozen_fallback(self, key) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *set_remove_m(GpObject *self, GpObject *key)
{
    int rv = discard_with_frozen_fallback(self, key);
    if (rv < 0)
        return NULL;
    if (rv == 0) {
        GpObject *t = gp_tuple_pack(1, key);
        if (t) {
            gp_err_set_object(&GpExc_KeyError, t);
            GP_DECREF(t);
        }
        return NULL;
    }
    GP_RETURN_NONE;
}

static GpObject *set_pop_m(GpObject *self, GpObject *unused)
{
    SetObject *so = S(self);
    if (so->used == 0) {
        gp_err_set_string(&GpExc_KeyError, "pop from an empty set");
        return NULL;
    }
    SetEntry *entry = so->table + (so->finger & so->mask);
    SetEntry *limit = so->table + so->mask;
    while (!entry->key) {
        entry++;
        if (entry > limit)
            entry = so->table;
    }
    GpObject *key = entry->key;
    entry->key = NULL;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static GpObject *set_clear_m(GpObject *self, GpObject *unused)
{
    set_clear_internal(S(self));
    GP_RETURN_NONE;
}

static GpObject *set_copy_m(GpObject *self, GpObject *unused) { return set_copy(S(self)); }

static GpObject *frozenset_copy_m(GpObject *self, GpObject *unused)
{
    if (GP_TYPE(self) == &GpFrozenSet_Type)
        return gp_newref(self);
    return make_new_set(&GpFrozenSet_Type, self);
}

/* s |= iterable, as set.update (a set or dict argument is merged by
 * table order, like CPython's _PySet_Update: used by SET_UPDATE). */
int gp_set_update(GpObject *s, GpObject *iterable)
{
    return set_update_internal(S(s), iterable);
}

static GpObject *set_update_m(GpObject *self, GpObject *const *args, size_t nargs)
{
    for (size_t i = 0; i < nargs; i++)
        if (set_update_internal(S(self), args[i]) < 0)
            return NULL;
    GP_RETURN_NONE;
}

static GpObject *set_union_m(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpObject *r = set_copy(S(self));
    if (!r)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i] == self)
            continue;
        if (set_update_internal(S(r), args[i]) < 0) {
            GP_DECREF(r);
            return NULL;
        }
    }
    return r;
}

static GpObject *set_intersection_multi(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (nargs == 0)
        return set_copy(S(self));
    GpObject *r = gp_newref(self);
    for (size_t i = 0; i < nargs; i++) {
        GpObject *nr = set_intersection(S(r), args[i]);
        GP_DECREF(r);
        if (!nr)
            return NULL;
        r = nr;
    }
    return r;
}

static GpObject *set_intersection_update_m(GpObject *self, GpObject *const *args, size_t nargs)
{
    GpObject *tmp = set_intersection_multi(self, args, nargs);
    if (!tmp)
        return NULL;
    set_swap_bodies(S(self), S(tmp));
    GP_DECREF(tmp);
    GP_RETURN_NONE;
}

static GpObject *set_difference_m(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (nargs == 0)
        return set_copy(S(self));
    GpObject *r = set_difference(S(self), args[0]);
    if (!r)
        return NULL;
    for (size_t i = 1; i < nargs; i++) {
        if (set_difference_update_internal(S(r), args[i]) < 0) {
            GP_DECREF(r);
            return NULL;
        }
    }
    return r;
}

static GpObject *set_difference_update_m(GpObject *self, GpObject *const *args, size_t nargs)
{
    for (size_t i = 0; i < nargs; i++)
        if (set_difference_update_internal(S(self), args[i]) < 0)
            return NULL;
    GP_RETURN_NONE;
}

static GpObject *set_symmetric_difference_m(GpObject *self, GpObject *other)
{
    return set_symmetric_difference(S(self), other);
}

static GpObject *set_symmetric_difference_update_m(GpObject *self, GpObject *other)
{
    if (set_symmetric_difference_update_internal(S(self), other) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *set_issubset_m(GpObject *self, GpObject *other)
{
    return bool_or_null(set_issubset_any(S(self), other));
}

static GpObject *set_issuperset_m(GpObject *self, GpObject *other)
{
    return bool_or_null(set_issuperset_any(S(self), other));
}

static GpObject *set_isdisjoint_m(GpObject *self, GpObject *other)
{
    SetObject *so = S(self);
    if (self == other)
        return gp_bool(so->used == 0);
    if (GP_TYPE(other) == &GpSet_Type || GP_TYPE(other) == &GpFrozenSet_Type) {
        SetObject *a = so, *b = S(other);
        if (b->used > a->used) {
            SetObject *t = a;
            a = b;
            b = t;
        }
        gp_ssize pos = 0;
        SetEntry *e;
        while (set_next(b, &pos, &e)) {
            GpObject *key = gp_newref(e->key);
            int rv = set_contains_entry(a, key, e->hash);
            GP_DECREF(key);
            if (rv < 0)
                return NULL;
            if (rv)
                GP_RETURN_FALSE;
        }
        GP_RETURN_TRUE;
    }
    GpObject *it = gp_iter(other);
    if (!it)
        return NULL;
    GpObject *key;
    while ((key = gp_iter_next(it))) {
        int rv = set_contains_key(so, key);
        GP_DECREF(key);
        if (rv != 0) {
            GP_DECREF(it);
            return rv < 0 ? NULL : gp_bool(0);
        }
    }
    GP_DECREF(it);
    if (gp_err_occurred())
        return NULL;
    GP_RETURN_TRUE;
}

static GpObject *set_contains_m(GpObject *self, GpObject *key)
{
    return bool_or_null(set_contains_slot(self, key));
}

static GpObject *set_reduce_m(GpObject *self, GpObject *unused)
{
    GpObject *keys = gp_sequence_list(self);
    if (!keys)
        return NULL;
    GpObject *args = gp_tuple_pack(1, keys);
    GP_DECREF(keys);
    if (!args)
        return NULL;
    GpObject **dp = gp_obj_dict_ptr(self);
    GpObject *state = dp && *dp ? *dp : gp_None;
    if (state != gp_None)
        gp_dict_materialize(state);
    GpObject *r = gp_tuple_pack(3, (GpObject *)GP_TYPE(self), args, state);
    GP_DECREF(args);
    return r;
}

static GpObject *set_sizeof_m(GpObject *self, GpObject *unused)
{
    gp_ssize n = (gp_ssize)sizeof(SetObject);
    if (S(self)->table != S(self)->smalltable)
        n += (S(self)->mask + 1) * (gp_ssize)sizeof(SetEntry);
    return gp_int_from_ssize(n);
}

static const GpMethodDef set_methods[] = {
    { "add", (void *)(set_add_m), GP_METH_O,
      "Add an element to a set.\n\nThis has no effect if the element is already present." },
    { "clear", (void *)(set_clear_m), GP_METH_NOARGS,
      "Remove all elements from this set." },
    { "__contains__", (void *)(set_contains_m), GP_METH_O,
      "x.__contains__(y) <==> y in x." },
    { "copy", (void *)(set_copy_m), GP_METH_NOARGS,
      "Return a shallow copy of a set." },
    { "discard", (void *)(set_discard_m), GP_METH_O,
      "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set." },
    { "difference", (void *)(set_difference_m), GP_METH_FAST,
      "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)" },
    { "difference_update", (void *)(set_difference_update_m), GP_METH_FAST,
      "Remove all elements of another set from this set." },
    { "intersection", (void *)(set_intersection_multi), GP_METH_FAST,
      "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)" },
    { "intersection_update", (void *)(set_intersection_update_m), GP_METH_FAST,
      "Update a set with the intersection of itself and another." },
    { "isdisjoint", (void *)(set_isdisjoint_m), GP_METH_O,
      "Return True if two sets have a null intersection." },
    { "issubset", (void *)(set_issubset_m), GP_METH_O,
      "Report whether another set contains this set." },
    { "issuperset", (void *)(set_issuperset_m), GP_METH_O,
      "Report whether this set contains another set." },
    { "pop", (void *)(set_pop_m), GP_METH_NOARGS,
      "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty." },
    { "__reduce__", (void *)(set_reduce_m), GP_METH_NOARGS,
      "Return state information for pickling." },
    { "remove", (void *)(set_remove_m), GP_METH_O,
      "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError." },
    { "__sizeof__", (void *)(set_sizeof_m), GP_METH_NOARGS,
      "S.__sizeof__() -> size of S in memory, in bytes" },
    { "symmetric_difference", (void *)(set_symmetric_difference_m), GP_METH_O,
      "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)" },
    { "symmetric_difference_update", (void *)(set_symmetric_difference_update_m), GP_METH_O,
      "Update a set with the symmetric difference of itself and another." },
    { "union", (void *)(set_union_m), GP_METH_FAST,
      "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)" },
    { "update", (void *)(set_update_m), GP_METH_FAST,
      "Update a set with the union of itself and others." },
    { NULL },
};

static const GpMethodDef frozenset_methods[] = {
    { "__contains__", (void *)(set_contains_m), GP_METH_O,
      "x.__contains__(y) <==> y in x." },
    { "copy", (void *)(frozenset_copy_m), GP_METH_NOARGS,
      "Return a shallow copy of a set." },
    { "difference", (void *)(set_difference_m), GP_METH_FAST,
      "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)" },
    { "intersection", (void *)(set_intersection_multi), GP_METH_FAST,
      "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)" },
    { "isdisjoint", (void *)(set_isdisjoint_m), GP_METH_O,
      "Return True if two sets have a null intersection." },
    { "issubset", (void *)(set_issubset_m), GP_METH_O,
      "Report whether another set contains this set." },
    { "issuperset", (void *)(set_issuperset_m), GP_METH_O,
      "Report whether this set contains another set." },
    { "__reduce__", (void *)(set_reduce_m), GP_METH_NOARGS,
      "Return state information for pickling." },
    { "__sizeof__", (void *)(set_sizeof_m), GP_METH_NOARGS,
      "S.__sizeof__() -> size of S in memory, in bytes" },
    { "symmetric_difference", (void *)(set_symmetric_difference_m), GP_METH_O,
      "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)" },
    { "union", (void *)(set_union_m), GP_METH_FAST,
      "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)" },
    { NULL },
};

/* ---- constructors ------------------------------------------------------------ */

static GpObject *set_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    if (type == &GpSet_Type && gp_args_no_kw("set", kwnames) < 0)
        return NULL;
    return make_new_set(type, NULL);
}

static int set_init(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    gp_ssize nargs = GP_NARGS(nargsf);
    if (gp_args_no_kw("set", kwnames) < 0)
        return -1;
    if (gp_args_count(gp_type_name(GP_TYPE(self)), nargs, 0, 1) < 0)
        return -1;
    SetObject *so = S(self);
    if (so->fill)
        set_clear_internal(so);
    so->hash = -1;
    if (nargs == 0)
        return 0;
    return set_update_internal(so, args[0]);
}

static GpObject *set_vectorcall(GpObject *callable, GpObject *const *args, size_t nargsf,
                                GpObject *kwnames)
{
    GpType *type = (GpType *)callable;
    GpObject *s = type->new_(type, args, nargsf, kwnames);
    if (!s)
        return NULL;
    gp_initfunc init = GP_TYPE(s)->init;
    if (GP_TYPE_CHECK(s, type) && init && init(s, args, nargsf, kwnames) < 0) {
        GP_DECREF(s);
        return NULL;
    }
    return s;
}

static GpObject *frozenset_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    gp_ssize nargs = GP_NARGS(nargsf);
    if (type == &GpFrozenSet_Type && gp_args_no_kw("frozenset", kwnames) < 0)
        return NULL;
    if (gp_args_count(gp_type_name(type), nargs, 0, 1) < 0)
        return NULL;
    GpObject *iterable = nargs ? args[0] : NULL;
    if (type == &GpFrozenSet_Type && iterable && GP_TYPE(iterable) == &GpFrozenSet_Type)
        return gp_newref(iterable);
    return make_new_set(type, iterable);
}

static GpObject *frozenset_vectorcall(GpObject *callable, GpObject *const *args, size_t nargsf,
                                      GpObject *kwnames)
{
    GpType *type = (GpType *)callable;
    return type->new_(type, args, nargsf, kwnames);
}

/* ---- iterator ------------------------------------------------------------------- */

typedef struct {
    GpObject ob;
    GpObject *set;        /* NULL when exhausted */
    gp_ssize used;        /* set size at creation: a change is an error */
    gp_ssize pos;
    gp_ssize len;         /* items still to come */
} SetIter;

static GpObject *set_iter(GpObject *o)
{
    if (!(GpSetIter_Type.flags & GP_TPFLAGS_READY) && gp_type_ready(&GpSetIter_Type) < 0)
        return NULL;
    SetIter *it = (SetIter *)gp_type_generic_alloc(&GpSetIter_Type, 0);
    if (!it)
        return NULL;
    it->set = gp_newref(o);
    it->used = S(o)->used;
    it->len = S(o)->used;
    it->pos = 0;
    return (GpObject *)it;
}

static void setiter_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_XDECREF(((SetIter *)o)->set);
    gp_obj_free(o);
}

static int setiter_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    VISIT(((SetIter *)o)->set);
    return 0;
}

static GpObject *setiter_next(GpObject *o)
{
    SetIter *it = (SetIter *)o;
    GpObject *s = it->set;
    if (!s)
        return NULL;
    SetObject *so = S(s);
    if (it->used != so->used) {
        gp_err_set_string(&GpExc_RuntimeError, "Set changed size during iteration");
        it->used = -1;   /* keep failing */
        return NULL;
    }
    gp_ssize i = it->pos;
    while (i <= so->mask && !so->table[i].key)
        i++;
    if (i > so->mask) {
        it->set = NULL;
        GP_DECREF(s);
        return NULL;
    }
    it->pos = i + 1;
    it->len--;
    return gp_newref(so->table[i].key);
}

static GpObject *setiter_self(GpObject *o) { return gp_newref(o); }

static GpObject *setiter_length_hint(GpObject *o, GpObject *unused)
{
    SetIter *it = (SetIter *)o;
    gp_ssize n = 0;
    if (it->set && it->used == S(it->set)->used)
        n = it->len;
    return gp_int_from_ssize(n);
}

static const GpMethodDef setiter_methods[] = {
    GP_METHOD("__length_hint__", setiter_length_hint, GP_METH_NOARGS),
    { NULL },
};

GpType GpSetIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "set_iterator",
    .basicsize = sizeof(SetIter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = setiter_dealloc,
    .traverse = setiter_traverse,
    .iter = setiter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
};

GpType GpSet_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "set",
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\n"
           "Build an unordered collection of unique elements.",
    .basicsize = sizeof(SetObject),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC,
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .repr = set_repr,
    .hash = gp_hash_not_implemented,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = set_new,
    .init = set_init,
    .vectorcall = set_vectorcall,
    .nb = { .subtract = set_sub, .and_ = set_and, .xor_ = set_xor, .or_ = set_or,
            .inplace_subtract = set_isub, .inplace_and = set_iand,
            .inplace_xor = set_ixor, .inplace_or = set_ior },
    .len = set_len,
    .contains = set_contains_slot,
    .methods = set_methods,
    .weaklistoffset = offsetof(SetObject, weakreflist),
};

GpType GpFrozenSet_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "frozenset",
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
    .basicsize = sizeof(SetObject),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC,
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = frozenset_new,
    .vectorcall = frozenset_vectorcall,
    .nb = { .subtract = set_sub, .and_ = set_and, .xor_ = set_xor, .or_ = set_or },
    .len = set_len,
    .contains = set_contains_slot,
    .methods = frozenset_methods,
    .weaklistoffset = offsetof(SetObject, weakreflist),
};
