/* heapqmodule.c -- _heapq: the C core of heapq.py (binary min-heaps kept in
 * a plain list, plus the private max-heap variants heapq.merge uses for
 * reverse=True).
 *
 * Observable behaviour follows CPython 3.11:
 *   - items are only ever compared with `<` (rich compare LT; a max-heap
 *     asks `b < a` instead of `a > b`);
 *   - the heap argument must be a list or a list subclass (the subclass's
 *     own methods are bypassed, as in CPython);
 *   - sifting moves items by swapping neighbours in place, so the list stays
 *     a permutation of its items at every moment: when a comparison raises,
 *     the exception propagates with every item still in the list exactly
 *     once, and no reference is lost or leaked;
 *   - a comparison may run arbitrary code that mutates the list. After each
 *     one the item array is re-read (it may have been reallocated) and the
 *     size checked: a changed size raises RuntimeError("list changed size
 *     during iteration"); same-size mutation is tolerated (the result is then
 *     simply not a heap);
 *   - heapify of big lists walks the tree in a cache-friendly order (see
 *     heapify_bigger), which CPython also does; the resulting heap is the
 *     same but the order of the comparisons differs, and that order is
 *     visible to a __lt__ that records its calls.
 *
 * Exact small ints and exact floats are compared directly in C: neither
 * type's `<` can be overridden or fail, so this changes nothing observable.
 */
#include "gilpy.h"
#include "objects/listobject.h"
#include "objects/intobject.h"
#include "objects/floatobject.h"

/* Lists longer than this are heapified in the cache-friendly order. The
 * value is CPython's (the order of comparisons is observable, so it must
 * switch at exactly the same size). */
#define HEAPIFY_CACHE_FRIENDLY_MIN 2500

/* a < b: 1, 0, or -1 with an exception set. Both are borrowed; they are
 * held for the duration of the call because __lt__ may drop them from the
 * list. */
static inline int item_lt(GpObject *a, GpObject *b)
{
    GpType *ta = GP_TYPE(a);
    if (ta == GP_TYPE(b)) {
        if (ta == &GpInt_Type && GP_INT_IS_SMALL(a) && GP_INT_IS_SMALL(b))
            return GP_INT_VAL(a) < GP_INT_VAL(b);
        if (ta == &GpFloat_Type)
            return GP_FLOAT_VAL(a) < GP_FLOAT_VAL(b);
    }
    gp_incref(a);
    gp_incref(b);
    int r = gp_richcompare_bool(a, b, GP_LT);
    GP_DECREF(a);
    GP_DECREF(b);
    return r;
}

static int size_changed(void)
{
    gp_err_set_string(&GpExc_RuntimeError, "list changed size during iteration");
    return -1;
}

static int index_error(void)
{
    gp_err_set_string(&GpExc_IndexError, "index out of range");
    return -1;
}

/* ---- sifting ------------------------------------------------------------
 * Names follow heapq.py: _siftdown moves the item at pos towards the root
 * (startpos) while it beats its parent; _siftup moves the item at pos down
 * to a leaf by always promoting the better child, then sifts it back
 * towards pos. `max` selects the max-heap ordering. */

static int siftdown(GpObject *heap, gp_ssize startpos, gp_ssize pos, int max)
{
    gp_ssize size = GP_SIZE(heap);
    if (pos >= size)
        return index_error();
    while (pos > startpos) {
        gp_ssize parentpos = (pos - 1) >> 1;
        GpObject **items = GP_LIST_ITEMS(heap);
        int lt = max ? item_lt(items[parentpos], items[pos]) : item_lt(items[pos], items[parentpos]);
        if (lt < 0)
            return -1;
        if (GP_SIZE(heap) != size)
            return size_changed();
        if (!lt)
            break;
        items = GP_LIST_ITEMS(heap);   /* __lt__ may have replaced the array */
        GpObject *t = items[parentpos];
        items[parentpos] = items[pos];
        items[pos] = t;
        pos = parentpos;
    }
    return 0;
}

static int siftup(GpObject *heap, gp_ssize pos, int max)
{
    gp_ssize endpos = GP_SIZE(heap);
    gp_ssize startpos = pos;
    if (pos >= endpos)
        return index_error();
    gp_ssize limit = endpos >> 1;      /* the first position without children */
    while (pos < limit) {
        gp_ssize childpos = 2 * pos + 1;
        GpObject **items = GP_LIST_ITEMS(heap);
        if (childpos + 1 < endpos) {
            GpObject *l = items[childpos], *r = items[childpos + 1];
            /* min-heap: take the right child unless left < right;
             * max-heap: take the right child unless right < left */
            int lt = max ? item_lt(r, l) : item_lt(l, r);
            if (lt < 0)
                return -1;
            if (GP_SIZE(heap) != endpos)
                return size_changed();
            if (!lt)
                childpos++;
            items = GP_LIST_ITEMS(heap);
        }
        GpObject *t = items[childpos];
        items[childpos] = items[pos];
        items[pos] = t;
        pos = childpos;
    }
    return siftdown(heap, startpos, pos, max);
}

