/* rangeobject.c -- range, its iterators, and slice objects.
 *
 * A range keeps start, stop, step and its length as int objects, so
 * range(10**30) works for len() (OverflowError as in CPython when it does not
 * fit a C ssize), indexing, slicing, `in` and index(). Almost every range
 * in practice fits in 64 bits: then `small` is set and the i64 copies are
 * used instead. The value at position i, start + i*step, is computed with
 * unsigned (wrapping) arithmetic: the true value always lies between start
 * and stop, so it fits in an int64 and the wrapped result is exact, even
 * when i*step alone would overflow.
 *
 * Iterating a small range yields from a range_iterator holding plain C
 * integers; a big one from a longrange_iterator holding int objects.
 *
 * Slices: gp_slice_indices() is CPython's PySlice_Unpack + AdjustIndices
 * (indices clamped to ssize), used by every sequence's __getitem__;
 * slice.indices() and range slicing use an arbitrary-precision version.
 */
#include <string.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "objects/typeobject.h"

#define VISIT(o) do { GpObject *_v = (GpObject *)(o); if (_v) { int _r = visit(_v, arg); if (_r) return _r; } } while (0)

typedef struct {
    GpObject ob;
    GpObject *start, *stop, *step, *length;   /* exact ints */
    int small;                                /* the four fit in int64 */
    int64_t istart, istop, istep, ilen;
} RangeObject;

#define R(o) ((RangeObject *)(o))

static inline int64_t wrap_at(int64_t start, int64_t step, int64_t i)
{
    return (int64_t)((uint64_t)start + (uint64_t)i * (uint64_t)step);
}

/* operator.index(o) as an exact int (a bool becomes 0 or 1). */
static GpObject *index_exact(GpObject *o)
{
    GpObject *r = gp_number_index(o);
    if (!r || GP_INT_CHECK_EXACT(r))
        return r;
    GpObject *x;
    if (GP_INT_IS_SMALL(r)) {
        x = gp_int_from_i64(GP_INT_VAL(r));
    } else {
        mpz_t z;
        mpz_init(z);
        gp_int_to_mpz(r, z);
        x = gp_int_from_mpz(z);
        mpz_clear(z);
    }
    GP_DECREF(r);
    return x;
}

static inline GpObject *I(int64_t v) { return gp_int_from_i64(v); }

/* ---- construction ---------------------------------------------------------- */

/* len(range(start, stop, step)) as an int object, step != 0. */
static GpObject *compute_length(GpObject *start, GpObject *stop, GpObject *step)
{
    if (GP_INT_IS_SMALL(start) && GP_INT_IS_SMALL(stop) && GP_INT_IS_SMALL(step)) {
        __int128 a = GP_INT_VAL(start), b = GP_INT_VAL(stop), s = GP_INT_VAL(step), n = 0;
        if (s > 0 && a < b)
            n = (b - a - 1) / s + 1;
        else if (s < 0 && a > b)
            n = (a - b - 1) / (-s) + 1;
        if (n <= INT64_MAX)
            return I((int64_t)n);
        return gp_int_from_u64((uint64_t)n);
    }
    mpz_t a, b, s, n;
    mpz_inits(a, b, s, n, NULL);
    gp_int_to_mpz(start, a);
    gp_int_to_mpz(stop, b);
    gp_int_to_mpz(step, s);
    int sg = mpz_sgn(s);
    if (sg > 0 && mpz_cmp(a, b) < 0) {
        mpz_sub(n, b, a);
        mpz_sub_ui(n, n, 1);
        mpz_fdiv_q(n, n, s);
        mpz_add_ui(n, n, 1);
    } else if (sg < 0 && mpz_cmp(a, b) > 0) {
        mpz_sub(n, a, b);
        mpz_sub_ui(n, n, 1);
        mpz_neg(s, s);
        mpz_fdiv_q(n, n, s);
        mpz_add_ui(n, n, 1);
    }
    GpObject *r = gp_int_from_mpz(n);
    mpz_clears(a, b, s, n, NULL);
    return r;
}

