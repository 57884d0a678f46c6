/* dictview.c -- dict.keys()/values()/items() views and the dict iterators.
 *
 * A view is a live window on its dict: it holds only the dict, so len(),
 * iteration and `in` always see the current contents. Keys and items views
 * behave like sets (they are collections.abc.Set): comparisons and the
 * & | - ^ operators work against any set or view, and the operators build
 * plain sets (`d.keys() & {1}` is a set).
 *
 * Iterators walk the dict's dense entry array (dictobject.h) by position,
 * skipping deleted entries. They remember the dict's size when created: a
 * size change is "dictionary changed size during iteration"; a key replaced
 * by another (same size, but more items come out than were there) is
 * "dictionary keys changed during iteration", as in CPython. Once an error
 * or the end is reached the iterator lets go of the dict.
 */
#include <string.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "objects/typeobject.h"

#define VISIT(o) do { GpObject *_v = (GpObject *)(o); if (_v) { int _r = visit(_v, arg); if (_r) return _r; } } while (0)

static int ensure_ready(GpType *t)
{
    if (!(t->flags & GP_TPFLAGS_READY) && gp_type_ready(t) < 0)
        return -1;
    return 0;
}

/* ======================================================================
 * iterators
 * ====================================================================== */

typedef struct {
    GpObject ob;
    GpObject *dict;       /* NULL when exhausted */
    gp_ssize used;        /* dict size at creation (-1 after a size error) */
    gp_ssize pos;         /* next entry index (reverse: index to look at) */
    gp_ssize len;         /* items still expected */
} DictIter;

static GpType *const iter_types[2][3] = {
    { &GpDictIterKey_Type, &GpDictIterValue_Type, &GpDictIterItem_Type },
    { &GpDictRevIterKey_Type, &GpDictRevIterValue_Type, &GpDictRevIterItem_Type },
};

GpObject *gp_dictiter_new(GpObject *d, int kind, int reversed)
{
    if (kind < 0 || kind > 2 || !GP_DICT_CHECK(d)) {
        gp_err_bad_internal(__FILE__, __LINE__);
        return NULL;
    }
    GpType *t = iter_types[reversed ? 1 : 0][kind];
    if (ensure_ready(t) < 0)
        return NULL;
    DictIter *it = (DictIter *)gp_type_generic_alloc(t, 0);
    if (!it)
        return NULL;
    GpDict *dd = (GpDict *)d;
    it->dict = gp_newref(d);
    it->used = dd->used;
    it->len = dd->used;
    it->pos = reversed ? dd->nentries - 1 : 0;
    return (GpObject *)it;
}

static void dictiter_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_XDECREF(((DictIter *)o)->dict);
    gp_obj_free(o);
}

static int dictiter_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    VISIT(((DictIter *)o)->dict);
    return 0;
}

