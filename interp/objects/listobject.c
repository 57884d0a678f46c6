/* listobject.c -- the mutable sequence.
 *
 * A list is a header plus a separately allocated array of item pointers
 * (`items`, `allocated` slots, `ob.size` used). Appends over-allocate by about
 * 1/8 so that n appends cost O(n) in total, the same growth pattern as
 * CPython (sys.getsizeof agrees).
 *
 * Lists are mutable while C code works on them: any comparison or repr may
 * run Python code that appends to or clears the list being walked. Loops
 * therefore re-read `ob.size` and `items` after every call out, and slice
 * assignment keeps the replaced items alive until the list is consistent
 * again before dropping them.
 *
 * Sorting lives in listsort.c.
 */
#include <string.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "objects/typeobject.h"

#define VISIT(o) do { GpObject *_v = (GpObject *)(o); if (_v) { int _r = visit(_v, arg); if (_r) return _r; } } while (0)

/* As CPython 3.11 (PyList_MAXFREELIST 80): list headers, not their item
 * arrays, are recycled.  80 covers the temporaries of typical loops (a
 * comprehension result, a *args copy, a sorted() result per iteration) at a
 * cost of 80 * 64-byte blocks (40-byte list + 16-byte GC head) ~ 5 KB.  A
 * parked list is untracked, owns no item array and is not a live object. */
#define GP_LIST_MAXFREE 80
static GpList *free_lists[GP_LIST_MAXFREE];
static int num_free_lists;

static GpList *list_alloc(void)
{
    GpList *l;
    if (num_free_lists) {
        l = free_lists[--num_free_lists];
        l->ob.ob.refcnt = 1;
        gp_gc_head_reset(GP_GC_HEAD(l));
    } else {
        l = (GpList *)gp_obj_alloc(&GpList_Type, 0);
        if (!l)
            return NULL;
    }
    l->ob.size = 0;
    l->items = NULL;
    l->allocated = 0;
    return l;
}

GpObject *gp_list_new(gp_ssize n)
{
    if (n < 0) {
        gp_err_bad_internal(__FILE__, __LINE__);
        return NULL;
    }
    GpList *l = list_alloc();
    if (!l)
        return NULL;
    if (n > 0) {
        if ((size_t)n > GP_SSIZE_MAX / sizeof(GpObject *)) {
            gp_obj_free((GpObject *)l);
            return gp_err_no_memory();
        }
        l->items = gp_mem_calloc(n, sizeof(GpObject *));
        if (!l->items) {
            gp_obj_free((GpObject *)l);
            return gp_err_no_memory();
        }
        l->allocated = n;
        l->ob.size = n;
    }
    gp_gc_track((GpObject *)l);
    return (GpObject *)l;
}

GpObject *gp_list_from_array(GpObject *const *items, gp_ssize n)
{
    GpObject *l = gp_list_new(n);
    if (!l)
        return NULL;
    for (gp_ssize i = 0; i < n; i++)
        GP_LIST_SET(l, i, gp_newref(items[i]));
    return l;
}

/* Ensure room for newsize items and set the size. Over-allocates like
 * CPython: newsize + newsize/8 + 6, rounded down to a multiple of 4; the
 * extra room is skipped when a big extend jumps far past it. */
int gp_list_resize(GpObject *o, gp_ssize newsize)
{
    GpList *l = (GpList *)o;
    gp_ssize allocated = l->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        l->ob.size = newsize;
        return 0;
    }
    size_t new_alloc = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if ((size_t)newsize - (size_t)GP_SIZE(l) > new_alloc - (size_t)newsize)
        new_alloc = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        new_alloc = 0;
    if (new_alloc > (size_t)GP_SSIZE_MAX / sizeof(GpObject *)) {
        gp_err_no_memory();
        return -1;
    }
    GpObject **items;
    if (new_alloc == 0) {
        gp_mem_free(l->items);
        items = NULL;
    } else {
        items = gp_mem_realloc(l->items, new_alloc * sizeof(GpObject *));
        if (!items) {
            gp_err_no_memory();
            return -1;
        }
    }
    l->items = items;
    l->ob.size = newsize;
    l->allocated = (gp_ssize)new_alloc;
    return 0;
}

int gp_list_append(GpObject *o, GpObject *v)
{
    GpList *l = (GpList *)o;
    gp_ssize n = GP_SIZE(l);
    if (n < l->allocated) {
        l->items[n] = gp_newref(v);
        l->ob.size = n + 1;
        return 0;
    }
    if (gp_list_resize(o, n + 1) < 0)
        return -1;
    l->items[n] = gp_newref(v);
    return 0;
}

