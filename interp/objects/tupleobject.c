/* tupleobject.c -- the immutable sequence.
 *
 * A tuple is one allocation: the header followed by its item pointers.
 * Tuples are created constantly (argument packs, multiple return values,
 * dict items), so exact tuples of 1..GP_TUPLE_MAXFREE-1 items are recycled
 * through per-size free lists, and the empty tuple is a single shared
 * object (`() is ()`), as in CPython.
 *
 * The hash is CPython 3.11's xxHash-derived combination of the item hashes,
 * so `hash((1, 2))` is the same number in both interpreters (and dicts and
 * sets keyed by tuples iterate in the same order).
 *
 * The end of the file holds small helpers shared with list and range:
 * lexicographic comparison, the "[a, b]" repr loop and index conversion.
 */
#include <string.h>
#include <stdarg.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "objects/typeobject.h"

#define VISIT(o) do { GpObject *_v = (GpObject *)(o); if (_v) { int _r = visit(_v, arg); if (_r) return _r; } } while (0)

/* CPython 3.11's figures (PyTuple_MAXSAVESIZE 20, PyTuple_MAXFREELIST 2000).
 * Sizes 1..19 are recycled: argument packs, multiple return values and dict
 * items are short, and beyond that tuples are rare enough that the
 * allocator's pools do the job.  2000 per size absorbs the burst of a loop
 * that builds and drops many pairs (zip, dict.items) while bounding what is
 * parked: 2000 * 208-byte blocks ~ 416 KB for the largest size (19 items).
 * A parked tuple is untracked (tuple_dealloc untracks before parking) and
 * linked through items[0]; it is not a live object. */
#define GP_TUPLE_MAXFREE 20
#define GP_TUPLE_MAXFREE_PER_SIZE 2000
static GpTuple *free_tuples[GP_TUPLE_MAXFREE];
static int num_free_tuples[GP_TUPLE_MAXFREE];
static GpObject *empty_tuple;

GpObject *gp_tuple_new(gp_ssize n)
{
    if (n < 0) {
        gp_err_bad_internal(__FILE__, __LINE__);
        return NULL;
    }
    if (n == 0)
        return gp_tuple_empty();
    GpTuple *t;
    if (n < GP_TUPLE_MAXFREE && (t = free_tuples[n]) != NULL) {
        free_tuples[n] = (GpTuple *)t->items[0];
        num_free_tuples[n]--;
        t->ob.ob.refcnt = 1;
        gp_gc_head_reset(GP_GC_HEAD(t));
        memset(t->items, 0, n * sizeof(GpObject *));
    } else {
        if ((size_t)n > (GP_SSIZE_MAX - sizeof(GpTuple)) / sizeof(GpObject *))
            return gp_err_no_memory();
        t = (GpTuple *)gp_obj_alloc(&GpTuple_Type, n);
        if (!t)
            return NULL;
    }
    gp_gc_track((GpObject *)t);
    return (GpObject *)t;
}

GpObject *gp_tuple_empty(void)
{
    if (!empty_tuple) {
        empty_tuple = gp_obj_alloc(&GpTuple_Type, 0);
        if (!empty_tuple)
            return NULL;
        empty_tuple->refcnt = GP_IMMORTAL_REFCNT;
    }
    return gp_newref(empty_tuple);
}

GpObject *gp_tuple_from_array(GpObject *const *items, gp_ssize n)
{
    GpObject *t = gp_tuple_new(n);
    if (!t)
        return NULL;
    for (gp_ssize i = 0; i < n; i++)
        GP_TUPLE_SET(t, i, gp_newref(items[i]));
    return t;
}