/* Steals start, stop, step (exact ints, step != 0). */
static GpObject *make_range(GpObject *start, GpObject *stop, GpObject *step)
{
    GpObject *len = compute_length(start, stop, step);
    if (!len)
        goto fail;
    RangeObject *r = (RangeObject *)gp_obj_alloc(&GpRange_Type, 0);
    if (!r) {
        GP_DECREF(len);
        goto fail;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    r->small = GP_INT_IS_SMALL(start) && GP_INT_IS_SMALL(stop) && GP_INT_IS_SMALL(step) &&
               GP_INT_IS_SMALL(len);
    if (r->small) {
        r->istart = GP_INT_VAL(start);
        r->istop = GP_INT_VAL(stop);
        r->istep = GP_INT_VAL(step);
        r->ilen = GP_INT_VAL(len);
    }
    return (GpObject *)r;
fail:
    GP_DECREF(start);
    GP_DECREF(stop);
    GP_DECREF(step);
    return NULL;
}

GpObject *gp_range_new_i64(int64_t start, int64_t stop, int64_t step)
{
    if (step == 0) {
        gp_err_set_string(&GpExc_ValueError, "range() arg 3 must not be zero");
        return NULL;
    }
    GpObject *a = I(start), *b = I(stop), *c = I(step);
    if (!a || !b || !c) {
        GP_XDECREF(a);
        GP_XDECREF(b);
        GP_XDECREF(c);
        return NULL;
    }
    return make_range(a, b, c);
}

static GpObject *range_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    gp_ssize nargs = GP_NARGS(nargsf);
    if (gp_args_no_kw("range", kwnames) < 0)
        return NULL;
    if (nargs < 1) {
        gp_err_set_string(&GpExc_TypeError, "range expected at least 1 argument, got 0");
        return NULL;
    }
    if (nargs > 3)
        return gp_err_format(&GpExc_TypeError, "range expected at most 3 arguments, got %zd", nargs);
    GpObject *start, *stop, *step;
    if (nargs == 1) {
        if (!(stop = index_exact(args[0])))
            return NULL;
        start = I(0);
        step = I(1);
    } else {
        if (!(start = index_exact(args[0])))
            return NULL;
        if (!(stop = index_exact(args[1]))) {
            GP_DECREF(start);
            return NULL;
        }
        if (nargs == 3) {
            if (!(step = index_exact(args[2]))) {
                GP_DECREF(start);
                GP_DECREF(stop);
                return NULL;
            }
            if (gp_int_sign(step) == 0) {
                GP_DECREF(start);
                GP_DECREF(stop);
                GP_DECREF(step);
                gp_err_set_string(&GpExc_ValueError, "range() arg 3 must not be zero");
                return NULL;
            }
        } else {
            step = I(1);
        }
    }
    return make_range(start, stop, step);
}

static GpObject *range_vectorcall(GpObject *callable, GpObject *const *args, size_t nargsf,
                                  GpObject *kwnames)
{
    return range_new((GpType *)callable, args, nargsf, kwnames);
}

static void range_dealloc(GpObject *o)
{
    RangeObject *r = R(o);
    GP_DECREF(r->start);
    GP_DECREF(r->stop);
    GP_DECREF(r->step);
    GP_DECREF(r->length);
    gp_obj_free(o);
}

/* ---- sequence behaviour ------------------------------------------------------ */

static gp_ssize range_len(GpObject *o)
{
    RangeObject *r = R(o);
    if (r->small)
        return (gp_ssize)r->ilen;
    gp_ssize n;
    if (gp_int_as_ssize(r->length, &n) < 0)
        return -1;
    return n;
}

static int range_bool(GpObject *o) { return gp_int_sign(R(o)->length) != 0; }