int gp_list_insert(GpObject *o, gp_ssize where, GpObject *v)
{
    GpList *l = (GpList *)o;
    gp_ssize n = GP_SIZE(l);
    if (gp_list_resize(o, n + 1) < 0)
        return -1;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    memmove(l->items + where + 1, l->items + where, (n - where) * sizeof(GpObject *));
    l->items[where] = gp_newref(v);
    return 0;
}

/* As CPython (list_preallocate_exact): a list with no item array yet --
 * list(x) -- is sized to what it will hold exactly (rounded up to even:
 * blocks come in 16-byte quanta), so list(range(10)) holds 10 slots, not
 * the 16 a growing resize would reserve (visible in sys.getsizeof). */
static int preallocate_exact(GpList *l, gp_ssize n)
{
    n = (n + 1) & ~(gp_ssize)1;
    if ((size_t)n > (size_t)GP_SSIZE_MAX / sizeof(GpObject *) ||
        !(l->items = gp_mem_malloc((size_t)n * sizeof(GpObject *)))) {
        gp_err_no_memory();
        return -1;
    }
    l->allocated = n;
    return 0;
}

int gp_list_extend(GpObject *o, GpObject *iterable)
{
    GpList *l = (GpList *)o;
    /* exact lists and tuples (and the list itself) are copied directly, as
       CPython does; subclasses go through their (maybe overridden) __iter__ */
    if (iterable == o || GP_LIST_CHECK_EXACT(iterable) || GP_TUPLE_CHECK_EXACT(iterable)) {
        gp_ssize n = GP_SIZE(iterable);
        if (n == 0)
            return 0;
        gp_ssize m = GP_SIZE(l);
        if (m > GP_SSIZE_MAX - n)
            return gp_err_no_memory(), -1;
        if (!l->items) {
            if (preallocate_exact(l, n) < 0)
                return -1;
            l->ob.size = n;
        } else if (gp_list_resize(o, m + n) < 0) {
            return -1;
        }
        /* iterable may be l itself: its items are l's first m items */
        GpObject **src = GP_LIST_CHECK(iterable) ? GP_LIST_ITEMS(iterable) : GP_TUPLE_ITEMS(iterable);
        for (gp_ssize i = 0; i < n; i++)
            l->items[m + i] = gp_newref(src[i]);
        return 0;
    }
    GpObject *it = gp_iter(iterable);
    if (!it)
        return -1;
    gp_ssize hint = gp_len_hint(iterable, 8);
    if (hint < 0) {
        GP_DECREF(it);
        return -1;
    }
    gp_ssize m = GP_SIZE(l);
    if (hint > 0 && !l->items) {
        if (preallocate_exact(l, hint) < 0) {
            GP_DECREF(it);
            return -1;
        }
    } else if (hint > 0 && m <= GP_SSIZE_MAX - hint) {
        if (gp_list_resize(o, m + hint) < 0) {
            GP_DECREF(it);
            return -1;
        }
        l->ob.size = m;
    }
    gp_unaryfunc next = GP_TYPE(it)->iternext;
    for (;;) {
        GpObject *v = next(it);
        if (!v) {
            if (gp_err_occurred()) {
                if (!gp_err_matches(&GpExc_StopIteration)) {
                    GP_DECREF(it);
                    return -1;
                }
                gp_err_clear();
            }
            break;
        }
        gp_ssize n = GP_SIZE(l);
        if (n < l->allocated) {
            l->items[n] = v;
            l->ob.size = n + 1;
        } else {
            if (gp_list_resize(o, n + 1) < 0) {
                GP_DECREF(v);
                GP_DECREF(it);
                return -1;
            }
            l->items[n] = v;
        }
    }
    GP_DECREF(it);
    /* Give back a too generous length hint, as CPython: gp_list_resize keeps
     * the array unless less than half of it is used. */
    if (GP_SIZE(l) < l->allocated)
        gp_list_resize(o, GP_SIZE(l));
    return 0;
}

