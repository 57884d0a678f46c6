/* compiler_consts.c -- merging equal constants across one compilation.
 *
 * CPython keeps one table of constants per compilation (every code object
 * compiled from one source shares it), so that two functions of a module
 * returning "hello world!" return the same object, nested tuples share their
 * items, and a code object's co_consts/co_names tuple is shared with any
 * equal one. We do the same: every constant the code generator adds goes
 * through gp_c_merge_const(), which returns the canonical object for its
 * "constant key" -- the first equal constant seen in this compilation.
 *
 * The key is the value *and* the type, and it keeps apart values that ==
 * confuses:
 *   - 1, 1.0, 1+0j and True are different constants (type is part of it);
 *   - floats and complexes compare by their bits, so 0.0 and -0.0 (and the
 *     four complex zeros) stay apart, while a NaN equals no other object,
 *     not even a NaN with the same bits (CPython compares keys with ==,
 *     which is false for NaN, short of identity);
 *   - tuples and frozensets are keyed by their items' keys.
 * Containers are merged bottom-up ("hash-consing"): a tuple's items are
 * first replaced by their canonical objects (in place, as CPython does; the
 * tuple was built by the compiler), after which two tuples have the same key
 * exactly when their item pointers are the same -- no recursive comparison.
 * A frozenset is rebuilt from its canonical items in iteration order (CPython
 * rebuilds it the same way, which fixes its iteration order).
 * Code objects are equal when all their fields are (see code_same());
 * anything else is its own key (identity).
 *
 * Interning: as CPython's code objects do, a str constant made only of ASCII
 * letters, digits and '_' (any length, even "123") is interned when it first
 * enters the table; other strings are not, so "x y" compiled by two exec()
 * calls gives two objects, but one object within one compilation.
 *
 * The table is open addressing over (hash, object) pairs; it owns a
 * reference to every object and is freed with the compiler.
 */
#include <stdlib.h>
#include <string.h>
#include "compile/compiler.h"

/* The table starts at this many slots (a small module has ~50 distinct
 * constants) and doubles when more than half full, keeping probes short. */
#define CONST_CACHE_MIN 128

/* Combine v into h. The final shift folds the high bits of the product
 * into the low ones the table indexes by (addresses differ mostly above
 * their alignment bits). */
static uint64_t mix(uint64_t h, uint64_t v)
{
    h = (h ^ v) * 0xff51afd7ed558ccdu;
    return h ^ (h >> 32);
}