GpObject *gp_tuple_pack(gp_ssize n, ...)
{
    GpObject *t = gp_tuple_new(n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (gp_ssize i = 0; i < n; i++)
        GP_TUPLE_SET(t, i, gp_newref(va_arg(ap, GpObject *)));
    va_end(ap);
    return t;
}

GpObject *gp_tuple_slice(GpObject *t, gp_ssize lo, gp_ssize hi)
{
    gp_ssize n = GP_SIZE(t);
    if (lo < 0)
        lo = 0;
    if (hi > n)
        hi = n;
    if (hi < lo)
        hi = lo;
    if (lo == 0 && hi == n && GP_TUPLE_CHECK_EXACT(t))
        return gp_newref(t);
    return gp_tuple_from_array(GP_TUPLE_ITEMS(t) + lo, hi - lo);
}

int gp_tuple_resize(GpObject **pt, gp_ssize n)
{
    GpObject *t = *pt;
    gp_ssize old = GP_SIZE(t);
    if (old == n)
        return 0;
    if (old == 0 || n == 0 || GP_REFCNT(t) != 1 || !GP_TUPLE_CHECK_EXACT(t)) {
        GpObject *nt = gp_tuple_new(n);
        if (!nt) {
            GP_DECREF(t);
            *pt = NULL;
            return -1;
        }
        gp_ssize m = old < n ? old : n;
        for (gp_ssize i = 0; i < m; i++)
            GP_TUPLE_SET(nt, i, gp_xnewref(GP_TUPLE_GET(t, i)));
        GP_DECREF(t);
        *pt = nt;
        return 0;
    }
    for (gp_ssize i = n; i < old; i++)
        GP_CLEAR(GP_TUPLE_ITEMS(t)[i]);
    int tracked = gp_gc_is_tracked(t);
    if (tracked)
        gp_gc_untrack(t);
    /* gp_obj_resize handles headerless objects only: do it by hand. */
    GpGCHead *g = GP_GC_HEAD(t);
    size_t sz = sizeof(GpGCHead) + ((sizeof(GpTuple) + n * sizeof(GpObject *) + 7) & ~(size_t)7);
    GpGCHead *ng = gp_mem_realloc(g, sz);
    if (!ng) {
        if (tracked)
            gp_gc_track(t);
        GP_DECREF(t);
        *pt = NULL;
        gp_err_no_memory();
        return -1;
    }
    t = GP_GC_OBJ(ng);
    if (n > old)
        memset(((GpTuple *)t)->items + old, 0, (n - old) * sizeof(GpObject *));
    GP_SIZE(t) = n;
    gp_gc_head_reset(ng);
    gp_gc_track(t);
    *pt = t;
    return 0;
}

/* ---- type slots ------------------------------------------------------ */

gp_ssize gp_tuple_freelist_clear(void)
{
    gp_ssize n = 0;
    for (int size = 1; size < GP_TUPLE_MAXFREE; size++) {
        while (free_tuples[size]) {
            GpTuple *t = free_tuples[size];
            free_tuples[size] = (GpTuple *)t->items[0];
            gp_obj_free((GpObject *)t);
            n++;
        }
        num_free_tuples[size] = 0;
    }
    return n;
}

static void tuple_dealloc(GpObject *o)
{
    GpTuple *t = (GpTuple *)o;
    gp_ssize n = GP_SIZE(t);
    gp_gc_untrack(o);
    for (gp_ssize i = n - 1; i >= 0; i--)
        GP_XDECREF(t->items[i]);
    if (o == empty_tuple)
        return;   /* never happens: immortal */
    if (GP_TUPLE_CHECK_EXACT(o) && n > 0 && n < GP_TUPLE_MAXFREE &&
        num_free_tuples[n] < GP_TUPLE_MAXFREE_PER_SIZE) {
        t->items[0] = (GpObject *)free_tuples[n];
        free_tuples[n] = t;
        num_free_tuples[n]++;
        return;
    }
    gp_obj_free(o);
}

static int tuple_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    for (gp_ssize i = GP_SIZE(o) - 1; i >= 0; i--)
        VISIT(GP_TUPLE_GET(o, i));
    return 0;
}

static GpObject *tuple_repr(GpObject *o)
{
    gp_ssize n = GP_SIZE(o);
    if (n == 0)
        return gp_str_from_cstr("()");
    int r = gp_repr_enter(o);
    if (r != 0)
        return r > 0 ? gp_str_from_cstr("(...)") : NULL;
    GpObject *s = gp_seq_repr(o, "(", n == 1 ? ",)" : ")");
    gp_repr_leave(o);
    return s;
}

