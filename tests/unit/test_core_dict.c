/* Unit tests of the dict internals (objects/dictobject.c) and of the views
 * and iterators over it (objects/dictview.c): insertion order, deletion,
 * growth and compaction, keys_version, lookups among colliding hashes, and
 * the "changed during iteration" errors. Ints are used as colliding keys:
 * i and i + k*(2**61 - 1) have the same hash (CPython's int hash is the
 * value modulo the Mersenne prime 2**61 - 1). */
#include <CUnit/Basic.h>
#include <stdio.h>
#include <string.h>
#include "gilpy.h"
#include "vm/runtime.h"

static int init_ok;

static int suite_init(void)
{
    init_ok = gp_runtime_init(NULL) == 0;
    return 0;
}

static GpObject *I(int64_t v) { return gp_int_from_i64(v); }

/* d[k] = v for ints */
static int set_ii(GpObject *d, int64_t k, int64_t v)
{
    GpObject *ko = I(k), *vo = I(v);
    int r = gp_dict_setitem(d, ko, vo);
    GP_DECREF(ko);
    GP_DECREF(vo);
    return r;
}

/* d[k] as int64, or -999 when missing */
static int64_t get_ii(GpObject *d, int64_t k)
{
    GpObject *ko = I(k);
    GpObject *v = gp_dict_getitem_err(d, ko);
    GP_DECREF(ko);
    if (!v)
        return -999;
    return GP_INT_VAL(v);
}

static int del_i(GpObject *d, int64_t k)
{
    GpObject *ko = I(k);
    int r = gp_dict_delitem(d, ko);
    GP_DECREF(ko);
    return r;
}

/* The keys in iteration order must be exactly want[0..n). */
static int keys_are(GpObject *d, const int64_t *want, gp_ssize n)
{
    gp_ssize pos = 0, i = 0;
    GpObject *k, *v;
    while (gp_dict_next(d, &pos, &k, &v)) {
        if (i >= n || !GP_INT_IS_SMALL(k) || GP_INT_VAL(k) != want[i])
            return 0;
        i++;
    }
    return i == n;
}

static void t_insert_order(void)
{
    CU_ASSERT_FATAL(init_ok);
    GpObject *d = gp_dict_new();
    static const int64_t ks[] = { 5, -3, 100, 7, 0, 42, 1000000, -77 };
    for (int i = 0; i < 8; i++)
        CU_ASSERT_EQUAL(set_ii(d, ks[i], i), 0);
    CU_ASSERT_EQUAL(GP_DICT_LEN(d), 8);
    CU_ASSERT(keys_are(d, ks, 8));
    /* updating a value keeps the position */
    CU_ASSERT_EQUAL(set_ii(d, 100, 99), 0);
    CU_ASSERT(keys_are(d, ks, 8));
    CU_ASSERT_EQUAL(get_ii(d, 100), 99);
    CU_ASSERT_EQUAL(get_ii(d, -3), 1);
    CU_ASSERT_EQUAL(get_ii(d, 6), -999);
    CU_ASSERT_PTR_NULL(gp_err_occurred());
    GP_DECREF(d);
}

static void t_delete(void)
{
    CU_ASSERT_FATAL(init_ok);
    GpObject *d = gp_dict_new();
    for (int i = 0; i < 10; i++)
        set_ii(d, i, i * 10);
    for (int i = 0; i < 10; i += 2)
        CU_ASSERT_EQUAL(del_i(d, i), 0);
    static const int64_t odd[] = { 1, 3, 5, 7, 9 };
    CU_ASSERT(keys_are(d, odd, 5));
    CU_ASSERT_EQUAL(GP_DICT_LEN(d), 5);
    /* missing key: KeyError */
    CU_ASSERT_EQUAL(del_i(d, 4), -1);
    CU_ASSERT(gp_err_matches(&GpExc_KeyError));
    gp_err_clear();
    /* a re-inserted key goes to the end */
    set_ii(d, 2, 2);
    static const int64_t after[] = { 1, 3, 5, 7, 9, 2 };
    CU_ASSERT(keys_are(d, after, 6));
    /* pop */
    GpObject *k = I(5), *res = NULL;
    CU_ASSERT_EQUAL(gp_dict_pop(d, k, &res), 1);
    CU_ASSERT(res && GP_INT_VAL(res) == 50);
    GP_XDECREF(res);
    res = NULL;
    CU_ASSERT_EQUAL(gp_dict_pop(d, k, &res), 0);
    CU_ASSERT_PTR_NULL(res);
    GP_DECREF(k);
    gp_dict_clear(d);
    CU_ASSERT_EQUAL(GP_DICT_LEN(d), 0);
    CU_ASSERT(keys_are(d, NULL, 0));
    set_ii(d, 8, 8);
    CU_ASSERT_EQUAL(get_ii(d, 8), 8);
    GP_DECREF(d);
}