/* ---- argument checks ---------------------------------------------------- */

/* CPython's wording: "argument" for one-parameter functions, "argument 1"
 * when there are more. */
static int need_list(GpObject *heap, const char *fname, int one_arg)
{
    if (GP_LIST_CHECK(heap))
        return 0;
    /* None is named "None" rather than by its type */
    gp_err_format(&GpExc_TypeError, "%s() argument%s must be list, not %s", fname,
                  one_arg ? "" : " 1", heap == gp_None ? "None" : GP_TYPE(heap)->name);
    return -1;
}

static int two_args(const char *fname, size_t nargs)
{
    if (nargs == 2)
        return 0;
    gp_err_format(&GpExc_TypeError, "%s expected 2 arguments, got %zu", fname, nargs);
    return -1;
}

/* ---- the functions -------------------------------------------------------- */

static GpObject *heapq_heappush(GpObject *self, GpObject *const *args, size_t nargs)
{
    (void)self;
    if (two_args("heappush", nargs) < 0 || need_list(args[0], "heappush", 0) < 0)
        return NULL;
    GpObject *heap = args[0];
    if (gp_list_append(heap, args[1]) < 0)
        return NULL;
    if (siftdown(heap, 0, GP_SIZE(heap) - 1, 0) < 0)
        return NULL;
    return gp_newref(gp_None);
}

static GpObject *pop_common(GpObject *heap, const char *fname, int max)
{
    if (need_list(heap, fname, 1) < 0)
        return NULL;
    gp_ssize n = GP_SIZE(heap);
    if (n == 0) {
        index_error();
        return NULL;
    }
    /* take the last item out (its reference moves to us) */
    GpObject *last = GP_LIST_GET(heap, n - 1);
    GP_LIST_SET(heap, n - 1, NULL);
    if (gp_list_resize(heap, n - 1) < 0) {
        GP_LIST_SET(heap, n - 1, last);
        return NULL;
    }
    if (n == 1)
        return last;
    GpObject *top = GP_LIST_GET(heap, 0);
    GP_LIST_SET(heap, 0, last);
    if (siftup(heap, 0, max) < 0) {
        GP_DECREF(top);
        return NULL;
    }
    return top;
}

static GpObject *heapq_heappop(GpObject *self, GpObject *heap)
{
    (void)self;
    return pop_common(heap, "heappop", 0);
}

static GpObject *heapq_heappop_max(GpObject *self, GpObject *heap)
{
    (void)self;
    return pop_common(heap, "_heappop_max", 1);
}

/* Put item at the root and sift it; returns the old root. */
static GpObject *replace_top(GpObject *heap, GpObject *item, int max)
{
    if (GP_SIZE(heap) == 0) {
        index_error();
        return NULL;
    }
    GpObject *top = GP_LIST_GET(heap, 0);
    GP_LIST_SET(heap, 0, gp_newref(item));
    if (siftup(heap, 0, max) < 0) {
        GP_DECREF(top);
        return NULL;
    }
    return top;
}

static GpObject *heapq_heapreplace(GpObject *self, GpObject *const *args, size_t nargs)
{
    (void)self;
    if (two_args("heapreplace", nargs) < 0 || need_list(args[0], "heapreplace", 0) < 0)
        return NULL;
    return replace_top(args[0], args[1], 0);
}

static GpObject *heapq_heapreplace_max(GpObject *self, GpObject *const *args, size_t nargs)
{
    (void)self;
    if (two_args("_heapreplace_max", nargs) < 0 || need_list(args[0], "_heapreplace_max", 0) < 0)
        return NULL;
    return replace_top(args[0], args[1], 1);
}

static GpObject *heapq_heappushpop(GpObject *self, GpObject *const *args, size_t nargs)
{
    (void)self;
    if (two_args("heappushpop", nargs) < 0 || need_list(args[0], "heappushpop", 0) < 0)
        return NULL;
    GpObject *heap = args[0], *item = args[1];
    if (GP_SIZE(heap) == 0)
        return gp_newref(item);
    int lt = item_lt(GP_LIST_GET(heap, 0), item);
    if (lt < 0)
        return NULL;
    if (!lt)
        return gp_newref(item);
    /* __lt__ may have emptied the list; replace_top reports that */
    return replace_top(heap, item, 0);
}