/* CPython 3.11's tuple hash (xxHash-style lanes over the item hashes). */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static gp_hash tuple_hash(GpObject *o)
{
    gp_ssize n = GP_SIZE(o);
    uint64_t acc = XXPRIME_5;
    for (gp_ssize i = 0; i < n; i++) {
        gp_hash h = gp_hash_of(GP_TUPLE_GET(o, i));
        if (h == -1)
            return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (gp_hash)acc;
}

static GpObject *tuple_richcompare(GpObject *a, GpObject *b, int op)
{
    if (!GP_TUPLE_CHECK(a) || !GP_TUPLE_CHECK(b))
        GP_RETURN_NOTIMPLEMENTED;
    return gp_seq_richcompare(a, b, op);
}

static gp_ssize tuple_len(GpObject *o) { return GP_SIZE(o); }

static int tuple_contains(GpObject *o, GpObject *v)
{
    gp_ssize n = GP_SIZE(o);
    for (gp_ssize i = 0; i < n; i++) {
        int c = gp_richcompare_bool(GP_TUPLE_GET(o, i), v, GP_EQ);
        if (c != 0)
            return c;
    }
    return 0;
}

static GpObject *tuple_getitem(GpObject *o, GpObject *key)
{
    gp_ssize n = GP_SIZE(o);
    if (GP_INT_CHECK_EXACT(key) && GP_INT_IS_SMALL(key)) {
        int64_t i = GP_INT_VAL(key);
        if (i < 0)
            i += n;
        if ((uint64_t)i >= (uint64_t)n)
            return gp_err_format(&GpExc_IndexError, "tuple index out of range");
        return gp_newref(GP_TUPLE_GET(o, i));
    }
    if (GP_SLICE_CHECK(key)) {
        gp_ssize start, stop, step;
        gp_ssize len = gp_slice_indices(key, n, &start, &stop, &step);
        if (len < 0)
            return NULL;
        if (step == 1)
            return gp_tuple_slice(o, start, stop);
        if (len == n && step == 1 && GP_TUPLE_CHECK_EXACT(o))
            return gp_newref(o);
        GpObject *r = gp_tuple_new(len);
        if (!r)
            return NULL;
        for (gp_ssize i = 0, j = start; i < len; i++, j += step)
            GP_TUPLE_SET(r, i, gp_newref(GP_TUPLE_GET(o, j)));
        return r;
    }
    gp_ssize i = gp_seq_index_arg(key, "tuple");
    if (i == -1 && gp_err_occurred())
        return NULL;
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return gp_err_format(&GpExc_IndexError, "tuple index out of range");
    return gp_newref(GP_TUPLE_GET(o, i));
}

static int needs_reflection(GpObject *other, const char *rname)
{
    GpType *t = GP_TYPE(other);
    return (t->flags & GP_TPFLAGS_HEAPTYPE) && gp_type_lookup_str(t, rname) != NULL;
}

static GpObject *tuple_concat(GpObject *a, GpObject *b)
{
    if (!GP_TUPLE_CHECK(a))
        GP_RETURN_NOTIMPLEMENTED;
    if (!GP_TUPLE_CHECK(b)) {
        if (needs_reflection(b, "__radd__"))
            GP_RETURN_NOTIMPLEMENTED;
        return gp_err_format(&GpExc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                             GP_TYPE(b)->name);
    }
    gp_ssize na = GP_SIZE(a), nb = GP_SIZE(b);
    if (nb == 0 && GP_TUPLE_CHECK_EXACT(a))
        return gp_newref(a);
    if (na == 0 && GP_TUPLE_CHECK_EXACT(b))
        return gp_newref(b);
    if (na > GP_SSIZE_MAX / 2 || nb > GP_SSIZE_MAX / 2)
        return gp_err_no_memory();
    GpObject *r = gp_tuple_new(na + nb);
    if (!r)
        return NULL;
    for (gp_ssize i = 0; i < na; i++)
        GP_TUPLE_SET(r, i, gp_newref(GP_TUPLE_GET(a, i)));
    for (gp_ssize i = 0; i < nb; i++)
        GP_TUPLE_SET(r, na + i, gp_newref(GP_TUPLE_GET(b, i)));
    return r;
}

static GpObject *tuple_repeat(GpObject *a, GpObject *b)
{
    GpObject *seq, *count;
    if (GP_TUPLE_CHECK(a)) {
        seq = a;
        count = b;
        if (!gp_index_check(count)) {
            if (needs_reflection(count, "__rmul__"))
                GP_RETURN_NOTIMPLEMENTED;
            return gp_err_format(&GpExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                                 GP_TYPE(count)->name);
        }
    } else {
        seq = b;
        count = a;
        if (!gp_index_check(count))
            return gp_err_format(&GpExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                                 GP_TYPE(count)->name);
    }
    gp_ssize n = gp_number_as_ssize(count, &GpExc_OverflowError);
    if (n == -1 && gp_err_occurred())
        return NULL;
    gp_ssize len = GP_SIZE(seq);
    if (n < 0)
        n = 0;
    if ((n == 1 && GP_TUPLE_CHECK_EXACT(seq)) || len == 0) {
        if (GP_TUPLE_CHECK_EXACT(seq))
            return gp_newref(seq);
    }
    gp_ssize total;
    if (gp_seq_repeat_size(len, n, &total) < 0)
        return NULL;
    GpObject *r = gp_tuple_new(total);
    if (!r)
        return NULL;
    GpObject **dst = GP_TUPLE_ITEMS(r);
    for (gp_ssize k = 0; k < n; k++)
        for (gp_ssize i = 0; i < len; i++)
            *dst++ = gp_newref(GP_TUPLE_GET(seq, i));
    return r;
}

static GpObject *tuple_subtype_from(GpType *type, GpObject *tmp)
{
    gp_ssize n = GP_SIZE(tmp);
    GpObject *r = gp_type_generic_alloc(type, n);
    if (!r)
        return NULL;
    for (gp_ssize i = 0; i < n; i++)
        GP_TUPLE_SET(r, i, gp_newref(GP_TUPLE_GET(tmp, i)));
    return r;
}

static GpObject *tuple_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    gp_ssize nargs = GP_NARGS(nargsf);
    if (type == &GpTuple_Type && gp_args_no_kw("tuple", kwnames) < 0)
        return NULL;
    if (gp_args_count("tuple", nargs, 0, 1) < 0)
        return NULL;
    GpObject *tmp = nargs ? gp_sequence_tuple(args[0]) : gp_tuple_empty();
    if (!tmp || type == &GpTuple_Type)
        return tmp;
    GpObject *r = tuple_subtype_from(type, tmp);
    GP_DECREF(tmp);
    return r;
}

