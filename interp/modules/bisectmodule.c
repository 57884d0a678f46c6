/* bisectmodule.c -- _bisect: binary search in sorted sequences (the C core of
 * bisect.py).
 *
 * bisect_left/bisect_right(a, x, lo=0, hi=None, *, key=None) return the
 * insertion point of x in a[lo:hi]; insort_left/insort_right insert x there.
 * Behaviour follows CPython 3.11:
 *   - items are compared only with `<`: bisect_right asks `x < item`,
 *     bisect_left asks `item < x`;
 *   - key, when not None, is applied to each probed item (never to x by the
 *     bisect functions; insort applies it to x once, before searching);
 *   - lo is an index (__index__) and must be >= 0 ("lo must be
 *     non-negative"); hi is an index or None, and None or -1 both mean
 *     len(a) (hi below -1 gives an empty range);
 *   - a is read through the sequence protocol: a[mid] for each probe, len(a)
 *     when hi is not given; mappings (dict) are refused as "dict is not a
 *     sequence";
 *   - insort inserts into an exact list directly and calls a.insert(i, x)
 *     for anything else (list subclasses included).
 * The bisect/insort aliases live in bisect.py, as in CPython.
 */
#include "gilpy.h"
#include "objects/listobject.h"
#include "objects/tupleobject.h"
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/dictobject.h"

/* a < b: 1, 0, or -1 with an exception set. Exact small ints and floats are
 * compared directly: their `<` cannot be overridden or fail. */
static inline int item_lt(GpObject *a, GpObject *b)
{
    GpType *ta = GP_TYPE(a);
    if (ta == GP_TYPE(b)) {
        if (ta == &GpInt_Type && GP_INT_IS_SMALL(a) && GP_INT_IS_SMALL(b))
            return GP_INT_VAL(a) < GP_INT_VAL(b);
        if (ta == &GpFloat_Type)
            return GP_FLOAT_VAL(a) < GP_FLOAT_VAL(b);
    }
    return gp_richcompare_bool(a, b, GP_LT);
}

static gp_ssize seq_len(GpObject *a)
{
    if (GP_DICT_CHECK(a)) {
        gp_err_format(&GpExc_TypeError, "%s is not a sequence", GP_TYPE(a)->name);
        return -1;
    }
    return gp_len(a);
}

/* a[i] (new reference); i >= 0. */
static GpObject *seq_item(GpObject *a, gp_ssize i)
{
    if (GP_LIST_CHECK_EXACT(a) && i < GP_SIZE(a))
        return gp_newref(GP_LIST_GET(a, i));
    if (GP_TUPLE_CHECK_EXACT(a) && i < GP_SIZE(a))
        return gp_newref(GP_TUPLE_GET(a, i));
    if (GP_DICT_CHECK(a))
        return gp_err_format(&GpExc_TypeError, "%s is not a sequence", GP_TYPE(a)->name);
    if (!GP_TYPE(a)->getitem)
        return gp_err_format(&GpExc_TypeError, "'%s' object does not support indexing",
                             GP_TYPE(a)->name);
    GpObject *idx = gp_int_from_ssize(i);
    if (!idx)
        return NULL;
    GpObject *r = gp_getitem(a, idx);
    GP_DECREF(idx);
    return r;
}