/* Largest power of two <= n (n > 0). */
static gp_ssize top_bit(gp_ssize n)
{
    gp_ssize b = 1;
    while (n >> 1) {
        n >>= 1;
        b <<= 1;
    }
    return b;
}

/* Heapify for lists bigger than the cache: rather than sifting the parents
 * level by level from the bottom (which sweeps the whole array once per
 * level), finish each small subtree as soon as both of its halves are done:
 * after sifting a node that is a left child (odd index), its parent's
 * subtrees are both complete, so sift the parent too, and so on upwards.
 * The nodes of the bottom parent row are visited right to left in two
 * passes split at the first node of the row holding the last parent, so
 * that every node is still sifted after all of its descendants. */
static int heapify_bigger(GpObject *heap, int max)
{
    gp_ssize m = GP_SIZE(heap) >> 1;          /* first childless node */
    gp_ssize leftmost = top_bit(m + 1) - 1;   /* first node of m's row */
    gp_ssize mhalf = m >> 1;                  /* parent of m */
    for (gp_ssize i = leftmost - 1; i >= mhalf; i--)
        for (gp_ssize j = i;; j >>= 1) {
            if (siftup(heap, j, max) < 0)
                return -1;
            if (!(j & 1))
                break;
        }
    for (gp_ssize i = m - 1; i >= leftmost; i--)
        for (gp_ssize j = i;; j >>= 1) {
            if (siftup(heap, j, max) < 0)
                return -1;
            if (!(j & 1))
                break;
        }
    return 0;
}

static GpObject *heapify_common(GpObject *heap, const char *fname, int max)
{
    if (need_list(heap, fname, 1) < 0)
        return NULL;
    gp_ssize n = GP_SIZE(heap);
    if (n > HEAPIFY_CACHE_FRIENDLY_MIN) {
        if (heapify_bigger(heap, max) < 0)
            return NULL;
    } else {
        for (gp_ssize i = (n >> 1) - 1; i >= 0; i--)
            if (siftup(heap, i, max) < 0)
                return NULL;
    }
    return gp_newref(gp_None);
}

static GpObject *heapq_heapify(GpObject *self, GpObject *heap)
{
    (void)self;
    return heapify_common(heap, "heapify", 0);
}

static GpObject *heapq_heapify_max(GpObject *self, GpObject *heap)
{
    (void)self;
    return heapify_common(heap, "_heapify_max", 1);
}

static const GpMethodDef heapq_functions[] = {
    { "heappush", (void *)heapq_heappush, GP_METH_FAST,
      "Push item onto the heap, keeping the heap invariant." },
    { "heappop", (void *)heapq_heappop, GP_METH_O,
      "Remove and return the smallest item of the heap, keeping the heap "
      "invariant." },
    { "heappushpop", (void *)heapq_heappushpop, GP_METH_FAST,
      "Push item, then pop and return the smallest item; faster "
      "than heappush() followed by heappop()." },
    { "heapreplace", (void *)heapq_heapreplace, GP_METH_FAST,
      "Pop and return the smallest item, then push item; the "
      "heap must not be empty." },
    { "heapify", (void *)heapq_heapify, GP_METH_O,
      "Rearrange a list into a heap, in place, in linear time." },
    { "_heappop_max", (void *)heapq_heappop_max, GP_METH_O,
      "Max-heap variant of heappop." },
    { "_heapify_max", (void *)heapq_heapify_max, GP_METH_O,
      "Max-heap variant of heapify." },
    { "_heapreplace_max", (void *)heapq_heapreplace_max, GP_METH_FAST,
      "Max-heap variant of heapreplace." },
    { NULL },
};

int gp_mod__heapq_init(GpObject *m)
{
    GpObject *d = GP_MODULE_DICT(m);
    GpObject *doc = gp_str_from_cstr(
        "Heap queue algorithm (a.k.a. priority queue).\n\n"
        "A heap is a list where a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k\n"
        "for which the children exist; a[0] is then the smallest item.\n");
    if (!doc || gp_dict_setitem_str(d, "__doc__", doc) < 0) {
        GP_XDECREF(doc);
        return -1;
    }
    GP_DECREF(doc);
    GpObject *about = gp_str_from_cstr(
        "Heap queues\n\n"
        "A binary heap stores a complete binary tree in a list: the children of\n"
        "position k are at 2*k+1 and 2*k+2. Keeping every parent no greater than\n"
        "its children makes the smallest item reachable at position 0, and both\n"
        "inserting and removing an item cost O(log n) comparisons.\n");
    if (!about || gp_dict_setitem_str(d, "__about__", about) < 0) {
        GP_XDECREF(about);
        return -1;
    }
    GP_DECREF(about);
    return gp_add_functions(d, heapq_functions, gp_str_intern_cstr("_heapq"));
}