int gp_list_reverse(GpObject *o)
{
    if (GP_SIZE(o) < 2)
        return 0;   /* also: an empty list may have no item array at all */
    GpObject **lo = GP_LIST_ITEMS(o), **hi = lo + GP_SIZE(o) - 1;
    while (lo < hi) {
        GpObject *t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
    return 0;
}

int gp_list_sort(GpObject *l) { return gp_list_sort_ex(l, NULL, 0); }

GpObject *gp_list_as_tuple(GpObject *l)
{
    return gp_tuple_from_array(GP_LIST_ITEMS(l), GP_SIZE(l));
}

GpObject *gp_list_slice(GpObject *l, gp_ssize lo, gp_ssize hi)
{
    gp_ssize n = GP_SIZE(l);
    if (lo < 0)
        lo = 0;
    else if (lo > n)
        lo = n;
    if (hi < lo)
        hi = lo;
    else if (hi > n)
        hi = n;
    return gp_list_from_array(GP_LIST_ITEMS(l) + lo, hi - lo);
}

/* l[lo:hi] = v (v NULL: delete). v may be any iterable, including l. */
int gp_list_set_slice(GpObject *o, gp_ssize lo, gp_ssize hi, GpObject *v)
{
    GpList *l = (GpList *)o;
    GpObject *seq = NULL;
    GpObject **vitems = NULL;
    gp_ssize nv = 0;
    if (v) {
        if (v == o || !(GP_LIST_CHECK_EXACT(v) || GP_TUPLE_CHECK_EXACT(v))) {
            if (v != o && !GP_TYPE(v)->iter && !GP_TYPE(v)->getitem) {
                gp_err_set_string(&GpExc_TypeError, "can only assign an iterable");
                return -1;
            }
            seq = gp_sequence_list(v);
            if (!seq)
                return -1;
        } else {
            seq = gp_newref(v);
        }
        nv = GP_SIZE(seq);
        vitems = GP_LIST_CHECK(seq) ? GP_LIST_ITEMS(seq) : GP_TUPLE_ITEMS(seq);
    }
    gp_ssize n = GP_SIZE(l);
    if (lo < 0)
        lo = 0;
    else if (lo > n)
        lo = n;
    if (hi < lo)
        hi = lo;
    else if (hi > n)
        hi = n;
    gp_ssize norig = hi - lo, d = nv - norig;
    if (n + d == 0) {
        GP_XDECREF(seq);
        /* already empty with no array (e.g. while being sorted): leave the
           list exactly as it is, as CPython's list_clear does */
        if (l->items == NULL)
            return 0;
        /* clear the whole list: drop the array first, then the items */
        GpObject **items = l->items;
        l->items = NULL;
        l->ob.size = 0;
        l->allocated = 0;
        for (gp_ssize i = n - 1; i >= 0; i--)
            GP_XDECREF(items[i]);
        gp_mem_free(items);
        return 0;
    }
    GpObject *small[8];
    GpObject **recycle = small;
    if (norig > 8) {
        recycle = gp_mem_malloc(norig * sizeof(GpObject *));
        if (!recycle) {
            GP_XDECREF(seq);
            gp_err_no_memory();
            return -1;
        }
    }
    if (norig)   /* an empty list may have no item array */
        memcpy(recycle, l->items + lo, norig * sizeof(GpObject *));
    if (d < 0) {
        memmove(l->items + hi + d, l->items + hi, (n - hi) * sizeof(GpObject *));
        if (gp_list_resize(o, n + d) < 0) {
            /* shrinking cannot really fail; keep the list consistent */
            l->ob.size = n + d;
            gp_err_clear();
        }
    } else if (d > 0) {
        if (gp_list_resize(o, n + d) < 0) {
            if (recycle != small)
                gp_mem_free(recycle);
            GP_XDECREF(seq);
            return -1;
        }
        memmove(l->items + hi + d, l->items + hi, (n - hi) * sizeof(GpObject *));
    }
    for (gp_ssize i = 0; i < nv; i++)
        l->items[lo + i] = gp_newref(vitems[i]);
    for (gp_ssize i = norig - 1; i >= 0; i--)
        GP_XDECREF(recycle[i]);
    if (recycle != small)
        gp_mem_free(recycle);
    GP_XDECREF(seq);
    return 0;
}

/* ---- type slots ------------------------------------------------------ */

gp_ssize gp_list_freelist_clear(void)
{
    gp_ssize n = num_free_lists;
    while (num_free_lists)
        gp_obj_free((GpObject *)free_lists[--num_free_lists]);
    return n;
}

static void list_dealloc(GpObject *o)
{
    GpList *l = (GpList *)o;
    gp_gc_untrack(o);
    GpObject **items = l->items;
    gp_ssize n = GP_SIZE(l);
    l->items = NULL;
    l->ob.size = 0;
    if (items) {
        for (gp_ssize i = n - 1; i >= 0; i--) {
            /* the item freed a few steps from now is usually cold: start
             * loading its header so the misses overlap */
            if (i >= 4 && items[i - 4])
                __builtin_prefetch(items[i - 4], 1);
            GP_XDECREF(items[i]);
        }
        gp_mem_free(items);
    }
    if (GP_LIST_CHECK_EXACT(o) && num_free_lists < GP_LIST_MAXFREE)
        free_lists[num_free_lists++] = l;
    else
        gp_obj_free(o);
}

static int list_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    for (gp_ssize i = GP_SIZE(o) - 1; i >= 0; i--)
        VISIT(GP_LIST_GET(o, i));
    return 0;
}

