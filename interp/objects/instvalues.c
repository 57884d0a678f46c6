/* instvalues.c -- inline instance attributes with class-shared names.
 * The layout and the rules are in instvalues.h. Everything here runs with
 * the GIL held, like every other object operation.
 */
#include <string.h>
#include <stdlib.h>
#include "gilpy.h"
#include "objects/instvalues.h"
#include "objects/typeobject.h"
#include "compile/opcodes.h"

#define KEYS(t) (((GpHeapType *)(t))->cached_keys)

static inline gp_hash name_hash(GpObject *name)
{
    gp_hash h = ((GpStr *)name)->hash;
    return h != -1 ? h : gp_str_hash(name);
}

/* ---- the class's names --------------------------------------------------- */

static gp_ssize keys_find(const GpSharedKeys *k, GpObject *name)
{
    gp_hash h = name_hash(name);
    size_t i = (size_t)h & (GP_SHARED_KEYS_INDEX - 1);
    for (;;) {
        uint8_t e = k->index[i];
        if (e == 0)
            return -1;
        GpObject *kn = k->names[e - 1];
        if (kn == name || (((GpStr *)kn)->hash == h && gp_str_eq(kn, name)))
            return e - 1;
        i = (i + 1) & (GP_SHARED_KEYS_INDEX - 1);
    }
}

gp_ssize gp_shared_keys_find(GpType *t, GpObject *name)
{
    if (!(t->flags & GP_TPFLAGS_INLINE_VALUES))
        return -1;
    GpSharedKeys *k = KEYS(t);
    if (!k || !GP_STR_CHECK_EXACT(name))
        return -1;
    return keys_find(k, name);
}

int gp_shared_keys_count(GpType *t)
{
    if (!(t->flags & GP_TPFLAGS_INLINE_VALUES))
        return 0;
    GpSharedKeys *k = KEYS(t);
    return k ? k->n : 0;
}

/* Index of name, adding it if there is room: -1 when it cannot be shared. */
static gp_ssize keys_find_or_add(GpType *t, GpObject *name)
{
    if (!GP_STR_CHECK_EXACT(name))
        return -1;
    GpSharedKeys *k = KEYS(t);
    if (!k) {
        k = calloc(1, sizeof(GpSharedKeys));
        if (!k)
            return -1;   /* not shareable: the caller spills, which reports memory errors */
        KEYS(t) = k;
    }
    gp_ssize ix = keys_find(k, name);
    if (ix >= 0 || k->n >= GP_SHARED_KEYS_MAX)
        return ix;
    GpObject *interned = gp_newref(name);
    gp_str_intern_inplace(&interned);
    size_t i = (size_t)name_hash(interned) & (GP_SHARED_KEYS_INDEX - 1);
    while (k->index[i])
        i = (i + 1) & (GP_SHARED_KEYS_INDEX - 1);
    k->names[k->n] = interned;
    k->index[i] = (uint8_t)(k->n + 1);
    return k->n++;
}

void gp_shared_keys_free(GpType *t)
{
    GpSharedKeys *k = KEYS(t);
    if (!k)
        return;
    KEYS(t) = NULL;
    for (int i = 0; i < k->n; i++)
        GP_DECREF(k->names[i]);
    free(k);
}

/* ---- the instance's area ------------------------------------------------- */

size_t gp_inline_area_size(GpType *t)
{
    if (!(t->flags & GP_TPFLAGS_INLINE_VALUES))
        return 0;
    return sizeof(GpInlineValues) + ((GpHeapType *)t)->inline_cap * sizeof(GpObject *);
}

void gp_inline_init(GpObject *o, GpType *t)
{
    GpInlineValues *iv = gp_inline_values(o);
    memset(iv, 0, gp_inline_area_size(t));
    iv->capacity = ((GpHeapType *)t)->inline_cap;
    iv->valid = 1;
}

GpObject *gp_inline_get(GpObject *o, GpObject *name)
{
    GpInlineValues *iv = gp_inline_values(o);
    gp_ssize ix = gp_shared_keys_find(GP_TYPE(o), name);
    return ix >= 0 && ix < iv->capacity ? iv->values[ix] : NULL;
}

int gp_inline_spill(GpObject *o)
{
    GpInlineValues *iv = gp_inline_values(o);
    if (!iv->valid)
        return 0;
    GpObject **dp = (GpObject **)((char *)o + GP_TYPE(o)->dictoffset);
    GpObject *d = gp_dict_new_inline();
    if (!d)
        return -1;
    GpSharedKeys *k = KEYS(GP_TYPE(o));
    for (int i = 0; i < iv->next; i++) {
        GpObject *v = iv->values[i];
        if (v && gp_dict_setitem(d, k->names[i], v) < 0) {
            GP_DECREF(d);
            return -1;
        }
    }
    /* the dict holds its own references now: drop the slots' */
    iv->valid = 0;
    for (int i = 0; i < iv->next; i++)
        GP_CLEAR(iv->values[i]);
    iv->next = 0;
    GP_SETREF(*dp, d);
    return 0;
}