static void t_resize(void)
{
    CU_ASSERT_FATAL(init_ok);
    GpObject *d = gp_dict_new();
    GpDict *dd = (GpDict *)d;
    CU_ASSERT_PTR_NULL(dd->indices);   /* empty dicts have no table */
    uint8_t last = 0;
    int grew = 0;
    for (int i = 0; i < 5000; i++) {
        CU_ASSERT_EQUAL_FATAL(set_ii(d, i * 7919, i), 0);
        if (dd->log2_size != last) {
            CU_ASSERT(dd->log2_size > last);
            last = dd->log2_size;
            grew++;
        }
        /* at most 2/3 of the index slots are ever used */
        CU_ASSERT(dd->nentries <= dd->capacity);
        CU_ASSERT(3 * dd->capacity <= 2 * ((gp_ssize)1 << dd->log2_size));
    }
    CU_ASSERT(grew >= 8);
    CU_ASSERT(dd->log2_size >= 13);    /* 5000 keys need >= 8192 slots */
    for (int i = 0; i < 5000; i++)
        if (get_ii(d, i * 7919) != i) {
            CU_FAIL("lookup after growth");
            break;
        }
    /* delete most, then insert: the table is rebuilt without the holes and
     * the survivors keep their relative order */
    for (int i = 0; i < 5000; i++)
        if (i % 100 != 0)
            del_i(d, i * 7919);
    CU_ASSERT_EQUAL(GP_DICT_LEN(d), 50);
    for (int i = 0; i < 5000 && dd->nentries != dd->used; i++)
        set_ii(d, -1 - i, 0);
    CU_ASSERT_EQUAL(dd->nentries, dd->used);
    gp_ssize pos = 0, n = 0;
    GpObject *k, *v;
    int64_t prev = -1;
    while (gp_dict_next(d, &pos, &k, &v)) {
        int64_t kv = GP_INT_VAL(k);
        if (kv < 0)
            break;
        CU_ASSERT(kv > prev);
        prev = kv;
        n++;
    }
    CU_ASSERT_EQUAL(n, 50);
    GP_DECREF(d);
}

static void t_presized_and_copy(void)
{
    CU_ASSERT_FATAL(init_ok);
    GpObject *d = gp_dict_new_presized(1000);
    GpDict *dd = (GpDict *)d;
    for (int i = 0; i < 1000; i++)
        set_ii(d, 1000 - i, i);
    CU_ASSERT(dd->capacity >= 1000);
    GpObject *c = gp_dict_copy(d);
    CU_ASSERT_FATAL(c != NULL);
    CU_ASSERT_EQUAL(GP_DICT_LEN(c), 1000);
    gp_ssize p1 = 0, p2 = 0;
    GpObject *k1, *k2, *v1, *v2;
    int same = 1;
    while (gp_dict_next(d, &p1, &k1, &v1)) {
        if (!gp_dict_next(c, &p2, &k2, &v2) || gp_int_compare(k1, k2) != 0 || v1 != v2)
            same = 0;
    }
    CU_ASSERT(same);
    GP_DECREF(c);
    GP_DECREF(d);
}