/* The insertion point of x in a[lo:hi] (-1 with an exception set). */
static gp_ssize do_bisect(GpObject *a, GpObject *x, gp_ssize lo, gp_ssize hi, GpObject *key,
                          int right)
{
    if (lo < 0) {
        gp_err_set_string(&GpExc_ValueError, "lo must be non-negative");
        return -1;
    }
    if (hi == -1 && (hi = seq_len(a)) < 0)
        return -1;
    while (lo < hi) {
        gp_ssize mid = (gp_ssize)(((size_t)lo + (size_t)hi) / 2);
        GpObject *item = seq_item(a, mid);
        if (!item)
            return -1;
        if (key) {
            GpObject *k = gp_call1(key, item);
            GP_DECREF(item);
            if (!k)
                return -1;
            item = k;
        }
        int lt = right ? item_lt(x, item) : item_lt(item, x);
        GP_DECREF(item);
        if (lt < 0)
            return -1;
        if (right == lt)   /* right: x < item; left: !(item < x) */
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static const char *const bisect_kwlist[] = { "a", "x", "lo", "hi", "$key", NULL };

typedef struct {
    GpObject *a, *x, *key;   /* borrowed; key NULL when None */
    gp_ssize lo, hi;         /* hi -1: len(a) */
} BisectArgs;

/* Parse (a, x, lo=0, hi=None, *, key=None) with CPython's conversions:
 * lo through __index__ ("Python int too large to convert to C ssize_t"),
 * hi an index or None ("argument should be integer or None"). */
static int parse_args(const char *fname, GpObject *const *args, size_t nargs, GpObject *kwnames,
                      BisectArgs *out)
{
    GpObject *v[5];
    if (gp_args_parse(fname, args, nargs, kwnames, bisect_kwlist, 2, 4, v) < 0)
        return -1;
    out->a = v[0];
    out->x = v[1];
    out->lo = 0;
    out->hi = -1;
    out->key = v[4] && v[4] != gp_None ? v[4] : NULL;
    if (v[2]) {
        GpObject *i = gp_number_index(v[2]);
        if (!i)
            return -1;
        int r = gp_int_as_ssize(i, &out->lo);
        GP_DECREF(i);
        if (r < 0)
            return -1;
    }
    if (v[3] && v[3] != gp_None) {
        if (!gp_index_check(v[3])) {
            gp_err_format(&GpExc_TypeError, "argument should be integer or None, not '%s'",
                          GP_TYPE(v[3])->name);
            return -1;
        }
        out->hi = gp_number_as_ssize(v[3], &GpExc_OverflowError);
        if (out->hi == -1 && gp_err_occurred())
            return -1;
    }
    return 0;
}

static GpObject *bisect_common(const char *fname, GpObject *const *args, size_t nargs,
                               GpObject *kwnames, int right)
{
    BisectArgs p;
    if (parse_args(fname, args, nargs, kwnames, &p) < 0)
        return NULL;
    gp_ssize i = do_bisect(p.a, p.x, p.lo, p.hi, p.key, right);
    return i < 0 ? NULL : gp_int_from_ssize(i);
}

static GpObject *insort_common(const char *fname, GpObject *const *args, size_t nargs,
                               GpObject *kwnames, int right)
{
    BisectArgs p;
    if (parse_args(fname, args, nargs, kwnames, &p) < 0)
        return NULL;
    gp_ssize i;
    if (p.key) {
        GpObject *kx = gp_call1(p.key, p.x);
        if (!kx)
            return NULL;
        i = do_bisect(p.a, kx, p.lo, p.hi, p.key, right);
        GP_DECREF(kx);
    } else {
        i = do_bisect(p.a, p.x, p.lo, p.hi, NULL, right);
    }
    if (i < 0)
        return NULL;
    if (GP_LIST_CHECK_EXACT(p.a)) {
        if (gp_list_insert(p.a, i, p.x) < 0)
            return NULL;
    } else {
        GpObject *idx = gp_int_from_ssize(i);
        if (!idx)
            return NULL;
        GpObject *cargs[2] = { idx, p.x };
        GpObject *r = gp_call_method_str(p.a, "insert", cargs, 2);
        GP_DECREF(idx);
        if (!r)
            return NULL;
        GP_DECREF(r);
    }
    return gp_newref(gp_None);
}

static GpObject *bisect_right(GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)self;
    return bisect_common("bisect_right", args, nargs, kwnames, 1);
}

static GpObject *bisect_left(GpObject *self, GpObject *const *args, size_t nargs,
                             GpObject *kwnames)
{
    (void)self;
    return bisect_common("bisect_left", args, nargs, kwnames, 0);
}

static GpObject *insort_right(GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)self;
    return insort_common("insort_right", args, nargs, kwnames, 1);
}

static GpObject *insort_left(GpObject *self, GpObject *const *args, size_t nargs,
                             GpObject *kwnames)
{
    (void)self;
    return insort_common("insort_left", args, nargs, kwnames, 0);
}

static const GpMethodDef bisect_functions[] = {
    { "bisect_right", (void *)bisect_right, GP_METH_FASTKW,
      "Return the index where x would be inserted in the sorted a[lo:hi], after any items "
      "equal to x." },
    { "bisect_left", (void *)bisect_left, GP_METH_FASTKW,
      "Return the index where x would be inserted in the sorted a[lo:hi], before any items "
      "equal to x." },
    { "insort_right", (void *)insort_right, GP_METH_FASTKW,
      "Insert x into the sorted a[lo:hi], after any items equal to x." },
    { "insort_left", (void *)insort_left, GP_METH_FASTKW,
      "Insert x into the sorted a[lo:hi], before any items equal to x." },
    { NULL },
};

int gp_mod__bisect_init(GpObject *m)
{
    GpObject *d = GP_MODULE_DICT(m);
    GpObject *doc = gp_str_from_cstr(
        "Bisection algorithms.\n\n"
        "Binary search and insertion for lists kept in sorted order.\n");
    if (!doc || gp_dict_setitem_str(d, "__doc__", doc) < 0) {
        GP_XDECREF(doc);
        return -1;
    }
    GP_DECREF(doc);
    return gp_add_functions(d, bisect_functions, gp_str_intern_cstr("_bisect"));
}