static GpObject *tuple_vectorcall(GpObject *callable, GpObject *const *args, size_t nargsf,
                                  GpObject *kwnames)
{
    return tuple_new((GpType *)callable, args, nargsf, kwnames);
}

/* ---- methods ---------------------------------------------------------- */

static GpObject *tuple_index(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("index", nargs, 1, 3) < 0)
        return NULL;
    gp_ssize n = GP_SIZE(self), start = 0, stop = GP_SSIZE_MAX;
    if (nargs > 1 && gp_seq_clamped_index(args[1], &start) < 0)
        return NULL;
    if (nargs > 2 && gp_seq_clamped_index(args[2], &stop) < 0)
        return NULL;
    if (start < 0) {
        start += n;
        if (start < 0)
            start = 0;
    }
    if (stop < 0)
        stop += n;
    for (gp_ssize i = start; i < stop && i < GP_SIZE(self); i++) {
        int c = gp_richcompare_bool(GP_TUPLE_GET(self, i), args[0], GP_EQ);
        if (c > 0)
            return gp_int_from_ssize(i);
        if (c < 0)
            return NULL;
    }
    return gp_err_format(&GpExc_ValueError, "tuple.index(x): x not in tuple");
}

static GpObject *tuple_count(GpObject *self, GpObject *v)
{
    gp_ssize c = 0;
    for (gp_ssize i = 0; i < GP_SIZE(self); i++) {
        int r = gp_richcompare_bool(GP_TUPLE_GET(self, i), v, GP_EQ);
        if (r < 0)
            return NULL;
        c += r;
    }
    return gp_int_from_ssize(c);
}