/* The entry the iterator produces next (NULL: done or error). */
static GpDictEntry *dictiter_step(DictIter *it, int reversed)
{
    GpDict *d = (GpDict *)it->dict;
    if (!d)
        return NULL;
    if (it->used != d->used) {
        gp_err_set_string(&GpExc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;   /* make this state sticky */
        return NULL;
    }
    gp_ssize i = it->pos;
    GpDictEntry *ep = NULL;
    if (reversed) {
        while (i >= 0 && i < d->nentries && !d->entries[i].value)
            i--;
        if (i >= 0 && i < d->nentries)
            ep = &d->entries[i];
        it->pos = i - 1;
    } else {
        while (i < d->nentries && !d->entries[i].value)
            i++;
        if (i < d->nentries)
            ep = &d->entries[i];
        it->pos = i + 1;
    }
    if (!ep)
        goto done;
    if (it->len == 0) {
        gp_err_set_string(&GpExc_RuntimeError, "dictionary keys changed during iteration");
        goto done;
    }
    it->len--;
    return ep;
done:
    it->dict = NULL;
    GP_DECREF(d);
    return NULL;
}

static GpObject *dictiter_produce(GpObject *o, int kind, int reversed)
{
    GpDictEntry *ep = dictiter_step((DictIter *)o, reversed);
    if (!ep)
        return NULL;
    if (kind == 0)
        return gp_newref(ep->key);
    if (kind == 1)
        return gp_newref(ep->value);
    return gp_tuple_pack(2, ep->key, ep->value);
}

static GpObject *iter_key(GpObject *o) { return dictiter_produce(o, 0, 0); }
static GpObject *iter_value(GpObject *o) { return dictiter_produce(o, 1, 0); }
static GpObject *iter_item(GpObject *o) { return dictiter_produce(o, 2, 0); }
static GpObject *reviter_key(GpObject *o) { return dictiter_produce(o, 0, 1); }
static GpObject *reviter_value(GpObject *o) { return dictiter_produce(o, 1, 1); }
static GpObject *reviter_item(GpObject *o) { return dictiter_produce(o, 2, 1); }

static GpObject *iter_self(GpObject *o) { return gp_newref(o); }

static GpObject *dictiter_length_hint(GpObject *o, GpObject *unused)
{
    DictIter *it = (DictIter *)o;
    gp_ssize n = 0;
    if (it->dict && it->used == ((GpDict *)it->dict)->used)
        n = it->len;
    return gp_int_from_ssize(n);
}

static const GpMethodDef dictiter_methods[] = {
    GP_METHOD("__length_hint__", dictiter_length_hint, GP_METH_NOARGS),
    { NULL },
};

#define DICT_ITER_TYPE(var, tname, nextfn)           \
    GpType var = {                                   \
        GP_TYPE_HEAD_INIT,                           \
        .name = tname,                               \
        .basicsize = sizeof(DictIter),               \
        .flags = GP_TPFLAGS_HAVE_GC,                 \
        .dealloc = dictiter_dealloc,                 \
        .traverse = dictiter_traverse,               \
        .iter = iter_self,                           \
        .iternext = nextfn,                          \
        .methods = dictiter_methods,                 \
    };

DICT_ITER_TYPE(GpDictIterKey_Type, "dict_keyiterator", iter_key)
DICT_ITER_TYPE(GpDictIterValue_Type, "dict_valueiterator", iter_value)
DICT_ITER_TYPE(GpDictIterItem_Type, "dict_itemiterator", iter_item)
DICT_ITER_TYPE(GpDictRevIterKey_Type, "dict_reversekeyiterator", reviter_key)
DICT_ITER_TYPE(GpDictRevIterValue_Type, "dict_reversevalueiterator", reviter_value)
DICT_ITER_TYPE(GpDictRevIterItem_Type, "dict_reverseitemiterator", reviter_item)

/* ======================================================================
 * views
 * ====================================================================== */

typedef struct {
    GpObject ob;
    GpObject *dict;
} DictView;

static GpType *const view_types[3] = { &GpDictKeys_Type, &GpDictValues_Type, &GpDictItems_Type };

GpObject *gp_dictview_new(GpObject *d, int kind)
{
    if (kind < 0 || kind > 2 || !GP_DICT_CHECK(d)) {
        gp_err_bad_internal(__FILE__, __LINE__);
        return NULL;
    }
    GpType *t = view_types[kind];
    if (ensure_ready(t) < 0)
        return NULL;
    DictView *v = (DictView *)gp_type_generic_alloc(t, 0);
    if (!v)
        return NULL;
    v->dict = gp_newref(d);
    return (GpObject *)v;
}

GpObject *gp_dictview_dict(GpObject *view) { return ((DictView *)view)->dict; }

static int view_kind(GpObject *v)
{
    GpType *t = GP_TYPE(v);
    return t == &GpDictKeys_Type ? 0 : t == &GpDictValues_Type ? 1 : 2;
}

static void view_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_XDECREF(((DictView *)o)->dict);
    gp_obj_free(o);
}

static int view_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    VISIT(((DictView *)o)->dict);
    return 0;
}

static gp_ssize view_len(GpObject *o) { return GP_DICT_LEN(((DictView *)o)->dict); }

static GpObject *view_iter(GpObject *o) { return gp_dictiter_new(((DictView *)o)->dict, view_kind(o), 0); }