int gp_inline_set(GpObject *o, GpObject *name, GpObject *value)
{
    GpInlineValues *iv = gp_inline_values(o);
    if (!iv->valid)
        return 1;
    GpType *t = GP_TYPE(o);
    if (!value) {
        gp_ssize ix = gp_shared_keys_find(t, name);
        if (ix < 0 || ix >= iv->capacity || !iv->values[ix]) {
            gp_err_no_attribute(o, name);
            return -1;
        }
        GpObject *old = iv->values[ix];
        iv->values[ix] = NULL;
        while (iv->next > 0 && !iv->values[iv->next - 1])
            iv->next--;
        GP_DECREF(old);
        return 0;
    }
    gp_ssize ix = keys_find_or_add(t, name);
    if (ix >= 0 && ix < iv->capacity) {
        GpObject *old = iv->values[ix];
        if (old || ix >= iv->next) {
            iv->values[ix] = gp_newref(value);
            if (ix >= iv->next)
                iv->next = (uint8_t)(ix + 1);
            GP_XDECREF(old);
            return 0;
        }
    } else if (ix >= 0) {
        /* a name past this instance's room: later instances get more */
        GpHeapType *ht = (GpHeapType *)t;
        int want = gp_shared_keys_count(t);
        if (ht->inline_cap < want)
            ht->inline_cap = (uint8_t)want;
    }
    if (gp_inline_spill(o) < 0)
        return -1;
    return 1;
}

int gp_inline_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpInlineValues *iv = gp_inline_values(o);
    if (!iv->valid)
        return 0;
    for (int i = 0; i < iv->next; i++) {
        GpObject *v = iv->values[i];
        if (v) {
            int r = visit(v, arg);
            if (r)
                return r;
        }
    }
    return 0;
}

void gp_inline_clear(GpObject *o)
{
    GpInlineValues *iv = gp_inline_values(o);
    if (!iv->valid)
        return;
    /* clear from the end so `next` stays an upper bound while decrefs run code */
    while (iv->next > 0) {
        int i = --iv->next;
        GP_CLEAR(iv->values[i]);
    }
}

void gp_inline_discard(GpObject *o)
{
    GpInlineValues *iv = gp_inline_values(o);
    if (!iv->valid)
        return;
    iv->valid = 0;   /* first: code run by the decrefs sees a dict-less instance */
    while (iv->next > 0) {
        int i = --iv->next;
        GP_CLEAR(iv->values[i]);
    }
}

/* ---- the estimate -------------------------------------------------------- */

/* Collect the distinct names f's code assigns as self.NAME (self = the
 * first parameter) into names[*n] (at most GP_SHARED_KEYS_MAX). */
static void scan_function(GpObject *f, GpObject **names, int *n)
{
    GpCode *co = (GpCode *)((GpFunction *)f)->code;
    if (co->argcount < 1)
        return;
    const uint32_t *w = co->code;
    uint32_t prev = 0;
    for (gp_ssize i = 0; i < co->ncode; i++) {
        uint32_t op = GP_INSTR_OP(w[i]), arg = GP_INSTR_ARG(w[i]);
        if (op == OP_STORE_ATTR) {
            uint32_t pop = GP_INSTR_OP(prev), parg = GP_INSTR_ARG(prev);
            int self_on_top = (pop == OP_LOAD_FAST && parg == 0) ||
                              (pop == OP_LOAD_FAST_LOAD_FAST && (parg >> 12) == 0);
            if (self_on_top && (gp_ssize)arg < GP_SIZE(co->names)) {
                GpObject *name = GP_TUPLE_GET(co->names, arg);
                int seen = 0;
                for (int j = 0; j < *n && !seen; j++)
                    seen = names[j] == name;
                if (!seen && *n < GP_SHARED_KEYS_MAX)
                    names[(*n)++] = name;
            }
        }
        prev = w[i];
        if (GP_OP_HAS_CACHE(op))
            i++;
    }
}

int gp_inline_estimate(GpType *base, GpObject *ns)
{
    GpObject *names[GP_SHARED_KEYS_MAX];
    int n = 0;
    gp_ssize pos = 0;
    GpObject *k, *v;
    while (gp_dict_next(ns, &pos, &k, &v))
        if (GP_FUNCTION_CHECK(v) && GP_CODE_CHECK(((GpFunction *)v)->code))
            scan_function(v, names, &n);
    if (base->flags & GP_TPFLAGS_INLINE_VALUES)
        n += ((GpHeapType *)base)->inline_cap;
    return n < GP_SHARED_KEYS_MAX ? n : GP_SHARED_KEYS_MAX;
}

void gp_inline_note_function(GpType *t, GpObject *f)
{
    if (!(t->flags & GP_TPFLAGS_INLINE_VALUES) || !GP_FUNCTION_CHECK(f) ||
        !GP_CODE_CHECK(((GpFunction *)f)->code))
        return;
    GpObject *names[GP_SHARED_KEYS_MAX];
    int n = 0;
    scan_function(f, names, &n);
    GpHeapType *ht = (GpHeapType *)t;
    if (n > ht->inline_cap)
        ht->inline_cap = (uint8_t)n;
}