static GpObject *tuple_getnewargs(GpObject *self, GpObject *unused)
{
    GpObject *t = gp_tuple_from_array(GP_TUPLE_ITEMS(self), GP_SIZE(self));
    if (!t)
        return NULL;
    GpObject *r = gp_tuple_pack(1, t);
    GP_DECREF(t);
    return r;
}

static const GpMethodDef tuple_methods[] = {
    { "index", (void *)(tuple_index), GP_METH_FAST,
      "Return first index of value.\n\nRaises ValueError if the value is not present." },
    { "count", (void *)(tuple_count), GP_METH_O,
      "Return number of occurrences of value." },
    GP_METHOD("__getnewargs__", tuple_getnewargs, GP_METH_NOARGS),
    { NULL },
};

/* ---- iterator --------------------------------------------------------- */

typedef struct {
    GpObject ob;
    gp_ssize index;
    GpObject *seq;     /* NULL when exhausted */
} TupleIter;

static GpObject *tuple_iter(GpObject *o)
{
    TupleIter *it = (TupleIter *)gp_obj_alloc(&GpTupleIter_Type, 0);
    if (!it)
        return NULL;
    it->seq = gp_newref(o);
    gp_gc_track((GpObject *)it);
    return (GpObject *)it;
}

static void tupleiter_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_XDECREF(((TupleIter *)o)->seq);
    gp_obj_free(o);
}

static int tupleiter_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    VISIT(((TupleIter *)o)->seq);
    return 0;
}

static int tupleiter_clear(GpObject *o)
{
    GP_CLEAR(((TupleIter *)o)->seq);
    return 0;
}

static GpObject *tupleiter_next(GpObject *o)
{
    TupleIter *it = (TupleIter *)o;
    GpObject *s = it->seq;
    if (!s)
        return NULL;
    if (it->index < GP_SIZE(s))
        return gp_newref(GP_TUPLE_GET(s, it->index++));
    it->seq = NULL;
    GP_DECREF(s);
    return NULL;
}

static GpObject *tupleiter_self(GpObject *o) { return gp_newref(o); }

static GpObject *tupleiter_length_hint(GpObject *o, GpObject *unused)
{
    TupleIter *it = (TupleIter *)o;
    return gp_int_from_ssize(it->seq ? GP_SIZE(it->seq) - it->index : 0);
}

static GpObject *tupleiter_setstate(GpObject *o, GpObject *state)
{
    TupleIter *it = (TupleIter *)o;
    gp_ssize i = gp_number_as_ssize(state, NULL);
    if (i == -1 && gp_err_occurred())
        return NULL;
    if (it->seq) {
        if (i < 0)
            i = 0;
        else if (i > GP_SIZE(it->seq))
            i = GP_SIZE(it->seq);
        it->index = i;
    }
    GP_RETURN_NONE;
}

static const GpMethodDef tupleiter_methods[] = {
    GP_METHOD("__length_hint__", tupleiter_length_hint, GP_METH_NOARGS),
    GP_METHOD("__setstate__", tupleiter_setstate, GP_METH_O),
    { NULL },
};

GpType GpTupleIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = tupleiter_dealloc,
    .traverse = tupleiter_traverse,
    .clear = tupleiter_clear,
    .iter = tupleiter_self,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};

GpType GpTuple_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "tuple",
    .doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
           "If iterable is specified the tuple is initialized from iterable's items.\n\n"
           "If the argument is a tuple, the return value is the same object.",
    .basicsize = sizeof(GpTuple),
    .itemsize = sizeof(GpObject *),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_TUPLE_SUBCLASS |
             GP_TPFLAGS_SEQUENCE_LIKE,
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .new_ = tuple_new,
    .vectorcall = tuple_vectorcall,
    .nb = { .add = tuple_concat, .multiply = tuple_repeat },
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .methods = tuple_methods,
};