static GpObject *view_reversed_m(GpObject *o, GpObject *unused)
{
    return gp_dictiter_new(((DictView *)o)->dict, view_kind(o), 1);
}

static GpObject *view_repr(GpObject *o)
{
    int r = gp_repr_enter(o);
    if (r != 0)
        return r > 0 ? gp_str_from_cstr("...") : NULL;
    GpObject *res = NULL;
    GpObject *seq = gp_sequence_list(o);
    if (seq) {
        res = gp_str_from_format("%s(%R)", GP_TYPE(o)->name, seq);
        GP_DECREF(seq);
    }
    gp_repr_leave(o);
    return res;
}

static GpObject *view_mapping(GpObject *o, void *closure)
{
    return gp_mappingproxy_new(((DictView *)o)->dict);
}

static const GpGetSetDef view_getsets[] = {
    { "mapping", view_mapping, NULL, "dictionary that this view refers to", NULL },
    { NULL },
};

static int keys_contains(GpObject *o, GpObject *key)
{
    return gp_dict_contains(((DictView *)o)->dict, key);
}

static int items_contains(GpObject *o, GpObject *item)
{
    if (!GP_TUPLE_CHECK(item) || GP_SIZE(item) != 2)
        return 0;
    GpObject *key = GP_TUPLE_GET(item, 0), *value = GP_TUPLE_GET(item, 1);
    GpObject *found = gp_dict_getitem_err(((DictView *)o)->dict, key);
    if (!found)
        return gp_err_occurred() ? -1 : 0;
    gp_incref(found);
    int r = gp_richcompare_bool(found, value, GP_EQ);
    GP_DECREF(found);
    return r;
}

/* ---- set behaviour of keys and items views -------------------------------- */

/* every element of a is in b: 1/0/-1 */
static int all_contained_in(GpObject *a, GpObject *b)
{
    GpObject *it = gp_iter(a);
    if (!it)
        return -1;
    int ok = 1;
    GpObject *x;
    while ((x = gp_iter_next(it))) {
        ok = gp_contains(b, x);
        GP_DECREF(x);
        if (ok <= 0)
            break;
    }
    GP_DECREF(it);
    if (ok > 0 && gp_err_occurred())
        return -1;
    return ok;
}

static GpObject *view_richcompare(GpObject *a, GpObject *b, int op)
{
    if (!GP_DICT_VIEWSET_CHECK(a) || (!GP_ANYSET_CHECK(b) && !GP_DICT_VIEWSET_CHECK(b)))
        GP_RETURN_NOTIMPLEMENTED;
    gp_ssize la = gp_len(a), lb;
    if (la < 0 || (lb = gp_len(b)) < 0)
        return NULL;
    int ok = 0;
    switch (op) {
    case GP_EQ:
    case GP_NE:
        if (la == lb)
            ok = all_contained_in(a, b);
        if (op == GP_NE && ok >= 0)
            ok = !ok;
        break;
    case GP_LT:
        if (la < lb)
            ok = all_contained_in(a, b);
        break;
    case GP_LE:
        if (la <= lb)
            ok = all_contained_in(a, b);
        break;
    case GP_GT:
        if (la > lb)
            ok = all_contained_in(b, a);
        break;
    case GP_GE:
        if (la >= lb)
            ok = all_contained_in(b, a);
        break;
    }
    if (ok < 0)
        return NULL;
    return gp_bool(ok);
}

/* set(o), taking the keys straight from the dict for a keys view. */
static GpObject *to_set(GpObject *o)
{
    if (GP_DICT_KEYS_CHECK(o))
        o = ((DictView *)o)->dict;
    return gp_set_new(o);
}

static GpObject *set_then(GpObject *a, const char *method, GpObject *b)
{
    GpObject *r = to_set(a);
    if (!r)
        return NULL;
    GpObject *t = gp_call_method_str(r, method, &b, 1);
    if (!t) {
        GP_DECREF(r);
        return NULL;
    }
    GP_DECREF(t);
    return r;
}