static void t_collisions(void)
{
    CU_ASSERT_FATAL(init_ok);
    /* 2**61 - 1: ints differing by a multiple of it hash alike */
    const int64_t M = ((int64_t)1 << 61) - 1;
    GpObject *d = gp_dict_new();
    const int64_t ks[4] = { 3, 3 + M, 3 + 2 * M, 3 + 3 * M };   /* all fit in int64 */
    for (int i = 0; i < 4; i++) {
        GpObject *k = I(ks[i]);
        CU_ASSERT_EQUAL(gp_hash_of(k), 3);
        GP_DECREF(k);
        CU_ASSERT_EQUAL(set_ii(d, ks[i], i), 0);
    }
    /* -1 and -2 both hash to -2 */
    CU_ASSERT_EQUAL(set_ii(d, -1, 100), 0);
    CU_ASSERT_EQUAL(set_ii(d, -2, 200), 0);
    CU_ASSERT_EQUAL(GP_DICT_LEN(d), 6);
    for (int i = 0; i < 4; i++)
        CU_ASSERT_EQUAL(get_ii(d, ks[i]), i);
    CU_ASSERT_EQUAL(get_ii(d, -1), 100);
    CU_ASSERT_EQUAL(get_ii(d, -2), 200);
    CU_ASSERT_EQUAL(get_ii(d, 3 + 4 * M), -999);   /* == INT64_MAX: same hash, absent */
    /* delete one in the middle of the chain: the others stay reachable */
    CU_ASSERT_EQUAL(del_i(d, ks[1]), 0);
    CU_ASSERT_EQUAL(get_ii(d, ks[0]), 0);
    CU_ASSERT_EQUAL(get_ii(d, ks[1]), -999);
    CU_ASSERT_EQUAL(get_ii(d, ks[2]), 2);
    CU_ASSERT_EQUAL(get_ii(d, ks[3]), 3);
    /* known-hash entry points agree */
    GpObject *k = I(ks[2]);
    CU_ASSERT_EQUAL(gp_dict_contains_known_hash(d, k, 3), 1);
    GpObject *vv = gp_dict_getitem_known_hash(d, k, 3);
    CU_ASSERT(vv && GP_INT_VAL(vv) == 2);
    GP_DECREF(k);
    GP_DECREF(d);
}

static void t_str_keys_and_version(void)
{
    CU_ASSERT_FATAL(init_ok);
    GpObject *d = gp_dict_new();
    GpDict *dd = (GpDict *)d;
    GpObject *one = I(1), *two = I(2);
    CU_ASSERT_EQUAL(gp_dict_setitem_str(d, "alpha", one), 0);
    uint64_t v1 = dd->keys_version;
    CU_ASSERT(v1 != 0);
    CU_ASSERT_EQUAL(gp_dict_setitem_str(d, "alpha", two), 0);   /* value update */
    CU_ASSERT_EQUAL(dd->keys_version, v1);
    CU_ASSERT_EQUAL(gp_dict_setitem_str(d, "beta", one), 0);    /* new key */
    uint64_t v2 = dd->keys_version;
    CU_ASSERT(v2 != v1);
    CU_ASSERT_PTR_EQUAL(gp_dict_getitem_str(d, "alpha"), two);
    CU_ASSERT_PTR_NULL(gp_dict_getitem_str(d, "gamma"));
    /* a non-interned equal string finds the entry */
    GpObject *s = gp_str_from_utf8("beta", 4);
    CU_ASSERT_PTR_EQUAL(gp_dict_getitem_err(d, s), one);
    GP_DECREF(s);
    CU_ASSERT_EQUAL(gp_dict_delitem_str(d, "alpha"), 0);
    CU_ASSERT(dd->keys_version != v2);
    CU_ASSERT_EQUAL(GP_DICT_LEN(d), 1);
    /* another dict never reuses a version */
    GpObject *e = gp_dict_new();
    gp_dict_setitem_str(e, "x", one);
    CU_ASSERT(((GpDict *)e)->keys_version != dd->keys_version);
    GP_DECREF(e);
    GP_DECREF(one);
    GP_DECREF(two);
    GP_DECREF(d);
}