static int list_clear_slot(GpObject *o)
{
    gp_list_set_slice(o, 0, GP_SIZE(o), NULL);
    return 0;
}

static GpObject *list_repr(GpObject *o)
{
    if (GP_SIZE(o) == 0)
        return gp_str_from_cstr("[]");
    int r = gp_repr_enter(o);
    if (r != 0)
        return r > 0 ? gp_str_from_cstr("[...]") : NULL;
    GpObject *s = gp_seq_repr(o, "[", "]");
    gp_repr_leave(o);
    return s;
}

static GpObject *list_richcompare(GpObject *a, GpObject *b, int op)
{
    if (!GP_LIST_CHECK(a) || !GP_LIST_CHECK(b))
        GP_RETURN_NOTIMPLEMENTED;
    return gp_seq_richcompare(a, b, op);
}

static gp_ssize list_len(GpObject *o) { return GP_SIZE(o); }

static int list_contains(GpObject *o, GpObject *v)
{
    for (gp_ssize i = 0; i < GP_SIZE(o); i++) {
        GpObject *item = gp_newref(GP_LIST_GET(o, i));
        int c = gp_richcompare_bool(item, v, GP_EQ);
        GP_DECREF(item);
        if (c != 0)
            return c;
    }
    return 0;
}

static GpObject *list_subscript(GpObject *o, GpObject *key)
{
    gp_ssize n = GP_SIZE(o);
    gp_ssize i;
    if (GP_INT_CHECK_EXACT(key) && GP_INT_IS_SMALL(key)) {
        i = (gp_ssize)GP_INT_VAL(key);
    } else if (GP_SLICE_CHECK(key)) {
        gp_ssize start, stop, step;
        gp_ssize len = gp_slice_indices(key, n, &start, &stop, &step);
        if (len < 0)
            return NULL;
        if (step == 1)
            return gp_list_from_array(GP_LIST_ITEMS(o) + start, len);
        GpObject *r = gp_list_new(len);
        if (!r)
            return NULL;
        for (gp_ssize k = 0, j = start; k < len; k++, j += step)
            GP_LIST_SET(r, k, gp_newref(GP_LIST_GET(o, j)));
        return r;
    } else {
        i = gp_seq_index_arg(key, "list");
        if (i == -1 && gp_err_occurred())
            return NULL;
    }
    if (i < 0)
        i += n;
    if ((size_t)i >= (size_t)n)
        return gp_err_format(&GpExc_IndexError, "list index out of range");
    return gp_newref(GP_LIST_GET(o, i));
}