/* start + i*step for an int i (0 <= i < len) */
static GpObject *range_item_obj(RangeObject *r, GpObject *i)
{
    if (r->small && GP_INT_IS_SMALL(i) && GP_INT_VAL(i) >= 0 && GP_INT_VAL(i) < r->ilen)
        return I(wrap_at(r->istart, r->istep, GP_INT_VAL(i)));
    GpObject *t = gp_int_mul(i, r->step);
    if (!t)
        return NULL;
    GpObject *v = gp_int_add(r->start, t);
    GP_DECREF(t);
    return v;
}

/* Arbitrary-precision slice resolution (CPython's _PySlice_GetLongIndices). */
static GpObject *slice_index_value(GpObject *v)
{
    if (!gp_index_check(v)) {
        gp_err_set_string(&GpExc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return NULL;
    }
    return index_exact(v);
}

static int slice_long_indices(GpSlice *s, GpObject *length, GpObject **pstart, GpObject **pstop,
                              GpObject **pstep)
{
    GpObject *start = NULL, *stop = NULL, *step = NULL, *lower = NULL, *upper = NULL;
    int neg = 0;
    if (s->step == gp_None) {
        step = I(1);
    } else {
        step = slice_index_value(s->step);
        if (!step)
            goto fail;
        int sg = gp_int_sign(step);
        if (sg == 0) {
            gp_err_set_string(&GpExc_ValueError, "slice step cannot be zero");
            goto fail;
        }
        neg = sg < 0;
    }
    if (neg) {
        lower = I(-1);
        upper = lower ? gp_int_add(length, lower) : NULL;
    } else {
        lower = I(0);
        upper = gp_newref(length);
    }
    if (!lower || !upper)
        goto fail;
    for (int k = 0; k < 2; k++) {
        GpObject *src = k == 0 ? s->start : s->stop;
        GpObject *v;
        if (src == gp_None) {
            v = gp_newref(k == 0 ? (neg ? upper : lower) : (neg ? lower : upper));
        } else {
            v = slice_index_value(src);
            if (!v)
                goto fail;
            if (gp_int_sign(v) < 0) {
                GpObject *t = gp_int_add(v, length);
                GP_DECREF(v);
                if (!(v = t))
                    goto fail;
                if (gp_int_compare(v, lower) < 0)
                    GP_SETREF(v, gp_newref(lower));
            } else if (gp_int_compare(v, upper) > 0) {
                GP_SETREF(v, gp_newref(upper));
            }
        }
        if (k == 0)
            start = v;
        else
            stop = v;
    }
    GP_DECREF(lower);
    GP_DECREF(upper);
    *pstart = start;
    *pstop = stop;
    *pstep = step;
    return 0;
fail:
    GP_XDECREF(start);
    GP_XDECREF(stop);
    GP_XDECREF(step);
    GP_XDECREF(lower);
    GP_XDECREF(upper);
    return -1;
}

static GpObject *range_slice(RangeObject *r, GpSlice *sl)
{
    GpObject *a, *b, *c;
    if (slice_long_indices(sl, r->length, &a, &b, &c) < 0)
        return NULL;
    GpObject *start = range_item_obj(r, a);
    GpObject *stop = start ? range_item_obj(r, b) : NULL;
    GpObject *step = stop ? gp_int_mul(c, r->step) : NULL;
    GP_DECREF(a);
    GP_DECREF(b);
    GP_DECREF(c);
    if (!step) {
        GP_XDECREF(start);
        GP_XDECREF(stop);
        return NULL;
    }
    return make_range(start, stop, step);
}

static GpObject *range_subscript(GpObject *o, GpObject *key)
{
    RangeObject *r = R(o);
    if (r->small && GP_INT_CHECK_EXACT(key) && GP_INT_IS_SMALL(key)) {
        int64_t i = GP_INT_VAL(key);
        if (i < 0)
            i += r->ilen;
        if (i < 0 || i >= r->ilen)
            return gp_err_format(&GpExc_IndexError, "range object index out of range");
        return I(wrap_at(r->istart, r->istep, i));
    }
    if (GP_SLICE_CHECK(key))
        return range_slice(r, (GpSlice *)key);
    if (!gp_index_check(key))
        return gp_err_format(&GpExc_TypeError, "range indices must be integers or slices, not %s",
                             GP_TYPE(key)->name);
    GpObject *i = index_exact(key);
    if (!i)
        return NULL;
    if (gp_int_sign(i) < 0) {
        GpObject *t = gp_int_add(i, r->length);
        GP_DECREF(i);
        if (!(i = t))
            return NULL;
    }
    if (gp_int_sign(i) < 0 || gp_int_compare(i, r->length) >= 0) {
        GP_DECREF(i);
        return gp_err_format(&GpExc_IndexError, "range object index out of range");
    }
    GpObject *v = range_item_obj(r, i);
    GP_DECREF(i);
    return v;
}

/* ob (an int) is in r: 1, 0, -1 */
static int range_contains_long(RangeObject *r, GpObject *ob)
{
    if (r->small && GP_INT_IS_SMALL(ob)) {
        __int128 v = GP_INT_VAL(ob), a = r->istart, b = r->istop, s = r->istep;
        if (s > 0 ? !(a <= v && v < b) : !(b < v && v <= a))
            return 0;
        return (v - a) % s == 0;
    }
    int pos = gp_int_sign(r->step) > 0;
    if (pos ? !(gp_int_compare(r->start, ob) <= 0 && gp_int_compare(ob, r->stop) < 0)
            : !(gp_int_compare(r->stop, ob) < 0 && gp_int_compare(ob, r->start) <= 0))
        return 0;
    GpObject *d = gp_int_sub(ob, r->start);
    if (!d)
        return -1;
    GpObject *m = gp_int_mod(d, r->step);
    GP_DECREF(d);
    if (!m)
        return -1;
    int res = gp_int_sign(m) == 0;
    GP_DECREF(m);
    return res;
}

#define INT_KEY(ob) (GP_INT_CHECK_EXACT(ob) || GP_BOOL_CHECK(ob))

/* Generic search by iteration: mode 0 contains, 1 count, 2 index. */
static gp_ssize iter_search(GpObject *seq, GpObject *ob, int mode)
{
    GpObject *it = gp_iter(seq);
    if (!it)
        return -1;
    gp_ssize n = 0, i = 0;
    GpObject *item;
    while ((item = gp_iter_next(it))) {
        int c = gp_richcompare_bool(item, ob, GP_EQ);
        GP_DECREF(item);
        if (c < 0)
            goto fail;
        if (c > 0) {
            if (mode == 0) {
                GP_DECREF(it);
                return 1;
            }
            if (mode == 2) {
                GP_DECREF(it);
                return i;
            }
            n++;
        }
        i++;
    }
    if (gp_err_occurred())
        goto fail;
    GP_DECREF(it);
    if (mode == 2) {
        gp_err_set_string(&GpExc_ValueError, "sequence.index(x): x not in sequence");
        return -1;
    }
    return mode == 0 ? 0 : n;
fail:
    GP_DECREF(it);
    return -1;
}

static int range_contains(GpObject *o, GpObject *ob)
{
    if (INT_KEY(ob))
        return range_contains_long(R(o), ob);
    return (int)iter_search(o, ob, 0);
}

static GpObject *range_count_m(GpObject *o, GpObject *ob)
{
    if (INT_KEY(ob)) {
        int r = range_contains_long(R(o), ob);
        return r < 0 ? NULL : I(r);
    }
    gp_ssize n = iter_search(o, ob, 1);
    return n < 0 ? NULL : gp_int_from_ssize(n);
}

static GpObject *range_index_m(GpObject *o, GpObject *ob)
{
    RangeObject *r = R(o);
    if (!INT_KEY(ob)) {
        gp_ssize n = iter_search(o, ob, 2);
        return n < 0 ? NULL : gp_int_from_ssize(n);
    }
    int c = range_contains_long(r, ob);
    if (c < 0)
        return NULL;
    if (!c)
        return gp_err_format(&GpExc_ValueError, "%R is not in range", ob);
    if (r->small && GP_INT_IS_SMALL(ob))
        return I((int64_t)(((__int128)GP_INT_VAL(ob) - r->istart) / r->istep));
    GpObject *d = gp_int_sub(ob, r->start);
    if (!d)
        return NULL;
    GpObject *q = gp_int_floordiv(d, r->step);
    GP_DECREF(d);
    return q;
}

static GpObject *range_repr(GpObject *o)
{
    RangeObject *r = R(o);
    if (r->small ? r->istep == 1 : (GP_INT_IS_SMALL(r->step) && GP_INT_VAL(r->step) == 1))
        return gp_str_from_format("range(%R, %R)", r->start, r->stop);
    return gp_str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

/* Equal as sequences: 1/0/-1 */
static int range_equals(RangeObject *a, RangeObject *b)
{
    if (a == b)
        return 1;
    if (gp_int_compare(a->length, b->length) != 0)
        return 0;
    if (gp_int_sign(a->length) == 0)
        return 1;
    if (gp_int_compare(a->start, b->start) != 0)
        return 0;
    if (GP_INT_IS_SMALL(a->length) && GP_INT_VAL(a->length) == 1)
        return 1;
    return gp_int_compare(a->step, b->step) == 0;
}

static GpObject *range_richcompare(GpObject *a, GpObject *b, int op)
{
    if (GP_TYPE(a) != &GpRange_Type || GP_TYPE(b) != &GpRange_Type || (op != GP_EQ && op != GP_NE))
        GP_RETURN_NOTIMPLEMENTED;
    int e = range_equals(R(a), R(b));
    return gp_bool(op == GP_EQ ? e : !e);
}

static gp_hash range_hash(GpObject *o)
{
    RangeObject *r = R(o);
    GpObject *t;
    int sg = gp_int_sign(r->length);
    if (sg == 0)
        t = gp_tuple_pack(3, r->length, gp_None, gp_None);
    else if (GP_INT_IS_SMALL(r->length) && GP_INT_VAL(r->length) == 1)
        t = gp_tuple_pack(3, r->length, r->start, gp_None);
    else
        t = gp_tuple_pack(3, r->length, r->start, r->step);
    if (!t)
        return -1;
    gp_hash h = gp_hash_of(t);
    GP_DECREF(t);
    return h;
}

/* ---- iterators -------------------------------------------------------------- */

typedef struct {
    GpObject ob;
    int64_t start, step, index, len;
} RangeIter;

typedef struct {
    GpObject ob;
    GpObject *start, *step, *len, *index;
} LongRangeIter;

static GpType LongRangeIter_Type;

static GpObject *make_small_iter(int64_t start, int64_t step, int64_t len)
{
    RangeIter *it = (RangeIter *)gp_obj_alloc(&GpRangeIter_Type, 0);
    if (!it)
        return NULL;
    it->start = start;
    it->step = step;
    it->len = len;
    it->index = 0;
    return (GpObject *)it;
}

/* Steals start, step, len. */
static GpObject *make_long_iter(GpObject *start, GpObject *step, GpObject *len)
{
    LongRangeIter *it = NULL;
    if (start && step && len) {
        if (!(LongRangeIter_Type.flags & GP_TPFLAGS_READY) && gp_type_ready(&LongRangeIter_Type) < 0)
            goto fail;
        it = (LongRangeIter *)gp_obj_alloc(&LongRangeIter_Type, 0);
        if (it) {
            it->start = start;
            it->step = step;
            it->len = len;
            it->index = I(0);
            return (GpObject *)it;
        }
    }
fail:
    GP_XDECREF(start);
    GP_XDECREF(step);
    GP_XDECREF(len);
    return NULL;
}

static GpObject *range_iter(GpObject *o)
{
    RangeObject *r = R(o);
    if (r->small)
        return make_small_iter(r->istart, r->istep, r->ilen);
    return make_long_iter(gp_newref(r->start), gp_newref(r->step), gp_newref(r->length));
}

static GpObject *range_reversed_m(GpObject *o, GpObject *unused)
{
    RangeObject *r = R(o);
    if (r->small)   /* wrapping negation of INT64_MIN is still exact modulo 2**64 */
        return make_small_iter(wrap_at(r->istart, r->istep, r->ilen - 1),
                               (int64_t)(0 - (uint64_t)r->istep), r->ilen);
    GpObject *one = I(1);
    GpObject *last = one ? gp_int_sub(r->length, one) : NULL;
    GP_XDECREF(one);
    GpObject *start = last ? range_item_obj(r, last) : NULL;
    GP_XDECREF(last);
    GpObject *step = start ? gp_negative(r->step) : NULL;
    return make_long_iter(start, step, start && step ? gp_newref(r->length) : NULL);
}

static GpObject *rangeiter_next(GpObject *o)
{
    RangeIter *it = (RangeIter *)o;
    if (it->index < it->len)
        return I(wrap_at(it->start, it->step, it->index++));
    return NULL;
}

static GpObject *iter_self(GpObject *o) { return gp_newref(o); }

static GpObject *rangeiter_length_hint(GpObject *o, GpObject *unused)
{
    RangeIter *it = (RangeIter *)o;
    return I(it->len - it->index);
}

static const GpMethodDef rangeiter_methods[] = {
    GP_METHOD("__length_hint__", rangeiter_length_hint, GP_METH_NOARGS),
    { NULL },
};

GpType GpRangeIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "range_iterator",
    .basicsize = sizeof(RangeIter),
    .iter = iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

static void longrangeiter_dealloc(GpObject *o)
{
    LongRangeIter *it = (LongRangeIter *)o;
    GP_DECREF(it->start);
    GP_DECREF(it->step);
    GP_DECREF(it->len);
    GP_DECREF(it->index);
    gp_obj_free(o);
}

static GpObject *longrangeiter_next(GpObject *o)
{
    LongRangeIter *it = (LongRangeIter *)o;
    if (gp_int_compare(it->index, it->len) >= 0)
        return NULL;
    GpObject *t = gp_int_mul(it->index, it->step);
    if (!t)
        return NULL;
    GpObject *v = gp_int_add(it->start, t);
    GP_DECREF(t);
    if (!v)
        return NULL;
    GpObject *one = I(1);
    GpObject *ni = one ? gp_int_add(it->index, one) : NULL;
    GP_XDECREF(one);
    if (!ni) {
        GP_DECREF(v);
        return NULL;
    }
    GP_SETREF(it->index, ni);
    return v;
}

static GpObject *longrangeiter_length_hint(GpObject *o, GpObject *unused)
{
    LongRangeIter *it = (LongRangeIter *)o;
    return gp_int_sub(it->len, it->index);
}

static const GpMethodDef longrangeiter_methods[] = {
    GP_METHOD("__length_hint__", longrangeiter_length_hint, GP_METH_NOARGS),
    { NULL },
};

static GpType LongRangeIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIter),
    .dealloc = longrangeiter_dealloc,
    .iter = iter_self,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};