static void t_unhashable(void)
{
    CU_ASSERT_FATAL(init_ok);
    GpObject *d = gp_dict_new(), *l = gp_list_new(0), *one = I(1);
    CU_ASSERT_EQUAL(gp_dict_setitem(d, l, one), -1);
    CU_ASSERT(gp_err_matches(&GpExc_TypeError));
    gp_err_clear();
    CU_ASSERT_PTR_NULL(gp_dict_getitem_err(d, l));
    CU_ASSERT(gp_err_matches(&GpExc_TypeError));
    gp_err_clear();
    CU_ASSERT_EQUAL(GP_DICT_LEN(d), 0);
    GP_DECREF(one);
    GP_DECREF(l);
    GP_DECREF(d);
}

/* Collect an iterator's int items (keys) into out; returns the count or -1. */
static int drain(GpObject *it, int64_t *out, int max)
{
    int n = 0;
    GpObject *x;
    while ((x = gp_iter_next(it))) {
        if (n < max)
            out[n] = GP_INT_CHECK(x) ? GP_INT_VAL(x) : -1;
        n++;
        GP_DECREF(x);
    }
    return gp_err_occurred() ? -1 : n;
}

static void t_views_and_iterators(void)
{
    CU_ASSERT_FATAL(init_ok);
    GpObject *d = gp_dict_new();
    for (int i = 1; i <= 4; i++)
        set_ii(d, i, i * 11);
    GpObject *kv = gp_dictview_new(d, 0), *vv = gp_dictview_new(d, 1), *iv = gp_dictview_new(d, 2);
    CU_ASSERT_FATAL(kv && vv && iv);
    CU_ASSERT_PTR_EQUAL(gp_dictview_dict(kv), d);
    CU_ASSERT_EQUAL(gp_len(kv), 4);
    set_ii(d, 5, 55);
    CU_ASSERT_EQUAL(gp_len(vv), 5);     /* live view */
    int64_t got[8];
    GpObject *it = gp_iter(kv);
    CU_ASSERT_EQUAL(drain(it, got, 8), 5);
    CU_ASSERT(got[0] == 1 && got[4] == 5);
    GP_DECREF(it);
    it = gp_dictiter_new(d, 1, 1);       /* reversed values */
    CU_ASSERT_EQUAL(drain(it, got, 8), 5);
    CU_ASSERT(got[0] == 55 && got[4] == 11);
    GP_DECREF(it);
    it = gp_dictiter_new(d, 2, 0);       /* items are 2-tuples */
    GpObject *x = gp_iter_next(it);
    CU_ASSERT(x && GP_TUPLE_CHECK(x) && GP_SIZE(x) == 2 && GP_INT_VAL(GP_TUPLE_GET(x, 1)) == 11);
    GP_XDECREF(x);
    GP_DECREF(it);
    GpObject *k3 = I(3), *v33 = I(33), *v34 = I(34);
    CU_ASSERT_EQUAL(gp_contains(kv, k3), 1);
    GpObject *pair = gp_tuple_pack(2, k3, v33), *bad = gp_tuple_pack(2, k3, v34);
    CU_ASSERT_EQUAL(gp_contains(iv, pair), 1);
    CU_ASSERT_EQUAL(gp_contains(iv, bad), 0);
    GP_DECREF(pair);
    GP_DECREF(bad);
    GP_DECREF(k3);
    GP_DECREF(v33);
    GP_DECREF(v34);

    /* size change during iteration */
    it = gp_iter(d);
    x = gp_iter_next(it);
    GP_XDECREF(x);
    set_ii(d, 6, 66);
    CU_ASSERT_PTR_NULL(gp_iter_next(it));
    CU_ASSERT(gp_err_matches(&GpExc_RuntimeError));
    gp_err_clear();
    GP_DECREF(it);
    /* same size, different keys */
    it = gp_iter(d);
    int n = 0;
    while ((x = gp_iter_next(it))) {
        int64_t kk = GP_INT_VAL(x);
        GP_DECREF(x);
        if (n++ == 0) {
            del_i(d, kk);
            set_ii(d, 1000, 0);
        }
        if (n > 100)
            break;
    }
    CU_ASSERT(gp_err_matches(&GpExc_RuntimeError));
    gp_err_clear();
    GP_DECREF(it);
    /* value updates are fine */
    it = gp_iter(d);
    n = 0;
    while ((x = gp_iter_next(it))) {
        set_ii(d, GP_INT_VAL(x), 7);
        GP_DECREF(x);
        n++;
    }
    CU_ASSERT_PTR_NULL(gp_err_occurred());
    CU_ASSERT_EQUAL(n, GP_DICT_LEN(d));
    GP_DECREF(it);
    GP_DECREF(kv);
    GP_DECREF(vv);
    GP_DECREF(iv);
    GP_DECREF(d);
}