static GpObject *view_sub(GpObject *a, GpObject *b) { return set_then(a, "difference_update", b); }
static GpObject *view_or(GpObject *a, GpObject *b) { return set_then(a, "update", b); }
static GpObject *view_xor(GpObject *a, GpObject *b) { return set_then(a, "symmetric_difference_update", b); }

static GpObject *view_and(GpObject *self, GpObject *other)
{
    /* the view may be either operand */
    if (!GP_DICT_VIEWSET_CHECK(self)) {
        GpObject *t = self;
        self = other;
        other = t;
    }
    gp_ssize ls = gp_len(self);
    if (ls < 0)
        return NULL;
    if (GP_SET_CHECK(other) && GP_TYPE(other) == &GpSet_Type && ls <= gp_set_size(other))
        return gp_call_method_str(other, "intersection", &self, 1);
    if (GP_DICT_VIEWSET_CHECK(other)) {
        gp_ssize lo = gp_len(other);
        if (lo < 0)
            return NULL;
        if (lo > ls) {
            GpObject *t = self;
            self = other;
            other = t;
        }
    }
    GpObject *result = gp_set_new(NULL);
    if (!result)
        return NULL;
    GpObject *it = gp_iter(other);
    if (!it) {
        GP_DECREF(result);
        return NULL;
    }
    int items = GP_DICT_ITEMS_CHECK(self);
    GpObject *x;
    while ((x = gp_iter_next(it))) {
        int c = items ? items_contains(self, x) : keys_contains(self, x);
        if (c > 0)
            c = gp_set_add(result, x);
        GP_DECREF(x);
        if (c < 0) {
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

static GpObject *view_isdisjoint_m(GpObject *self, GpObject *other)
{
    if (self == other)
        return gp_bool(view_len(self) == 0);
    if (GP_ANYSET_CHECK(other) || GP_DICT_VIEWSET_CHECK(other)) {
        gp_ssize ls = view_len(self), lo = gp_len(other);
        if (lo < 0)
            return NULL;
        if (lo > ls) {
            GpObject *t = self;
            self = other;
            other = t;
        }
    }
    GpObject *it = gp_iter(other);
    if (!it)
        return NULL;
    GpObject *x;
    while ((x = gp_iter_next(it))) {
        int c = gp_contains(self, x);
        GP_DECREF(x);
        if (c != 0) {
            GP_DECREF(it);
            return c < 0 ? NULL : gp_bool(0);
        }
    }
    GP_DECREF(it);
    if (gp_err_occurred())
        return NULL;
    GP_RETURN_TRUE;
}

static const GpMethodDef setview_methods[] = {
    GP_METHOD("isdisjoint", view_isdisjoint_m, GP_METH_O),
    GP_METHOD("__reversed__", view_reversed_m, GP_METH_NOARGS),
    { NULL },
};

static const GpMethodDef values_methods[] = {
    GP_METHOD("__reversed__", view_reversed_m, GP_METH_NOARGS),
    { NULL },
};

GpType GpDictKeys_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "dict_keys",
    .basicsize = sizeof(DictView),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .hash = gp_hash_not_implemented,
    .richcompare = view_richcompare,
    .iter = view_iter,
    .nb = { .subtract = view_sub, .and_ = view_and, .xor_ = view_xor, .or_ = view_or },
    .len = view_len,
    .contains = keys_contains,
    .methods = setview_methods,
    .getsets = view_getsets,
};

GpType GpDictItems_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "dict_items",
    .basicsize = sizeof(DictView),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .hash = gp_hash_not_implemented,
    .richcompare = view_richcompare,
    .iter = view_iter,
    .nb = { .subtract = view_sub, .and_ = view_and, .xor_ = view_xor, .or_ = view_or },
    .len = view_len,
    .contains = items_contains,
    .methods = setview_methods,
    .getsets = view_getsets,
};

GpType GpDictValues_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "dict_values",
    .basicsize = sizeof(DictView),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .iter = view_iter,
    .len = view_len,
    .methods = values_methods,
    .getsets = view_getsets,
};
