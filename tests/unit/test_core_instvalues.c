/* Unit tests of inline instance attributes (objects/instvalues.[ch]).
 *
 * The model test: random sets and deletes of attributes (from a pool of
 * more names than a class may share) on instances of a fresh class, each
 * checked against a model of what an ordinary __dict__ would hold -- an
 * insertion-ordered list of (name, value) pairs. After every step every
 * attribute of every instance reads back as in the model; at random points
 * an instance's __dict__ is taken and its key order must be the model's.
 * While an instance keeps its values inline, its dict pointer must be NULL
 * and the filled slots must match the model exactly.
 *
 * Also: the class's slot estimate grows after an instance spills for lack
 * of room, so later instances keep their values inline; a class never
 * shares more than GP_SHARED_KEYS_MAX names. */
#include <CUnit/Basic.h>
#include <string.h>
#include "gilpy.h"
#include "vm/runtime.h"
#include "objects/typeobject.h"
#include "objects/instvalues.h"

static int init_ok;

static int suite_init(void)
{
    init_ok = gp_runtime_init(NULL) == 0;
    return 0;
}

static unsigned rng_state;
static unsigned rnd(unsigned n)
{
    rng_state = rng_state * 1103515245u + 12345u;
    return (rng_state >> 8) % n;
}

static GpObject *new_class(const char *name)
{
    GpObject *nm = gp_str_from_cstr(name);
    GpObject *bases = gp_tuple_new(0);
    GpObject *ns = gp_dict_new();
    GpObject *cls = nm && bases && ns ? gp_type_new(&GpType_Type, nm, bases, ns, NULL, NULL) : NULL;
    GP_XDECREF(nm);
    GP_XDECREF(bases);
    GP_XDECREF(ns);
    return cls;
}

#define NNAMES 40   /* more than GP_SHARED_KEYS_MAX */
#define NOBJS 6

typedef struct {
    int n;
    int name[NNAMES];        /* insertion order */
    long value[NNAMES];
} Model;

static int model_find(const Model *m, int name)
{
    for (int i = 0; i < m->n; i++)
        if (m->name[i] == name)
            return i;
    return -1;
}

static void check_object(GpObject *o, const Model *m, GpObject **names)
{
    for (int k = 0; k < NNAMES; k++) {
        GpObject *v = gp_getattr(o, names[k]);
        int at = model_find(m, k);
        if (at < 0) {
            CU_ASSERT(v == NULL && gp_err_matches(&GpExc_AttributeError));
            gp_err_clear();
        } else {
            CU_ASSERT_FATAL(v != NULL);
            CU_ASSERT_EQUAL(GP_INT_VAL(v), m->value[at]);
            GP_DECREF(v);
        }
    }
    GpType *t = GP_TYPE(o);
    if (gp_inline_is_valid(o)) {
        GpObject **dp = gp_obj_dict_slot(o);
        CU_ASSERT(*dp == NULL);
        int filled = 0;
        GpInlineValues *iv = gp_inline_values(o);
        for (int i = 0; i < iv->capacity; i++)
            filled += iv->values[i] != NULL;
        CU_ASSERT_EQUAL(filled, m->n);
        CU_ASSERT(iv->next <= iv->capacity);
        CU_ASSERT(gp_shared_keys_count(t) <= GP_SHARED_KEYS_MAX);
    }
}

static void check_dict_order(GpObject *o, const Model *m, GpObject **names)
{
    GpObject *d = gp_getattr(o, names[NNAMES]);   /* "__dict__" */
    CU_ASSERT_FATAL(d != NULL && GP_DICT_CHECK_EXACT(d));
    CU_ASSERT_EQUAL(GP_DICT_LEN(d), m->n);
    gp_ssize pos = 0;
    GpObject *k, *v;
    int i = 0;
    while (gp_dict_next(d, &pos, &k, &v) && i < m->n) {
        CU_ASSERT(gp_str_eq(k, names[m->name[i]]));
        CU_ASSERT_EQUAL(GP_INT_VAL(v), m->value[i]);
        i++;
    }
    CU_ASSERT_FALSE(gp_inline_is_valid(o));
    GP_DECREF(d);
}