/* The in-object table (the 8-slot table lives inside the dict object):
 * random inserts, deletes, lookups, pops and clears on int and str keys
 * drawn from a small pool, so the dict keeps crossing the 5-entry boundary
 * between the in-object table and a separate block, with compaction of an
 * in-object table that has holes and mixed key kinds. Checked after every
 * step against a model (an insertion-ordered array). */
#define MODEL_KEYS 12
static GpObject *model_key(int i)
{
    /* even: small ints; odd: strings (interned or not, alternately) */
    if (i % 2 == 0)
        return I(i * 1000);
    char buf[16];
    int n = snprintf(buf, sizeof buf, "k%d", i);
    return i % 4 == 1 ? gp_str_intern_cstr(buf) : gp_str_from_utf8(buf, n);
}

static void t_small_table_model(void)
{
    CU_ASSERT_FATAL(init_ok);
    GpObject *keys[MODEL_KEYS];
    for (int i = 0; i < MODEL_KEYS; i++) {
        keys[i] = model_key(i);
        CU_ASSERT_FATAL(keys[i] != NULL);
    }
    int order[MODEL_KEYS], n = 0;        /* model: key ids in insertion order */
    int64_t val[MODEL_KEYS];
    GpObject *d = gp_dict_new_presized(3);
    GpDict *dd = (GpDict *)d;
    char *inobj = (char *)dd + sizeof(GpDict);
    int saw_inobj = 0, saw_block = 0;
    uint32_t rnd = 12345;
    for (int step = 0; step < 20000; step++) {
        rnd = rnd * 1103515245u + 12345u;
        int op = (rnd >> 16) % 10, k = (rnd >> 8) % MODEL_KEYS;
        int at = -1;
        for (int j = 0; j < n; j++)
            if (order[j] == k)
                at = j;
        if (op < 5) {                              /* d[k] = step */
            uint64_t ver = dd->keys_version;
            GpObject *v = I(step);
            CU_ASSERT_EQUAL_FATAL(gp_dict_setitem(d, keys[k], v), 0);
            GP_DECREF(v);
            if (at < 0)
                order[n++] = k;
            else
                CU_ASSERT_EQUAL(dd->keys_version, ver);   /* value update */
            val[k] = step;
        } else if (op < 8) {                       /* del d[k] / pop */
            GpObject *res = NULL;
            int r = gp_dict_pop(d, keys[k], &res);
            CU_ASSERT_EQUAL_FATAL(r, at >= 0);
            if (at >= 0) {
                CU_ASSERT(res && GP_INT_VAL(res) == val[k]);
                GP_DECREF(res);
                memmove(&order[at], &order[at + 1], (n - at - 1) * sizeof(int));
                n--;
            }
        } else if (op == 8) {                      /* lookup */
            GpObject *v = gp_dict_getitem_err(d, keys[k]);
            CU_ASSERT_EQUAL_FATAL(v != NULL, at >= 0);
            if (v)
                CU_ASSERT_EQUAL(GP_INT_VAL(v), val[k]);
        } else if ((rnd >> 4) % 8 == 0) {          /* occasionally clear */
            gp_dict_clear(d);
            n = 0;
            CU_ASSERT_PTR_NULL(dd->indices);
        }
        CU_ASSERT_PTR_NULL_FATAL(gp_err_occurred());
        /* invariants */
        CU_ASSERT_EQUAL_FATAL(GP_DICT_LEN(d), n);
        CU_ASSERT_FATAL(dd->nentries <= dd->capacity);
        if (dd->indices == (void *)inobj) {
            saw_inobj++;
            CU_ASSERT_EQUAL_FATAL(dd->log2_size, 3);
            CU_ASSERT_PTR_EQUAL_FATAL((char *)dd->entries, inobj + 8);
        } else if (dd->indices) {
            saw_block++;
        }
        /* iteration order is the model's */
        gp_ssize pos = 0;
        GpObject *kk, *vv;
        int j = 0, ok = 1;
        while (gp_dict_next(d, &pos, &kk, &vv)) {
            if (j >= n || gp_richcompare_bool(kk, keys[order[j]], GP_EQ) != 1 ||
                GP_INT_VAL(vv) != val[order[j]])
                ok = 0;
            j++;
        }
        CU_ASSERT_FATAL(ok && j == n);
    }
    CU_ASSERT(saw_inobj > 1000);
    CU_ASSERT(saw_block > 1000);
    /* copies of a dict using its in-object table use their own */
    gp_dict_clear(d);
    for (int i = 0; i < 4; i++) {
        GpObject *v = I(i);
        gp_dict_setitem(d, keys[i], v);
        GP_DECREF(v);
    }
    CU_ASSERT_PTR_EQUAL(dd->indices, (void *)inobj);
    GpObject *c = gp_dict_copy(d);
    CU_ASSERT_FATAL(c != NULL);
    CU_ASSERT_PTR_EQUAL(((GpDict *)c)->indices, (char *)c + sizeof(GpDict));
    GP_DECREF(d);                         /* the copy does not share the table */
    for (int i = 0; i < 4; i++) {
        GpObject *v = gp_dict_getitem_err(c, keys[i]);
        CU_ASSERT(v && GP_INT_VAL(v) == i);
    }
    GP_DECREF(c);
    /* only displays of 1..5 items and copies of 1..5-item dicts have the
     * in-object room; the free lists keep the two sizes apart */
    for (int round = 0; round < 3; round++) {
        GpObject *p = gp_dict_new_presized(2), *q = gp_dict_new(), *r = gp_dict_new_presized(6);
        CU_ASSERT_FATAL(p && q && r);
        CU_ASSERT_EQUAL(((GpDict *)p)->small_area, 1);
        CU_ASSERT_EQUAL(((GpDict *)q)->small_area, 0);
        CU_ASSERT_EQUAL(((GpDict *)r)->small_area, 0);
        CU_ASSERT_PTR_EQUAL(((GpDict *)p)->indices, (char *)p + sizeof(GpDict));
        for (int i = 0; i < 3; i++) {
            GpObject *v = I(i);
            gp_dict_setitem(q, keys[i], v);
            GP_DECREF(v);
        }
        CU_ASSERT(((GpDict *)q)->indices != NULL);
        CU_ASSERT_EQUAL(((GpDict *)q)->log2_size, 3);
        GP_DECREF(p);
        GP_DECREF(q);
        GP_DECREF(r);
    }
    for (int i = 0; i < MODEL_KEYS; i++)
        GP_DECREF(keys[i]);
}

void gp_cu_register(void)
{
    CU_pSuite s = CU_add_suite("dict", suite_init, NULL);
    CU_add_test(s, "insert_order", t_insert_order);
    CU_add_test(s, "delete", t_delete);
    CU_add_test(s, "resize", t_resize);
    CU_add_test(s, "presized_copy", t_presized_and_copy);
    CU_add_test(s, "collisions", t_collisions);
    CU_add_test(s, "str_keys_version", t_str_keys_and_version);
    CU_add_test(s, "unhashable", t_unhashable);
    CU_add_test(s, "views_iterators", t_views_and_iterators);
    CU_add_test(s, "small_table_model", t_small_table_model);
}