static int list_ass_subscript(GpObject *o, GpObject *key, GpObject *value)
{
    GpList *l = (GpList *)o;
    gp_ssize i;
    if (GP_INT_CHECK_EXACT(key) && GP_INT_IS_SMALL(key)) {
        i = (gp_ssize)GP_INT_VAL(key);
    } else if (GP_SLICE_CHECK(key)) {
        gp_ssize start, stop, step;
        gp_ssize len = gp_slice_indices(key, GP_SIZE(l), &start, &stop, &step);
        if (len < 0)
            return -1;
        if (step == 1)
            return gp_list_set_slice(o, start, start + len, value);
        if (value == NULL) {
            /* delete an extended slice: compact the survivors */
            if (len <= 0)
                return 0;
            if (step < 0) {
                start = start + step * (len - 1);
                step = -step;
            }
            GpObject **gone = gp_mem_malloc(len * sizeof(GpObject *));
            if (!gone)
                return gp_err_no_memory(), -1;
            gp_ssize n = GP_SIZE(l), dst = start, k = 0;
            for (gp_ssize src = start; src < n; src++) {
                if (k < len && src == start + k * step) {
                    gone[k++] = l->items[src];
                    continue;
                }
                l->items[dst++] = l->items[src];
            }
            l->ob.size = n - len;
            gp_list_resize(o, n - len);
            for (k = 0; k < len; k++)
                GP_DECREF(gone[k]);
            gp_mem_free(gone);
            return 0;
        }
        GpObject *seq;
        if (value == o || !(GP_LIST_CHECK_EXACT(value) || GP_TUPLE_CHECK_EXACT(value))) {
            if (value != o && !GP_TYPE(value)->iter && !GP_TYPE(value)->getitem) {
                gp_err_set_string(&GpExc_TypeError, "must assign iterable to extended slice");
                return -1;
            }
            seq = gp_sequence_list(value);
            if (!seq)
                return -1;
        } else {
            seq = gp_newref(value);
        }
        if (GP_SIZE(seq) != len) {
            gp_err_format(&GpExc_ValueError,
                          "attempt to assign sequence of size %zd to extended slice of size %zd",
                          GP_SIZE(seq), len);
            GP_DECREF(seq);
            return -1;
        }
        if (len == 0) {
            GP_DECREF(seq);
            return 0;
        }
        GpObject **src = GP_LIST_CHECK(seq) ? GP_LIST_ITEMS(seq) : GP_TUPLE_ITEMS(seq);
        GpObject **old = gp_mem_malloc(len * sizeof(GpObject *));
        if (!old) {
            GP_DECREF(seq);
            return gp_err_no_memory(), -1;
        }
        for (gp_ssize k = 0, j = start; k < len; k++, j += step) {
            old[k] = l->items[j];
            l->items[j] = gp_newref(src[k]);
        }
        for (gp_ssize k = 0; k < len; k++)
            GP_DECREF(old[k]);
        gp_mem_free(old);
        GP_DECREF(seq);
        return 0;
    } else {
        i = gp_seq_index_arg(key, "list");
        if (i == -1 && gp_err_occurred())
            return -1;
    }
    gp_ssize n = GP_SIZE(l);
    if (i < 0)
        i += n;
    if ((size_t)i >= (size_t)n) {
        gp_err_format(&GpExc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (value == NULL)
        return gp_list_set_slice(o, i, i + 1, NULL);
    GpObject *old = l->items[i];
    l->items[i] = gp_newref(value);
    GP_DECREF(old);
    return 0;
}

static int needs_reflection(GpObject *other, const char *rname)
{
    GpType *t = GP_TYPE(other);
    return (t->flags & GP_TPFLAGS_HEAPTYPE) && gp_type_lookup_str(t, rname) != NULL;
}

static GpObject *list_concat(GpObject *a, GpObject *b)
{
    if (!GP_LIST_CHECK(a))
        GP_RETURN_NOTIMPLEMENTED;
    if (!GP_LIST_CHECK(b)) {
        if (needs_reflection(b, "__radd__"))
            GP_RETURN_NOTIMPLEMENTED;
        return gp_err_format(&GpExc_TypeError, "can only concatenate list (not \"%s\") to list",
                             GP_TYPE(b)->name);
    }
    gp_ssize na = GP_SIZE(a), nb = GP_SIZE(b);
    if (na > GP_SSIZE_MAX - nb)
        return gp_err_no_memory();
    GpObject *r = gp_list_new(na + nb);
    if (!r)
        return NULL;
    for (gp_ssize i = 0; i < na; i++)
        GP_LIST_SET(r, i, gp_newref(GP_LIST_GET(a, i)));
    for (gp_ssize i = 0; i < nb; i++)
        GP_LIST_SET(r, na + i, gp_newref(GP_LIST_GET(b, i)));
    return r;
}

static int repeat_count(GpObject *count, gp_ssize *n)
{
    *n = gp_number_as_ssize(count, &GpExc_OverflowError);
    if (*n == -1 && gp_err_occurred())
        return -1;
    if (*n < 0)
        *n = 0;
    return 0;
}

static GpObject *list_repeat(GpObject *a, GpObject *b)
{
    GpObject *seq, *count;
    if (GP_LIST_CHECK(a)) {
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
    gp_ssize n, total, len;
    if (repeat_count(count, &n) < 0)
        return NULL;
    len = GP_SIZE(seq);
    if (gp_seq_repeat_size(len, n, &total) < 0)
        return NULL;
    GpObject *r = gp_list_new(total);
    if (!r)
        return NULL;
    GpObject **dst = GP_LIST_ITEMS(r);
    if (len == 1) {
        GpObject *x = GP_LIST_GET(seq, 0);
        for (gp_ssize k = 0; k < n; k++)
            dst[k] = x;
        GP_REFCNT(x) += n;
        return r;
    }
    for (gp_ssize k = 0; k < n; k++)
        for (gp_ssize i = 0; i < len; i++)
            *dst++ = gp_newref(GP_LIST_GET(seq, i));
    return r;
}

static GpObject *list_inplace_concat(GpObject *a, GpObject *b)
{
    if (!GP_LIST_CHECK(a))
        GP_RETURN_NOTIMPLEMENTED;
    if (gp_list_extend(a, b) < 0)
        return NULL;
    return gp_newref(a);
}

static GpObject *list_inplace_repeat(GpObject *a, GpObject *b)
{
    if (!GP_LIST_CHECK(a))
        GP_RETURN_NOTIMPLEMENTED;
    if (!gp_index_check(b)) {
        if (needs_reflection(b, "__rmul__"))
            GP_RETURN_NOTIMPLEMENTED;
        return gp_err_format(&GpExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                             GP_TYPE(b)->name);
    }
    gp_ssize n, total, len = GP_SIZE(a);
    if (repeat_count(b, &n) < 0)
        return NULL;
    if (n == 0 || len == 0) {
        if (gp_list_set_slice(a, 0, len, NULL) < 0)
            return NULL;
        return gp_newref(a);
    }
    if (gp_seq_repeat_size(len, n, &total) < 0)
        return NULL;
    if (gp_list_resize(a, total) < 0)
        return NULL;
    GpObject **items = GP_LIST_ITEMS(a);
    for (gp_ssize k = 1; k < n; k++)
        for (gp_ssize i = 0; i < len; i++)
            items[k * len + i] = gp_newref(items[i]);
    return gp_newref(a);
}

static GpObject *list_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    if (type == &GpList_Type) {
        GpObject *l = gp_list_new(0);
        return l;
    }
    GpObject *l = gp_type_generic_alloc(type, 0);
    return l;
}

static int list_init(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    gp_ssize nargs = GP_NARGS(nargsf);
    if (GP_TYPE(self) == &GpList_Type && gp_args_no_kw("list", kwnames) < 0)
        return -1;
    if (gp_args_count("list", nargs, 0, 1) < 0)
        return -1;
    if (GP_SIZE(self) && gp_list_set_slice(self, 0, GP_SIZE(self), NULL) < 0)
        return -1;
    if (!nargs)
        return 0;
    return gp_list_extend(self, args[0]);
}

static GpObject *list_vectorcall(GpObject *callable, GpObject *const *args, size_t nargsf,
                                 GpObject *kwnames)
{
    GpType *type = (GpType *)callable;
    GpObject *l = type->new_(type, args, nargsf, kwnames);
    if (!l)
        return NULL;
    gp_initfunc init = GP_TYPE(l)->init;
    if (GP_TYPE_CHECK(l, type) && init && init(l, args, nargsf, kwnames) < 0) {
        GP_DECREF(l);
        return NULL;
    }
    return l;
}

/* ---- methods ---------------------------------------------------------- */

static GpObject *list_append_m(GpObject *self, GpObject *v)
{
    if (gp_list_append(self, v) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *list_extend_m(GpObject *self, GpObject *v)
{
    if (gp_list_extend(self, v) < 0)
        return NULL;
    GP_RETURN_NONE;
}

/* An index argument as CPython's argument clinic converts it (__index__,
 * then OverflowError "Python int too large to convert to C ssize_t"). */
static int arg_as_ssize(GpObject *o, gp_ssize *out)
{
    GpObject *i = gp_number_index(o);
    if (!i)
        return -1;
    int r = gp_int_as_ssize(i, out);
    GP_DECREF(i);
    return r;
}

static GpObject *list_insert_m(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("insert", nargs, 2, 2) < 0)
        return NULL;
    gp_ssize i;
    if (arg_as_ssize(args[0], &i) < 0)
        return NULL;
    if (gp_list_insert(self, i, args[1]) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *list_pop_m(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("pop", nargs, 0, 1) < 0)
        return NULL;
    gp_ssize i = -1, n = GP_SIZE(self);
    if (nargs) {
        if (arg_as_ssize(args[0], &i) < 0)
            return NULL;
    }
    if (n == 0)
        return gp_err_format(&GpExc_IndexError, "pop from empty list");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return gp_err_format(&GpExc_IndexError, "pop index out of range");
    GpList *l = (GpList *)self;
    GpObject *v = l->items[i];
    if (i == n - 1) {
        if (gp_list_resize(self, n - 1) < 0)
            l->ob.size = n - 1, gp_err_clear();
        return v;
    }
    memmove(l->items + i, l->items + i + 1, (n - i - 1) * sizeof(GpObject *));
    if (gp_list_resize(self, n - 1) < 0)
        l->ob.size = n - 1, gp_err_clear();
    return v;
}

static GpObject *list_remove_m(GpObject *self, GpObject *v)
{
    for (gp_ssize i = 0; i < GP_SIZE(self); i++) {
        GpObject *item = gp_newref(GP_LIST_GET(self, i));
        int c = gp_richcompare_bool(item, v, GP_EQ);
        GP_DECREF(item);
        if (c > 0) {
            if (gp_list_set_slice(self, i, i + 1, NULL) < 0)
                return NULL;
            GP_RETURN_NONE;
        }
        if (c < 0)
            return NULL;
    }
    return gp_err_format(&GpExc_ValueError, "list.remove(x): x not in list");
}

static GpObject *list_index_m(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("index", nargs, 1, 3) < 0)
        return NULL;
    gp_ssize start = 0, stop = GP_SSIZE_MAX;
    if (nargs > 1 && gp_seq_clamped_index(args[1], &start) < 0)
        return NULL;
    if (nargs > 2 && gp_seq_clamped_index(args[2], &stop) < 0)
        return NULL;
    if (start < 0) {
        start += GP_SIZE(self);
        if (start < 0)
            start = 0;
    }
    if (stop < 0) {
        stop += GP_SIZE(self);
        if (stop < 0)
            stop = 0;
    }
    for (gp_ssize i = start; i < stop && i < GP_SIZE(self); i++) {
        GpObject *item = gp_newref(GP_LIST_GET(self, i));
        int c = gp_richcompare_bool(item, args[0], GP_EQ);
        GP_DECREF(item);
        if (c > 0)
            return gp_int_from_ssize(i);
        if (c < 0)
            return NULL;
    }
    return gp_err_format(&GpExc_ValueError, "%R is not in list", args[0]);
}

static GpObject *list_count_m(GpObject *self, GpObject *v)
{
    gp_ssize c = 0;
    for (gp_ssize i = 0; i < GP_SIZE(self); i++) {
        GpObject *item = GP_LIST_GET(self, i);
        if (item == v) {
            c++;
            continue;
        }
        gp_incref(item);
        int r = gp_richcompare_bool(item, v, GP_EQ);
        GP_DECREF(item);
        if (r < 0)
            return NULL;
        c += r;
    }
    return gp_int_from_ssize(c);
}

static GpObject *list_clear_m(GpObject *self, GpObject *unused)
{
    if (gp_list_set_slice(self, 0, GP_SIZE(self), NULL) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *list_copy_m(GpObject *self, GpObject *unused)
{
    return gp_list_from_array(GP_LIST_ITEMS(self), GP_SIZE(self));
}

static GpObject *list_reverse_m(GpObject *self, GpObject *unused)
{
    gp_list_reverse(self);
    GP_RETURN_NONE;
}

static GpObject *list_sort_m(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    static const char *const kwlist[] = { "$key", "reverse", NULL };
    GpObject *out[2] = { NULL, NULL };
    if (gp_args_parse("sort", args, GP_NARGS(nargsf), kwnames, kwlist, 0, 0, out) < 0)
        return NULL;
    int reverse = 0;
    if (out[1]) {
        /* CPython takes an int (bool included) for reverse */
        if (!GP_INT_CHECK(out[1]))
            return gp_err_format(&GpExc_TypeError, "'%s' object cannot be interpreted as an integer",
                                 GP_TYPE(out[1])->name);
        reverse = gp_int_sign(out[1]) != 0;
    }
    if (gp_list_sort_ex(self, out[0], reverse) < 0)
        return NULL;
    GP_RETURN_NONE;
}

/* The header plus the separately allocated item array (all `allocated`
 * slots, used or not); sys.getsizeof adds the GC head. */
static GpObject *list_sizeof_m(GpObject *self, GpObject *unused)
{
    return gp_int_from_ssize((gp_ssize)GP_TYPE(self)->basicsize +
                             ((GpList *)self)->allocated * (gp_ssize)sizeof(GpObject *));
}

static GpObject *list_reversed_m(GpObject *self, GpObject *unused);

static const GpMethodDef list_methods[] = {
    { "append", (void *)(list_append_m), GP_METH_O,
      "Append object to the end of the list." },
    { "extend", (void *)(list_extend_m), GP_METH_O,
      "Extend list by appending elements from the iterable." },
    { "insert", (void *)(list_insert_m), GP_METH_FAST,
      "Insert object before index." },
    { "pop", (void *)(list_pop_m), GP_METH_FAST,
      "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range." },
    { "remove", (void *)(list_remove_m), GP_METH_O,
      "Remove first occurrence of value.\n\nRaises ValueError if the value is not present." },
    { "index", (void *)(list_index_m), GP_METH_FAST,
      "Return first index of value.\n\nRaises ValueError if the value is not present." },
    { "count", (void *)(list_count_m), GP_METH_O,
      "Return number of occurrences of value." },
    { "clear", (void *)(list_clear_m), GP_METH_NOARGS,
      "Remove all items from list." },
    { "copy", (void *)(list_copy_m), GP_METH_NOARGS,
      "Return a shallow copy of the list." },
    { "reverse", (void *)(list_reverse_m), GP_METH_NOARGS,
      "Reverse *IN PLACE*." },
    { "sort", (void *)(list_sort_m), GP_METH_FASTKW,
      "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is given, apply it once to each list item and sort them,\nascending or descending, according to their function values.\n\nThe reverse flag can be set to sort in descending order." },
    { "__reversed__", (void *)(list_reversed_m), GP_METH_NOARGS,
      "Return a reverse iterator over the list." },
    { "__sizeof__", (void *)(list_sizeof_m), GP_METH_NOARGS,
      "Return the size of the list in memory, in bytes." },
    { NULL },
};

/* ---- iterators -------------------------------------------------------- */

typedef struct {
    GpObject ob;
    gp_ssize index;
    GpObject *seq;     /* NULL when exhausted */
} ListIter;

static GpObject *listiter_make(GpType *t, GpObject *l, gp_ssize index)
{
    ListIter *it = (ListIter *)gp_obj_alloc(t, 0);
    if (!it)
        return NULL;
    it->seq = gp_newref(l);
    it->index = index;
    gp_gc_track((GpObject *)it);
    return (GpObject *)it;
}

static GpObject *list_iter(GpObject *o) { return listiter_make(&GpListIter_Type, o, 0); }

static GpObject *list_reversed_m(GpObject *self, GpObject *unused)
{
    return listiter_make(&GpListRevIter_Type, self, GP_SIZE(self) - 1);
}

static void listiter_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_XDECREF(((ListIter *)o)->seq);
    gp_obj_free(o);
}

static int listiter_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    VISIT(((ListIter *)o)->seq);
    return 0;
}

static int listiter_clear(GpObject *o)
{
    GP_CLEAR(((ListIter *)o)->seq);
    return 0;
}

static GpObject *listiter_next(GpObject *o)
{
    ListIter *it = (ListIter *)o;
    GpObject *s = it->seq;
    if (!s)
        return NULL;
    if (it->index < GP_SIZE(s))
        return gp_newref(GP_LIST_GET(s, it->index++));
    it->seq = NULL;
    GP_DECREF(s);
    return NULL;
}

static GpObject *listreviter_next(GpObject *o)
{
    ListIter *it = (ListIter *)o;
    GpObject *s = it->seq;
    if (!s)
        return NULL;
    if (it->index >= 0 && it->index < GP_SIZE(s))
        return gp_newref(GP_LIST_GET(s, it->index--));
    it->index = -1;
    it->seq = NULL;
    GP_DECREF(s);
    return NULL;
}

static GpObject *listiter_self(GpObject *o) { return gp_newref(o); }

static GpObject *listiter_length_hint(GpObject *o, GpObject *unused)
{
    ListIter *it = (ListIter *)o;
    gp_ssize n = 0;
    if (it->seq) {
        n = GP_SIZE(it->seq) - it->index;
        if (n < 0)
            n = 0;
    }
    return gp_int_from_ssize(n);
}

static GpObject *listreviter_length_hint(GpObject *o, GpObject *unused)
{
    ListIter *it = (ListIter *)o;
    gp_ssize n = 0;
    if (it->seq && it->index < GP_SIZE(it->seq))
        n = it->index + 1;
    return gp_int_from_ssize(n);
}

static GpObject *listiter_setstate(GpObject *o, GpObject *state)
{
    ListIter *it = (ListIter *)o;
    gp_ssize i = gp_number_as_ssize(state, NULL);
    if (i == -1 && gp_err_occurred())
        return NULL;
    if (it->seq) {
        if (GP_TYPE(o) == &GpListIter_Type) {
            if (i < 0)
                i = 0;
            else if (i > GP_SIZE(it->seq))
                i = GP_SIZE(it->seq);
        } else {
            if (i < -1)
                i = -1;
            else if (i > GP_SIZE(it->seq) - 1)
                i = GP_SIZE(it->seq) - 1;
        }
        it->index = i;
    }
    GP_RETURN_NONE;
}

static const GpMethodDef listiter_methods[] = {
    GP_METHOD("__length_hint__", listiter_length_hint, GP_METH_NOARGS),
    GP_METHOD("__setstate__", listiter_setstate, GP_METH_O),
    { NULL },
};
static const GpMethodDef listreviter_methods[] = {
    GP_METHOD("__length_hint__", listreviter_length_hint, GP_METH_NOARGS),
    GP_METHOD("__setstate__", listiter_setstate, GP_METH_O),
    { NULL },
};

GpType GpListIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "list_iterator",
    .basicsize = sizeof(ListIter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .clear = listiter_clear,
    .iter = listiter_self,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

GpType GpListRevIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .clear = listiter_clear,
    .iter = listiter_self,
    .iternext = listreviter_next,
    .methods = listreviter_methods,
};

GpType GpList_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "list",
    .doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
           "The argument must be an iterable if specified.",
    .basicsize = sizeof(GpList),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_LIST_SUBCLASS |
             GP_TPFLAGS_SEQUENCE_LIKE,
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .repr = list_repr,
    .hash = gp_hash_not_implemented,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .new_ = list_new,
    .init = list_init,
    .vectorcall = list_vectorcall,
    .nb = { .add = list_concat, .multiply = list_repeat,
            .inplace_add = list_inplace_concat, .inplace_multiply = list_inplace_repeat },
    .len = list_len,
    .getitem = list_subscript,
    .setitem = list_ass_subscript,
    .contains = list_contains,
    .methods = list_methods,
};