static GpObject *range_reduce_m(GpObject *o, GpObject *unused)
{
    RangeObject *r = R(o);
    GpObject *args = gp_tuple_pack(3, r->start, r->stop, r->step);
    if (!args)
        return NULL;
    GpObject *t = gp_tuple_pack(2, (GpObject *)&GpRange_Type, args);
    GP_DECREF(args);
    return t;
}

static const GpMethodDef range_methods[] = {
    { "__reversed__", (void *)(range_reversed_m), GP_METH_NOARGS,
      "Return a reverse iterator." },
    GP_METHOD("__reduce__", range_reduce_m, GP_METH_NOARGS),
    { "count", (void *)(range_count_m), GP_METH_O,
      "rangeobject.count(value) -> integer -- return number of occurrences of value" },
    { "index", (void *)(range_index_m), GP_METH_O,
      "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present." },
    { NULL },
};

static const GpMemberDef range_members[] = {
    { "start", GP_T_OBJECT, offsetof(RangeObject, start), GP_MEMBER_READONLY, NULL },
    { "stop", GP_T_OBJECT, offsetof(RangeObject, stop), GP_MEMBER_READONLY, NULL },
    { "step", GP_T_OBJECT, offsetof(RangeObject, step), GP_MEMBER_READONLY, NULL },
    { NULL },
};