/* ======================================================================
 * Helpers shared by the sequence types
 * ====================================================================== */

/* Items are re-read on every step: a list may change under an __eq__ or
 * __repr__ call. */
static inline GpObject **seq_items(GpObject *s)
{
    return GP_LIST_CHECK(s) ? GP_LIST_ITEMS(s) : GP_TUPLE_ITEMS(s);
}

GpObject *gp_seq_richcompare(GpObject *a, GpObject *b, int op)
{
    if (GP_SIZE(a) != GP_SIZE(b) && (op == GP_EQ || op == GP_NE))
        return gp_bool(op == GP_NE);
    gp_ssize i;
    for (i = 0; i < GP_SIZE(a) && i < GP_SIZE(b); i++) {
        GpObject *x = seq_items(a)[i], *y = seq_items(b)[i];
        if (x == y)
            continue;
        gp_incref(x);
        gp_incref(y);
        int k = gp_richcompare_bool(x, y, GP_EQ);
        if (k == 0) {
            GpObject *r;
            if (op == GP_EQ)
                r = gp_bool(0);
            else if (op == GP_NE)
                r = gp_bool(1);
            else
                r = gp_richcompare(x, y, op);
            GP_DECREF(x);
            GP_DECREF(y);
            return r;
        }
        GP_DECREF(x);
        GP_DECREF(y);
        if (k < 0)
            return NULL;
    }
    gp_ssize na = GP_SIZE(a), nb = GP_SIZE(b);
    int r;
    switch (op) {
    case GP_LT: r = na < nb; break;
    case GP_LE: r = na <= nb; break;
    case GP_EQ: r = na == nb; break;
    case GP_NE: r = na != nb; break;
    case GP_GT: r = na > nb; break;
    default: r = na >= nb; break;
    }
    return gp_bool(r);
}

GpObject *gp_seq_repr(GpObject *seq, const char *open, const char *close)
{
    GpStrWriter w;
    gp_strw_init(&w);
    if (gp_strw_write_cstr(&w, open) < 0)
        goto fail;
    for (gp_ssize i = 0; i < GP_SIZE(seq); i++) {
        if (i > 0 && gp_strw_write_ascii(&w, ", ", 2) < 0)
            goto fail;
        GpObject *item = gp_newref(seq_items(seq)[i]);
        GpObject *r = gp_repr(item);
        GP_DECREF(item);
        if (!r)
            goto fail;
        int rc = gp_strw_write_str(&w, r);
        GP_DECREF(r);
        if (rc < 0)
            goto fail;
    }
    if (gp_strw_write_cstr(&w, close) < 0)
        goto fail;
    return gp_strw_finish(&w);
fail:
    gp_strw_discard(&w);
    return NULL;
}

gp_ssize gp_seq_index_arg(GpObject *o, const char *what)
{
    if (GP_INT_CHECK_EXACT(o) && GP_INT_IS_SMALL(o)) {
        int64_t v = GP_INT_VAL(o);
        return (gp_ssize)v;
    }
    if (!gp_index_check(o)) {
        gp_err_format(&GpExc_TypeError, "%s indices must be integers or slices, not %s", what,
                      GP_TYPE(o)->name);
        return -1;
    }
    return gp_number_as_ssize(o, &GpExc_IndexError);
}

int gp_seq_clamped_index(GpObject *o, gp_ssize *out)
{
    if (o == gp_None)
        return 0;
    if (!gp_index_check(o)) {
        gp_err_format(&GpExc_TypeError,
                      "slice indices must be integers or have an __index__ method");
        return -1;
    }
    gp_ssize v = gp_number_as_ssize(o, NULL);
    if (v == -1 && gp_err_occurred())
        return -1;
    *out = v;
    return 0;
}

int gp_seq_repeat_size(gp_ssize len, gp_ssize n, gp_ssize *out)
{
    if (n <= 0 || len == 0) {
        *out = 0;
        return 0;
    }
    if (len > GP_SSIZE_MAX / n) {
        gp_err_no_memory();
        return -1;
    }
    *out = len * n;
    return 0;
}