static uint64_t bits_of(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static int is_nan(double d) { return d != d; }

/* Objects that are only ever equal to themselves as constants. */
static int identity_only(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    if (t == &GpFloat_Type)
        return is_nan(GP_FLOAT_VAL(o));
    if (t == &GpComplex_Type)
        return is_nan(((GpComplex *)o)->real) || is_nan(((GpComplex *)o)->imag);
    return !(t == &GpStr_Type || t == &GpInt_Type || t == &GpBytes_Type ||
             t == &GpTuple_Type || t == &GpFrozenSet_Type || t == &GpCode_Type);
}

static int str_tuples_equal(GpObject *a, GpObject *b)
{
    if (a == b)
        return 1;
    if (GP_SIZE(a) != GP_SIZE(b))
        return 0;
    for (gp_ssize i = 0; i < GP_SIZE(a); i++)
        if (!gp_str_eq(GP_TUPLE_GET(a, i), GP_TUPLE_GET(b, i)))
            return 0;
    return 1;
}

/* Two code objects are the same constant when everything they run and
 * report is: CPython merges them (it compiles a `finally` body twice, so a
 * lambda there yields two equal code objects). Their co_consts and co_names
 * tuples are canonical already, so pointers compare them. Code without
 * column positions is never merged: two lambdas on one line would match. */
static int code_same(GpCode *a, GpCode *b)
{
    if (!a->positions || !b->positions || !a->lines || !b->lines || !a->name || !b->name ||
        !a->qualname || !b->qualname)
        return 0;
    if (a->ncode != b->ncode || a->consts != b->consts || a->names != b->names ||
        a->argcount != b->argcount || a->posonlyargcount != b->posonlyargcount ||
        a->kwonlyargcount != b->kwonlyargcount || a->nlocals != b->nlocals ||
        a->ncells != b->ncells || a->nfrees != b->nfrees || a->stacksize != b->stacksize ||
        a->flags != b->flags || a->firstlineno != b->firstlineno || a->nexctable != b->nexctable ||
        a->ncaches != b->ncaches || (a->cell2arg == NULL) != (b->cell2arg == NULL))
        return 0;
    size_t n = (size_t)a->ncode;
    if (memcmp(a->code, b->code, n * sizeof *a->code) != 0 ||
        memcmp(a->lines, b->lines, n * sizeof *a->lines) != 0 ||
        memcmp(a->positions, b->positions, 3 * n * sizeof *a->positions) != 0 ||
        (a->nexctable && memcmp(a->exctable, b->exctable, (size_t)a->nexctable * sizeof *a->exctable) != 0) ||
        (a->cell2arg && memcmp(a->cell2arg, b->cell2arg, (size_t)a->ncells * sizeof *a->cell2arg) != 0))
        return 0;
    /* one compilation: one filename object */
    return a->filename == b->filename && gp_str_eq(a->name, b->name) &&
           gp_str_eq(a->qualname, b->qualname) && str_tuples_equal(a->varnames, b->varnames) &&
           str_tuples_equal(a->cellvars, b->cellvars) && str_tuples_equal(a->freevars, b->freevars);
}

static uint64_t ptr_hash(const GpObject *p) { return mix(0, (uint64_t)(uintptr_t)p); }

/* Hash of the key of o, whose items (tuple, frozenset) are canonical. */
static uint64_t key_hash(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    uint64_t h = (uint64_t)(uintptr_t)t;
    if (t == &GpStr_Type)
        return mix(h, (uint64_t)gp_str_hash(o));
    if (t == &GpInt_Type)
        return mix(h, (uint64_t)gp_int_hash(o));
    if (t == &GpFloat_Type)
        return mix(h, bits_of(GP_FLOAT_VAL(o)));
    if (t == &GpComplex_Type)
        return mix(mix(h, bits_of(((GpComplex *)o)->real)), bits_of(((GpComplex *)o)->imag));
    if (t == &GpBytes_Type)
        return mix(h, (uint64_t)gp_hash_bytes(GP_BYTES_DATA(o), GP_SIZE(o)));
    if (t == &GpTuple_Type) {
        for (gp_ssize i = 0; i < GP_SIZE(o); i++)
            h = mix(h, (uint64_t)(uintptr_t)GP_TUPLE_GET(o, i));
        return mix(h, (uint64_t)GP_SIZE(o));
    }
    if (t == &GpCode_Type) {
        GpCode *co = (GpCode *)o;
        h = mix(mix(h, (uint64_t)(uintptr_t)co->consts), (uint64_t)co->firstlineno);
        return mix(h, (uint64_t)gp_hash_bytes(co->code, co->ncode * (gp_ssize)sizeof *co->code));
    }
    /* frozenset: order-independent sum of the item hashes */
    uint64_t sum = 0;
    gp_ssize pos = 0;
    GpObject *k;
    while (gp_set_next(o, &pos, &k, NULL))
        sum += ptr_hash(k);
    return mix(mix(h, sum), (uint64_t)gp_set_size(o));
}

static int cmp_ptr(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(GpObject *const *)a, y = (uintptr_t)*(GpObject *const *)b;
    return x < y ? -1 : x > y;
}

/* The items of frozenset s, sorted by address (malloc'd; NULL if empty or
 * out of memory). */
static GpObject **sorted_items(GpObject *s, gp_ssize n)
{
    GpObject **v = malloc((size_t)(n ? n : 1) * sizeof *v);
    if (!v)
        return NULL;
    gp_ssize pos = 0, i = 0;
    GpObject *k;
    while (i < n && gp_set_next(s, &pos, &k, NULL))
        v[i++] = k;
    qsort(v, (size_t)n, sizeof *v, cmp_ptr);
    return v;
}

/* Same key? Both have canonical items; neither is identity_only. */
static int key_same(GpObject *a, GpObject *b)
{
    if (a == b)
        return 1;
    GpType *t = GP_TYPE(a);
    if (t != GP_TYPE(b))
        return 0;
    if (t == &GpStr_Type)
        return gp_str_eq(a, b);
    if (t == &GpInt_Type)
        return gp_int_compare(a, b) == 0;
    if (t == &GpFloat_Type)
        return bits_of(GP_FLOAT_VAL(a)) == bits_of(GP_FLOAT_VAL(b));
    if (t == &GpComplex_Type)
        return bits_of(((GpComplex *)a)->real) == bits_of(((GpComplex *)b)->real) &&
               bits_of(((GpComplex *)a)->imag) == bits_of(((GpComplex *)b)->imag);
    if (t == &GpBytes_Type)
        return GP_SIZE(a) == GP_SIZE(b) && memcmp(GP_BYTES_DATA(a), GP_BYTES_DATA(b), (size_t)GP_SIZE(a)) == 0;
    if (t == &GpTuple_Type) {
        if (GP_SIZE(a) != GP_SIZE(b))
            return 0;
        for (gp_ssize i = 0; i < GP_SIZE(a); i++)
            if (GP_TUPLE_GET(a, i) != GP_TUPLE_GET(b, i))
                return 0;
        return 1;
    }
    if (t == &GpCode_Type)
        return code_same((GpCode *)a, (GpCode *)b);
    /* frozenset: the same canonical items (equal hashes make this rare
     * unless they really are equal) */
    gp_ssize n = gp_set_size(a);
    if (n != gp_set_size(b))
        return 0;
    GpObject **x = sorted_items(a, n), **y = sorted_items(b, n);
    int same = x && y && memcmp(x, y, (size_t)n * sizeof *x) == 0;
    free(x);
    free(y);
    return same;
}

static int cache_grow(GpConstCache *cc)
{
    size_t cap = cc->cap ? cc->cap * 2 : CONST_CACHE_MIN;
    uint64_t *hashes = malloc(cap * sizeof *hashes);
    GpObject **objs = calloc(cap, sizeof *objs);
    if (!hashes || !objs) {
        free(hashes);
        free(objs);
        gp_err_no_memory();
        return -1;
    }
    for (size_t i = 0; i < cc->cap; i++) {
        if (!cc->objs[i])
            continue;
        size_t j = (size_t)cc->hashes[i] & (cap - 1);
        while (objs[j])
            j = (j + 1) & (cap - 1);
        objs[j] = cc->objs[i];
        hashes[j] = cc->hashes[i];
    }
    free(cc->hashes);
    free(cc->objs);
    cc->hashes = hashes;
    cc->objs = objs;
    cc->cap = cap;
    return 0;
}

/* The canonical object for o (whose items are canonical): a new reference
 * to the entry already in the table, or o itself after adding it. Steals o. */
static GpObject *cache_lookup_add(GpConstCache *cc, GpObject *o)
{
    if ((cc->n + 1) * 2 > cc->cap && cache_grow(cc) < 0) {
        GP_DECREF(o);
        return NULL;
    }
    uint64_t h = key_hash(o);
    size_t m = cc->cap - 1, j = (size_t)h & m;
    for (; cc->objs[j]; j = (j + 1) & m) {
        if (cc->hashes[j] == h && key_same(cc->objs[j], o)) {
            GpObject *r = gp_newref(cc->objs[j]);
            GP_DECREF(o);
            return r;
        }
    }
    if (GP_TYPE(o) == &GpStr_Type && GP_STR_IS_ASCII(o)) {
        const char *s = GP_STR_DATA(o);
        gp_ssize i = 0, n = GP_STR_NBYTES(o);
        while (i < n && (s[i] == '_' || (s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'z') ||
                         (s[i] >= 'A' && s[i] <= 'Z')))
            i++;
        if (i == n) {
            gp_str_intern_inplace(&o);
            if (!o)
                return NULL;
        }
    }
    cc->objs[j] = gp_newref(o);
    cc->hashes[j] = h;
    cc->n++;
    return o;
}

/* Replace every item of the fresh tuple t by its canonical object. */
static int merge_items(GpConstCache *cc, GpObject *t)
{
    for (gp_ssize i = 0; i < GP_SIZE(t); i++) {
        GpObject *item = GP_TUPLE_GET(t, i);
        GpObject *k = gp_c_merge_const(cc, gp_newref(item));
        if (!k)
            return -1;
        /* the same key, so an equal value of the same type */
        GP_TUPLE_SET(t, i, k);
        GP_DECREF(item);
    }
    return 0;
}

GpObject *gp_c_merge_const(GpConstCache *cc, GpObject *o)
{
    if (!o)
        return NULL;
    if (identity_only(o))
        return o;
    if (GP_TYPE(o) == &GpTuple_Type) {
        if (merge_items(cc, o) < 0) {
            GP_DECREF(o);
            return NULL;
        }
    } else if (GP_TYPE(o) == &GpFrozenSet_Type && gp_set_size(o) > 0) {
        /* rebuilt from its canonical items, in its iteration order */
        gp_ssize n = gp_set_size(o), pos = 0, i = 0;
        GpObject *t = gp_tuple_new(n), *item;
        if (!t) {
            GP_DECREF(o);
            return NULL;
        }
        while (i < n && gp_set_next(o, &pos, &item, NULL))
            GP_TUPLE_SET(t, i++, gp_newref(item));
        GP_DECREF(o);
        o = merge_items(cc, t) < 0 ? NULL : gp_frozenset_new(t);
        GP_DECREF(t);
        if (!o)
            return NULL;
    }
    return cache_lookup_add(cc, o);
}

/* Merge a finished tuple (co_consts, co_names) whose items are already
 * canonical or interned: no recursion into the items. */
GpObject *gp_c_merge_const_tuple(GpConstCache *cc, GpObject *t)
{
    if (!t)
        return NULL;
    return cache_lookup_add(cc, t);
}

void gp_c_const_cache_free(GpConstCache *cc)
{
    for (size_t i = 0; i < cc->cap; i++)
        GP_XDECREF(cc->objs[i]);
    free(cc->objs);
    free(cc->hashes);
    memset(cc, 0, sizeof *cc);
}