GpType GpRange_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "range",
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.",
    .basicsize = sizeof(RangeObject),
    .flags = GP_TPFLAGS_SEQUENCE_LIKE,
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .new_ = range_new,
    .vectorcall = range_vectorcall,
    .nb = { .bool_ = range_bool },
    .len = range_len,
    .getitem = range_subscript,
    .contains = range_contains,
    .methods = range_methods,
    .members = range_members,
};

/* ======================================================================
 * slice
 * ====================================================================== */

GpObject *gp_slice_new(GpObject *start, GpObject *stop, GpObject *step)
{
    GpSlice *s = (GpSlice *)gp_obj_alloc(&GpSlice_Type, 0);
    if (!s)
        return NULL;
    s->start = gp_newref(start ? start : gp_None);
    s->stop = gp_newref(stop ? stop : gp_None);
    s->step = gp_newref(step ? step : gp_None);
    gp_gc_track((GpObject *)s);
    return (GpObject *)s;
}

/* _PyEval_SliceIndex: None leaves *out alone; ints are clamped to ssize. */
static int slice_index_clamped(GpObject *v, gp_ssize *out)
{
    if (v == gp_None)
        return 0;
    if (GP_INT_CHECK_EXACT(v) && GP_INT_IS_SMALL(v)) {
        *out = (gp_ssize)GP_INT_VAL(v);
        return 0;
    }
    if (!gp_index_check(v)) {
        gp_err_set_string(&GpExc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    gp_ssize x = gp_number_as_ssize(v, NULL);
    if (x == -1 && gp_err_occurred())
        return -1;
    *out = x;
    return 0;
}

gp_ssize gp_slice_indices(GpObject *slice, gp_ssize length, gp_ssize *pstart, gp_ssize *pstop,
                          gp_ssize *pstep)
{
    GpSlice *s = (GpSlice *)slice;
    gp_ssize start, stop, step = 1;
    if (slice_index_clamped(s->step, &step) < 0)
        return -1;
    if (step == 0) {
        gp_err_set_string(&GpExc_ValueError, "slice step cannot be zero");
        return -1;
    }
    if (step < -GP_SSIZE_MAX)   /* so that -step cannot overflow */
        step = -GP_SSIZE_MAX;
    start = step < 0 ? GP_SSIZE_MAX : 0;
    if (slice_index_clamped(s->start, &start) < 0)
        return -1;
    stop = step < 0 ? -GP_SSIZE_MAX - 1 : GP_SSIZE_MAX;
    if (slice_index_clamped(s->stop, &stop) < 0)
        return -1;
    if (start < 0) {
        start += length;
        if (start < 0)
            start = step < 0 ? -1 : 0;
    } else if (start >= length) {
        start = step < 0 ? length - 1 : length;
    }
    if (stop < 0) {
        stop += length;
        if (stop < 0)
            stop = step < 0 ? -1 : 0;
    } else if (stop >= length) {
        stop = step < 0 ? length - 1 : length;
    }
    *pstart = start;
    *pstop = stop;
    *pstep = step;
    if (step < 0) {
        if (stop < start)
            return (start - stop - 1) / (-step) + 1;
    } else if (start < stop) {
        return (stop - start - 1) / step + 1;
    }
    return 0;
}

static GpObject *slice_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    gp_ssize nargs = GP_NARGS(nargsf);
    if (gp_args_no_kw("slice", kwnames) < 0)
        return NULL;
    if (nargs < 1) {
        gp_err_set_string(&GpExc_TypeError, "slice expected at least 1 argument, got 0");
        return NULL;
    }
    if (nargs > 3)
        return gp_err_format(&GpExc_TypeError, "slice expected at most 3 arguments, got %zd", nargs);
    if (nargs == 1)
        return gp_slice_new(NULL, args[0], NULL);
    return gp_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static GpObject *slice_vectorcall(GpObject *callable, GpObject *const *args, size_t nargsf,
                                  GpObject *kwnames)
{
    return slice_new((GpType *)callable, args, nargsf, kwnames);
}

static void slice_dealloc(GpObject *o)
{
    GpSlice *s = (GpSlice *)o;
    gp_gc_untrack(o);
    GP_XDECREF(s->start);
    GP_XDECREF(s->stop);
    GP_XDECREF(s->step);
    gp_obj_free(o);
}

static int slice_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpSlice *s = (GpSlice *)o;
    VISIT(s->start);
    VISIT(s->stop);
    VISIT(s->step);
    return 0;
}

static GpObject *slice_repr(GpObject *o)
{
    GpSlice *s = (GpSlice *)o;
    return gp_str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static GpObject *slice_richcompare(GpObject *a, GpObject *b, int op)
{
    if (!GP_SLICE_CHECK(a) || !GP_SLICE_CHECK(b))
        GP_RETURN_NOTIMPLEMENTED;
    if (a == b && (op == GP_EQ || op == GP_NE))
        return gp_bool(op == GP_EQ);
    GpSlice *x = (GpSlice *)a, *y = (GpSlice *)b;
    GpObject *t1 = gp_tuple_pack(3, x->start, x->stop, x->step);
    GpObject *t2 = t1 ? gp_tuple_pack(3, y->start, y->stop, y->step) : NULL;
    GpObject *r = t2 ? gp_richcompare(t1, t2, op) : NULL;
    GP_XDECREF(t1);
    GP_XDECREF(t2);
    return r;
}

static GpObject *slice_indices_m(GpObject *o, GpObject *lenobj)
{
    GpObject *length = index_exact(lenobj);
    if (!length)
        return NULL;
    if (gp_int_sign(length) < 0) {
        GP_DECREF(length);
        gp_err_set_string(&GpExc_ValueError, "length should not be negative");
        return NULL;
    }
    GpObject *a, *b, *c;
    int rc = slice_long_indices((GpSlice *)o, length, &a, &b, &c);
    GP_DECREF(length);
    if (rc < 0)
        return NULL;
    GpObject *t = gp_tuple_pack(3, a, b, c);
    GP_DECREF(a);
    GP_DECREF(b);
    GP_DECREF(c);
    return t;
}

static GpObject *slice_reduce_m(GpObject *o, GpObject *unused)
{
    GpSlice *s = (GpSlice *)o;
    GpObject *args = gp_tuple_pack(3, s->start, s->stop, s->step);
    if (!args)
        return NULL;
    GpObject *t = gp_tuple_pack(2, (GpObject *)&GpSlice_Type, args);
    GP_DECREF(args);
    return t;
}

static const GpMethodDef slice_methods[] = {
    { "indices", (void *)(slice_indices_m), GP_METH_O,
      "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices." },
    { "__reduce__", (void *)(slice_reduce_m), GP_METH_NOARGS,
      "Return state information for pickling." },
    { NULL },
};

static const GpMemberDef slice_members[] = {
    { "start", GP_T_OBJECT, offsetof(GpSlice, start), GP_MEMBER_READONLY, NULL },
    { "stop", GP_T_OBJECT, offsetof(GpSlice, stop), GP_MEMBER_READONLY, NULL },
    { "step", GP_T_OBJECT, offsetof(GpSlice, step), GP_MEMBER_READONLY, NULL },
    { NULL },
};

GpType GpSlice_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "slice",
    .doc = "slice(stop)\nslice(start, stop[, step])\n\n"
           "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
    .basicsize = sizeof(GpSlice),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .repr = slice_repr,
    .hash = gp_hash_not_implemented,
    .richcompare = slice_richcompare,
    .new_ = slice_new,
    .vectorcall = slice_vectorcall,
    .methods = slice_methods,
    .members = slice_members,
};