static void one_run(unsigned seed, int steps)
{
    rng_state = seed;
    GpObject *cls = new_class("Model");
    CU_ASSERT_FATAL(cls != NULL);
    CU_ASSERT((((GpType *)cls)->flags & GP_TPFLAGS_INLINE_VALUES) != 0);
    GpObject *names[NNAMES + 1];
    for (int k = 0; k < NNAMES; k++) {
        char buf[16];
        snprintf(buf, sizeof buf, "attr%d", k);
        names[k] = gp_str_intern_cstr(buf);
    }
    names[NNAMES] = gp_str_intern_cstr("__dict__");
    GpObject *objs[NOBJS];
    Model models[NOBJS];
    for (int i = 0; i < NOBJS; i++) {
        objs[i] = gp_call(cls, NULL, 0, NULL);
        CU_ASSERT_FATAL(objs[i] != NULL);
        models[i].n = 0;
    }
    /* most steps use a few names, so slots are reused; some use the whole pool */
    for (int s = 0; s < steps; s++) {
        int i = (int)rnd(NOBJS);
        int k = rnd(4) ? (int)rnd(6) : (int)rnd(NNAMES);
        Model *m = &models[i];
        unsigned op = rnd(100);
        if (op < 60) {
            long val = (long)s;
            GpObject *v = gp_int_from_i64(val);
            CU_ASSERT_FATAL(gp_setattr(objs[i], names[k], v) == 0);
            GP_DECREF(v);
            int at = model_find(m, k);
            if (at >= 0) {
                m->value[at] = val;
            } else {
                m->name[m->n] = k;
                m->value[m->n++] = val;
            }
        } else if (op < 90) {
            int r = gp_setattr(objs[i], names[k], NULL);
            int at = model_find(m, k);
            if (at < 0) {
                CU_ASSERT(r < 0 && gp_err_matches(&GpExc_AttributeError));
                gp_err_clear();
            } else {
                CU_ASSERT(r == 0);
                memmove(&m->name[at], &m->name[at + 1], (size_t)(m->n - at - 1) * sizeof(int));
                memmove(&m->value[at], &m->value[at + 1], (size_t)(m->n - at - 1) * sizeof(long));
                m->n--;
            }
        } else if (op < 93) {
            check_dict_order(objs[i], m, names);
        } else {
            /* a fresh instance replaces this one */
            GP_DECREF(objs[i]);
            objs[i] = gp_call(cls, NULL, 0, NULL);
            CU_ASSERT_FATAL(objs[i] != NULL);
            m->n = 0;
        }
        check_object(objs[i], m, names);
    }
    for (int i = 0; i < NOBJS; i++) {
        check_object(objs[i], &models[i], names);
        check_dict_order(objs[i], &models[i], names);
        GP_DECREF(objs[i]);
    }
    for (int k = 0; k <= NNAMES; k++)
        GP_DECREF(names[k]);
    GP_DECREF(cls);
}

static void test_model(void)
{
    CU_ASSERT_FATAL(init_ok);
    for (unsigned seed = 1; seed <= 40; seed++)
        one_run(seed, 400);
}

static void test_capacity_grows(void)
{
    CU_ASSERT_FATAL(init_ok);
    GpObject *cls = new_class("Grow");
    CU_ASSERT_FATAL(cls != NULL);
    GpObject *a = gp_str_intern_cstr("a"), *b = gp_str_intern_cstr("b"), *c = gp_str_intern_cstr("c");
    GpObject *one = gp_int_from_i64(1);
    /* no functions: the class starts with no slots, so the first instance spills */
    GpObject *o1 = gp_call(cls, NULL, 0, NULL);
    CU_ASSERT_EQUAL(gp_inline_values(o1)->capacity, 0);
    CU_ASSERT(gp_setattr(o1, a, one) == 0 && gp_setattr(o1, b, one) == 0 && gp_setattr(o1, c, one) == 0);
    CU_ASSERT_FALSE(gp_inline_is_valid(o1));
    /* ... which taught the class how many names its instances use */
    GpObject *o2 = gp_call(cls, NULL, 0, NULL);
    CU_ASSERT(gp_inline_values(o2)->capacity >= 1);
    GpObject *o3 = NULL;
    for (int round = 0; round < 3 && (!o3 || !gp_inline_is_valid(o3)); round++) {
        GP_XDECREF(o3);
        o3 = gp_call(cls, NULL, 0, NULL);
        CU_ASSERT(gp_setattr(o3, a, one) == 0 && gp_setattr(o3, b, one) == 0 && gp_setattr(o3, c, one) == 0);
    }
    CU_ASSERT(gp_inline_is_valid(o3));
    CU_ASSERT_EQUAL(gp_inline_values(o3)->capacity, 3);
    CU_ASSERT_EQUAL(gp_shared_keys_count((GpType *)GP_TYPE(o3)), 3);
    CU_ASSERT_EQUAL(gp_shared_keys_find(GP_TYPE(o3), b), 1);
    GP_DECREF(o1);
    GP_DECREF(o2);
    GP_DECREF(o3);
    GP_DECREF(a);
    GP_DECREF(b);
    GP_DECREF(c);
    GP_DECREF(one);
    GP_DECREF(cls);
}

void gp_cu_register(void)
{
    CU_pSuite s = CU_add_suite("instvalues", suite_init, NULL);
    CU_add_test(s, "random sets/deletes against a dict model", test_model);
    CU_add_test(s, "slot estimate grows", test_capacity_grows);
}
